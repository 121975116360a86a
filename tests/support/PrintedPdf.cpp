#include "PrintedPdf.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <QCollator>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
// pdftoppm takes about a second a page at 150 dpi on a busy machine; this only
// keeps a hung tool from hanging the test.
constexpr int ToolTimeoutMs = 60000;

// Runs `program` and returns its standard output, or sets `error`.
QByteArray run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *error = QStringLiteral("%1 did not start (%2); Debian package poppler-utils")
                     .arg(program, process.errorString());
        return {};
    }
    if (!process.waitForFinished(ToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not finish within %2 s").arg(program).arg(ToolTimeoutMs / 1000);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed (exit %3): %4")
                     .arg(program, arguments.join(QLatin1Char(' ')))
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return {};
    }
    return process.readAllStandardOutput();
}

// Every QR code on the picture, top to bottom (then left to right).
QStringList decodeQrCodes(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    ZXing::Results results = ZXing::ReadBarcodes(view, hints);
    std::sort(results.begin(), results.end(), [](const ZXing::Result &a, const ZXing::Result &b) {
        const ZXing::PointI pa = a.position().topLeft();
        const ZXing::PointI pb = b.position().topLeft();
        return pa.y != pb.y ? pa.y < pb.y : pa.x < pb.x;
    });
    QStringList texts;
    for (const ZXing::Result &result : results) {
        if (result.isValid())
            texts.append(QString::fromStdString(result.text()));
    }
    return texts;
}

// A PDF's last bytes hold %%EOF (maybe followed by an end of line) once its
// writer has finished it.
bool endsWithEof(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 8)
        return false;
    file.seek(qMax<qint64>(0, file.size() - 32));
    return file.readAll().trimmed().endsWith("%%EOF");
}
}

PrintedPdf PrintedPdf::read(const QString &path, int dpi)
{
    PrintedPdf pdf;
    pdf.m_path = path;
    if (!QFileInfo(path).isFile()) {
        pdf.m_error = QStringLiteral("no such file: %1").arg(path);
        return pdf;
    }

    QString error;
    const QByteArray text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                          QStringLiteral("-")},
            &error);
    if (!error.isEmpty()) {
        pdf.m_error = error;
        return pdf;
    }
    pdf.m_text = QString::fromUtf8(text);

    QTemporaryDir pictures;
    if (!pictures.isValid()) {
        pdf.m_error = QStringLiteral("no temporary folder: %1").arg(pictures.errorString());
        return pdf;
    }
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), path, pictures.filePath(QStringLiteral("page"))},
        &error);
    if (!error.isEmpty()) {
        pdf.m_error = error;
        return pdf;
    }
    // page-1.png ... page-9.png, or page-01.png ... once there are ten pages or
    // more: sort by number, not by name.
    QStringList files = QDir(pictures.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(files.begin(), files.end(), numeric);
    for (const QString &file : files) {
        QImage page(pictures.filePath(file));
        if (page.isNull()) {
            pdf.m_error = QStringLiteral("pdftoppm wrote an unreadable picture: %1").arg(file);
            return pdf;
        }
        pdf.m_qrCodes.append(decodeQrCodes(page));
        pdf.m_pages.append(page);
    }
    if (pdf.m_pages.isEmpty())
        pdf.m_error = QStringLiteral("pdftoppm found no pages in %1").arg(path);
    return pdf;
}

QStringList PrintedPdf::qrCodes() const
{
    QStringList all;
    for (const QStringList &page : m_qrCodes)
        all += page;
    return all;
}

PrintOutputFolder::PrintOutputFolder(const QString &folder)
    : m_folder(folder)
    , m_taken(scan())
{
}

QHash<QString, PrintOutputFolder::Seen> PrintOutputFolder::scan() const
{
    QHash<QString, Seen> files;
    const QFileInfoList entries =
        QDir(m_folder).entryInfoList({QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files);
    for (const QFileInfo &entry : entries)
        files.insert(entry.fileName(), Seen{entry.lastModified(), entry.size()});
    return files;
}

QString PrintOutputFolder::waitForNext(int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    QHash<QString, Seen> previous; // what the poll before saw of the files not yet taken
    do {
        const QHash<QString, Seen> now = scan();
        // Of the new or rewritten files, the newest one that has stopped growing.
        QString found;
        QDateTime foundModified;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (m_taken.value(it.key()) == it.value())
                continue;
            const bool settled = previous.contains(it.key()) && previous.value(it.key()) == it.value();
            if (settled && endsWithEof(QDir(m_folder).filePath(it.key()))
                && (found.isEmpty() || it.value().modified > foundModified)) {
                found = it.key();
                foundModified = it.value().modified;
            }
        }
        if (!found.isEmpty()) {
            m_taken.insert(found, now.value(found));
            return QDir(m_folder).filePath(found);
        }
        previous = now;
        QTest::qWait(100);
    } while (!deadline.hasExpired());

    if (error) {
        *error = QStringLiteral("no complete PDF appeared in %1 within %2 s (files there: %3)")
                     .arg(m_folder)
                     .arg(timeoutMs / 1000.0)
                     .arg(QDir(m_folder).entryList(QDir::Files).join(QStringLiteral(", ")));
    }
    return {};
}

TestPrinter TestPrinter::fromEnvironment()
{
    TestPrinter printer;
    printer.name = qEnvironmentVariable("MC_TEST_PRINTER");
    printer.outputFolder = qEnvironmentVariable("MC_TEST_PRINTER_OUT");
    printer.backend = qEnvironmentVariable("MC_TEST_PRINTER_BACKEND");
    return printer;
}
