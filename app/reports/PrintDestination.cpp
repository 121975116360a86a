#include "reports/PrintDestination.h"

#include "reports/escpos/EscPosSink.h"

#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QPrinterInfo>

PrintDestination PrintDestination::pdf(const QString &path, DocumentPainter::Format format)
{
    PrintDestination d;
    d.kind = Kind::Pdf;
    d.where = path;
    d.format = format;
    return d;
}

PrintDestination PrintDestination::systemPrinter(const QString &name, DocumentPainter::Format format)
{
    PrintDestination d;
    d.kind = Kind::SystemPrinter;
    d.where = name;
    d.format = format;
    return d;
}

PrintDestination PrintDestination::escPos(const QString &target, const EscPosOptions &options)
{
    PrintDestination d;
    d.kind = Kind::EscPos;
    d.where = target;
    d.escpos = options;
    return d;
}

std::optional<PrintDestination> PrintDestination::fromChoice(const ReceiptPrinterChoice &choice)
{
    switch (choice.kind) {
    case ReceiptPrinterChoice::Kind::None:
        return std::nullopt;
    case ReceiptPrinterChoice::Kind::System:
        return systemPrinter(choice.systemPrinter);
    case ReceiptPrinterChoice::Kind::EscPos: {
        if (choice.escposTarget.trimmed().isEmpty())
            return std::nullopt;
        EscPosOptions options;
        options.paper = choice.paper == ReceiptPrinterChoice::Paper::Mm58 ? EscPosOptions::Paper::Mm58
                                                                          : EscPosOptions::Paper::Mm80;
        options.qr = choice.qrMode == ReceiptPrinterChoice::QrMode::Native ? EscPosOptions::QrMode::Native
                                                                            : EscPosOptions::QrMode::Raster;
        return escPos(choice.escposTarget.trimmed(), options);
    }
    }
    return std::nullopt;
}

QString PrintDestination::logName() const
{
    switch (kind) {
    case Kind::Pdf:
        return QStringLiteral("pdf:") + where;
    case Kind::SystemPrinter:
        return QStringLiteral("printer:") + where;
    case Kind::EscPos:
        return QStringLiteral("escpos:") + where;
    }
    return where;
}

bool PrintDestination::isPaper() const
{
    switch (kind) {
    case Kind::Pdf:
        return false;
    case Kind::SystemPrinter:
        return true;
    case Kind::EscPos: {
        const std::optional<EscPosTarget> target = EscPosSink::parseTarget(where);
        if (!target || target->kind == EscPosTarget::Kind::Network)
            return true; // a bad address prints nothing, and is logged as nothing
        const QFileInfo file(target->path);
        // A missing file is made a regular one by the sink, except under /dev
        // where a printer that is not plugged in is refused.
        if (!file.exists())
            return target->path.startsWith(QLatin1String("/dev/"));
        return !file.isFile();
    }
    }
    return true;
}

QString PrintDestination::displayName() const
{
    switch (kind) {
    case Kind::Pdf:
        return QDir::toNativeSeparators(where);
    case Kind::SystemPrinter:
        //: Where a receipt went: a printer of the system, by name
        return where.isEmpty() ? tr("the default printer") : tr("the printer %1").arg(where);
    case Kind::EscPos:
        //: Where a receipt went: a thermal printer's address or device
        return tr("the receipt printer at %1").arg(where);
    }
    return where;
}

PrintOut::PrintOut(QObject *parent)
    : QObject(parent)
{
}

PrintOut *PrintOut::start(const PrintDocument &document, const PrintDestination &destination,
                          const ChartPainter *charts, QObject *parent)
{
    auto *out = new PrintOut(parent);
    switch (destination.kind) {
    case PrintDestination::Kind::Pdf:
        out->finish(DocumentPainter(document, charts).writePdf(destination.where, destination.format));
        break;
    case PrintDestination::Kind::SystemPrinter:
        out->finish(printOnSystem(document, destination, charts));
        break;
    case PrintDestination::Kind::EscPos: {
        auto *sink = new EscPosSink(out);
        connect(sink, &EscPosSink::finished, out, &PrintOut::finish);
        sink->send(EscPosWriter::write(document, destination.escpos), destination.where);
        break;
    }
    }
    return out;
}

void PrintOut::finish(const QString &error)
{
    // Queued: whoever started it connects to finished() after start() returns.
    QMetaObject::invokeMethod(this, [this, error] {
        emit finished(error);
        deleteLater();
    }, Qt::QueuedConnection);
}

QString PrintOut::printOnSystem(const PrintDocument &doc, const PrintDestination &destination, const ChartPainter *charts)
{
    const QString &printerName = destination.where;
    const QPrinterInfo info = printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(printerName);
    if (info.isNull()) {
        if (printerName.isEmpty())
            return PrintDestination::tr("No printer is set up on this computer.");
        //: %1 is a printer's name
        return PrintDestination::tr("The printer %1 is not known to this computer.").arg(printerName);
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(doc.title);
    printer.setCreator(QStringLiteral("Merchant Console"));
    if (!DocumentPainter(doc, charts).paint(&printer, destination.format) || printer.printerState() == QPrinter::Error)
        return PrintDestination::tr("The printer %1 did not take the document.").arg(info.printerName());
    return QString();
}

