#pragma once

#include "commands/Command.h"

#include "invoice/InvoiceFields.h"

class ConsoleEngine;

#include <QCoreApplication>

// `create`: what the Create button does. The fields are checked as the form
// checks them, the invoice is stored as `sending` before it is sent, and the
// order number with the payment page (or the coins offered) is printed.
class CreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CreateCommand)

public:
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;

    // The option that sets a field, for messages ("--amount").
    static QString optionFor(InvoiceField field);

    // How long a refused write of the gateway's answer is retried before giving up.
    static constexpr int HistoryRetryLimitMs = 10000;

private:
    // Waits for the history to take what the gateway said; returns why it did
    // not, or empty.
    static QString waitForHistory(ConsoleEngine &engine);
    // Reads the options into fields; returns sentences for what cannot be read.
    static QStringList readFields(const QCommandLineParser &parser, InvoiceFields *fields);
};
