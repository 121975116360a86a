#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

// `report x`, `report z [NUMBER]`, `report period --from DATE --to DATE`: the
// running shift's X report, a stored Z report exactly as it was closed (the
// last one or a given number), or any period's report, computed by the
// engine's ShiftBook as the window's report view shows them. Written as PDF or
// CSV, printed on the receipt printer, or shown as text or JSON on standard
// output. Reads the history only: no keys, no gateway.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString syntax() const override { return QStringLiteral("x|z [NUMBER]|period"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    bool drawsDocuments() const override { return true; }
    int run(CommandContext &context) override;
};
