#include "commands/ReportCommand.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "ExitCode.h"
#include "commands/ListCommand.h"
#include "commands/ReportOutput.h"

#include <QCommandLineParser>
#include <algorithm>

namespace Opt {
const QString From = QStringLiteral("from");
const QString To = QStringLiteral("to");
}

namespace {
const QString X = QStringLiteral("x");
const QString Z = QStringLiteral("z");
const QString Period = QStringLiteral("period");
}

QString ReportCommand::summary() const
{
    return tr("report x: the running shift's X report. report z [NUMBER]: the last Z report, or the one with this "
              "number, as it was closed. report period --from DATE [--to DATE]: the report of any days. Shown as "
              "text, or written with --pdf FILE and --csv FILE, or printed with --print.");
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return QList<QCommandLineOption>{
                   {Opt::From, tr("report period: from this day (YYYY-MM-DD in the till's time zone, today, yesterday) "
                                  "or time (ISO 8601)."), tr("DATE")},
                   {Opt::To, tr("report period: up to this day, the whole day included (same forms as --from; "
                                "default today)."), tr("DATE")},
           }
            + ReportOutput::options();
}

int ReportCommand::run(CommandContext &c)
{
    const QString kind = c.arguments.value(0).toLower();
    if (kind.isEmpty()) {
        c.out.error(tr("Say which report: merchant-console-cli report x, report z [NUMBER] or report period --from "
                       "DATE --to DATE."));
        return ExitCode::Usage;
    }
    if (kind != X && kind != Z && kind != Period) {
        c.out.error(tr("There is no report \"%1\"; the reports are x, z and period.").arg(c.arguments.constFirst()));
        return ExitCode::Usage;
    }
    const int allowedArguments = kind == Z ? 2 : 1;
    if (c.arguments.size() > allowedArguments) {
        c.out.error(tr("report %1 takes no more arguments; \"%2\" is not one.").arg(kind, c.arguments.at(allowedArguments)));
        return ExitCode::Usage;
    }
    if (kind != Period && (c.parser.isSet(Opt::From) || c.parser.isSet(Opt::To))) {
        c.out.error(tr("--from and --to are for report period; report %1 has its own period.").arg(kind));
        return ExitCode::Usage;
    }

    std::optional<qint64> number;
    if (kind == Z && c.arguments.size() == 2) {
        bool ok = false;
        const qint64 value = c.arguments.at(1).trimmed().toLongLong(&ok);
        if (!ok || value < 1) {
            c.out.error(tr("report z takes the number of a Z report, such as 12 (\"%1\" is not one).")
                                .arg(c.arguments.at(1)));
            return ExitCode::Usage;
        }
        number = value;
    }

    ConsoleEngine &engine = c.session.engine();
    const QTimeZone zone = engine.settings.tillTimeZone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from, to;
    if (kind == Period) {
        if (!c.parser.isSet(Opt::From)) {
            c.out.error(tr("report period needs --from DATE (and --to DATE; today unless given)."));
            return ExitCode::Usage;
        }
        // The same forms as `list`, read in the till's time zone.
        for (const auto &[option, isTo] : {std::pair{Opt::From, false}, std::pair{Opt::To, true}}) {
            const QString value = c.parser.isSet(option) ? c.parser.value(option) : QStringLiteral("today");
            const QDateTime bound = ListCommand::readBound(value, isTo, now, zone);
            if (!bound.isValid()) {
                c.out.error(tr("--%1 needs a day as YYYY-MM-DD, today, yesterday or a time such as "
                               "2026-11-28T14:03:07Z (\"%2\" is none of these).").arg(option, value));
                return ExitCode::Usage;
            }
            (isTo ? to : from) = bound;
        }
        if (from >= to) {
            c.out.error(tr("--from is after --to: the period is empty."));
            return ExitCode::Usage;
        }
        if (from.daysTo(to) > SalesReportBuilder::MaxBuckets) {
            c.out.error(tr("A report covers at most %n day(s); give a shorter period.", nullptr,
                           SalesReportBuilder::MaxBuckets));
            return ExitCode::Usage;
        }
    }

    QString problem;
    const std::optional<ReportOutput::Request> request = ReportOutput::read(c.parser, engine.settings, &problem);
    if (!request) {
        c.out.error(problem);
        return ExitCode::Usage;
    }
    if (const QString error = c.session.openHistory(); !error.isEmpty()) {
        c.out.error(error);
        return ExitCode::Failure;
    }

    ShiftBook &shifts = *engine.shifts;
    const QString till = engine.settings.shopProfile().tillName;
    std::optional<SalesReport> report;
    if (kind == X) {
        report = shifts.xReport(now, zone, till);
        if (!report) {
            const QString error = shifts.lastError();
            if (!shifts.current() && shifts.lastError().isEmpty()) {
                c.out.error(tr("No shift is open: an X report shows the running shift. Open one with "
                               "merchant-console-cli shift open."));
                return ExitCode::NoShift;
            }
            c.out.error(error);
            return ExitCode::Failure;
        }
    } else if (kind == Z) {
        report = number ? shifts.zReport(*number) : shifts.lastZReport();
        if (!report) {
            // An empty error: not there; a sentence: there but unreadable.
            const QString error = shifts.lastError();
            if (!error.isEmpty()) {
                c.out.error(error);
                return ExitCode::Failure;
            }
            if (!number) {
                c.out.error(tr("There is no Z report yet: closing a shift makes one (merchant-console-cli shift close)."));
                return ExitCode::NotFound;
            }
            // The newest number (from the list, which reads no report's text),
            // to say what there is.
            const auto entries = shifts.zReports();
            if (!entries) {
                c.out.error(shifts.lastError());
                return ExitCode::Failure;
            }
            if (entries->isEmpty())
                c.out.error(tr("There is no Z report number %1: no shift has been closed yet.").arg(*number));
            else
                //: %2 is the newest Z report's number
                c.out.error(tr("There is no Z report number %1; the last one is No. %2.")
                                    .arg(*number).arg(entries->constFirst().number));
            return ExitCode::NotFound;
        }
    } else {
        report = shifts.periodReport(from, to, zone, till, now);
        if (!report) {
            c.out.error(shifts.lastError());
            return ExitCode::Failure;
        }
    }

    c.out.set(QStringLiteral("kind"), kind);
    if (report->zNumber)
        c.out.set(QStringLiteral("z_number"), *report->zNumber);
    // A Z report asked for again is a reprint of the stored one.
    const auto copy = report->kind == SalesReport::Kind::Z ? SalesReportDocument::Copy::Reprint
                                                           : SalesReportDocument::Copy::Original;
    if (request->isEmpty()) {
        ReportOutput::show(c, *report, copy);
        return ExitCode::Ok;
    }
    if (c.out.isJson())
        c.out.set(QStringLiteral("report"), report->toJson());
    return ReportOutput::deliver(c, *report, *request, QString(), copy);
}
