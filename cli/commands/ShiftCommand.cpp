#include "commands/ShiftCommand.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "ExitCode.h"
#include "commands/ReportOutput.h"

#include <QCommandLineParser>
#include <QHash>
#include <algorithm>
#include <climits>

namespace Opt {
const QString By = QStringLiteral("by");
const QString Note = QStringLiteral("note");
const QString Pdf = QStringLiteral("pdf");
const QString Csv = QStringLiteral("csv");
const QString Print = QStringLiteral("print");
}

namespace {
const QString Open = QStringLiteral("open");
const QString Status = QStringLiteral("status");
const QString Close = QStringLiteral("close");

// A shift's time as `list` prints times: the till's clock.
QString tillTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString isoTime(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}
}

QString ShiftCommand::summary() const
{
    return tr("shift open: open the shift (--by NAME, --note TEXT). shift status: say whether a shift is open, "
              "since when, by whom and with how many invoices. shift close: close it with its Z report and print "
              "the report's number (--pdf FILE, --csv FILE, --print).");
}

QList<QCommandLineOption> ShiftCommand::options() const
{
    QList<QCommandLineOption> options{
        {Opt::By, tr("Who opens or closes the shift (default: the login name)."), tr("NAME")},
        {Opt::Note, tr("A note for the opening of the shift (shift open), such as the cash in the drawer."),
         tr("TEXT")},
    };
    for (const QCommandLineOption &option : ReportOutput::options()) {
        QCommandLineOption forClose(option.names(), option.description() + QLatin1Char(' ') + tr("(shift close)"),
                                    option.valueName());
        options << forClose;
    }
    return options;
}

QString ShiftCommand::person(const QCommandLineParser &parser)
{
    if (parser.isSet(Opt::By))
        return parser.value(Opt::By).trimmed();
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

int ShiftCommand::run(CommandContext &c)
{
    const QString action = c.arguments.value(0);
    if (action.isEmpty()) {
        c.out.error(tr("Say what to do with the shift: merchant-console-cli shift open, shift status or shift close."));
        return ExitCode::Usage;
    }
    if (action != Open && action != Status && action != Close) {
        c.out.error(tr("There is no shift action \"%1\"; the actions are open, status and close.").arg(action));
        return ExitCode::Usage;
    }
    if (c.arguments.size() > 1) {
        c.out.error(tr("shift %1 takes options only; \"%2\" is not one.").arg(action, c.arguments.at(1)));
        return ExitCode::Usage;
    }
    // Each action's own options; another's is refused rather than ignored.
    const QHash<QString, QStringList> allowed{
        {Open, {Opt::By, Opt::Note}},
        {Status, {}},
        {Close, {Opt::By, Opt::Pdf, Opt::Csv, Opt::Print}},
    };
    for (const QString &option : {Opt::By, Opt::Note, Opt::Pdf, Opt::Csv, Opt::Print}) {
        if (c.parser.isSet(option) && !allowed.value(action).contains(option)) {
            c.out.error(tr("--%1 is not an option of shift %2.").arg(option, action));
            return ExitCode::Usage;
        }
    }
    if (action == Open)
        return open(c);
    if (action == Status)
        return status(c);
    return close(c);
}

int ShiftCommand::open(CommandContext &c)
{
    const QString by = person(c.parser);
    if (by.isEmpty()) {
        c.out.error(c.parser.isSet(Opt::By) ? tr("--by needs the name of who opens the shift.")
                                            : tr("Say who opens the shift with --by NAME (the login name is not known)."));
        return ExitCode::Usage;
    }
    const QString note = c.parser.value(Opt::Note).trimmed();
    if (const QString error = c.session.openHistory(); !error.isEmpty()) {
        c.out.error(error);
        return ExitCode::Failure;
    }
    ConsoleEngine &engine = c.session.engine();
    ShiftBook &shifts = *engine.shifts;
    const QTimeZone zone = engine.settings.tillTimeZone();
    const auto alreadyOpen = [&](const Shift &shift) {
        //: %1 is a person's name, %2 a date and time
        c.out.error(tr("A shift is already open: %1 opened it at %2. Close it first with merchant-console-cli shift "
                       "close.").arg(shift.openedBy, tillTime(shift.openedAt, zone)));
        return ExitCode::ShiftOpen;
    };
    const std::optional<Shift> current = shifts.current();
    if (current)
        return alreadyOpen(*current);
    if (!shifts.lastError().isEmpty()) {
        c.out.error(shifts.lastError());
        return ExitCode::Failure;
    }
    const std::optional<Shift> opened = shifts.openShift(by, note, QDateTime::currentDateTimeUtc());
    if (!opened) {
        // Another console may have opened one in the meantime.
        if (const std::optional<Shift> other = shifts.current())
            return alreadyOpen(*other);
        c.out.error(shifts.lastError());
        return ExitCode::Failure;
    }
    c.out.set(QStringLiteral("opened_at"), isoTime(opened->openedAt));
    c.out.set(QStringLiteral("opened_by"), opened->openedBy);
    if (!opened->openingNote.isEmpty())
        c.out.set(QStringLiteral("note"), opened->openingNote);
    //: %1 is a person's name, %2 a date and time
    c.out.line(tr("Shift opened by %1 at %2.").arg(opened->openedBy, tillTime(opened->openedAt, zone)));
    return ExitCode::Ok;
}

int ShiftCommand::status(CommandContext &c)
{
    if (const QString error = c.session.openHistory(); !error.isEmpty()) {
        c.out.error(error);
        return ExitCode::Failure;
    }
    ConsoleEngine &engine = c.session.engine();
    ShiftBook &shifts = *engine.shifts;
    const std::optional<Shift> shift = shifts.current();
    if (!shift && !shifts.lastError().isEmpty()) {
        c.out.error(shifts.lastError());
        return ExitCode::Failure;
    }
    c.out.set(QStringLiteral("open"), bool(shift));
    if (!shift) {
        // Not an error: a script asks in order to know.
        c.out.line(tr("No shift is open."));
        return ExitCode::Ok;
    }
    const QTimeZone zone = engine.settings.tillTimeZone();
    c.out.set(QStringLiteral("opened_at"), isoTime(shift->openedAt));
    c.out.set(QStringLiteral("opened_by"), shift->openedBy);
    if (!shift->openingNote.isEmpty())
        c.out.set(QStringLiteral("note"), shift->openingNote);
    //: %1 is a date and time, %2 a person's name
    c.out.line(tr("A shift is open since %1, opened by %2.").arg(tillTime(shift->openedAt, zone), shift->openedBy));
    if (!shift->openingNote.isEmpty())
        c.out.line(tr("Opening note: %1").arg(shift->openingNote));

    // What it holds so far: the X report's counts.
    const std::optional<SalesReport> report =
            shifts.xReport(QDateTime::currentDateTimeUtc(), zone, engine.settings.shopProfile().tillName);
    if (!report) {
        c.out.error(shifts.lastError());
        return ExitCode::Failure;
    }
    c.out.set(QStringLiteral("invoices"), report->liveCount());
    c.out.set(QStringLiteral("test_invoices"), report->totals.testCount);
    const int live = int(std::min<qint64>(report->liveCount(), INT_MAX));
    const int test = int(std::min<qint64>(report->totals.testCount, INT_MAX));
    if (test > 0)
        //: %1 is how many test invoices, e.g. "Invoices so far: 12 (and 2 test invoices)"
        c.out.line(tr("Invoices so far: %n (and %1 test invoice(s)).", nullptr, live).arg(test));
    else
        c.out.line(tr("Invoices so far: %n.", nullptr, live));
    return ExitCode::Ok;
}

int ShiftCommand::close(CommandContext &c)
{
    const QString by = person(c.parser);
    if (by.isEmpty()) {
        c.out.error(c.parser.isSet(Opt::By) ? tr("--by needs the name of who closes the shift.")
                                            : tr("Say who closes the shift with --by NAME (the login name is not known)."));
        return ExitCode::Usage;
    }
    ConsoleEngine &engine = c.session.engine();
    QString problem;
    // The files are checked before the close: a Z report, once made, is for good.
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
    const auto noShift = [&c] {
        c.out.error(tr("No shift is open, so there is none to close. Open one with merchant-console-cli shift open."));
        return ExitCode::NoShift;
    };
    if (!shifts.current()) {
        if (!shifts.lastError().isEmpty()) {
            c.out.error(shifts.lastError());
            return ExitCode::Failure;
        }
        return noShift();
    }
    const std::optional<SalesReport> report = shifts.closeShift(by, QDateTime::currentDateTimeUtc(),
                                                                engine.settings.tillTimeZone(),
                                                                engine.settings.shopProfile().tillName);
    if (!report) {
        const QString error = shifts.lastError();
        // Another console may have closed it in the meantime.
        if (!shifts.current() && shifts.lastError().isEmpty())
            return noShift();
        c.out.error(error);
        return ExitCode::Failure;
    }
    const qint64 number = report->zNumber.value_or(0);
    c.out.set(QStringLiteral("z_number"), number);
    //: %1 is the Z report's number, %2 a person's name
    c.out.line(tr("Z report No. %1: the shift is closed by %2.").arg(number).arg(report->closedBy));
    return ReportOutput::deliver(c, *report, *request,
                                 tr("Z report No. %1 is stored; have it again with merchant-console-cli report z %1 "
                                    "--pdf FILE.").arg(number));
}
