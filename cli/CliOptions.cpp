#include "CliOptions.h"

#include "ExitCode.h"
#include "commands/Command.h"

#include "gateway/GatewayEndpoint.h"

#include <QSet>
#include <algorithm>

CliOptions::CliOptions(const QList<Command *> &commands)
    : m_commands(commands),
      m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show the help (of a command, after its name) and exit.")),
      m_version(QStringLiteral("version"), tr("Show the version and exit.")),
      m_apiBase(QStringLiteral("api-base"), tr("Use this gateway API address for this run only."), tr("URL")),
      m_json(QStringLiteral("json"), tr("Print one JSON object on standard output instead of sentences.")),
      m_training(QStringLiteral("training"),
                 tr("Use the built-in training gateway (no real money), even when keys are set.")),
      m_timeout(QStringLiteral("timeout"),
                tr("Wait at most this many seconds for each answer of the gateway (default %1).")
                        .arg(GatewayEndpoint::DefaultTimeoutMs / 1000),
                tr("SECONDS"))
{
}

QList<QCommandLineOption> CliOptions::globalOptions() const
{
    return {m_help, m_version, m_apiBase, m_json, m_training, m_timeout};
}

void CliOptions::addUnique(QCommandLineParser &parser, const QList<QCommandLineOption> &options) const
{
    // Two commands may share an option name (create's and list's --currency):
    // the first is kept and the copy left out, which is all the first pass
    // needs. addOption() would refuse the copy too, but with a warning on
    // standard error at every run.
    QSet<QString> names;
    for (const QCommandLineOption &option : options) {
        const QStringList optionNames = option.names();
        if (std::any_of(optionNames.begin(), optionNames.end(), [&names](const QString &name) { return names.contains(name); }))
            continue;
        for (const QString &name : optionNames)
            names.insert(name);
        parser.addOption(option);
    }
}

bool CliOptions::asksForJson(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            return false;
        if (argument == QLatin1String("--json"))
            return true;
    }
    return false;
}

CliOptions::Action CliOptions::usageError(const QString &text)
{
    m_error = text;
    return Action::UsageError;
}

namespace {
// QCommandLineParser names the program as it was started (a full path); the
// usage line names it as people type it, with the command in its place.
QString withUsage(const QString &help, const QString &usage)
{
    const qsizetype end = help.indexOf(QLatin1Char('\n'));
    return CliOptions::tr("Usage: %1").arg(usage) + (end < 0 ? QString() : help.mid(end));
}
}

QString CliOptions::globalHelp() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("The Merchant Console on the command line: the same invoices, history, settings and "
               "keys as the window, for scripts and integrations."));
    addUnique(parser, globalOptions());
    //: The usage line of the whole program; COMMAND and OPTIONS are placeholders
    QString text = withUsage(parser.helpText(), tr("merchant-console-cli COMMAND [ARGUMENTS] [OPTIONS]"));
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command *command : m_commands) {
        const QString usage = (command->name() + QLatin1Char(' ') + command->syntax()).trimmed();
        text += QStringLiteral("  %1\n      %2\n").arg(usage, command->summary());
    }
    text += QLatin1Char('\n') + tr("Run a command with --help for its options.") + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Exit status:") + QLatin1Char('\n');
    const QList<QPair<int, QString>> codes = {
        {ExitCode::Ok, tr("success")},
        {ExitCode::Failure, tr("anything else (the history, the key store, a printer or a file cannot be used...)")},
        {ExitCode::Usage, tr("invalid input or usage; nothing was sent")},
        {ExitCode::Refused, tr("refused: by the gateway (its words are printed), or demo-history on a history that holds real invoices")},
        {ExitCode::Unconfirmed, tr("unconfirmed: the answer was lost and the gateway may have the invoice; "
                                   "run reconcile or status before creating it again")},
        {ExitCode::NoKeys, tr("no gateway keys are set (see keys set, or use --training)")},
        {ExitCode::Unreachable, tr("the gateway could not be reached; nothing was sent or learnt")},
        {ExitCode::Conflict, tr("the gateway holds another sale under the order number; a manager must look")},
        {ExitCode::NotFound, tr("no such invoice (receipt) or Z report (report z) in the history")},
        {ExitCode::NoShift, tr("no shift is open (shift close, report x); open one with shift open")},
        {ExitCode::ShiftOpen, tr("a shift is already open (shift open); close it first")},
    };
    for (const auto &code : codes)
        text += QStringLiteral("  %1  %2\n").arg(code.first, 2).arg(code.second);
    return text;
}

QString CliOptions::commandHelp(Command *command) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    addUnique(parser, command->options());
    addUnique(parser, globalOptions());
    const QString usage = QStringLiteral("merchant-console-cli ")
            + (command->name() + QLatin1Char(' ') + command->syntax()).trimmed() + QLatin1Char(' ') + tr("[OPTIONS]");
    return withUsage(parser.helpText(), usage);
}

bool CliOptions::readGlobal(const QCommandLineParser &parser)
{
    m_global.json = parser.isSet(m_json);
    m_global.training = parser.isSet(m_training);
    if (parser.isSet(m_apiBase)) {
        const QUrl base = QUrl::fromUserInput(parser.value(m_apiBase).trimmed());
        const QString problem = GatewayEndpoint::whyNotAllowed(base);
        if (!problem.isEmpty()) {
            m_error = tr("The address given with --api-base cannot be used: %1").arg(problem);
            return false;
        }
        m_global.apiBase = base;
    }
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const int seconds = parser.value(m_timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600) {
            m_error = tr("--timeout needs a whole number of seconds from 1 to 600.");
            return false;
        }
        m_global.timeoutSecs = seconds;
    }
    return true;
}

void CliOptions::addEveryOption(QCommandLineParser &parser) const
{
    QList<QCommandLineOption> every = globalOptions();
    for (const Command *command : qAsConst(m_commands))
        every += command->options();
    addUnique(parser, every);
}

Command *CliOptions::findCommand(const QStringList &arguments) const
{
    QCommandLineParser any;
    addEveryOption(any);
    if (!any.parse(arguments) || any.positionalArguments().isEmpty())
        return nullptr;
    for (Command *command : m_commands) {
        if (command->name() == any.positionalArguments().constFirst())
            return command;
    }
    return nullptr;
}

CliOptions::Action CliOptions::parse(const QStringList &arguments)
{
    // First pass: every option any command knows, only to find the command.
    QCommandLineParser any;
    addEveryOption(any);
    if (!any.parse(arguments))
        return usageError(any.errorText());
    if (any.isSet(m_version))
        return Action::Version;
    const QStringList positional = any.positionalArguments();
    if (positional.isEmpty()) {
        if (any.isSet(m_help)) {
            m_helpText = globalHelp();
            return Action::Help;
        }
        // The commands as they are, so that the sentence never lags behind them.
        QStringList names;
        for (const Command *command : qAsConst(m_commands))
            names << command->name();
        //: %1 lists the commands, e.g. "create, status, list"
        return usageError(tr("Name a command: %1.").arg(names.join(QStringLiteral(", "))));
    }
    for (Command *command : qAsConst(m_commands)) {
        if (command->name() == positional.constFirst())
            m_command = command;
    }
    if (!m_command)
        return usageError(tr("There is no command \"%1\".").arg(positional.constFirst()));
    if (any.isSet(m_help)) {
        m_helpText = commandHelp(m_command);
        return Action::Help;
    }

    // Second pass: exactly this command's options and the shared ones.
    m_parser = std::make_unique<QCommandLineParser>();
    addUnique(*m_parser, globalOptions());
    addUnique(*m_parser, m_command->options());
    if (!m_parser->parse(arguments))
        return usageError(m_parser->errorText());
    if (!readGlobal(*m_parser))
        return Action::UsageError;
    m_arguments = m_parser->positionalArguments().mid(1);
    return Action::Run;
}
