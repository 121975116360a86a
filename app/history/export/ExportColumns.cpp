#include "history/export/ExportColumns.h"

ExportColumns::Kind ExportColumns::kind(Column column)
{
    switch (column) {
    case CreatedAt:
    case UpdatedAt:
        return Kind::Time;
    case Price:
    case Paid:
    case CoinAmount:
        return Kind::Amount;
    case Test:
        return Kind::Flag;
    default:
        return Kind::Text;
    }
}

QString ExportColumns::header(Column column)
{
    switch (column) {
    //: Export column header
    case OrderId: return tr("Order number");
    //: Export column header: the time is in UTC, not the till's time zone
    case CreatedAt: return tr("Created (UTC)");
    //: Export column header: the time is in UTC, not the till's time zone
    case UpdatedAt: return tr("Updated (UTC)");
    //: Export column header: the state's fixed English word ("paid"), for scripts
    case State: return tr("State");
    //: Export column header: the state in words for people
    case StateText: return tr("State (text)");
    //: Export column header: 1 for a test invoice (no money moved), 0 otherwise
    case Test: return tr("Test (1 = no money)");
    case Price: return tr("Price");
    //: Export column header: the price's currency
    case PriceCurrency: return tr("Currency");
    //: Export column header: the amount that came in, in the coin of the next column
    case Paid: return tr("Paid");
    //: Export column header: the coin the paid amount is in
    case PaidCurrency: return tr("Paid in");
    case Coin: return tr("Coin");
    case Network: return tr("Network");
    //: Export column header: the exact coin amount asked of a white-label invoice
    case CoinAmount: return tr("Coin amount");
    case CoinAddress: return tr("Coin address");
    case Title: return tr("Title");
    case Email: return tr("E-mail");
    case CustomerId: return tr("Customer number");
    case MerchantId: return tr("Merchant number");
    case Description: return tr("Description");
    case PaymentUrl: return tr("Payment page");
    //: Export column header: why an invoice failed or needs a look
    case FailureText: return tr("Problem");
    //: Export column header: the gateway address and public key the invoice was sent with
    case Gateway: return tr("Gateway");
    case Count: break;
    }
    return QString();
}

QString ExportColumns::text(const InvoiceRecord &r, Column column)
{
    switch (column) {
    case OrderId: return r.fields.orderId;
    case State: return InvoiceStates::storageName(r.state);
    case StateText: return InvoiceStates::displayName(r.state);
    case PriceCurrency: return r.fields.currency;
    case PaidCurrency: return r.paidAmount ? r.paidCurrency : QString();
    case Coin: return r.coin;
    case Network: return r.network;
    case CoinAddress: return r.coinAddress;
    case Title: return r.fields.title;
    case Email: return r.fields.email;
    case CustomerId: return r.fields.customerId;
    case MerchantId: return r.fields.merchantId;
    case Description: return r.fields.description;
    case PaymentUrl: return r.paymentUrl;
    case FailureText:
        // The gateway's own words go beside the console's sentence, as on screen.
        if (r.gatewayMessages.isEmpty())
            return r.failureText;
        return (r.failureText.isEmpty() ? QString() : r.failureText + QStringLiteral(" / "))
                + r.gatewayMessages.join(QStringLiteral(" / "));
    case Gateway: return r.gateway;
    default: return QString();
    }
}

QDateTime ExportColumns::time(const InvoiceRecord &record, Column column)
{
    return column == UpdatedAt ? record.updatedAt : record.createdAt;
}

std::optional<Amount> ExportColumns::amount(const InvoiceRecord &record, Column column)
{
    switch (column) {
    case Price: return record.fields.price;
    case Paid: return record.paidAmount;
    case CoinAmount: return record.coinAmount;
    default: return std::nullopt;
    }
}

int ExportColumns::minDecimals(Column column)
{
    return column == Price ? 2 : 0;
}

bool ExportColumns::flag(const InvoiceRecord &record, Column column)
{
    return column == Test && record.fields.test;
}

bool ExportColumns::needsGuard(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString ExportColumns::guarded(const QString &text)
{
    return needsGuard(text) ? QLatin1Char('\'') + text : text;
}
