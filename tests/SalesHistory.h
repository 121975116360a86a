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
#include <QSqlQuery>
#include <QTest>

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
};

inline bool setCreatedAt(InvoiceStore &store, qint64 id, const QDateTime &at)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
    query.prepare(QStringLiteral("UPDATE invoices SET created_at = ? WHERE id = ?"));
    query.addBindValue(InvoiceRow::utcText(at));
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
