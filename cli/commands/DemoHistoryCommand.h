#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

// `demo-history --invoices N`: fills the till's history with N made-up
// invoices (DemoHistory) to try the history at a shop's scale. A history that
// holds real invoices is refused unless --force.
class DemoHistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistoryCommand)

public:
    QString name() const override { return QStringLiteral("demo-history"); }
    QString syntax() const override { return tr("--invoices N"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};
