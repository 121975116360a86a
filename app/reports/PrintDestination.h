#pragma once

#include "reports/DocumentPainter.h"
#include "reports/ReceiptSettings.h"
#include "reports/escpos/EscPosWriter.h"

#include <QCoreApplication>
#include <QObject>
#include <optional>

// Where a receipt or a report goes: a PDF file, a printer the system knows
// (CUPS), or an ESC/POS thermal printer on the network or a device file.
struct PrintDestination
{
    Q_DECLARE_TR_FUNCTIONS(PrintDestination)

public:
    enum class Kind { Pdf, SystemPrinter, EscPos };

    Kind kind = Kind::Pdf;
    QString where; // the PDF's path, the printer's name (empty: the default one), or "host[:port]" / a device path
    // The column on a PDF or a system printer's page: a receipt's roll, or a
    // report's whole page.
    DocumentPainter::Format format = DocumentPainter::Format::Roll80;
    EscPosOptions escpos;

    static PrintDestination pdf(const QString &path, DocumentPainter::Format format = DocumentPainter::Format::Roll80);
    static PrintDestination systemPrinter(const QString &name, DocumentPainter::Format format = DocumentPainter::Format::Roll80);
    static PrintDestination escPos(const QString &target, const EscPosOptions &options = {});
    // The till's receipt printer as Settings chose it; nullopt when none is chosen.
    static std::optional<PrintDestination> fromChoice(const ReceiptPrinterChoice &choice);
    // "pdf:/path", "printer:NAME", "escpos:host:9100": how the receipt log names it.
    QString logName() const;
    // Whether what is sent here comes out on paper: a system printer, a
    // thermal printer on the network or a device (/dev/usb/lp0, any file that
    // is not a regular one). A PDF or ESC/POS bytes kept in a regular file are
    // files: a receipt kept so is no paper in a customer's hand (ReceiptLog).
    bool isPaper() const;
    // For the cashier: "the printer Front desk", "the receipt printer at 10.0.0.9".
    QString displayName() const;
};

// Sends one document to one destination: written at once for a PDF or a
// system printer, in the background for a thermal printer. finished() comes
// exactly once, after start() has returned; the object deletes itself then.
class PrintOut : public QObject
{
    Q_OBJECT

public:
    // `charts` draws a report's chart on pages (may be null: left out).
    static PrintOut *start(const PrintDocument &document, const PrintDestination &destination,
                           const ChartPainter *charts = nullptr, QObject *parent = nullptr);

signals:
    // Empty `error`: the document is out.
    void finished(const QString &error);

private:
    explicit PrintOut(QObject *parent);
    void finish(const QString &error);
    static QString printOnSystem(const PrintDocument &document, const PrintDestination &destination,
                                 const ChartPainter *charts);
};
