#pragma once

#include "reports/PrintDestination.h"
#include "reports/SalesReport.h"
#include "reports/SalesReportDocument.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <optional>

class QCommandLineParser;
class TillSettings;
struct CommandContext;

// What `shift close` and `report` do with a report once they have it: write
// it as a PDF (with the Qt Charts chart) and as CSV, print it on the till's
// receipt printer, or show it on standard output as text or JSON. One place,
// so that a Z report closed at night and the same one asked for again the next
// morning come out alike.
class ReportOutput
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)

public:
    // Where the report goes; nothing set: standard output.
    struct Request {
        QString pdf; // absolute
        QString csv; // absolute
        std::optional<PrintDestination> print;
        bool isEmpty() const { return pdf.isEmpty() && csv.isEmpty() && !print; }
    };

    // --pdf FILE, --csv FILE and --print, as both commands take them.
    static QList<QCommandLineOption> options();
    // Reads them. Every mistake is found here, before a shift is closed: a
    // file in a folder that does not exist, --print without a receipt printer
    // in Settings. nullopt with a sentence in `error`.
    static std::optional<Request> read(const QCommandLineParser &parser, TillSettings &settings, QString *error);

    // Writes and prints what `request` asks, saying each on standard output
    // (and in the JSON object: "pdf", "csv", "printed_to"). Everything asked is
    // tried; each failure is said on standard error, followed by `afterFailure`
    // (for a Z report: that it is stored and how to have it again). Returns
    // ExitCode::Ok or ExitCode::Failure.
    static int deliver(CommandContext &c, const SalesReport &report, const Request &request,
                       const QString &afterFailure = QString(),
                       SalesReportDocument::Copy copy = SalesReportDocument::Copy::Original);
    // The report on standard output: its text, or with --json the member
    // "report" (SalesReport::toJson, exact amounts as text).
    static void show(CommandContext &c, const SalesReport &report,
                     SalesReportDocument::Copy copy = SalesReportDocument::Copy::Original);

    // The report's printed text as plain lines: columns lined up, rules as
    // dashes, the chart as a line per hour (or day) that had invoices.
    static QStringList plainText(const PrintDocument &document);

    // How long the receipt printer may take over a report.
    static constexpr int PrintLimitMs = 120000;
};
