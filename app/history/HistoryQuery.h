#pragma once

#include "history/HistoryFilter.h"

#include <QString>
#include <QVariantList>
#include <optional>

class QSqlDatabase;

// The order of a page of history. Every order ends on the invoice id, so that
// equal values (two prices of 9.50) still have one fixed order and a page can
// start exactly after the last row of the one before (keyset paging).
struct HistorySort
{
    enum class Key { Created, OrderId, Price, State };
    Key key = Key::Created;
    bool descending = true;

    friend bool operator==(const HistorySort &a, const HistorySort &b) { return a.key == b.key && a.descending == b.descending; }
};

// Where a page starts: the sort value and id of the last row already shown.
struct PageKey
{
    QVariant value;
    qint64 id = -1;
};

// A WHERE clause with its values bound in order.
struct SqlCondition
{
    QString sql; // empty: no condition
    QVariantList values;
};

// Turns a HistoryFilter and a HistorySort into SQL. Everything but text search is
// plain SQL that PostgreSQL (QPSQL) runs as it is; text search uses SQLite's FTS5
// trigram index there, and LOWER(..) LIKE elsewhere.
class HistoryQuery
{
public:
    enum class Dialect { SQLite, Portable };
    static Dialect dialectOf(const QSqlDatabase &db);

    static SqlCondition where(const HistoryFilter &filter, Dialect dialect);
    // The column (or expression) a sort orders by.
    static QString sortColumn(HistorySort::Key key);
    // "ORDER BY …" for the sort.
    static QString orderBy(const HistorySort &sort);
    // The condition "after `key`" in the sort's order.
    static SqlCondition after(const HistorySort &sort, const PageKey &key);
    // A price as the whole number of 10^-8 kept in price_units; a bound with
    // more decimals is rounded inward, so that it still means what was typed.
    static qint64 priceUnits(const Amount &price, Amount::Rounding rounding);
    // Text split into words (each must be found); for FTS5, each as a quoted
    // string, so that no word is read as an operator.
    static QStringList words(const QString &text);
};
