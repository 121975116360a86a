#include "history/demo/DemoText.h"

#include "history/demo/DemoTime.h"
#include "store/InvoiceRow.h"

namespace Demo {
// The civil date of a day counted from 1970-01-01 (H. Hinnant's algorithm).
Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 ofEra = days - era * 146097;
    const qint64 yearOfEra = (ofEra - ofEra / 1460 + ofEra / 36524 - ofEra / 146096) / 365;
    const qint64 dayOfYear = ofEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shifted + 2) / 5 + 1);
    const int month = int(shifted < 10 ? shifted + 3 : shifted - 9);
    return {int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

void appendDigits(std::string &out, qint64 value, int width)
{
    char digits[20];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int pad = count; pad < width; ++pad)
        out += '0';
    while (count > 0)
        out += digits[--count];
}

void appendUtc(std::string &out, qint64 ms)
{
    char text[24];
    InvoiceRow::writeUtc(text, ms);
    out.append(text, 24);
}

void appendGatewayTime(std::string &out, qint64 ms)
{
    const size_t start = out.size();
    appendUtc(out, ms);
    out.resize(start + 19);
    out[start + 10] = ' ';
}

void appendAmount(std::string &out, const Amount &amount)
{
    out += amount.toCanonical().toStdString();
}

void appendFixed(std::string &out, const Amount &amount, int decimals)
{
    out += amount.toFixed(decimals).toStdString();
}
} // namespace Demo
