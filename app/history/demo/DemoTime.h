// The lengths of time the demo history is counted in, in milliseconds.
#pragma once

#include <QtGlobal>

namespace Demo {
constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
} // namespace Demo
