#include "history/HistoryReader.h"

#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace InvoiceSchema;

namespace {
QString joinConditions(const QList<SqlCondition> &conditions, QVariantList &values)
{
    QStringList parts;
    for (const SqlCondition &condition : conditions) {
        if (condition.sql.isEmpty())
            continue;
        parts << condition.sql;
        values << condition.values;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}
}

HistoryReader::HistoryReader(const QString &connectionName) : m_connectionName(connectionName)
{
}

QSqlDatabase HistoryReader::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

HistoryQuery::Dialect HistoryReader::dialect() const
{
    return HistoryQuery::dialectOf(database());
}

PageKey HistoryReader::keyOf(const InvoiceRecord &record, const HistorySort &sort)
{
    switch (sort.key) {
    case HistorySort::Key::Created: return {record.id, record.id};
    case HistorySort::Key::OrderId: return {record.fields.orderId, record.id};
    case HistorySort::Key::Price: return {record.fields.price.sortKey(), record.id};
    case HistorySort::Key::State: return {InvoiceStates::storageName(record.state), record.id};
    }
    return {record.id, record.id};
}

std::optional<QList<InvoiceRecord>> HistoryReader::page(const HistoryFilter &filter, const HistorySort &sort,
                                                        const std::optional<PageKey> &after, int limit) const
{
    QVariantList values;
    QList<SqlCondition> conditions{HistoryQuery::where(filter, dialect())};
    if (after)
        conditions << HistoryQuery::after(sort, *after);
    const QString where = joinConditions(conditions, values);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM %1%2 %3 LIMIT %4")
                          .arg(Invoices, where, HistoryQuery::orderBy(sort))
                          .arg(limit));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = tr("The invoice history could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<InvoiceRecord> rows;
    rows.reserve(limit);
    const InvoiceRowReader reader(query.record());
    while (query.next())
        rows.append(reader.read(query));
    // A damaged page ends the loop as the last row would: not the end.
    if (query.lastError().isValid()) {
        m_lastError = tr("The invoice history could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return rows;
}

std::optional<bool> HistoryReader::matches(const HistoryFilter &filter, qint64 id) const
{
    QVariantList values;
    const QString where = joinConditions({HistoryQuery::where(filter, dialect()),
                                          {QStringLiteral("%1 = ?").arg(Col::Id), {id}}},
                                         values);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM %1%2").arg(Invoices, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = tr("The invoice history could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (query.next())
        return true;
    if (query.lastError().isValid()) {
        m_lastError = tr("The invoice history could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return false;
}

std::optional<qint64> HistoryReader::count(const HistoryFilter &filter) const
{
    QVariantList values;
    const QString where = joinConditions({HistoryQuery::where(filter, dialect())}, values);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(Invoices, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_lastError = tr("The invoice history could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<HistoryTotals> HistoryReader::totals(const HistoryFilter &filter) const
{
    QVariantList values;
    const QString where = joinConditions({HistoryQuery::where(filter, dialect())}, values);
    const QString group = QStringLiteral("%1, %2, %3").arg(Col::PriceCurrency, Col::State, Col::Test);
    // SUM over integers is exact in SQLite and PostgreSQL; it fails rather than
    // round when a sum leaves 64 bits, and then the sums are made here from each
    // distinct price, in 128 bits.
    for (bool perPrice : {false, true}) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(perPrice ? QStringLiteral("SELECT %1, %2, COUNT(*) FROM %3%4 GROUP BY %1, %2")
                                         .arg(group, Col::PriceUnits, Invoices, where)
                               : QStringLiteral("SELECT %1, SUM(%2), COUNT(*) FROM %3%4 GROUP BY %1")
                                         .arg(group, Col::PriceUnits, Invoices, where));
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            m_lastError = tr("The invoice history could not be read: %1").arg(query.lastError().text());
            continue;
        }
        HistoryTotals totals;
        bool fits = true;
        while (query.next()) {
            const auto state = InvoiceStates::fromStorageName(query.value(1).toString()).value_or(InvoiceState::Unknown);
            const bool test = query.value(2).toInt() != 0;
            const qint64 count = query.value(4).toLongLong();
            bool ok = false;
            const qint64 units = query.value(3).toLongLong(&ok);
            if (!ok && !query.value(3).isNull()) {
                fits = false; // the driver handed back a non-integer sum
                break;
            }
            if (perPrice) {
                totals.add(state, query.value(0).toString(), Amount::fromDecimal(std::max<qint64>(units, 0), 8), test, count);
                continue;
            }
            totals.count += count;
            if (test) {
                totals.testCount += count;
            } else if (HistoryTotals::Part *part = totals.partFor(query.value(0).toString(), HistoryTotals::sumOf(state))) {
                part->amount = part->amount + Amount::fromDecimal(std::max<qint64>(units, 0), 8);
                part->count += count;
            }
        }
        if (!fits)
            continue;
        if (query.lastError().isValid()) {
            m_lastError = tr("The invoice history could not be read: %1").arg(query.lastError().text());
            continue;
        }
        return totals;
    }
    return std::nullopt;
}

std::optional<QStringList> HistoryReader::currencies() const
{
    // DISTINCT would read every index entry (a million); stepping from one
    // currency to the next smallest above it reads one per currency.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const QString next = QStringLiteral("SELECT MIN(%1) FROM %2 WHERE %1 > c.code").arg(Col::PriceCurrency, Invoices);
    if (!query.exec(QStringLiteral("WITH RECURSIVE c(code) AS (SELECT MIN(%1) FROM %2 UNION ALL SELECT (%3) FROM c "
                                   "WHERE c.code IS NOT NULL) SELECT code FROM c WHERE code IS NOT NULL")
                            .arg(Col::PriceCurrency, Invoices, next))) {
        m_lastError = tr("The invoice history could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QStringList codes;
    while (query.next())
        codes << query.value(0).toString();
    return codes;
}

bool HistoryReader::forEach(const HistoryFilter &filter, const std::function<bool(const InvoiceRecord &)> &row) const
{
    QVariantList values;
    const QString where = joinConditions({HistoryQuery::where(filter, dialect())}, values);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM %1%2 ORDER BY %3").arg(Invoices, where, Col::Id));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = tr("The invoice history could not be read: %1").arg(query.lastError().text());
        return false;
    }
    const InvoiceRowReader reader(query.record());
    while (query.next()) {
        if (!row(reader.read(query)))
            return true;
    }
    if (query.lastError().isValid()) {
        m_lastError = tr("The invoice history could not be read: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

HistoryConnection::HistoryConnection(const QString &storeConnection)
    : m_name(QStringLiteral("history-reader-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(storeConnection, m_name);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    // A reader never writes: a mistake here cannot touch the history.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only=ON"));
}

HistoryConnection::~HistoryConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}
