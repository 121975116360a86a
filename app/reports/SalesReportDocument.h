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
// same page. A report with made-up demo invoices says so first, and an X or
// Z report says why its period starts before its shift opened.
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
    // A bucket's label in the till's zone, as the chart and the table show it;
    // no two buckets of a report have the same one: an hour says its day when
    // the period has more than one ("29 Nov 09:00"), a day its year when the
    // period has more than one ("1 Dec 2025"), and the hour the clocks go back
    // its zone ("02:00 CEST", "02:00 CET").
    static QString bucketLabel(const SalesReport &report, const SalesReport::Bucket &bucket, const QLocale &locale);
};
