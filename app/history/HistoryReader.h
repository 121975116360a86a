#pragma once

#include "history/HistoryFilter.h"
#include "history/HistoryQuery.h"
#include "history/HistoryTotals.h"
#include "store/InvoiceRecord.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

// Reads the history as a shop asks of it, through one database connection: a
// page of a filtered, sorted history (keyset paging: a page costs the same at row
// 10 and at row 900,000), the totals of a filter, and every row of one for an
// export. Answers are nullopt when the history could not be read; lastError()
// says why.
class HistoryReader
{
    Q_DECLARE_TR_FUNCTIONS(HistoryReader)

public:
    // `connectionName`: an open connection, used on the thread that opened it.
    explicit HistoryReader(const QString &connectionName);

    std::optional<QList<InvoiceRecord>> page(const HistoryFilter &filter, const HistorySort &sort,
                                             const std::optional<PageKey> &after, int limit) const;
    // Whether invoice `id` is among those the filter shows.
    std::optional<bool> matches(const HistoryFilter &filter, qint64 id) const;
    std::optional<qint64> count(const HistoryFilter &filter) const;
    std::optional<HistoryTotals> totals(const HistoryFilter &filter) const;
    // Calls `row` for every invoice the filter shows, oldest first, until it
    // returns false. Returns false when reading failed (not when stopped).
    bool forEach(const HistoryFilter &filter, const std::function<bool(const InvoiceRecord &)> &row) const;

    // The price currencies the history holds, sorted (an index seek each).
    std::optional<QStringList> currencies() const;

    static PageKey keyOf(const InvoiceRecord &record, const HistorySort &sort);
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase database() const;
    HistoryQuery::Dialect dialect() const;

    QString m_connectionName;
    mutable QString m_lastError;
};

// A connection of its own to the history file, for a reader on another thread
// (totals, exports): SQLite lets it read while the till writes (WAL). Made and
// used on the thread that reads.
class HistoryConnection
{
    Q_DISABLE_COPY_MOVE(HistoryConnection)

public:
    // A clone of the store's connection (same file, same driver).
    explicit HistoryConnection(const QString &storeConnection);
    ~HistoryConnection();

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }

private:
    QString m_name;
    QString m_error;
};
