#pragma once

// Invoices in chosen states, currencies, coins and times, written through the
// real store (and its created_at set by SQL, as a clock cannot be), and the
// sales report's figures worked out the slow, obvious way over the same rows:
// the oracle tst_salesreport and tst_shifts check SalesReportBuilder against.
#include "history/HistoryTotals.h"
#include "reports/SalesReport.h"
#include "store/InvoiceRow.h"
#include "store/InvoiceStore.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

namespace SalesHistory {
struct Sale {
    QString orderId;
    QString price;
    QString currency;
    InvoiceState state = InvoiceState::Paid;
    QDateTime createdAt; // UTC
    bool test = false;
    QString paid; // what came in, in `coin` (empty: nothing said)
    QString coin;
    // When the gateway's answer that brought the state was recorded (its
    // invoice_events row); invalid: at createdAt, as at a till.
    QDateTime paidAt;
};

// The invoice made at `at`, every change of state it has had recorded then too
// (the store stamps them with the real clock).
inline bool setCreatedAt(InvoiceStore &store, qint64 id, const QDateTime &at)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
    query.prepare(QStringLiteral("UPDATE invoices SET created_at = ? WHERE id = ?"));
    query.addBindValue(InvoiceRow::utcText(at));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1)
        return false;
    QSqlQuery events(QSqlDatabase::database(store.connectionName()));
    events.prepare(QStringLiteral("UPDATE invoice_events SET at = ? WHERE invoice_id = ?"));
    events.addBindValue(InvoiceRow::utcText(at));
    events.addBindValue(id);
    return events.exec();
}

// The newest change of state of the invoice recorded at `at` instead.
inline bool setLastEventAt(InvoiceStore &store, qint64 id, const QDateTime &at)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
    query.prepare(QStringLiteral("UPDATE invoice_events SET at = ? WHERE id = (SELECT MAX(id) FROM invoice_events "
                                 "WHERE invoice_id = ?)"));
    query.addBindValue(InvoiceRow::utcText(at));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

// The gateway reports a payment of invoice `id` at `at` (a later poll).
inline bool pay(InvoiceStore &store, qint64 id, InvoiceState state, const QDateTime &at, const QString &paid = QString(),
                const QString &coin = QString())
{
    PaymentStatus status;
    status.state = state;
    if (!paid.isEmpty()) {
        status.paidAmount = Amount::fromCanonical(paid);
        status.paidCurrency = coin;
    }
    return store.recordPayment(id, status, "{}") && setLastEventAt(store, id, at);
}

// Made up by the demo history, as DemoHistory marks its invoices.
inline bool markDemo(InvoiceStore &store, qint64 id, const QString &gateway)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
    query.prepare(QStringLiteral("UPDATE invoices SET gateway = ? WHERE id = ?"));
    query.addBindValue(gateway);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

// Stores the sale and brings it to its state as the checkout would; -1 on failure.
inline qint64 add(InvoiceStore &store, const Sale &sale)
{
    InvoiceFields f;
    f.orderId = sale.orderId;
    f.price = *Amount::fromCanonical(sale.price);
    f.currency = sale.currency;
    f.title = QStringLiteral("Sale ") + sale.orderId;
    f.test = sale.test;
    const qint64 id = store.createSending(f, QStringLiteral("https://payid19.com/api/v1 key=pk"));
    if (id < 0)
        return -1;
    bool ok = true;
    switch (sale.state) {
    case InvoiceState::Sending:
        break;
    case InvoiceState::Failed:
        ok = store.markFailed(id, QStringLiteral("refused"), {QStringLiteral("no")}, "{}");
        break;
    case InvoiceState::Unknown:
        ok = store.markUnknown(id, QStringLiteral("lost"), QByteArray());
        break;
    default: {
        ok = store.markOpen(id, QStringLiteral("https://payid19.com/invoice/") + sale.orderId, "{}");
        PaymentStatus status;
        status.state = sale.state;
        if (!sale.paid.isEmpty()) {
            status.paidAmount = Amount::fromCanonical(sale.paid);
            status.paidCurrency = sale.coin;
        }
        if (ok && (sale.state != InvoiceState::Open || status.paidAmount))
            ok = store.recordPayment(id, status, "{}");
    }
    }
    if (!ok || !setCreatedAt(store, id, sale.createdAt))
        return -1;
    if (sale.paidAt.isValid() && !setLastEventAt(store, id, sale.paidAt))
        return -1;
    return id;
}

// Every invoice of the history made in [from, to), read one by one.
inline QList<InvoiceRecord> inPeriod(InvoiceStore &store, const QDateTime &from, const QDateTime &to)
{
    QList<InvoiceRecord> rows;
    const QList<InvoiceRecord> all = store.recent(-1).value();
    for (const InvoiceRecord &r : all) {
        if (r.createdAt >= from && r.createdAt < to)
            rows << r;
    }
    return rows;
}

inline HistoryTotals bruteTotals(const QList<InvoiceRecord> &rows)
{
    HistoryTotals totals;
    for (const InvoiceRecord &r : rows)
        totals.add(r.state, r.fields.currency, r.fields.price, r.fields.test);
    return totals;
}

inline QList<SalesReport::StateCount> bruteStates(const QList<InvoiceRecord> &rows)
{
    QList<SalesReport::StateCount> states;
    for (InvoiceState state : InvoiceStates::all()) {
        qint64 count = 0;
        for (const InvoiceRecord &r : rows)
            count += !r.fields.test && r.state == state;
        if (count)
            states.append({state, count});
    }
    return states;
}

// The payments of invoices made before [from, to) recorded in it, the slow
// way: every event of every live invoice, each invoice's first change to paid
// (or paid late) and to underpaid, by the times themselves.
struct Earlier {
    QList<SalesReport::EarlierPayment> paid;
    QList<SalesReport::CoinReceived> received;
    QList<QString> orderIds;
};
inline Earlier bruteEarlier(InvoiceStore &store, const QDateTime &from, const QDateTime &to)
{
    QMap<qint64, QDateTime> firstPaid, firstUnderpaid;
    QSqlQuery events(QSqlDatabase::database(store.connectionName()));
    if (!events.exec(QStringLiteral("SELECT invoice_id, state, at FROM invoice_events")))
        qFatal("%s", qPrintable(events.lastError().text()));
    while (events.next()) {
        const auto state = InvoiceStates::fromStorageName(events.value(1).toString());
        const QDateTime at = InvoiceRow::fromUtcText(events.value(2).toString());
        if (!state || at >= to)
            continue;
        QMap<qint64, QDateTime> *first = nullptr;
        if (*state == InvoiceState::Paid || *state == InvoiceState::PaidLate)
            first = &firstPaid;
        else if (*state == InvoiceState::Underpaid)
            first = &firstUnderpaid;
        if (first && (!first->contains(events.value(0).toLongLong()) || at < first->value(events.value(0).toLongLong())))
            first->insert(events.value(0).toLongLong(), at);
    }
    QMap<QString, SalesReport::EarlierPayment> byCurrency;
    QMap<QString, SalesReport::CoinReceived> byCoin;
    Earlier earlier;
    const QList<InvoiceRecord> all = store.recent(-1).value(); // kept: a loop over the optional's would dangle
    for (const InvoiceRecord &r : all) {
        if (r.fields.test || r.createdAt >= from)
            continue;
        HistoryTotals::Part *part = nullptr;
        SalesReport::EarlierPayment &e = byCurrency[r.fields.currency];
        if (firstPaid.contains(r.id)) {
            if (firstPaid.value(r.id) >= from)
                part = &e.paid;
        } else if (firstUnderpaid.contains(r.id) && firstUnderpaid.value(r.id) >= from) {
            part = &e.underpaid;
        }
        if (!part)
            continue;
        earlier.orderIds << r.fields.orderId;
        e.currency = r.fields.currency;
        part->amount = part->amount + r.fields.price;
        ++part->count;
        if (r.paidAmount && !r.paidAmount->isZero() && !r.paidCurrency.isEmpty()) {
            auto &c = byCoin[r.paidCurrency];
            c.coin = r.paidCurrency;
            c.amount = c.amount + *r.paidAmount;
            ++c.count;
        }
    }
    for (const auto &e : std::as_const(byCurrency)) {
        if (e.paid.count || e.underpaid.count)
            earlier.paid << e;
    }
    earlier.received = byCoin.values();
    std::sort(earlier.orderIds.begin(), earlier.orderIds.end());
    return earlier;
}

inline QList<SalesReport::CoinReceived> bruteReceived(const QList<InvoiceRecord> &rows)
{
    QMap<QString, SalesReport::CoinReceived> byCoin;
    for (const InvoiceRecord &r : rows) {
        if (r.fields.test || !r.paidAmount || r.paidAmount->isZero())
            continue;
        auto &c = byCoin[r.paidCurrency];
        c.coin = r.paidCurrency;
        c.amount = c.amount + *r.paidAmount;
        ++c.count;
    }
    return byCoin.values();
}
}
