#include "history/HistoryFilter.h"

QList<HistoryPeriods::Period> HistoryPeriods::all()
{
    return {Everything, Today, Yesterday, ThisWeek, ThisMonth, Custom};
}

QString HistoryPeriods::displayName(Period period)
{
    switch (period) {
    //: History period: no date limit
    case Everything: return tr("All dates");
    case Today: return tr("Today");
    case Yesterday: return tr("Yesterday");
    case ThisWeek: return tr("This week");
    case ThisMonth: return tr("This month");
    //: History period: dates the cashier chooses
    case Custom: return tr("Chosen dates");
    }
    return QString();
}

QDateTime HistoryPeriods::startOfDay(QDate day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toUTC();
}

HistoryPeriods::Range HistoryPeriods::range(Period period, const QDateTime &now, const QTimeZone &zone,
                                            Qt::DayOfWeek firstDayOfWeek, QDate first, QDate last)
{
    const QDate today = now.toTimeZone(zone).date();
    auto days = [&zone](QDate from, QDate toIncluded) {
        return Range{startOfDay(from, zone), startOfDay(toIncluded.addDays(1), zone)};
    };
    switch (period) {
    case Everything:
        return {};
    case Today:
        return days(today, today);
    case Yesterday:
        return days(today.addDays(-1), today.addDays(-1));
    case ThisWeek: {
        const int back = (today.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
        return days(today.addDays(-back), today);
    }
    case ThisMonth:
        return days(QDate(today.year(), today.month(), 1), today);
    case Custom: {
        Range range;
        if (first.isValid())
            range.from = startOfDay(first, zone);
        if (last.isValid())
            range.to = startOfDay(last.addDays(1), zone);
        return range;
    }
    }
    return {};
}
