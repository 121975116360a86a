#pragma once

#include "history/export/ExportWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class QIODevice;

// The history as CSV for a spreadsheet or an accountant's script: UTF-8 with a
// byte order mark, RFC 4180 (comma separated, fields with a comma, quote, CR or
// LF quoted and quotes doubled, CRLF line ends), '.' decimals, ISO 8601 UTC
// times with milliseconds, and text guarded against formulas (ExportColumns).
//
// Why the byte order mark: Excel reads a CSV without one in the computer's ANSI
// code page, so "ş" or "日本" arrive garbled; with it Excel, LibreOffice (which
// detects it in its import dialog) and Python's "utf-8-sig" all read UTF-8.
// Tools that want bare RFC 4180 see it only before the first header.
class CsvExport : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // Writes into `device` (open for writing); the caller owns and closes it.
    explicit CsvExport(QIODevice *device);

    bool begin() override;
    bool row(const InvoiceRecord &record) override;
    bool end(const HistoryTotals &totals) override;

    // Appends `value` as one RFC 4180 field (quoted only when it must be).
    static void appendField(QByteArray &line, QStringView value);
    // "2026-11-28T14:03:07.120Z"; nothing for an invalid time.
    static void appendUtc(QByteArray &line, const QDateTime &time);

private:
    bool flush(qsizetype threshold);

    QIODevice *m_device;
    QByteArray m_buffer;
    QList<QString> m_stateText; // by InvoiceState
};
