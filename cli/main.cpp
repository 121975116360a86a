// merchant-console-cli: the console's engine on the command line, for scripts
// and integrations. It shares the window's settings, data folder, history and
// keys; each command lives in commands/ and returns an exit code (ExitCode.h).
#include "CliOptions.h"
#include "CliOutput.h"
#include "CliSession.h"
#include "ExitCode.h"
#include "commands/CreateCommand.h"
#include "commands/DemoHistoryCommand.h"
#include "commands/KeysCommand.h"
#include "commands/ListCommand.h"
#include "commands/ReceiptCommand.h"
#include "commands/ReconcileCommand.h"
#include "commands/ReportCommand.h"
#include "commands/ShiftCommand.h"
#include "commands/StatusCommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>
#include <memory>

namespace {
// Qt's message handler, to which everything but the line below goes.
QtMessageHandler qtHandler = nullptr;

// A GUI application asks where the session's runtime folder is, and says so on
// standard error when a scheduled job (cron, systemd timers) has none. A
// command line needs no such folder; the line would only hide real errors.
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (qtHandler)
        qtHandler(type, context, message);
}

// Commands that draw (receipts, reports with their Qt Charts chart) need a
// QApplication: fonts for the PDF's text, and Qt Charts is built on graphics
// items. A command line never opens a window, so it draws on the offscreen
// platform unless the caller chose one. Every other command keeps the
// QCoreApplication, which starts faster and needs no display libraries.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, bool draws)
{
    if (!draws)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qtHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
    return std::make_unique<QApplication>(argc, argv);
}
}

int main(int argc, char *argv[])
{
    CreateCommand create;
    StatusCommand status;
    ReconcileCommand reconcile;
    KeysCommand keys;
    ListCommand list;
    DemoHistoryCommand demoHistory;
    ReceiptCommand receipt;
    ShiftCommand shift;
    ReportCommand report;
    CliOptions options({&create, &status, &reconcile, &keys, &demoHistory, &list, &receipt, &shift, &report});

    // Which application to make depends on the command, found before any
    // application exists (as QCoreApplication will decode them, on Unix).
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const Command *named = options.findCommand(raw);
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, named && named->drawsDocuments());
    // The window's names: the same settings file and data folder.
    QCoreApplication::setOrganizationName(QStringLiteral("MerchantConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("merchant-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const CliOptions::Action action = options.parse(arguments);

    CliOutput out(options.global().json || CliOptions::asksForJson(arguments));
    switch (action) {
    case CliOptions::Action::Version:
        std::printf("merchant-console-cli %s\n", MC_VERSION);
        return ExitCode::Ok;
    case CliOptions::Action::Help:
        std::fputs(qPrintable(options.helpText()), stdout);
        return ExitCode::Ok;
    case CliOptions::Action::UsageError:
        out.error(QCoreApplication::translate("main", "%1 See merchant-console-cli --help.").arg(options.errorText()));
        return out.finish(ExitCode::Usage);
    case CliOptions::Action::Run:
        break;
    }

    Command *command = options.command();
    out.setCommand(command->name());
    CliSession session(options.global());
    CommandContext context{options.parser(), options.commandArguments(), options.global(), out, session};
    return out.finish(command->run(context));
}
