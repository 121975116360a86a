#include "reports/SalesReportDocument.h"

#include <algorithm>

namespace {
using Align = PrintBlock::Align;
using Size = PrintBlock::Size;

// A time on the till's clock with its zone's abbreviation: "10/03/2026 09:00 CET".
QString tillTime(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale)
{
    const QDateTime local = utc.toTimeZone(zone);
    return locale.toString(local, QLocale::ShortFormat) + QLatin1Char(' ') + zone.abbreviation(local);
}

// Fiat sums as people read them (at least two decimals), every decimal kept.
QString fiat(const Amount &amount, const QString &currency, const QLocale &locale)
{
    return amount.withUnit(currency, locale, 2);
}
} // namespace

QString SalesReportDocument::title(const SalesReport &report)
{
    switch (report.kind) {
    case SalesReport::Kind::X:
        //: Title of the report of a running shift; it closes nothing
        return tr("X report — not a close");
    case SalesReport::Kind::Z:
        //: Title of the report that closed a shift; %1 is its number
        return tr("Z report No. %1").arg(report.zNumber.value_or(0));
    case SalesReport::Kind::Period:
        //: Title of a report over any period
        return tr("Sales report");
    }
    return tr("Sales report");
}

QString SalesReportDocument::bucketLabel(const SalesReport &report, const SalesReport::Bucket &bucket,
                                         const QLocale &locale)
{
    const QTimeZone zone = report.zone();
    const QDateTime local = bucket.start.toTimeZone(zone);
    // The first and last day the period touches on the till's clock: a label
    // says as much as it takes to tell its bar from every other one (a chart
    // keeps one bar per label text, and a reader should not have to guess).
    const QDate first = report.from.toTimeZone(zone).date();
    const QDate last = report.to.addMSecs(-1).toTimeZone(zone).date();
    if (report.bucketing == SalesReport::Bucketing::Day) {
        if (first.year() != last.year())
            //: A day in a report's chart and table over more than one year, e.g. "10 Mar 2026" (QDate format)
            return locale.toString(local.date(), tr("d MMM yyyy"));
        //: A day in a report's chart and table, e.g. "10 Mar" (QDate format)
        return locale.toString(local.date(), tr("d MMM"));
    }
    QString label = first == last ? local.toString(QStringLiteral("HH:mm"))
                                  //: An hour in a report's chart and table when the period has more than one
                                  //: day, e.g. "29 Nov 09:00" (QDateTime format)
                                  : locale.toString(local, tr("d MMM HH:mm"));
    // The hour the clocks go back comes twice: each says which it is.
    for (qint64 step : {-3600, 3600}) {
        if (bucket.start.addSecs(step).toTimeZone(zone).time().hour() == local.time().hour()) {
            label += QLatin1Char(' ') + zone.abbreviation(local);
            break;
        }
    }
    return label;
}

ChartData SalesReportDocument::chart(const SalesReport &report, const QLocale &locale)
{
    ChartData data;
    data.title = report.bucketing == SalesReport::Bucketing::Day
            //: Title of a report's chart: invoices per day
            ? tr("Sales per day")
            //: Title of a report's chart: invoices per hour
            : tr("Sales per hour");
    //: A chart's series: invoices paid (paid late too)
    ChartData::Series paid{tr("Paid"), {}};
    ChartData::Series underpaid{tr("Underpaid"), {}};
    //: A chart's series: invoices waiting for payment or expired
    ChartData::Series unpaid{tr("Unpaid"), {}};
    for (const SalesReport::Bucket &bucket : report.buckets) {
        data.labels << bucketLabel(report, bucket, locale);
        paid.values << bucket.paid;
        underpaid.values << bucket.underpaid;
        unpaid.values << bucket.unpaid;
    }
    data.series = {paid, underpaid, unpaid};
    return data;
}

PrintDocument SalesReportDocument::make(const SalesReport &report, const QLocale &locale, Copy copy)
{
    const QTimeZone zone = report.zone();
    PrintDocument doc;
    doc.title = title(report);
    doc.text(doc.title, Align::Center, Size::Large, true);
    if (copy == Copy::Reprint)
        //: Banner of a Z report printed again after the shift's close
        doc.banner(tr("REPRINT"));
    if (report.demoCount) {
        // First and large: nobody should read the totals as the shop's.
        //: Banner of a report whose figures include made-up invoices of the demo history
        doc.banner(tr("DEMO DATA"));
        //: %n how many made-up invoices of the demo history the report counts
        doc.text(tr("Includes %n made-up demo invoice(s) — not real sales.", nullptr, int(report.demoCount)),
                 Align::Center, Size::Normal, true);
    }
    if (report.kind == SalesReport::Kind::X)
        //: Under an X report's title: the shift stays open
        doc.text(tr("The shift stays open."), Align::Center);
    if (!report.till.isEmpty())
        //: Report: the till it was made at
        doc.columns(tr("Till"), report.till);
    doc.rule();

    //: Report: the start of its period
    doc.columns(tr("From"), tillTime(report.from, zone, locale));
    //: Report: the end of its period (excluded)
    doc.columns(tr("To"), tillTime(report.to, zone, locale));
    // Why an X or Z report's period starts before its shift opened.
    if (report.previousZ)
        //: Report: an X or Z report's period starts where Z report %1 ended, sales made between shifts included
        doc.text(tr("Since Z report No. %1: sales between shifts are counted too.").arg(*report.previousZ));
    else if (report.kind != SalesReport::Kind::Period && report.openedAt.isValid())
        //: Report: the first Z report (or the X report before it) starts at its shift's opening
        doc.text(tr("The first Z report starts at the shift's opening; earlier sales are in period reports."));
    if (report.openedAt.isValid())
        //: Report: when the shift opened (its period may start earlier)
        doc.columns(tr("Shift opened"), tillTime(report.openedAt, zone, locale));
    if (!report.openedBy.isEmpty())
        //: Report: the person who opened the shift
        doc.columns(tr("Opened by"), report.openedBy);
    if (!report.openingNote.isEmpty())
        //: Report: the note written when the shift opened
        doc.columns(tr("Opening note"), report.openingNote);
    if (!report.closedBy.isEmpty())
        //: Report: the person who closed the shift
        doc.columns(tr("Closed by"), report.closedBy);
    if (report.generatedAt.isValid())
        //: Report: when it was made
        doc.columns(tr("Made"), tillTime(report.generatedAt, zone, locale));
    doc.rule();

    //: Report: a heading
    doc.text(tr("Invoices by state"), Align::Left, Size::Normal, true);
    if (report.states.isEmpty())
        doc.text(tr("No invoices in this period."));
    for (const SalesReport::StateCount &s : report.states)
        doc.columns(InvoiceStates::displayName(s.state), locale.toString(s.count));
    //: Report: every invoice that is not a test one
    doc.columns(tr("Invoices"), locale.toString(report.liveCount()), true);
    if (report.totals.testCount)
        //: Report: test invoices are counted apart; %n how many
        doc.text(tr("Test invoices, not in any total: %n", nullptr, int(report.totals.testCount)));
    doc.rule();

    for (const HistoryTotals::Currency &c : report.totals.currencies) {
        //: Report: the heading of one price currency's sums, e.g. "USD"
        doc.text(tr("Totals in %1").arg(c.currency), Align::Left, Size::Normal, true);
        //: Report: the sum of paid invoices (paid late too); %n how many
        doc.columns(tr("Paid (%n)", nullptr, int(c.paid.count)), fiat(c.paid.amount, c.currency, locale), true);
        //: Report: the sum of underpaid invoices' prices; %n how many
        doc.columns(tr("Underpaid (%n)", nullptr, int(c.underpaid.count)), fiat(c.underpaid.amount, c.currency, locale));
        //: Report: the sum of invoices waiting for payment or expired; %n how many
        doc.columns(tr("Unpaid (%n)", nullptr, int(c.unpaid.count)), fiat(c.unpaid.amount, c.currency, locale));
        for (const SalesReport::CurrencySales &s : report.sales) {
            if (s.currency != c.currency)
                continue;
            //: Report: the largest sale and its order number
            doc.columns(tr("Largest sale (%1)").arg(s.largestOrderId), fiat(s.largest, s.currency, locale));
            // Shown with as many decimals as the shop's prices have (12.34, not
            // 12.33333333; 0.0095174 for prices of 7 decimals); the CSV keeps
            // the exact figure.
            const int decimals = std::max(2, s.priceDecimals);
            //: Report: the average of the paid sales; %n how many sales
            doc.columns(tr("Average sale (%n)", nullptr, int(s.count)),
                        fiat(s.average.roundedTo(decimals, Amount::Rounding::HalfUp), s.currency, locale));
        }
        doc.space();
    }
    if (report.totals.currencies.isEmpty())
        doc.text(tr("No sales in this period."));
    doc.rule();

    if (!report.earlierPaid.isEmpty() || !report.earlierReceived.isEmpty()) {
        //: Report: a heading; invoices made before the period whose payment came in during it
        doc.text(tr("Paid in this period for earlier invoices"), Align::Left, Size::Normal, true);
        //: Report: under the heading of payments for earlier invoices
        doc.text(tr("Not in the totals above, which count the invoices made in this period."));
        for (const SalesReport::EarlierPayment &e : report.earlierPaid) {
            if (e.paid.count)
                //: Report: payments for earlier invoices; %1 a currency, %n how many invoices
                doc.columns(tr("%1 paid (%n)", nullptr, int(e.paid.count)).arg(e.currency),
                            fiat(e.paid.amount, e.currency, locale), true);
            if (e.underpaid.count)
                //: Report: earlier invoices underpaid in this period; %1 a currency, %n how many invoices
                doc.columns(tr("%1 underpaid (%n)", nullptr, int(e.underpaid.count)).arg(e.currency),
                            fiat(e.underpaid.amount, e.currency, locale));
        }
        for (const SalesReport::CoinReceived &c : report.earlierReceived)
            // What those invoices received in all: part of it may have come in
            // before this period (an underpaid invoice topped up now).
            //: Report: everything earlier invoices paid in this period have received, per coin, before it too
            doc.columns(tr("Received by them in all, in %1 (payments: %n)", nullptr, int(c.count)).arg(c.coin),
                        c.amount.withUnit(c.coin, locale));
        doc.rule();
    }

    //: Report: a heading; what came in per coin, as the gateway reported it
    doc.text(tr("Received per coin"), Align::Left, Size::Normal, true);
    if (report.received.isEmpty())
        //: Report: the gateway reported no amount received
        doc.text(tr("No amounts reported by the gateway."));
    for (const SalesReport::CoinReceived &c : report.received)
        //: Report: a coin and how many payments came in it, e.g. "BTC (payments: 3)"
        doc.columns(tr("%1 (payments: %n)", nullptr, int(c.count)).arg(c.coin), c.amount.withUnit(c.coin, locale));
    doc.rule();

    doc.chart(chart(report, locale));
    doc.text(report.bucketing == SalesReport::Bucketing::Day
                     //: Report: a heading over the paid sums of each day
                     ? tr("Paid per day")
                     //: Report: a heading over the paid sums of each hour
                     : tr("Paid per hour"),
             Align::Left, Size::Normal, true);
    bool anyPaid = false;
    for (const SalesReport::Bucket &bucket : report.buckets) {
        if (bucket.paidAmounts.isEmpty())
            continue;
        anyPaid = true;
        // One row per currency: bars of different currencies never add up.
        QString label = bucketLabel(report, bucket, locale);
        for (const auto &paid : bucket.paidAmounts) {
            doc.columns(label, fiat(paid.second, paid.first, locale));
            label.clear();
        }
    }
    if (!anyPaid)
        doc.text(tr("Nothing was paid in this period."));
    if (report.kind == SalesReport::Kind::Z) {
        doc.rule();
        //: The last line of a Z report
        doc.text(tr("End of Z report No. %1").arg(report.zNumber.value_or(0)), Align::Center, Size::Normal, true);
    }
    return doc;
}
