#include "commands/DemoHistoryCommand.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "ExitCode.h"

#include "history/DemoHistory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <cstdio>
#include <limits>

namespace {
const QString InvoicesOption = QStringLiteral("invoices");
const QString ForceOption = QStringLiteral("force");
const QString SeedOption = QStringLiteral("seed");
// Below this, a run is over before a progress line would help.
constexpr qint64 ProgressFrom = 50000;
}

QString DemoHistoryCommand::summary() const
{
    return tr("Fill the history with N made-up invoices to try the console with: five years of sales, every "
              "state, several currencies, white-label ones and their changes of state. Demo invoices from an "
              "earlier run are replaced. They belong to no gateway, so none is ever asked about them. A history "
              "that holds real invoices is left untouched unless --force, which adds the demo invoices beside "
              "the real ones.");
}

QList<QCommandLineOption> DemoHistoryCommand::options() const
{
    return {
        {InvoicesOption, tr("How many demo invoices to write (up to %1).").arg(DemoHistory::MaxInvoices), tr("N")},
        {ForceOption, tr("Write them even though the history holds real invoices (those are kept).")},
        {SeedOption, tr("Make the same invoices again: the seed printed by an earlier run (a whole number)."),
         tr("SEED")},
    };
}

int DemoHistoryCommand::run(CommandContext &c)
{
    if (!c.arguments.isEmpty()) {
        c.out.error(tr("demo-history takes no arguments; \"%1\" is not one.").arg(c.arguments.constFirst()));
        return ExitCode::Usage;
    }
    bool ok = false;
    const qint64 invoices = c.parser.value(InvoicesOption).trimmed().toLongLong(&ok);
    if (!c.parser.isSet(InvoicesOption) || !ok || invoices < 1 || invoices > DemoHistory::MaxInvoices) {
        c.out.error(tr("--invoices needs a whole number from 1 to %1.").arg(DemoHistory::MaxInvoices));
        return ExitCode::Usage;
    }
    DemoHistory::Options options;
    options.invoices = invoices;
    options.force = c.parser.isSet(ForceOption);
    if (c.parser.isSet(SeedOption)) {
        const uint seed = c.parser.value(SeedOption).trimmed().toUInt(&ok);
        if (!ok) {
            c.out.error(tr("--seed needs a whole number from 0 to %1.").arg(std::numeric_limits<quint32>::max()));
            return ExitCode::Usage;
        }
        options.seed = seed;
    } else {
        options.seed = QRandomGenerator::global()->generate();
    }

    const QString error = c.session.openHistory();
    if (!error.isEmpty()) {
        c.out.error(error);
        return ExitCode::Failure;
    }
    ConsoleEngine &engine = c.session.engine();
    options.tillCode = engine.settings.tillCode();

    // One line per tenth on standard error, for a run long enough to wonder about.
    int shownTenths = 0;
    const DemoHistory::Progress progress = [&](qint64 written, qint64 total) {
        const int tenths = int(written * 10 / total);
        if (total >= ProgressFrom && tenths > shownTenths && tenths < 10) {
            shownTenths = tenths;
            //: Progress of demo-history on standard error; %1 percent, %2 and %3 counts of invoices
            std::fputs(qPrintable(tr("demo-history: %1% (%2 of %3 invoices)").arg(tenths * 10).arg(written).arg(total)
                                  + QLatin1Char('\n')),
                       stderr);
            std::fflush(stderr);
        }
        return true;
    };
    QElapsedTimer clock;
    clock.start();
    const DemoHistory::Result result = DemoHistory(&engine.store).fill(options, progress);
    const double seconds = double(clock.elapsed()) / 1000.0;
    c.out.set(QStringLiteral("real_invoices"), result.realInvoices);
    switch (result.outcome) {
    case DemoHistory::Outcome::Done:
        break;
    case DemoHistory::Outcome::Refused:
        c.out.error(result.error);
        return ExitCode::Refused;
    case DemoHistory::Outcome::Failed:
    case DemoHistory::Outcome::Cancelled:
        c.out.error(result.error);
        return ExitCode::Failure;
    }
    c.out.set(QStringLiteral("invoices"), result.invoices);
    c.out.set(QStringLiteral("events"), result.events);
    c.out.set(QStringLiteral("replaced"), result.replaced);
    c.out.set(QStringLiteral("seconds"), seconds);
    c.out.set(QStringLiteral("seed"), qint64(options.seed));
    c.out.set(QStringLiteral("history"), engine.historyPath());
    //: %n demo invoices, %1 how many changes of state they hold, %2 seconds
    c.out.line(tr("Wrote %n demo invoice(s) with %1 changes of state in %2 s.", nullptr, int(result.invoices))
                       .arg(result.events)
                       .arg(seconds, 0, 'f', 1));
    if (result.replaced > 0)
        c.out.line(tr("Replaced the %n demo invoice(s) of an earlier run.", nullptr, int(result.replaced)));
    if (result.realInvoices > 0)
        c.out.line(tr("Kept the %n real invoice(s) of the history.", nullptr, int(result.realInvoices)));
    c.out.line(tr("Seed: %1 (give --seed %1 to make the same invoices again).").arg(options.seed));
    c.out.line(tr("History: %1").arg(QDir::toNativeSeparators(engine.historyPath())));
    return ExitCode::Ok;
}
