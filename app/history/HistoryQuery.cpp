#include "history/HistoryQuery.h"

#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>

using namespace InvoiceSchema;

HistoryQuery::Dialect HistoryQuery::dialectOf(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::SQLite ? Dialect::SQLite : Dialect::Portable;
}

qint64 HistoryQuery::priceUnits(const Amount &price, Amount::Rounding rounding)
{
    return price.roundedTo(8, rounding).sortKey();
}

QStringList HistoryQuery::words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

namespace {
// An FTS5 trigram query matches fragments of three characters or more; shorter
// words go through LIKE (still fast: the page stops at its first rows).
constexpr int TrigramLength = 3;

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString ftsString(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
}

SqlCondition HistoryQuery::where(const HistoryFilter &filter, Dialect dialect)
{
    QStringList parts;
    QVariantList values;
    if (filter.from.isValid()) {
        parts << QStringLiteral("%1 >= ?").arg(Col::CreatedAt);
        values << InvoiceRow::utcText(filter.from);
    }
    if (filter.to.isValid()) {
        parts << QStringLiteral("%1 < ?").arg(Col::CreatedAt);
        values << InvoiceRow::utcText(filter.to);
    }
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (InvoiceState state : filter.states) {
            marks << QStringLiteral("?");
            values << InvoiceStates::storageName(state);
        }
        parts << QStringLiteral("%1 IN (%2)").arg(Col::State, marks.join(QLatin1Char(',')));
    }
    if (!filter.currency.isEmpty()) {
        parts << QStringLiteral("%1 = ?").arg(Col::PriceCurrency);
        values << filter.currency.toUpper();
    }
    if (filter.money != HistoryFilter::Money::LiveAndTest) {
        parts << QStringLiteral("%1 = ?").arg(Col::Test);
        values << (filter.money == HistoryFilter::Money::TestOnly ? 1 : 0);
    }
    if (filter.minPrice) {
        parts << QStringLiteral("%1 >= ?").arg(Col::PriceUnits);
        values << priceUnits(*filter.minPrice, Amount::Rounding::Up);
    }
    if (filter.maxPrice) {
        parts << QStringLiteral("%1 <= ?").arg(Col::PriceUnits);
        values << priceUnits(*filter.maxPrice, Amount::Rounding::Down);
    }
    QStringList trigramWords;
    for (const QString &word : words(filter.text)) {
        if (dialect == Dialect::SQLite && word.size() >= TrigramLength) {
            trigramWords << ftsString(word);
            continue;
        }
        QStringList any;
        // SQL's LOWER and LIKE fold ASCII letters only: a word with others
        // (ş, Ç, İ) is looked for as typed, in lower and in upper case.
        QStringList spellings{word.toLower()};
        bool ascii = true;
        for (QChar c : word)
            ascii = ascii && c.unicode() < 128;
        if (!ascii) {
            for (const QString &other : {word, word.toUpper()}) {
                if (!spellings.contains(other))
                    spellings << other;
            }
        }
        for (QLatin1String column : searchedColumns()) {
            for (const QString &spelling : spellings) {
                any << (ascii ? QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'") : QStringLiteral("%1 LIKE ? ESCAPE '\\'")).arg(column);
                values << likePattern(spelling);
            }
        }
        parts << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!trigramWords.isEmpty()) {
        parts << QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(Col::Id, Search);
        values << trigramWords.join(QStringLiteral(" AND "));
    }
    return {parts.join(QStringLiteral(" AND ")), values};
}

QString HistoryQuery::sortColumn(HistorySort::Key key)
{
    switch (key) {
    case HistorySort::Key::Created: return Col::Id; // creation order, exact within a second
    case HistorySort::Key::OrderId: return Col::OrderId;
    case HistorySort::Key::Price: return Col::PriceUnits;
    case HistorySort::Key::State: return Col::State;
    }
    return Col::Id;
}

QString HistoryQuery::orderBy(const HistorySort &sort)
{
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (sort.key == HistorySort::Key::Created)
        return QStringLiteral("ORDER BY %1%2").arg(Col::Id, direction);
    return QStringLiteral("ORDER BY %1%2, %3%2").arg(sortColumn(sort.key), direction, Col::Id);
}

SqlCondition HistoryQuery::after(const HistorySort &sort, const PageKey &key)
{
    const QString beyond = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (sort.key == HistorySort::Key::Created)
        return {QStringLiteral("%1 %2 ?").arg(Col::Id, beyond), {key.id}};
    // Spelled out rather than as a row value "(a, b) < (?, ?)", which not every
    // SQL database's planner turns into an index range.
    const QString column = sortColumn(sort.key);
    return {QStringLiteral("(%1 %2 ? OR (%1 = ? AND %3 %2 ?))").arg(column, beyond, Col::Id),
            {key.value, key.value, key.id}};
}
