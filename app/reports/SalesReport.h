#pragma once

#include "history/HistoryTotals.h"
#include "invoice/Amount.h"
#include "invoice/InvoiceState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

// What a shop took over a period, as an X report (the running shift), a Z
// report (a closed shift, numbered and kept unchanged) or a report of any
// period. Computed from the history by SalesReportBuilder; a Z report is stored
// as it was computed (toJson) and printed again from that, never recomputed.
// Money is exact (Amount) and always beside its currency; test invoices are
// counted apart and summed nowhere.
struct SalesReport
{
    enum class Kind { X, Z, Period };
    // Hours for a report of two days or less, days for a longer one.
    enum class Bucketing { Hour, Day };

    struct StateCount {
        InvoiceState state = InvoiceState::Sending;
        qint64 count = 0;
        friend bool operator==(const StateCount &a, const StateCount &b) { return a.state == b.state && a.count == b.count; }
    };
    // What came in per coin, where the gateway said how much.
    struct CoinReceived {
        QString coin;
        Amount amount;
        qint64 count = 0;
        friend bool operator==(const CoinReceived &a, const CoinReceived &b)
        {
            return a.coin == b.coin && a.amount == b.amount && a.count == b.count;
        }
    };
    // Sales (paid and paid late, live only) per price currency.
    struct CurrencySales {
        QString currency;
        qint64 count = 0;
        Amount largest;
        QString largestOrderId;
        Amount average; // total / count, rounded half up to 8 decimals
        friend bool operator==(const CurrencySales &a, const CurrencySales &b)
        {
            return a.currency == b.currency && a.count == b.count && a.largest == b.largest
                    && a.largestOrderId == b.largestOrderId && a.average == b.average;
        }
    };
    // One hour (or day) in the till's time zone; live invoices only.
    struct Bucket {
        QDateTime start; // UTC
        qint64 paid = 0;      // paid and paid late
        qint64 underpaid = 0;
        qint64 unpaid = 0;    // open, payment seen, expired
        QList<QPair<QString, Amount>> paidAmounts; // per currency, sorted
        friend bool operator==(const Bucket &a, const Bucket &b)
        {
            return a.start == b.start && a.paid == b.paid && a.underpaid == b.underpaid && a.unpaid == b.unpaid
                    && a.paidAmounts == b.paidAmounts;
        }
    };

    Kind kind = Kind::Period;
    std::optional<qint64> zNumber; // Z only
    QDateTime from;                // UTC, included
    QDateTime to;                  // UTC, excluded
    QString zoneId;                // the till's time zone, IANA id
    QString till;                  // the till's name
    // The shift (X and Z): who opened it and when, with the opening note; who
    // closed it (Z).
    QString openedBy;
    QString openingNote;
    QString closedBy;
    QDateTime generatedAt;         // UTC

    QList<StateCount> states;      // live invoices by state, in InvoiceState order
    HistoryTotals totals;          // per price currency; testCount = test invoices
    QList<CoinReceived> received;  // sorted by coin
    QList<CurrencySales> sales;    // sorted by currency
    Bucketing bucketing = Bucketing::Hour;
    QList<Bucket> buckets;         // every hour (day) of the period, empty ones too

    QTimeZone zone() const;
    qint64 liveCount() const;

    QJsonObject toJson() const;
    static std::optional<SalesReport> fromJson(const QJsonObject &json);

    friend bool operator==(const SalesReport &a, const SalesReport &b);
};
