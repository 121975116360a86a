#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

// `reconcile`: settles what is left `sending` (the program stopped mid-request)
// or `unknown` (an answer was lost) by asking the gateway by order id, as the
// window does when it starts.
class ReconcileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)

public:
    QString name() const override { return QStringLiteral("reconcile"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};
