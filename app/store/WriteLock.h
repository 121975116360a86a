#pragma once

#include <QString>

class QSqlDatabase;

// A write transaction that holds the database's write lock from its first
// read, so that two consoles cannot both read "nothing yet" and both write:
// BEGIN IMMEDIATE on SQLite, a table lock held to the commit on PostgreSQL.
// The other console waits (the driver's busy time-out), then reads what this
// one wrote. Each returns an error text, or an empty string.
namespace WriteLock {
// `table`: the table PostgreSQL locks (SQLite locks the whole file).
QString begin(QSqlDatabase &db, const QString &table);
QString commit(QSqlDatabase &db); // rolls back when the commit fails
void rollback(QSqlDatabase &db);
} // namespace WriteLock
