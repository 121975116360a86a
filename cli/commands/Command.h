#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class CliOutput;
class CliSession;
class QCommandLineParser;
struct GlobalOptions;

// What a command gets to run with: its parsed options, the arguments after its
// name, the options every command shares, where to write, and the engine.
struct CommandContext
{
    const QCommandLineParser &parser;
    QStringList arguments;
    const GlobalOptions &global;
    CliOutput &out;
    CliSession &session;

    // Opens the history and chooses the gateway, saying why not on standard
    // error; returns ExitCode::Ok or the code to stop with.
    int openWithGateway();
    // ExitCode::Ok when a gateway may be asked (keys set, or --training); else
    // says so and returns ExitCode::NoKeys.
    int requireKeys();
};

// One command of merchant-console-cli ("create", "status"...). Each lives in
// its own file under commands/, says what it accepts, and returns an exit code
// (ExitCode.h).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // The arguments after the name, for the usage line ("ORDER_ID").
    virtual QString syntax() const { return QString(); }
    // One sentence for the list of commands.
    virtual QString summary() const = 0;
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Whether the command draws documents (PDFs with text, Qt Charts, printers):
    // it then runs under a QApplication on the offscreen platform, the others
    // on a QCoreApplication that starts faster.
    virtual bool drawsDocuments() const { return false; }
    virtual int run(CommandContext &context) = 0;
};
