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
#include "commands/ReconcileCommand.h"
#include "commands/StatusCommand.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The window's names: the same settings file and data folder.
    QCoreApplication::setOrganizationName(QStringLiteral("MerchantConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("merchant-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));

    CreateCommand create;
    StatusCommand status;
    ReconcileCommand reconcile;
    KeysCommand keys;
    ListCommand list;
    DemoHistoryCommand demoHistory;
    CliOptions options({&create, &status, &reconcile, &keys, &demoHistory, &list});
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
