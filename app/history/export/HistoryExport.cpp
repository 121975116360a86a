#include "history/export/HistoryExport.h"

#include "history/HistoryReader.h"
#include "history/export/CsvExport.h"
#include "history/export/XlsxExport.h"
#include "store/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <cstdio>

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Puts `from` in the place of `to` in one step, replacing a file already there.
bool replaceFile(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (std::rename(source.constData(), target.constData()) == 0)
        return true;
#ifdef Q_OS_WIN
    // Windows' rename() does not replace: remove the old file first.
    if (QFile::exists(to) && QFile::remove(to))
        return std::rename(source.constData(), target.constData()) == 0;
#endif
    return false;
}
}

std::optional<HistoryExport::Format> HistoryExport::formatOf(const QString &nameOrPath)
{
    const QString name = nameOrPath.trimmed().toLower();
    if (name == QLatin1String("csv") || name.endsWith(QLatin1String(".csv")))
        return Format::Csv;
    if (name == QLatin1String("xlsx") || name.endsWith(QLatin1String(".xlsx")))
        return Format::Xlsx;
    return std::nullopt;
}

QString HistoryExport::suffix(Format format)
{
    return format == Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

QString HistoryExport::cancelledSentence()
{
    return tr("The export was cancelled; no file was written.");
}

HistoryExport::Result HistoryExport::failed(const QString &message)
{
    Result result;
    result.status = Result::Status::Failed;
    result.message = message;
    return result;
}

HistoryExport::Result HistoryExport::run(const HistoryReader &reader, const HistoryFilter &filter,
                                         ExportWriter &writer, const Progress &progress)
{
    const std::optional<qint64> total = reader.count(filter);
    if (!total)
        return failed(reader.lastError());
    Result result;
    result.status = Result::Status::Cancelled;
    result.message = cancelledSentence();
    if (progress && !progress(0, *total))
        return result;
    if (!writer.begin())
        return failed(writer.error());

    // The rows and their totals come from one SELECT, one snapshot of the
    // history: an invoice made meanwhile is in both or in neither.
    bool writeFailed = false;
    bool stopped = false;
    const bool read = reader.forEach(filter, [&](const InvoiceRecord &record) {
        if (!writer.row(record)) {
            writeFailed = true;
            return false;
        }
        result.totals.add(record.state, record.fields.currency, record.fields.price, record.fields.test);
        ++result.rows;
        if (progress && result.rows % ProgressEvery == 0 && !progress(result.rows, std::max(*total, result.rows))) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (writeFailed)
        return failed(writer.error());
    if (!read)
        return failed(reader.lastError());
    if (stopped || (progress && !progress(result.rows, std::max(*total, result.rows))))
        return result;
    if (!writer.end(result.totals))
        return failed(writer.error());
    result.status = Result::Status::Written;
    return result;
}

HistoryExport::Result HistoryExport::toFile(const HistoryReader &reader, const HistoryFilter &filter, Format format,
                                            const QString &path, const Progress &progress)
{
    const QString folder = QFileInfo(path).absolutePath();
    Result result;
    if (format == Format::Csv) {
        // QSaveFile writes "<path>.XXXXXX" beside the target, renames it over the
        // target on commit, and removes it when not committed.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return failed(tr("The file %1 could not be written: %2").arg(native(path), file.errorString()));
        // Owner-only before the first sale is written into it (QSaveFile makes a
        // new file as readable as any other).
        if (!file.setPermissions(OwnerOnly)) {
            file.cancelWriting();
            return failed(tr("The file %1 could not be made private.").arg(native(path)));
        }
        CsvExport writer(&file);
        result = run(reader, filter, writer, progress);
        if (!result.ok()) {
            file.cancelWriting();
            return result;
        }
        if (!file.commit())
            return failed(tr("The file %1 could not be written: %2").arg(native(path), file.errorString()));
    } else {
        // libxlsxwriter writes the whole file at the end, under a name of our
        // choosing: a part file beside the target, made owner-only and new
        // (never someone else's file), renamed when complete.
        const QString part = QStringLiteral("%1.part-%2").arg(path).arg(QRandomGenerator::global()->generate(), 8, 16,
                                                                        QLatin1Char('0'));
        {
            QFile reserve(part);
            if (!reserve.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
                return failed(tr("The file %1 could not be written: %2").arg(native(path), reserve.errorString()));
        }
        {
            XlsxExport writer(part, folder);
            result = run(reader, filter, writer, progress);
        } // an unfinished workbook is freed here, before its part file goes
        if (!result.ok()) {
            QFile::remove(part);
            return result;
        }
        if (!QFile::setPermissions(part, OwnerOnly) || !replaceFile(part, path)) {
            QFile::remove(part);
            return failed(tr("The finished file could not be put in place as %1.").arg(native(path)));
        }
    }
    if (const QString problem = PrivateFiles::tighten(path); !problem.isEmpty()) {
        QFile::remove(path);
        return failed(problem);
    }
    result.path = path;
    result.message = tr("%n invoice(s) written to %1.", nullptr, int(std::min<qint64>(result.rows, INT_MAX)))
                             .arg(native(path));
    return result;
}

HistoryExport::Result HistoryExport::csvToDevice(const HistoryReader &reader, const HistoryFilter &filter,
                                                 QIODevice *device, const Progress &progress)
{
    CsvExport writer(device);
    Result result = run(reader, filter, writer, progress);
    if (result.ok())
        result.message = tr("%n invoice(s) written.", nullptr, int(std::min<qint64>(result.rows, INT_MAX)));
    return result;
}
