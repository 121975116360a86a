#pragma once

#include "store/InvoiceRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// The columns of a history export, one place for the CSV and the XLSX writer so
// that both files hold the same columns in the same order: one row per invoice,
// amounts apart from their currency so that a spreadsheet can sum them.
class ExportColumns
{
    Q_DECLARE_TR_FUNCTIONS(ExportColumns)

public:
    enum Column {
        OrderId, CreatedAt, UpdatedAt, State, StateText, Test, Price, PriceCurrency, Paid, PaidCurrency,
        Coin, Network, CoinAmount, CoinAddress, Title, Email, CustomerId, MerchantId, Description,
        PaymentUrl, FailureText, Gateway, Count
    };
    // How a column is written: text (guarded against formulas), a UTC time, an
    // exact amount, or 0/1.
    enum class Kind { Text, Time, Amount, Flag };

    static Kind kind(Column column);
    static QString header(Column column);
    // The value of a Text column.
    static QString text(const InvoiceRecord &record, Column column);
    // The value of a Time column (UTC).
    static QDateTime time(const InvoiceRecord &record, Column column);
    // The value of an Amount column; nullopt when the invoice has none.
    static std::optional<Amount> amount(const InvoiceRecord &record, Column column);
    // The fewest decimals an Amount column shows: 2 for prices, as people
    // read them; coin amounts as they are.
    static int minDecimals(Column column);
    // The value of a Flag column.
    static bool flag(const InvoiceRecord &record, Column column);

    // A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
    // return, OWASP's list) as a formula: a title such as "=HYPERLINK(...)"
    // typed at the till could then act on the accountant's computer. Such text
    // gets a leading apostrophe and is shown, never run. Amounts are never
    // negative and are not text, so numbers are untouched.
    static bool needsGuard(QStringView text);
    static QString guarded(const QString &text);
};
