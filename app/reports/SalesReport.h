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
        // The most decimals any of these prices had (0 to 8): the average is
        // shown rounded to max(2, this). 8 in a report stored before it was
        // kept, so that such a report shows its average exact, as it did.
        int priceDecimals = 8;
        friend bool operator==(const CurrencySales &a, const CurrencySales &b)
        {
            return a.currency == b.currency && a.count == b.count && a.largest == b.largest
                    && a.largestOrderId == b.largestOrderId && a.average == b.average
                    && a.priceDecimals == b.priceDecimals;
        }
    };
    // Invoices made before the period whose payment arrived in it: the first
    // change to paid (or paid late) recorded in the period, or, for one not
    // paid by the period's end, the first change to underpaid. Their prices
    // per price currency, apart from the period's own totals (those count the
    // invoices made in the period), so that a payment that comes after a Z
    // report's close is in the next one. Live invoices only.
    struct EarlierPayment {
        QString currency;
        HistoryTotals::Part paid;      // paid and paid late
        HistoryTotals::Part underpaid;
        friend bool operator==(const EarlierPayment &a, const EarlierPayment &b)
        {
            return a.currency == b.currency && a.paid == b.paid && a.underpaid == b.underpaid;
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
    // X and Z: when the shift opened (UTC). The period starts at the close of
    // the Z report before (previousZ), before the opening when sales were made
    // between shifts, so that Z reports follow one another without a gap; the
    // first Z report starts at its shift's opening.
    // Invalid in a report stored before this was kept (its period began at
    // the opening).
    QDateTime openedAt;
    std::optional<qint64> previousZ;

    QList<StateCount> states;      // live invoices by state, in InvoiceState order
    HistoryTotals totals;          // per price currency; testCount = test invoices
    QList<CoinReceived> received;  // sorted by coin
    QList<CurrencySales> sales;    // sorted by currency
    QList<EarlierPayment> earlierPaid;    // sorted by currency
    QList<CoinReceived> earlierReceived;  // what came in for those, per coin
    // Made-up invoices of the demo history (DemoHistory::gatewayName()) among
    // the live invoices counted here (made in the period, or paid in it for
    // earlier ones): they are in the figures, and the report says so.
    qint64 demoCount = 0;
    Bucketing bucketing = Bucketing::Hour;
    QList<Bucket> buckets;         // every hour (day) of the period, empty ones too

    QTimeZone zone() const;
    qint64 liveCount() const;

    QJsonObject toJson() const;
    static std::optional<SalesReport> fromJson(const QJsonObject &json);

    friend bool operator==(const SalesReport &a, const SalesReport &b);
};
