#pragma once

// A history filter's rule written the slow, obvious way, over a whole record:
// the oracle that the SQL of HistoryQuery is checked against.
#include "history/HistoryFilter.h"
#include "history/HistoryQuery.h"
#include "store/InvoiceRecord.h"

namespace HistoryOracle {
inline bool passes(const HistoryFilter &f, const InvoiceRecord &r)
{
    if (f.from.isValid() && r.createdAt < f.from)
        return false;
    if (f.to.isValid() && r.createdAt >= f.to)
        return false;
    if (!f.states.isEmpty() && !f.states.contains(r.state))
        return false;
    if (!f.currency.isEmpty() && r.fields.currency != f.currency)
        return false;
    if (f.money == HistoryFilter::Money::LiveOnly && r.fields.test)
        return false;
    if (f.money == HistoryFilter::Money::TestOnly && !r.fields.test)
        return false;
    if (f.minPrice && r.fields.price < *f.minPrice)
        return false;
    if (f.maxPrice && r.fields.price > *f.maxPrice)
        return false;
    for (const QString &word : HistoryQuery::words(f.text)) {
        bool found = false;
        for (const QString &text : {r.fields.orderId, r.fields.title, r.fields.email, r.fields.customerId, r.coinAddress})
            found = found || text.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}
}
