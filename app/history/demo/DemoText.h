// Text as SQLite keeps it (UTF-8), made fast: digits, UTC moments, the gateway's dates and amounts.
#pragma once

#include "history/demo/DemoTime.h"
#include "invoice/Amount.h"

#include <string>

namespace Demo {
// Text as SQLite keeps it (UTF-8), made without a QString per value: a million
// invoices hold some forty million values.

struct Civil {
    int year;
    int month;
    int day;
};
// The civil date of a day counted from 1970-01-01 (H. Hinnant's algorithm).
Civil civilFromDays(qint64 days);

void appendDigits(std::string &out, qint64 value, int width);

// The parts of a UTC moment, for the formats below.
struct Moment {
    Civil date;
    qint64 msOfDay;
    explicit Moment(qint64 ms)
        : date(civilFromDays(ms >= 0 ? ms / DayMs : (ms - DayMs + 1) / DayMs)),
          msOfDay(ms - (ms >= 0 ? ms / DayMs : (ms - DayMs + 1) / DayMs) * DayMs)
    {
    }
    int hour() const { return int(msOfDay / HourMs); }
    int minute() const { return int(msOfDay / MinuteMs % 60); }
    int second() const { return int(msOfDay / SecondMs % 60); }
};

void appendUtc(std::string &out, qint64 ms);
void appendGatewayTime(std::string &out, qint64 ms);
void appendAmount(std::string &out, const Amount &amount);
void appendFixed(std::string &out, const Amount &amount, int decimals);
} // namespace Demo
