// When the demo invoices are made (Calendar) and in which state each ends (statesFor).
#pragma once

#include "history/demo/DemoRandom.h"
#include "history/demo/DemoTime.h"
#include "invoice/InvoiceState.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <vector>

namespace Demo {
using State = InvoiceState;

// When invoices are made: years of days, more lately, more on Fridays and
// Saturdays and before Christmas, between 8:00 and 22:00 in the till's zone with
// rushes at lunch and in the evening.
class Calendar
{
public:
    Calendar(qint64 nowMs, const QTimeZone &zone, int years)
    {
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
        const QDate first = today.addYears(-std::max(1, years));
        const qint64 days = first.daysTo(today) + 1;
        double total = 0;
        for (QDate day = first; day <= today; day = day.addDays(1)) {
            // Summer time changes at night: the offset at noon holds all day long.
            const int offset = zone.offsetFromUtc(QDateTime(day, QTime(12, 0), zone));
            m_dayStart.push_back((day.toJulianDay() - 2440588) * DayMs - offset * SecondMs);
            const double age = double(m_cumulative.size()) / double(days); // 0 oldest, 1 today
            double weight = std::exp(std::log(4.0) * age); // a shop that grew fourfold
            static const double weekday[] = {0, 0.9, 0.9, 0.95, 1.0, 1.15, 1.3, 0.75};
            weight *= weekday[day.dayOfWeek()];
            if (day.month() == 12)
                weight *= day.day() == 25 ? 0.05 : 1.25;
            else if (day.month() == 1)
                weight *= day.day() == 1 ? 0.05 : 0.85;
            total += weight;
            m_cumulative.push_back(total);
        }
        double hours = 0;
        for (double weight : HourWeights)
            m_hourCumulative.push_back(hours += weight);
    }

    qint64 firstMs() const { return m_dayStart.front(); }

    // A moment of trade within [low, high].
    qint64 sample(Random &random, qint64 low, qint64 high) const
    {
        if (high <= low)
            return low;
        const int firstDay = dayOf(low);
        const int lastDay = dayOf(high);
        const double base = firstDay > 0 ? m_cumulative[size_t(firstDay - 1)] : 0.0;
        const double span = m_cumulative[size_t(lastDay)] - base;
        for (int attempt = 0; attempt < 200; ++attempt) {
            const double roll = base + random.unit() * span;
            const auto day = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), roll) - m_cumulative.begin();
            const double hourRoll = random.unit() * m_hourCumulative.back();
            const auto hour = std::upper_bound(m_hourCumulative.begin(), m_hourCumulative.end(), hourRoll)
                    - m_hourCumulative.begin();
            const qint64 at = m_dayStart[size_t(std::min<qint64>(day, qint64(m_dayStart.size()) - 1))]
                    + (OpensAt + hour) * HourMs + random.below64(HourMs);
            if (at >= low && at <= high)
                return at;
        }
        return low + random.below64(high - low + 1);
    }

private:
    static constexpr int OpensAt = 8;
    static constexpr double HourWeights[] = {1, 2, 3, 4, 8, 8, 4, 3, 3, 4, 6, 7, 6, 3}; // 8:00 to 21:59

    int dayOf(qint64 ms) const
    {
        const auto it = std::upper_bound(m_dayStart.begin(), m_dayStart.end(), ms);
        return int(std::clamp<qint64>(it - m_dayStart.begin() - 1, 0, qint64(m_dayStart.size()) - 1));
    }

    std::vector<qint64> m_dayStart; // UTC ms of each local midnight
    std::vector<double> m_cumulative;
    std::vector<double> m_hourCumulative;
};

// How many invoices of each state: mostly paid, and a share of each other fate.
// Open and "payment seen" are of the last day or so: older ones would long have
// been settled. Never `sending`: the reconciler settles those at start.
std::vector<State> statesFor(qint64 count, Random &random);

struct Slot {
    qint64 createdMs;
    State state;
};
} // namespace Demo
