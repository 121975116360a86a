#include "invoice/OrderIdGenerator.h"

#include <QRandomGenerator>

namespace {
// No 0/O or 1/I: the id is read aloud and typed back by people.
const char Alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
}

OrderIdGenerator::OrderIdGenerator(QString tillCode, Clock clock, IsTaken isTaken)
    : m_tillCode(std::move(tillCode)), m_clock(std::move(clock)), m_isTaken(std::move(isTaken))
{
}

QString OrderIdGenerator::randomChars(int count)
{
    QString result;
    for (int i = 0; i < count; ++i)
        result += QLatin1Char(Alphabet[QRandomGenerator::global()->bounded(int(sizeof(Alphabet) - 1))]);
    return result;
}

QString OrderIdGenerator::randomTillCode()
{
    return randomChars(4);
}

QString OrderIdGenerator::next() const
{
    const QString stamp = m_clock().toUTC().toString(QStringLiteral("yyMMdd-HHmmss"));
    // 32^3 suffixes a second: a collision is rare, and the store is asked anyway.
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString candidate = m_tillCode + QLatin1Char('-') + stamp + QLatin1Char('-')
                + randomChars(3 + attempt / 16);
        if (!m_isTaken || !m_isTaken(candidate))
            return candidate;
    }
    return m_tillCode + QLatin1Char('-') + stamp + QLatin1Char('-') + randomChars(8);
}
