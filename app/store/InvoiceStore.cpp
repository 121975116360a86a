#include "store/InvoiceStore.h"

#include "invoice/InvoiceFieldTable.h"
#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"
#include "store/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace InvoiceSchema;

namespace {
using InvoiceRow::fromUtcText;
using InvoiceRow::jsonList;
using InvoiceRow::utcText;

QString nullable(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

// What a cashier typed must survive a power cut, so the commit that stores an
// invoice before it is sent waits for the disk (synchronous=FULL). Later changes
// of state come from the gateway and can be asked of it again by order id (the
// reconciliation of the life cycle), so they are committed without waiting for
// the disk (NORMAL in WAL mode: still atomic, and safe if the program crashes).

// How each kind of field is written in its column.
QVariant columnValue(const InvoiceFieldTable::FieldSpec &spec, const QString &text)
{
    // An optional text left empty is NULL; a required one (order number,
    // currency) goes in as given, into its NOT NULL column.
    return spec.required ? text : nullable(text);
}

QVariant columnValue(const InvoiceFieldTable::FieldSpec &, const Amount &amount)
{
    return amount.toCanonical();
}

QVariant columnValue(const InvoiceFieldTable::FieldSpec &, const std::optional<Amount> &amount)
{
    return amount ? amount->toCanonical() : QString(); // none: NULL
}

QVariant columnValue(const InvoiceFieldTable::FieldSpec &, bool on)
{
    return int(on);
}

QVariant columnValue(const InvoiceFieldTable::FieldSpec &, int number)
{
    return number;
}

QVariant columnValue(const InvoiceFieldTable::FieldSpec &, const QStringList &list)
{
    return jsonList(list); // a JSON array; none: NULL
}

// The columns that hold an invoice's fields, with their values; one list serves
// both INSERT and UPDATE so the two can never disagree. Every field of the table.
QList<QPair<QString, QVariant>> fieldColumns(const InvoiceFields &f)
{
    QList<QPair<QString, QVariant>> columns;
    for (const InvoiceFieldTable::FieldSpec &spec : InvoiceFieldTable::fields()) {
        columns.append({spec.column, InvoiceFieldTable::visit(spec, f, [&spec](const auto &value) {
                            return columnValue(spec, value);
                        })});
        if (spec.id == InvoiceField::Price) {
            // Special: prices have at most 8 decimals (the validator), so the price
            // is also kept exact as an integer, which SQL can compare and sum
            // without a double.
            columns.append({Col::PriceUnits, f.price.sortKey()});
        }
    }
    return columns;
}

} // namespace

// See above: the sale's own commit waits for the disk, later ones do not.
class DurableWrites
{
public:
    explicit DurableWrites(InvoiceStore *store) : m_store(store) { m_store->setSynchronous(true); }
    ~DurableWrites() { m_store->setSynchronous(false); }

private:
    InvoiceStore *m_store;
};

InvoiceStore::InvoiceStore(QObject *parent)
    : QObject(parent),
      m_connectionName(QStringLiteral("invoice-store-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

InvoiceStore::~InvoiceStore()
{
    m_statements.clear(); // before their connection goes
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlQuery &InvoiceStore::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        query->prepare(sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    it->second->finish(); // a SELECT left open would hold its read transaction
    return *it->second;
}

bool InvoiceStore::setSynchronous(bool full)
{
    QSqlQuery &pragma = statement(full ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"));
    const bool ok = pragma.exec();
    pragma.finish();
    return ok;
}

bool InvoiceStore::fail(const QString &error) const
{
    m_lastError = error;
    return false;
}

QString InvoiceStore::open(const QString &filePath)
{
    const QFileInfo info(filePath);
    // SQLite gives its -wal and -shm files the mode of the database file.
    for (const QString &problem : {PrivateFiles::ensureFolder(info.absolutePath()), PrivateFiles::ensureFile(filePath),
                                   PrivateFiles::tighten(filePath + QStringLiteral("-wal")),
                                   PrivateFiles::tighten(filePath + QStringLiteral("-shm"))}) {
        if (!problem.isEmpty()) {
            m_lastError = problem;
            return m_lastError;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath);
    if (!db.open()) {
        m_lastError = tr("The invoice history %1 could not be opened: %2")
                              .arg(QDir::toNativeSeparators(filePath), db.lastError().text());
        return m_lastError;
    }
    QSqlQuery pragma(db);
    // WAL keeps the history readable while an invoice is written, and survives a
    // power cut without losing committed invoices.
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // see DurableWrites
    m_lastError = InvoiceSchema::migrate(db);
    return m_lastError;
}

qint64 InvoiceStore::createSending(const InvoiceFields &fields, const QString &gateway)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QPair<QString, QVariant>> columns = fieldColumns(fields);
    columns.append({Col::CreatedAt, utcText(now)});
    columns.append({Col::UpdatedAt, utcText(now)});
    columns.append({Col::State, InvoiceStates::storageName(InvoiceState::Sending)});
    columns.append({Col::Gateway, gateway});
    columns.append({Col::Sender, m_sender});
    columns.append({Col::Till, nullable(m_till)});

    QStringList names, marks;
    for (const auto &column : columns) {
        names << column.first;
        marks << QStringLiteral("?");
    }
    const DurableWrites durable(this);
    if (!db.transaction())
        return fail(db.lastError().text()), -1;
    QSqlQuery &insert = statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                          .arg(Invoices, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const auto &column : columns)
        insert.addBindValue(column.second);
    if (!insert.exec()) {
        const QString error = insert.lastError().text();
        db.rollback();
        if (isOrderIdTaken(fields.orderId))
            fail(tr("The order number %1 is already used by another invoice.").arg(fields.orderId));
        else
            fail(tr("The invoice could not be saved: %1").arg(error));
        return -1;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();
    if (!recordEvent(id, InvoiceState::Sending, now, QByteArray()) || !db.commit()) {
        fail(tr("The invoice could not be saved: %1").arg(db.lastError().text()));
        db.rollback();
        return -1;
    }
    emit invoiceAdded(id);
    emit invoiceChanged(id);
    return id;
}

bool InvoiceStore::recordEvent(qint64 id, InvoiceState state, const QDateTime &at, const QByteArray &raw)
{
    QSqlQuery &query = statement(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES (?, ?, ?, ?)")
                                         .arg(Events, Col::InvoiceId, Col::At, Col::State, Col::RawAnswer));
    query.addBindValue(id);
    query.addBindValue(utcText(at));
    query.addBindValue(InvoiceStates::storageName(state));
    query.addBindValue(raw.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(raw)));
    const bool ok = query.exec();
    if (!ok)
        fail(query.lastError().text());
    query.finish();
    return ok;
}

bool InvoiceStore::transition(qint64 id, InvoiceState state, const QByteArray &rawAnswer,
                              const QList<QPair<QString, QVariant>> &extra)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QPair<QString, QVariant>> columns = extra;
    columns.append({Col::State, InvoiceStates::storageName(state)});
    columns.append({Col::UpdatedAt, utcText(now)});
    QStringList sets;
    for (const auto &column : columns)
        sets << column.first + QStringLiteral(" = ?");

    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery &update = statement(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                          .arg(Invoices, sets.join(QStringLiteral(", ")), Col::Id));
    for (const auto &column : columns)
        update.addBindValue(column.second);
    update.addBindValue(id);
    const bool updated = update.exec() && update.numRowsAffected() == 1;
    if (!updated)
        fail(update.lastError().isValid() ? update.lastError().text() : tr("No invoice with number %1.").arg(id));
    update.finish();
    if (!updated) {
        db.rollback();
        return false;
    }
    if (!recordEvent(id, state, now, rawAnswer)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        // A full disk shows here (WAL writes its pages at commit): say so.
        fail(tr("The invoice could not be saved: %1").arg(db.lastError().text()));
        db.rollback();
        return false;
    }
    emit invoiceChanged(id);
    return true;
}

bool InvoiceStore::markOpen(qint64 id, const QString &paymentUrl, const QByteArray &rawAnswer,
                            const QString &coinOffers, const QString &problem)
{
    return transition(id, InvoiceState::Open, rawAnswer,
                      {{Col::PaymentUrl, paymentUrl}, {Col::FailureText, problem},
                       {Col::GatewayMessages, QString()}, {Col::CoinOffers, coinOffers}});
}

bool InvoiceStore::recordCoinChoice(qint64 id, const QString &coin, const QString &network,
                                    const QString &address, const Amount &amount, const QByteArray &rawAnswer)
{
    const auto current = find(id);
    if (!current)
        return fail(tr("No invoice with number %1.").arg(id));
    return transition(id, current->state, rawAnswer,
                      {{Col::Coin, coin}, {Col::Network, network}, {Col::CoinAddress, address},
                       {Col::CoinAmount, amount.toCanonical()}});
}

bool InvoiceStore::markFailed(qint64 id, const QString &failureText, const QStringList &gatewayMessages,
                              const QByteArray &rawAnswer)
{
    return transition(id, InvoiceState::Failed, rawAnswer,
                      {{Col::FailureText, failureText}, {Col::GatewayMessages, jsonList(gatewayMessages)}});
}

bool InvoiceStore::markUnknown(qint64 id, const QString &failureText, const QByteArray &rawAnswer)
{
    return transition(id, InvoiceState::Unknown, rawAnswer, {{Col::FailureText, failureText}});
}

namespace {
// The columns a payment status fills; one list for every writer of it.
QList<QPair<QString, QVariant>> paymentColumns(const PaymentStatus &status)
{
    return {{Col::ExpiresAt, status.expiresAt.isValid() ? utcText(status.expiresAt) : QString()},
            {Col::PaidAmount, status.paidAmount ? status.paidAmount->toCanonical() : QString()},
            {Col::PaidCurrency, status.paidCurrency},
            {Col::ExpiryConfirmed, int(status.expiryConfirmed)}};
}
}

bool InvoiceStore::recordPayment(qint64 id, const PaymentStatus &status, const QByteArray &rawAnswer)
{
    const auto current = find(id);
    if (!current)
        return fail(tr("No invoice with number %1.").arg(id));
    // Polling asks every few seconds; only a change is worth a row of history.
    if (current->paymentStatus() == status)
        return true;
    QList<QPair<QString, QVariant>> columns = paymentColumns(status);
    // A conflict's sentence lives where a failure's does; it goes with the conflict.
    if (status.state == InvoiceState::Conflict || current->state == InvoiceState::Conflict)
        columns.append({Col::FailureText, status.note});
    return transition(id, status.state, rawAnswer, columns);
}

bool InvoiceStore::reconcileAsOpen(qint64 id, const PaymentStatus &status, const QByteArray &rawAnswer)
{
    QList<QPair<QString, QVariant>> columns = paymentColumns(status);
    columns.append({Col::FailureText, status.note});
    return transition(id, status.state, rawAnswer, columns);
}

int InvoiceStore::adoptLegacyInvoices(const QString &legacyGateway, const QString &gateway)
{
    // Invoices from before schema 3 name no gateway, and those from schema 3 and 4
    // name the address without the account: they belong to the account now in use
    // at that address, the best that is known of them.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery update(db);
    // Not those whose fate is unknown: if the account has changed since, the new
    // one would answer "none" and invite a second invoice of the same sale.
    // They stay unconfirmed, for staff to look into.
    update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE (%2 IS NULL OR %2 = '' OR %2 = ?) AND %3 NOT IN (?, ?)")
                           .arg(Invoices, Col::Gateway, Col::State));
    update.addBindValue(gateway);
    update.addBindValue(legacyGateway);
    update.addBindValue(InvoiceStates::storageName(InvoiceState::Sending));
    update.addBindValue(InvoiceStates::storageName(InvoiceState::Unknown));
    if (!update.exec()) {
        fail(update.lastError().text());
        return -1;
    }
    return update.numRowsAffected();
}

std::optional<QList<InvoiceRecord>> InvoiceStore::inStates(const QList<InvoiceState> &states) const
{
    QStringList marks;
    QVariantList values;
    for (InvoiceState state : states) {
        marks << QStringLiteral("?");
        values << InvoiceStates::storageName(state);
    }
    return select(QStringLiteral("%1 IN (%2)").arg(Col::State, marks.join(QLatin1Char(','))), values);
}

std::optional<QList<InvoiceStore::FollowKey>> InvoiceStore::followKeys(const QString &gateway, const QDateTime &expiredSince) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %5 = ? AND (%6 IN (?, ?, ?) "
                                 "OR (%6 = ? AND (%7 IS NULL OR %7 = '' OR %7 > ?))) ORDER BY %1 DESC")
                          .arg(Col::Id, Col::OrderId, Col::CreatedAt, Invoices, Col::Gateway, Col::State,
                               Col::ExpiresAt));
    for (const QVariant &value : QVariantList{gateway, InvoiceStates::storageName(InvoiceState::Open),
                                              InvoiceStates::storageName(InvoiceState::Underpaid),
                                              InvoiceStates::storageName(InvoiceState::PaymentSeen),
                                              InvoiceStates::storageName(InvoiceState::Expired),
                                              utcText(expiredSince)})
        query.addBindValue(value);
    QList<FollowKey> keys;
    if (!query.exec()) {
        fail(tr("The invoice history could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    while (query.next())
        keys.append({query.value(0).toLongLong(), query.value(1).toString(), fromUtcText(query.value(2).toString())});
    if (query.lastError().isValid()) {
        fail(tr("The invoice history could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    return keys;
}

std::optional<QList<InvoiceRecord>> InvoiceStore::openPastExpiry(const QDateTime &now) const
{
    return select(QStringLiteral("%1 = ? AND %2 IS NOT NULL AND %2 <> '' AND %2 <= ?").arg(Col::State, Col::ExpiresAt),
                  {InvoiceStates::storageName(InvoiceState::Open), utcText(now)});
}

bool InvoiceStore::resend(qint64 id, const InvoiceFields &fields, const QString &gateway)
{
    const auto existing = find(id);
    if (!existing || existing->state != InvoiceState::Failed)
        return fail(tr("Only an invoice that was not sent can be sent again."));
    QList<QPair<QString, QVariant>> columns = fieldColumns(fields);
    columns.append({Col::FailureText, QString()});
    columns.append({Col::GatewayMessages, QString()});
    columns.append({Col::Gateway, gateway});
    columns.append({Col::Sender, m_sender});
    columns.append({Col::Till, nullable(m_till)}); // sent again from this till: its sale now
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const DurableWrites durable(this); // corrected by staff: as precious as new
    return transition(id, InvoiceState::Sending, QByteArray(), columns);
}

std::optional<InvoiceRecord> InvoiceStore::find(qint64 id) const
{
    QSqlQuery &query = statement(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(Invoices, Col::Id));
    query.addBindValue(id);
    // Not found leaves lastError() empty; could not read says why.
    m_lastError.clear();
    if (!query.exec()) {
        fail(tr("The invoice history could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            fail(tr("The invoice history could not be read: %1").arg(query.lastError().text()));
        query.finish();
        return std::nullopt;
    }
    const InvoiceRecord record = InvoiceRowReader(query.record()).read(query);
    // A kept statement left open would keep its read transaction, and with it
    // an old view of the file: another console's writes unseen, and our own
    // next write refused (WAL's busy snapshot).
    query.finish();
    return record;
}

std::optional<InvoiceRecord> InvoiceStore::findByOrderId(const QString &orderId) const
{
    m_lastError.clear(); // not found leaves it empty; could not read says why
    const auto found = select(QStringLiteral("%1 = ?").arg(Col::OrderId), {orderId}, 1);
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

bool InvoiceStore::isOrderIdTaken(const QString &orderId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(Invoices, Col::OrderId));
    query.addBindValue(orderId);
    return query.exec() && query.next();
}

std::optional<QList<InvoiceRecord>> InvoiceStore::select(const QString &where, const QVariantList &values, int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM %1 %2 ORDER BY %3 DESC LIMIT %4")
                          .arg(Invoices, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where, Col::Id)
                          .arg(limit));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<InvoiceRecord> result;
    if (!query.exec()) {
        fail(tr("The invoice history could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    const InvoiceRowReader reader(query.record());
    while (query.next())
        result.append(reader.read(query));
    // A damaged page ends the loop as the last row would: not the end.
    if (query.lastError().isValid()) {
        fail(tr("The invoice history could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    return result;
}

std::optional<QList<InvoiceRecord>> InvoiceStore::recent(int limit) const
{
    return select(QString(), {}, limit);
}

std::optional<QList<InvoiceEvent>> InvoiceStore::events(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %5 = ? ORDER BY %6")
                          .arg(Col::At, Col::State, Col::RawAnswer, Events, Col::InvoiceId, Col::Id));
    query.addBindValue(id);
    QList<InvoiceEvent> result;
    if (!query.exec()) {
        fail(tr("The invoice history could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    while (query.next()) {
        result.append({fromUtcText(query.value(0).toString()),
                       InvoiceStates::fromStorageName(query.value(1).toString()).value_or(InvoiceState::Unknown),
                       query.value(2).toString()});
    }
    return result;
}
