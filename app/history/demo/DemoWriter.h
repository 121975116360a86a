// Writes the demo rows into the history's file through the sqlite3 library itself, many rows per INSERT.
#pragma once

#include "history/demo/DemoBatch.h"

#include <QString>
#include <QStringList>
#include <map>
#include <sqlite3.h>
#include <vector>

namespace Demo {
// A connection of the demo's own to the history's file, through the sqlite3
// library itself: Qt Sql's binding of each value costs more than the
// database's own work for it, and a million invoices hold forty million.
class Connection
{
public:
    ~Connection()
    {
        for (sqlite3_stmt *statement : m_statements)
            sqlite3_finalize(statement);
        if (m_db)
            sqlite3_close(m_db);
    }
    bool open(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            return false;
        // The window may be writing: wait for it rather than fail.
        sqlite3_busy_timeout(m_db, 10000);
        // Nothing typed by a cashier is at stake: a crash mid-load loses the
        // load, never what was committed before. The price index is filled in
        // random order: room for it in memory (a larger cache measured no
        // faster).
        return run("PRAGMA synchronous=OFF") && run("PRAGMA cache_size=-65536") && run("PRAGMA temp_store=MEMORY");
    }
    bool run(const QString &sql) { return run(sql.toUtf8().constData()); }
    bool run(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    sqlite3_stmt *prepare(const QString &sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            return nullptr;
        m_statements.push_back(statement);
        return statement;
    }
    static void bind(sqlite3_stmt *statement, int index, const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        sqlite3_bind_text(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    static void bind(sqlite3_stmt *statement, int index, const Batch &batch, const Cell &cell)
    {
        if (cell.length == Cell::Null)
            sqlite3_bind_null(statement, index);
        else if (cell.length == Cell::Number)
            sqlite3_bind_int64(statement, index, cell.number);
        else
            sqlite3_bind_text(statement, index, batch.text.data() + cell.offset, cell.length, SQLITE_STATIC);
    }
    // Steps a statement that returns no rows, and makes it ready again.
    bool write(sqlite3_stmt *statement)
    {
        const int status = sqlite3_step(statement);
        sqlite3_reset(statement);
        return status == SQLITE_DONE;
    }
    qint64 lastId() const { return sqlite3_last_insert_rowid(m_db); }
    qint64 changes() const { return sqlite3_changes64(m_db); }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

// Many rows in one INSERT: the work of a statement itself (its start, the
// AUTOINCREMENT counter, its end) is done once for all of them. The values
// stay in their batch until flush().
class RowsInsert
{
public:
    RowsInsert(Connection &db, const QString &table, const QStringList &columns, int rowsPerStatement)
        : m_db(db),
          m_head(QStringLiteral("INSERT OR ROLLBACK INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')))),
          m_columns(int(columns.size())),
          m_rows(rowsPerStatement)
    {
        m_pending.reserve(size_t(m_columns * m_rows));
    }
    bool add(const Batch &batch, const Cell *row)
    {
        m_pending.insert(m_pending.end(), row, row + m_columns);
        return int(m_pending.size()) < m_columns * m_rows || flush(batch);
    }
    // One row with one value given as text of its own (after the rows before it).
    bool writeAlone(const Batch &batch, const Cell *row, int column, const std::string &text)
    {
        if (!flush(batch))
            return false;
        m_pending.assign(row, row + m_columns);
        sqlite3_stmt *statement = statementFor(1);
        if (!statement)
            return false;
        for (int i = 0; i < m_columns; ++i)
            Connection::bind(statement, i + 1, batch, m_pending[size_t(i)]);
        sqlite3_bind_text(statement, column + 1, text.data(), int(text.size()), SQLITE_STATIC);
        m_pending.clear();
        return m_db.write(statement);
    }
    bool flush(const Batch &batch)
    {
        const int rows = int(m_pending.size()) / m_columns;
        if (rows == 0)
            return true;
        sqlite3_stmt *statement = statementFor(rows);
        if (!statement)
            return false;
        for (size_t i = 0; i < m_pending.size(); ++i)
            Connection::bind(statement, int(i) + 1, batch, m_pending[i]);
        m_pending.clear();
        return m_db.write(statement);
    }

private:
    sqlite3_stmt *statementFor(int rows)
    {
        sqlite3_stmt *&statement = m_statements[rows];
        if (!statement) {
            QStringList marks, values;
            for (int i = 0; i < m_columns; ++i)
                marks << QStringLiteral("?");
            const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
            for (int i = 0; i < rows; ++i)
                values << row;
            statement = m_db.prepare(m_head + values.join(QLatin1Char(',')));
        }
        return statement;
    }

    Connection &m_db;
    const QString m_head;
    const int m_columns;
    const int m_rows;
    std::vector<Cell> m_pending;
    std::map<int, sqlite3_stmt *> m_statements; // by rows, finalized by the connection
};
} // namespace Demo
