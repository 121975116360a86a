#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QUrl>
#include <memory>

class Command;

// The options every command shares, given before or after the command.
struct GlobalOptions
{
    QUrl apiBase;         // --api-base: this run only; empty: the saved address
    bool json = false;    // --json: one JSON object on standard output
    bool training = false; // --training: the built-in training gateway, keys or not
    int timeoutSecs = 0;  // --timeout: 0 keeps the engine's own
};

// Reads the command line: finds the command (wherever the shared options are),
// then parses again with exactly that command's options so that an option of
// another command is refused.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    enum class Action { Run, Help, Version, UsageError };

    explicit CliOptions(const QList<Command *> &commands);

    Action parse(const QStringList &arguments);
    // The command named on this command line, or nullptr; reads nothing else
    // and needs no application object, so that main() can choose which
    // application to make for it.
    Command *findCommand(const QStringList &arguments) const;

    const GlobalOptions &global() const { return m_global; }
    Command *command() const { return m_command; }
    // The command's own parse, for its option values.
    const QCommandLineParser &parser() const { return *m_parser; }
    // The arguments after the command's name.
    QStringList commandArguments() const { return m_arguments; }
    QString errorText() const { return m_error; }
    QString helpText() const { return m_helpText; }
    // Whether --json was asked, even on a command line that could not be read.
    static bool asksForJson(const QStringList &arguments);

private:
    QList<QCommandLineOption> globalOptions() const;
    void addUnique(QCommandLineParser &parser, const QList<QCommandLineOption> &options) const;
    QString globalHelp() const;
    QString commandHelp(Command *command) const;
    // The first pass: every option any command knows, only to find the command.
    void addEveryOption(QCommandLineParser &parser) const;
    bool readGlobal(const QCommandLineParser &parser);
    Action usageError(const QString &text);

    QList<Command *> m_commands;
    const QCommandLineOption m_help;
    const QCommandLineOption m_version;
    const QCommandLineOption m_apiBase;
    const QCommandLineOption m_json;
    const QCommandLineOption m_training;
    const QCommandLineOption m_timeout;
    std::unique_ptr<QCommandLineParser> m_parser;
    GlobalOptions m_global;
    Command *m_command = nullptr;
    QStringList m_arguments;
    QString m_error;
    QString m_helpText;
};
