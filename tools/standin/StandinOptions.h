#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the stand-in gateway was asked to be: where it listens, how slow and
// jittery its answers are, and where it logs what it received.
struct StandinOptions
{
    Q_DECLARE_TR_FUNCTIONS(StandinOptions)

public:
    quint16 port = 0;      // 0: a free port, printed on the first line
    int delayMs = 0;       // every answer waits this long...
    int jitterMs = 0;      // ...plus a random 0..jitterMs more
    QString logFile;       // one line per create_invoice received; empty: none

    // Fills the options from the command line; returns an error sentence, or
    // empty. `helpText` receives the usage when --help was asked (then the caller
    // prints it and exits 0).
    static QString parse(const QStringList &arguments, StandinOptions *options, QString *helpText);
};
