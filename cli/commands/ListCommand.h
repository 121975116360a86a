#pragma once

#include "commands/Command.h"

#include "history/HistoryFilter.h"
#include "history/export/HistoryExport.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <optional>

class HistoryReader;
struct InvoiceRecord;

// `list`: the history as a shop asks of it, filtered as the window's history
// view filters (dates in the till's time zone, states, currency, live or test,
// amounts, text), printed as a table or JSON, or written as CSV or XLSX by the
// same export the window runs. Reads the history only: no keys, no network.
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    enum class Format { Table, Json, Csv, Xlsx };

    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;

    // A --from or --to value: YYYY-MM-DD in `zone` (for --to, the whole day
    // counts), "today", "yesterday", or a full ISO 8601 time (without an
    // offset, in `zone`). Returns the bound in UTC ([from, to)), or an invalid
    // time when `text` is none of these.
    static QDateTime readBound(const QString &text, bool isTo, const QDateTime &now, const QTimeZone &zone);

private:
    struct Request {
        HistoryFilter filter;
        Format format = Format::Table;
        QString output;
        qint64 limit = -1; // -1: every invoice
    };
    // Reads the options into `request`; returns an error sentence or empty.
    QString read(CommandContext &c, Request &request) const;
    int table(CommandContext &c, const HistoryReader &reader, const Request &request) const;
    int json(CommandContext &c, const HistoryReader &reader, const Request &request) const;
    int exportFile(CommandContext &c, const HistoryReader &reader, const Request &request) const;
};
