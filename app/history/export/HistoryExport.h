#pragma once

#include "history/HistoryFilter.h"
#include "history/HistoryTotals.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class ExportWriter;
class HistoryReader;
class QIODevice;

// Writes every invoice a HistoryFilter shows, oldest first, one row per invoice,
// as CSV or XLSX: the core that the window's background ExportJob and the
// command line's `list` both run. Synchronous; it reads through the reader's
// connection, on the thread that made it.
//
// A file appears under its name only when it is complete: it is written under a
// temporary name in the same folder and renamed at the end; a cancel or an
// error removes it, leaving no file at all. The file is its owner's alone
// (0600): it holds the shop's sales. The private key is never in the history,
// so it can never be in an export.
class HistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryExport)

public:
    enum class Format { Csv, Xlsx };

    // Called at the start (0 of total), every ProgressEvery rows and at the end,
    // with the rows written so far and the number the filter showed at the start
    // (or more, when invoices arrived since). Returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int ProgressEvery = 256;

    struct Result {
        enum class Status { Written, Cancelled, Failed };
        Status status = Status::Failed;
        QString message;    // a sentence for the user, in every case
        QString path;       // the file written (empty unless Written)
        qint64 rows = 0;    // invoices written
        HistoryTotals totals; // of exactly those rows
        bool ok() const { return status == Status::Written; }
    };

    // "csv" / "xlsx", or a file name ending in .csv / .xlsx (any case).
    static std::optional<Format> formatOf(const QString &nameOrPath);
    static QString suffix(Format format);

    // Writes the file at `path` (replacing one that is there).
    static Result toFile(const HistoryReader &reader, const HistoryFilter &filter, Format format,
                         const QString &path, const Progress &progress = {});
    // CSV into an open device (standard output), for pipes; nothing to rename.
    static Result csvToDevice(const HistoryReader &reader, const HistoryFilter &filter, QIODevice *device,
                              const Progress &progress = {});

    static QString cancelledSentence();

private:
    static Result run(const HistoryReader &reader, const HistoryFilter &filter, ExportWriter &writer,
                      const Progress &progress);
    static Result failed(const QString &message);
};
