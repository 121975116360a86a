#pragma once

#include "invoice/Amount.h"
#include "invoice/InvoiceState.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>
#include <optional>

// What part of the history to show, total or export: every condition a shop asks
// of it. An empty filter is the whole history. The view, the exports and the
// command line all describe their question with this one type.
struct HistoryFilter
{
    enum class Money { LiveAndTest, LiveOnly, TestOnly };

    QDateTime from;              // made at or after (UTC); invalid: no bound
    QDateTime to;                // made before (UTC); invalid: no bound
    QList<InvoiceState> states;  // empty: every state
    QString currency;            // the price currency; empty: every one
    Money money = Money::LiveAndTest;
    std::optional<Amount> minPrice; // inclusive, in the invoice's own currency
    std::optional<Amount> maxPrice; // inclusive
    QString text;                // fragments of order, title, e-mail, customer, address

    bool isEmpty() const { return *this == HistoryFilter(); }
    friend bool operator==(const HistoryFilter &a, const HistoryFilter &b)
    {
        return a.from == b.from && a.to == b.to && a.states == b.states && a.currency == b.currency
                && a.money == b.money && a.minPrice == b.minPrice && a.maxPrice == b.maxPrice && a.text == b.text;
    }
    friend bool operator!=(const HistoryFilter &a, const HistoryFilter &b) { return !(a == b); }
};
Q_DECLARE_METATYPE(HistoryFilter)

// The periods a shop names, as [from, to) in UTC for the till's time zone: a day
// begins at the till's midnight, whatever the machine's clock or a summer-time
// change makes of it.
class HistoryPeriods
{
    Q_DECLARE_TR_FUNCTIONS(HistoryPeriods)

public:
    enum Period { Everything, Today, Yesterday, ThisWeek, ThisMonth, Custom };
    struct Range {
        QDateTime from;
        QDateTime to;
    };

    static QList<Period> all();
    static QString displayName(Period period);
    // `firstDayOfWeek` from the till's locale. For Custom, the days `first` to
    // `last` (both included).
    static Range range(Period period, const QDateTime &now, const QTimeZone &zone,
                       Qt::DayOfWeek firstDayOfWeek = Qt::Monday, QDate first = QDate(), QDate last = QDate());
    // Midnight at the start of `day` in `zone`, in UTC.
    static QDateTime startOfDay(QDate day, const QTimeZone &zone);
};
