#include "commands/ReceiptCommand.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "EventWait.h"
#include "ExitCode.h"

#include "reports/escpos/EscPosSink.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Opt {
const QString Pdf = QStringLiteral("pdf");
const QString EscPos = QStringLiteral("escpos");
const QString Printer = QStringLiteral("printer");
const QString Paper = QStringLiteral("paper");
const QString Qr = QStringLiteral("qr");
}

QString ReceiptCommand::summary() const
{
    return tr("Print the receipt of the invoice with this order number: to a PDF, a thermal (ESC/POS) printer, a "
              "printer of the system, or the receipt printer chosen in Settings. A reprint says DUPLICATE.");
}

QList<QCommandLineOption> ReceiptCommand::options() const
{
    return {
        {Opt::Pdf, tr("Write the receipt to this PDF file."), tr("FILE")},
        {Opt::EscPos, tr("Send it to a thermal (ESC/POS) printer: on the network as HOST or HOST:PORT (port 9100 "
                         "unless given), or a device or file given as a path with a '/' (/dev/usb/lp0, "
                         "./receipt.bin); a plain file is replaced by the printer's bytes."), tr("PRINTER")},
        {Opt::Printer, tr("Print it on this printer of the system (\"\" for the system's default printer)."),
         tr("NAME")},
        {Opt::Paper, tr("The roll's width in millimetres, 58 or 80 (--escpos and --pdf; default: Settings' paper "
                        "for the receipt printer, 80 for a PDF)."), tr("MM")},
        {Opt::Qr, tr("How a thermal printer gets the QR code: raster (a picture, every printer prints it) or native "
                     "(the printer's own QR command); default: as in Settings, else raster."), tr("MODE")},
    };
}

std::optional<QString> ReceiptCommand::escPosTarget(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        *error = tr("--escpos needs a printer: HOST[:PORT] on the network, or a path such as /dev/usb/lp0.");
        return std::nullopt;
    }
    // A path names a device or a file; the sink takes absolute ones only. An
    // address written as a URL is no path: the printer's check says why not.
    const bool isUrl = value.contains(QLatin1String("://"));
    if (!isUrl && (value.contains(QLatin1Char('/')) || value.contains(QDir::separator()))) {
        const QFileInfo info(value);
        if (info.isDir()) {
            *error = tr("--escpos: %1 is a folder; give a device or a file.").arg(QDir::toNativeSeparators(value));
            return std::nullopt;
        }
        return QDir::cleanPath(info.absoluteFilePath());
    }
    QString problem;
    if (!EscPosSink::parseTarget(value, &problem)) {
        //: %1 says why the address cannot be used
        *error = tr("--escpos: %1 To keep the bytes in a file, give its path with a '/', such as ./receipt.bin.")
                         .arg(problem);
        return std::nullopt;
    }
    return value;
}

std::optional<PrintDestination> ReceiptCommand::destination(const CommandContext &c, TillSettings &settings,
                                                            QString *error) const
{
    const QCommandLineParser &p = c.parser;
    const auto fail = [error](const QString &sentence) {
        *error = sentence;
        return std::optional<PrintDestination>();
    };
    const int chosen = int(p.isSet(Opt::Pdf)) + int(p.isSet(Opt::EscPos)) + int(p.isSet(Opt::Printer));
    if (chosen > 1)
        return fail(tr("Give one of --pdf, --escpos and --printer (or none, for the receipt printer chosen in "
                       "Settings)."));

    std::optional<EscPosOptions::Paper> paper;
    if (p.isSet(Opt::Paper)) {
        const QString value = p.value(Opt::Paper).trimmed().toLower();
        if (value == QLatin1String("58") || value == QLatin1String("58mm"))
            paper = EscPosOptions::Paper::Mm58;
        else if (value == QLatin1String("80") || value == QLatin1String("80mm"))
            paper = EscPosOptions::Paper::Mm80;
        else
            return fail(tr("--paper is 58 or 80 (millimetres), not \"%1\".").arg(p.value(Opt::Paper)));
    }
    std::optional<EscPosOptions::QrMode> qr;
    if (p.isSet(Opt::Qr)) {
        const QString value = p.value(Opt::Qr).trimmed().toLower();
        if (value == QLatin1String("raster"))
            qr = EscPosOptions::QrMode::Raster;
        else if (value == QLatin1String("native"))
            qr = EscPosOptions::QrMode::Native;
        else
            return fail(tr("--qr is raster or native, not \"%1\".").arg(p.value(Opt::Qr)));
    }

    // Options that a destination would quietly ignore are refused instead.
    const QString qrNotHere = tr("--qr is for a thermal printer (--escpos); a PDF or a printer of the system gets "
                                 "the QR code as a picture.");
    const QString paperNotHere = tr("--paper is for --escpos and --pdf; a printer of the system prints on the "
                                    "paper it is set up with.");
    if (p.isSet(Opt::Pdf)) {
        if (qr)
            return fail(qrNotHere);
        const QString path = p.value(Opt::Pdf).trimmed();
        if (path.isEmpty())
            return fail(tr("--pdf needs the name of the file to write."));
        if (QFileInfo(path).isDir())
            return fail(tr("--pdf: %1 is a folder; give a file name.").arg(QDir::toNativeSeparators(path)));
        const auto format = paper == EscPosOptions::Paper::Mm58 ? DocumentPainter::Format::Roll58
                                                                 : DocumentPainter::Format::Roll80;
        return PrintDestination::pdf(QDir::cleanPath(QFileInfo(path).absoluteFilePath()), format);
    }
    if (p.isSet(Opt::Printer)) {
        if (qr)
            return fail(qrNotHere);
        if (paper)
            return fail(paperNotHere);
        return PrintDestination::systemPrinter(p.value(Opt::Printer).trimmed());
    }

    std::optional<PrintDestination> d;
    if (p.isSet(Opt::EscPos)) {
        QString problem;
        const std::optional<QString> target = escPosTarget(p.value(Opt::EscPos), &problem);
        if (!target)
            return fail(problem);
        const ReceiptPrinterChoice saved = settings.receiptPrinter();
        EscPosOptions options;
        // The paper and QR of the receipt printer in Settings, when it is a
        // thermal one too: most shops have one kind.
        if (saved.kind == ReceiptPrinterChoice::Kind::EscPos) {
            if (const auto fromSettings = PrintDestination::fromChoice(saved))
                options = fromSettings->escpos;
        }
        d = PrintDestination::escPos(*target, options);
    } else {
        d = PrintDestination::fromChoice(settings.receiptPrinter());
        if (!d)
            return fail(tr("No receipt printer is chosen in Settings: give --pdf FILE, --escpos PRINTER or "
                           "--printer NAME."));
        if (d->kind != PrintDestination::Kind::EscPos) {
            if (qr)
                return fail(qrNotHere);
            if (paper)
                return fail(paperNotHere);
        }
    }
    if (paper)
        d->escpos.paper = *paper;
    if (qr)
        d->escpos.qr = *qr;
    return d;
}

int ReceiptCommand::run(CommandContext &c)
{
    if (c.arguments.size() != 1 || c.arguments.constFirst().trimmed().isEmpty()) {
        c.out.error(tr("Give exactly one order number: merchant-console-cli receipt ORDER_ID."));
        return ExitCode::Usage;
    }
    const QString orderId = c.arguments.constFirst().trimmed();
    ConsoleEngine &engine = c.session.engine();
    QString problem;
    const std::optional<PrintDestination> where = destination(c, engine.settings, &problem);
    if (!where) {
        c.out.error(problem);
        return ExitCode::Usage;
    }

    if (const QString error = c.session.openHistory(); !error.isEmpty()) {
        c.out.error(error);
        return ExitCode::Failure;
    }
    const std::optional<InvoiceRecord> record = engine.store.findByOrderId(orderId);
    if (!record && !engine.store.lastError().isEmpty()) {
        c.out.error(engine.store.lastError()); // not "no such invoice": it could not be read
        return ExitCode::Failure;
    }
    if (!record) {
        c.out.error(tr("There is no invoice with order number %1 in the history.").arg(orderId));
        return ExitCode::NotFound;
    }

    // A file given to --escpos gets this receipt's bytes, not the last ones
    // and then these (the sink appends, as a device takes them).
    if (where->kind == PrintDestination::Kind::EscPos && QFileInfo(where->where).isFile()) {
        QFile file(where->where);
        if (!file.resize(0)) {
            c.out.error(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(where->where), file.errorString()));
            return ExitCode::Failure;
        }
    }

    EventWait printed;
    bool duplicate = false;
    QString error;
    QObject::connect(engine.receipts.get(), &ReceiptPrinter::finished, engine.receipts.get(),
                     [&](qint64 invoiceId, bool wasDuplicate, const QString &text) {
        if (invoiceId != record->id)
            return;
        duplicate = wasDuplicate;
        error = text;
        printed.done();
    });
    engine.receipts->print(record->id, *where);
    if (!printed.wait(PrintLimitMs))
        error = tr("The receipt was not taken in time by %1.").arg(where->displayName());

    c.out.set(QStringLiteral("order_id"), record->fields.orderId);
    c.out.set(QStringLiteral("destination"), where->logName());
    if (!error.isEmpty()) {
        c.out.error(error);
        return ExitCode::Failure;
    }
    c.out.set(QStringLiteral("duplicate"), duplicate);
    if (duplicate)
        //: %1 is an order number, %2 where the receipt went (a file, "the printer Front desk"...)
        c.out.line(tr("Receipt of %1 printed to %2 (duplicate).").arg(record->fields.orderId, where->displayName()));
    else
        c.out.line(tr("Receipt of %1 printed to %2.").arg(record->fields.orderId, where->displayName()));
    return ExitCode::Ok;
}
