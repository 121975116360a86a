#pragma once

#include "invoice/Amount.h"
#include "invoice/InvoiceState.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <optional>

// What a filtered part of the history adds up to: how many invoices, and per
// price currency the sums of what was paid, underpaid and is still unpaid. Exact
// (Amount), never a double. Test invoices are counted apart and summed nowhere:
// no money moved for them.
struct HistoryTotals
{
    Q_DECLARE_TR_FUNCTIONS(HistoryTotals)

public:
    // Which sum an invoice's price goes to. Sending, failed, unconfirmed and
    // conflicting invoices are counted but summed nowhere: no sale was agreed.
    enum class Sum { Paid, Underpaid, Unpaid, None };
    static Sum sumOf(InvoiceState state);

    struct Part {
        Amount amount;
        qint64 count = 0;
        friend bool operator==(const Part &a, const Part &b) { return a.amount == b.amount && a.count == b.count; }
    };
    struct Currency {
        QString currency;
        Part paid;
        Part underpaid;
        Part unpaid;
        friend bool operator==(const Currency &a, const Currency &b)
        {
            return a.currency == b.currency && a.paid == b.paid && a.underpaid == b.underpaid && a.unpaid == b.unpaid;
        }
    };

    qint64 count = 0;     // every invoice the filter shows, test ones included
    qint64 testCount = 0; // of those, test invoices (in no sum)
    QList<Currency> currencies; // sorted by currency code

    // Adds one live invoice's price (the brute-force way; tests and small sets).
    void add(InvoiceState state, const QString &currency, const Amount &price, bool test, qint64 times = 1);
    Part *partFor(const QString &currency, Sum sum);

    // One line for the history's foot: "1,234 invoices · USD paid 1,200.00 ·
    // unpaid 34.50 · EUR paid 99.00 · 3 test invoices not counted".
    QString summary(const QLocale &locale) const;

    friend bool operator==(const HistoryTotals &a, const HistoryTotals &b)
    {
        return a.count == b.count && a.testCount == b.testCount && a.currencies == b.currencies;
    }
};
Q_DECLARE_METATYPE(HistoryTotals)
