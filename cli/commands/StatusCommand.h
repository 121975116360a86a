#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

// `status ORDER_ID`: asks the gateway how an invoice of the history stands,
// stores what it says (as the window's polling does) and prints it.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString syntax() const override { return tr("ORDER_ID"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};
