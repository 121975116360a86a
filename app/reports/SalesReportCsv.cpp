#include "reports/SalesReportCsv.h"

#include "history/export/CsvExport.h"
#include "history/export/ExportColumns.h"
#include "store/InvoiceRow.h"

#include <QIODevice>
#include <algorithm>

namespace {
// A row's cells; empty ones are written as nothing between the commas.
struct Row
{
    QString section;
    QString key;
    QString currency;
    std::optional<qint64> count;
    QString amount;
    QString value;
};

QString fiatText(const Amount &amount)
{
    return amount.toFixed(std::max(amount.decimalsUsed(), 2));
}

void append(QByteArray &out, const Row &row)
{
    // Every text a person typed (the till, a name, a note, an order number)
    // is guarded; sections, keys, codes and numbers are the console's own.
    const auto text = [&out](const QString &value) {
        CsvExport::appendField(out, ExportColumns::guarded(value));
    };
    text(row.section);
    out += ',';
    text(row.key);
    out += ',';
    text(row.currency);
    out += ',';
    if (row.count)
        out += QByteArray::number(*row.count);
    out += ',';
    out += row.amount.toLatin1();
    out += ',';
    text(row.value);
    out += "\r\n";
}

QString kindText(SalesReport::Kind kind)
{
    switch (kind) {
    case SalesReport::Kind::X: return QStringLiteral("x");
    case SalesReport::Kind::Z: return QStringLiteral("z");
    case SalesReport::Kind::Period: return QStringLiteral("period");
    }
    return QString();
}
} // namespace

bool SalesReportCsv::write(const SalesReport &report, QIODevice *device, QString *error)
{
    QByteArray out("\xEF\xBB\xBF"); // see CsvExport: Excel reads UTF-8 only with it
    out += "section,key,currency,count,amount,value\r\n";
    const QString Report = QStringLiteral("report");
    const auto meta = [&](const QString &key, const QString &value) { append(out, {Report, key, {}, {}, {}, value}); };
    meta(QStringLiteral("kind"), kindText(report.kind));
    if (report.zNumber)
        meta(QStringLiteral("number"), QString::number(*report.zNumber));
    meta(QStringLiteral("from"), InvoiceRow::utcText(report.from));
    meta(QStringLiteral("to"), InvoiceRow::utcText(report.to));
    meta(QStringLiteral("zone"), report.zoneId);
    meta(QStringLiteral("till"), report.till);
    meta(QStringLiteral("opened_by"), report.openedBy);
    meta(QStringLiteral("opening_note"), report.openingNote);
    meta(QStringLiteral("closed_by"), report.closedBy);
    meta(QStringLiteral("generated_at"), InvoiceRow::utcText(report.generatedAt));
    if (report.openedAt.isValid())
        meta(QStringLiteral("shift_opened_at"), InvoiceRow::utcText(report.openedAt));
    if (report.previousZ)
        meta(QStringLiteral("since_z_number"), QString::number(*report.previousZ));

    for (const SalesReport::StateCount &s : report.states)
        append(out, {QStringLiteral("state"), InvoiceStates::storageName(s.state), {}, s.count, {}, {}});

    const QString Total = QStringLiteral("total");
    // The same figure as the printed "Invoices": live ones; test ones apart.
    append(out, {Total, QStringLiteral("invoices"), {}, report.liveCount(), {}, {}});
    append(out, {Total, QStringLiteral("test_invoices"), {}, report.totals.testCount, {}, {}});
    append(out, {Total, QStringLiteral("demo_invoices"), {}, report.demoCount, {}, {}});
    for (const HistoryTotals::Currency &c : report.totals.currencies) {
        append(out, {Total, QStringLiteral("paid"), c.currency, c.paid.count, fiatText(c.paid.amount), {}});
        append(out, {Total, QStringLiteral("underpaid"), c.currency, c.underpaid.count, fiatText(c.underpaid.amount), {}});
        append(out, {Total, QStringLiteral("unpaid"), c.currency, c.unpaid.count, fiatText(c.unpaid.amount), {}});
    }
    for (const SalesReport::CoinReceived &c : report.received)
        append(out, {QStringLiteral("received"), c.coin, c.coin, c.count, c.amount.toCanonical(), {}});
    for (const SalesReport::CurrencySales &s : report.sales) {
        append(out, {QStringLiteral("sale"), QStringLiteral("largest"), s.currency, {}, fiatText(s.largest), s.largestOrderId});
        append(out, {QStringLiteral("sale"), QStringLiteral("average"), s.currency, s.count, fiatText(s.average), {}});
    }
    // Payments for invoices made before the period: a section of their own,
    // so that no SUM over "total" rows adds them in by accident.
    for (const SalesReport::EarlierPayment &e : report.earlierPaid) {
        append(out, {QStringLiteral("earlier"), QStringLiteral("paid"), e.currency, e.paid.count, fiatText(e.paid.amount), {}});
        append(out, {QStringLiteral("earlier"), QStringLiteral("underpaid"), e.currency, e.underpaid.count,
                     fiatText(e.underpaid.amount), {}});
    }
    for (const SalesReport::CoinReceived &c : report.earlierReceived)
        append(out, {QStringLiteral("earlier_received_in_all"), c.coin, c.coin, c.count, c.amount.toCanonical(), {}});

    const QString bucketSection = report.bucketing == SalesReport::Bucketing::Day ? QStringLiteral("day") : QStringLiteral("hour");
    const QTimeZone zone = report.zone();
    for (const SalesReport::Bucket &b : report.buckets) {
        // The till's own time with its offset: the hour the clocks go back
        // comes twice, and each row says which one it is.
        const QString start = b.start.toTimeZone(zone).toString(Qt::ISODate);
        append(out, {bucketSection, start, {}, b.paid, {}, QStringLiteral("paid")});
        append(out, {bucketSection, start, {}, b.underpaid, {}, QStringLiteral("underpaid")});
        append(out, {bucketSection, start, {}, b.unpaid, {}, QStringLiteral("unpaid")});
        for (const auto &paid : b.paidAmounts)
            append(out, {bucketSection, start, paid.first, {}, fiatText(paid.second), QStringLiteral("paid_amount")});
    }

    if (device->write(out) != out.size()) {
        if (error)
            //: %1 is the system's reason
            *error = tr("The report could not be written: %1").arg(device->errorString());
        return false;
    }
    return true;
}
