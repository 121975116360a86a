#include "store/WriteLock.h"

#include "history/HistoryQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
bool isSqlite(const QSqlDatabase &db)
{
    return HistoryQuery::dialectOf(db) == HistoryQuery::Dialect::SQLite;
}
} // namespace

QString WriteLock::begin(QSqlDatabase &db, const QString &table)
{
    if (isSqlite(db)) {
        QSqlQuery begin(db);
        return begin.exec(QStringLiteral("BEGIN IMMEDIATE")) ? QString() : begin.lastError().text();
    }
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery lock(db);
    if (!lock.exec(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table))) {
        const QString error = lock.lastError().text();
        db.rollback();
        return error;
    }
    return QString();
}

QString WriteLock::commit(QSqlDatabase &db)
{
    if (isSqlite(db)) {
        QSqlQuery commit(db);
        if (commit.exec(QStringLiteral("COMMIT")))
            return QString();
        const QString error = commit.lastError().text();
        rollback(db);
        return error;
    }
    if (db.commit())
        return QString();
    const QString error = db.lastError().text();
    db.rollback();
    return error;
}

void WriteLock::rollback(QSqlDatabase &db)
{
    if (isSqlite(db))
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    else
        db.rollback();
}
