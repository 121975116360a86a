#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

class QCommandLineParser;

// `shift open|status|close`: the shop's shift from the command line, through
// the engine's ShiftBook as the window uses it. One shift is open at a time
// (whichever console opened it); closing it makes the Z report, numbered
// without gaps and stored for good, and can write it as PDF and CSV or print
// it at once, so that a scheduled job can close the day. Reads and writes the
// history only: no keys, no gateway.
class ShiftCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShiftCommand)

public:
    QString name() const override { return QStringLiteral("shift"); }
    QString syntax() const override { return QStringLiteral("open|status|close"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    bool drawsDocuments() const override { return true; }
    int run(CommandContext &context) override;

    // Who opens or closes: --by, else the login name. Empty when neither says.
    static QString person(const QCommandLineParser &parser);

private:
    int open(CommandContext &c);
    int status(CommandContext &c);
    int close(CommandContext &c);
};
