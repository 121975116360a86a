#pragma once

#include "commands/Command.h"

#include "reports/PrintDestination.h"

#include <QCoreApplication>
#include <optional>

class TillSettings;

// `receipt ORDER_ID`: prints an invoice's receipt as the window's Print button
// does (the engine's ReceiptPrinter): to a PDF, an ESC/POS thermal printer (on
// the network, a device or a file that keeps the bytes), a printer the system
// knows, or, with none of these, the receipt printer chosen in Settings. The
// first receipt of an invoice is the original; every later one says DUPLICATE.
// Reads the history only: no keys, no gateway.
class ReceiptCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCommand)

public:
    QString name() const override { return QStringLiteral("receipt"); }
    QString syntax() const override { return tr("ORDER_ID"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    bool drawsDocuments() const override { return true; }
    int run(CommandContext &context) override;

    // How long a thermal printer may take over one receipt before the command
    // gives up; the printer's own time-outs (connect, a stalled write) end it first.
    static constexpr int PrintLimitMs = 120000;

    // An --escpos value: a path (it holds a '/') is a file or device, made
    // absolute; anything else is a network printer, "host[:port]". nullopt
    // with `error` when it is neither.
    static std::optional<QString> escPosTarget(const QString &text, QString *error);

private:
    // Where the receipt goes, from the options or else Settings; nullopt with
    // a sentence in `error` when the options cannot be used.
    std::optional<PrintDestination> destination(const CommandContext &c, TillSettings &settings, QString *error) const;
};
