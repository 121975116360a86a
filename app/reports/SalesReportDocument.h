#pragma once

#include "reports/PrintDocument.h"
#include "reports/SalesReport.h"

#include <QCoreApplication>
#include <QLocale>

// An X, Z or period report as both kinds of printer print it: what it is
// (an X report says it closes nothing), the till, the period in the till's
// time zone, the shift, the invoices by state, the sums per currency, what
// came in per coin, the largest and average sale, test invoices apart, a chart
// of the sales per hour (or day) and the paid sums per hour. Made from the
// report alone, so a Z report printed again from its stored text prints the
// same page.
class SalesReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(SalesReportDocument)

public:
    // A Z report printed again after its close says REPRINT, as a receipt
    // says DUPLICATE: the same figures, but not a second close.
    enum class Copy { Original, Reprint };

    static PrintDocument make(const SalesReport &report, const QLocale &locale, Copy copy = Copy::Original);

    // "X report — not a close", "Z report No. 12", "Sales report".
    static QString title(const SalesReport &report);
    // The chart's numbers: a bar per hour ("09:00") or day ("10 Mar"), stacked
    // paid / underpaid / unpaid counts.
    static ChartData chart(const SalesReport &report, const QLocale &locale);
    // A bucket's label in the till's zone, as the chart and the table show it.
    static QString bucketLabel(const SalesReport &report, const SalesReport::Bucket &bucket, const QLocale &locale);
};
