#pragma once

#include "store/InvoiceRecord.h"

#include <QSqlRecord>
#include <array>
#include <vector>

class QSqlQuery;

// How an invoice row is written and read: the time format the history keeps (UTC,
// fixed width, so that text order is time order in any SQL database) and the
// decoding of a row into an InvoiceRecord. Shared by the store, the paged history
// and the exports, so that they can never read a row differently.
namespace InvoiceRow {
// The history's time text, "yyyy-MM-ddTHH:mm:ss.zzzZ" (24 characters), written
// into `out` from milliseconds since 1970 in UTC (years 0 to 9999). The one
// writer of that format: the store, the CSV export and the demo generator all
// use it, the last two for millions of rows.
void writeUtc(char *out, qint64 msSinceEpoch);
QString utcText(const QDateTime &time);
QDateTime fromUtcText(const QString &text);
QString jsonList(const QStringList &list);
QStringList listFromJson(const QString &text);
}

// Reads rows of a query that selected the invoices table's columns (SELECT *).
// The column positions are looked up once per query, not once per row: an export
// reads a million rows.
class InvoiceRowReader
{
public:
    explicit InvoiceRowReader(const QSqlRecord &columns);
    InvoiceRecord read(const QSqlQuery &query) const;

private:
    // The record's own columns; the invoice's fields are those of the field
    // table (InvoiceFieldTable), in its order, in m_fieldIndex.
    enum Field {
        Id, State, CreatedAt, UpdatedAt, PaymentUrl, FailureText, GatewayMessages, ExpiresAt,
        PaidAmount, PaidCurrency, Gateway, CoinOffers, Coin, Network, CoinAddress, CoinAmount,
        ExpiryConfirmed, Sender, Till, FieldCount
    };
    std::array<int, FieldCount> m_index{};
    std::vector<int> m_fieldIndex;
};
