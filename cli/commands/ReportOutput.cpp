#include "commands/ReportOutput.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "EventWait.h"
#include "ExitCode.h"
#include "commands/Command.h"

#include "charts/SalesChart.h"
#include "reports/SalesReportCsv.h"
#include "reports/SalesReportDocument.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace Opt {
const QString Pdf = QStringLiteral("pdf");
const QString Csv = QStringLiteral("csv");
const QString Print = QStringLiteral("print");
}

namespace {
// The narrowest a text report is laid out: as wide as an 80 mm roll prints it.
constexpr qsizetype MinTextWidth = 48;
}

QList<QCommandLineOption> ReportOutput::options()
{
    return {
        {Opt::Pdf, tr("Write the report to this PDF file (A4, with the chart of the sales)."), tr("FILE")},
        {Opt::Csv, tr("Write the report to this CSV file (one figure a row, exact amounts)."), tr("FILE")},
        {Opt::Print, tr("Print the report on the receipt printer chosen in Settings.")},
    };
}

std::optional<ReportOutput::Request> ReportOutput::read(const QCommandLineParser &parser, TillSettings &settings,
                                                        QString *error)
{
    const auto fail = [error](const QString &sentence) {
        *error = sentence;
        return std::optional<Request>();
    };
    Request request;
    for (const auto &[option, path] : {std::pair{Opt::Pdf, &request.pdf}, std::pair{Opt::Csv, &request.csv}}) {
        if (!parser.isSet(option))
            continue;
        const QString value = parser.value(option).trimmed();
        if (value.isEmpty())
            return fail(tr("--%1 needs the name of the file to write.").arg(option));
        const QFileInfo info(value);
        if (info.isDir())
            return fail(tr("--%1: %2 is a folder; give a file name.").arg(option, QDir::toNativeSeparators(value)));
        // Checked now: a Z report is closed for good before its files are written.
        if (!info.absoluteDir().exists())
            return fail(tr("--%1: the folder %2 does not exist.")
                                .arg(option, QDir::toNativeSeparators(info.absoluteDir().path())));
        // An existing folder may still refuse a file (read-only, /proc...):
        // tried with a file of its own, removed at once.
        QTemporaryFile probe(info.absoluteDir().filePath(QStringLiteral(".merchant-console-XXXXXX")));
        if (!probe.open())
            return fail(tr("--%1: no file can be written in the folder %2: %3.")
                                .arg(option, QDir::toNativeSeparators(info.absoluteDir().path()), probe.errorString()));
        *path = QDir::cleanPath(info.absoluteFilePath());
    }
    if (!request.pdf.isEmpty() && request.pdf == request.csv)
        return fail(tr("--pdf and --csv name the same file; give each its own."));
    if (parser.isSet(Opt::Print)) {
        request.print = PrintDestination::fromChoice(settings.receiptPrinter());
        if (!request.print)
            return fail(tr("--print prints on the receipt printer chosen in Settings, and none is chosen; use --pdf "
                           "FILE instead, or choose one in the window's Settings."));
    }
    return request;
}

int ReportOutput::deliver(CommandContext &c, const SalesReport &report, const Request &request,
                          const QString &afterFailure, SalesReportDocument::Copy copy)
{
    ConsoleEngine &engine = c.session.engine();
    const PrintDocument document = SalesReportDocument::make(report, engine.locale, copy);
    const QString title = SalesReportDocument::title(report);
    const SalesChart chart; // Qt Charts: the same picture as the window's report view
    int code = ExitCode::Ok;
    const auto failed = [&](const QString &sentence) {
        c.out.error(afterFailure.isEmpty() ? sentence : sentence + QLatin1Char(' ') + afterFailure);
        code = ExitCode::Failure;
    };

    if (!request.pdf.isEmpty()) {
        const QString error = DocumentPainter(document, &chart).writePdf(request.pdf, DocumentPainter::Format::Page);
        if (error.isEmpty()) {
            c.out.set(QStringLiteral("pdf"), QDir::toNativeSeparators(request.pdf));
            //: %1 is a report's title ("Z report No. 3"), %2 a file
            c.out.line(tr("%1 written to %2.").arg(title, QDir::toNativeSeparators(request.pdf)));
        } else {
            failed(error);
        }
    }
    if (!request.csv.isEmpty()) {
        // As the window saves it: whole or not at all, readable by its owner only.
        QSaveFile file(request.csv);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            error = file.errorString();
        else if (!SalesReportCsv::write(report, &file, &error))
            file.cancelWriting();
        else if (!file.commit())
            error = file.errorString();
        if (error.isEmpty()) {
            c.out.set(QStringLiteral("csv"), QDir::toNativeSeparators(request.csv));
            c.out.line(tr("%1 written to %2.").arg(title, QDir::toNativeSeparators(request.csv)));
        } else {
            failed(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(request.csv), error));
        }
    }
    if (request.print) {
        EventWait printed;
        QString error;
        PrintOut *out = PrintOut::start(document, *request.print, &chart);
        QObject::connect(out, &PrintOut::finished, out, [&](const QString &text) {
            error = text;
            printed.done();
        });
        if (!printed.wait(PrintLimitMs)) {
            QObject::disconnect(out, nullptr, nullptr, nullptr);
            error = tr("The report was not taken in time by %1.").arg(request.print->displayName());
        }
        if (error.isEmpty()) {
            c.out.set(QStringLiteral("printed_to"), request.print->logName());
            //: %1 is a report's title, %2 where it went ("the printer Front desk")
            c.out.line(tr("%1 printed on %2.").arg(title, request.print->displayName()));
        } else {
            failed(error);
        }
    }
    return code;
}

void ReportOutput::show(CommandContext &c, const SalesReport &report, SalesReportDocument::Copy copy)
{
    if (c.out.isJson()) {
        c.out.set(QStringLiteral("report"), report.toJson());
        return;
    }
    for (const QString &line : plainText(SalesReportDocument::make(report, c.session.engine().locale, copy)))
        c.out.line(line);
}

QStringList ReportOutput::plainText(const PrintDocument &document)
{
    qsizetype width = MinTextWidth;
    for (const PrintBlock &block : document.blocks) {
        if (block.kind == PrintBlock::Kind::Columns)
            width = std::max(width, block.text.size() + 2 + block.right.size());
    }
    const auto placed = [width](const QString &text, PrintBlock::Align align) {
        if (align == PrintBlock::Align::Left || text.size() >= width)
            return text;
        const qsizetype pad = align == PrintBlock::Align::Right ? width - text.size() : (width - text.size()) / 2;
        return QString(pad, QLatin1Char(' ')) + text;
    };
    QStringList lines;
    for (const PrintBlock &block : document.blocks) {
        switch (block.kind) {
        case PrintBlock::Kind::Text:
            for (const QString &line : block.text.split(QLatin1Char('\n')))
                lines << placed(line, block.align);
            break;
        case PrintBlock::Kind::Columns: {
            QString line = block.text
                    + QString(std::max<qsizetype>(2, width - block.text.size() - block.right.size()), QLatin1Char(' '))
                    + block.right;
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            lines << line;
            break;
        }
        case PrintBlock::Kind::Rule:
            lines << QString(width, QLatin1Char('-'));
            break;
        case PrintBlock::Kind::Space:
            lines << QString();
            break;
        case PrintBlock::Kind::Qr:
            break; // a code to scan means nothing as text
        case PrintBlock::Kind::Chart: {
            // The bars as numbers: a line per hour (or day) that had invoices.
            const ChartData &chart = block.chart;
            bool any = false;
            for (qsizetype i = 0; i < chart.labels.size(); ++i) {
                QStringList counts;
                qint64 stack = 0;
                for (const ChartData::Series &series : chart.series) {
                    const qint64 value = series.values.value(i);
                    stack += value;
                    //: A chart's bar as text: a count and its series, e.g. "3 Paid"
                    counts << tr("%1 %2").arg(value).arg(series.name);
                }
                if (stack == 0)
                    continue;
                if (!any)
                    lines << chart.title;
                any = true;
                lines << chart.labels.at(i) + QStringLiteral("  ") + counts.join(QStringLiteral(", "));
            }
            if (any)
                lines << QString();
            break;
        }
        }
    }
    return lines;
}
