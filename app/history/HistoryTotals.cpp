#include "history/HistoryTotals.h"

#include <algorithm>

HistoryTotals::Sum HistoryTotals::sumOf(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Paid:
    case InvoiceState::PaidLate:
        return Sum::Paid;
    case InvoiceState::Underpaid:
        return Sum::Underpaid;
    case InvoiceState::Open:
    case InvoiceState::PaymentSeen:
    case InvoiceState::Expired:
        return Sum::Unpaid;
    case InvoiceState::Sending:
    case InvoiceState::Failed:
    case InvoiceState::Unknown:
    case InvoiceState::Conflict:
        return Sum::None;
    }
    return Sum::None;
}

HistoryTotals::Part *HistoryTotals::partFor(const QString &currency, Sum sum)
{
    if (sum == Sum::None)
        return nullptr;
    auto it = std::lower_bound(currencies.begin(), currencies.end(), currency,
                               [](const Currency &c, const QString &code) { return c.currency < code; });
    if (it == currencies.end() || it->currency != currency)
        it = currencies.insert(it, Currency{currency, {}, {}, {}});
    switch (sum) {
    case Sum::Paid: return &it->paid;
    case Sum::Underpaid: return &it->underpaid;
    case Sum::Unpaid: return &it->unpaid;
    case Sum::None: break;
    }
    return nullptr;
}

void HistoryTotals::add(InvoiceState state, const QString &currency, const Amount &price, bool test, qint64 times)
{
    count += times;
    if (test) {
        testCount += times;
        return;
    }
    if (Part *part = partFor(currency, sumOf(state))) {
        const auto product = price.mulDiv(times, 1, Amount::Decimals, Amount::Rounding::Down);
        if (product) {
            part->amount = part->amount + *product;
        } else {
            for (qint64 i = 0; i < times; ++i)
                part->amount = part->amount + price;
        }
        part->count += times;
    }
}

QString HistoryTotals::summary(const QLocale &locale) const
{
    QStringList parts;
    //: History totals: how many invoices the filter shows
    parts << tr("Invoices: %1").arg(locale.toString(count));
    for (const Currency &c : currencies) {
        QStringList sums;
        if (c.paid.count)
            //: History totals: e.g. "paid 1,200.00 USD"
            sums << tr("paid %1").arg(c.paid.amount.withUnit(c.currency, locale, 2));
        if (c.underpaid.count)
            sums << tr("underpaid %1").arg(c.underpaid.amount.withUnit(c.currency, locale, 2));
        if (c.unpaid.count)
            sums << tr("unpaid %1").arg(c.unpaid.amount.withUnit(c.currency, locale, 2));
        if (!sums.isEmpty())
            parts << sums.join(QStringLiteral(", "));
    }
    if (testCount)
        //: History totals: test invoices are not in the sums
        parts << tr("test invoices not counted: %1").arg(locale.toString(testCount));
    return parts.join(QStringLiteral(" · "));
}
