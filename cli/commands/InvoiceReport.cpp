#include "commands/InvoiceReport.h"

#include "CliOutput.h"

#include "gateway/WhiteLabel.h"
#include "invoice/CoinCatalogue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
// Scripts and people both read '.' decimals here, whatever the till's language.
QString amountText(const Amount &amount, const QString &unit, int minDecimals = 0)
{
    return amount.withUnit(unit, QLocale::c(), minDecimals);
}
}

void InvoiceReport::describe(const InvoiceRecord &record, const CoinCatalogue &coins, CliOutput &out,
                             bool withFailure)
{
    const InvoiceFields &f = record.fields;
    out.set(QStringLiteral("order_id"), f.orderId);
    out.set(QStringLiteral("state"), InvoiceStates::storageName(record.state));
    out.set(QStringLiteral("state_text"), InvoiceStates::displayName(record.state));
    out.set(QStringLiteral("price_amount"), f.price.toCanonical());
    out.set(QStringLiteral("price_currency"), f.currency);
    out.set(QStringLiteral("test"), f.test);
    out.set(QStringLiteral("white_label"), f.whiteLabel);
    out.set(QStringLiteral("gateway"), record.gateway);

    out.line(tr("Order number: %1").arg(f.orderId));
    if (f.test)
        out.line(tr("TEST invoice: no money moves."));
    out.line(tr("Price: %1").arg(amountText(f.price, f.currency, 2)));
    out.line(tr("State: %1").arg(InvoiceStates::displayName(record.state)));

    if (!record.paymentUrl.isEmpty()) {
        out.set(QStringLiteral("payment_url"), record.paymentUrl);
        out.line(tr("Payment page: %1").arg(record.paymentUrl));
    }
    if (f.whiteLabel && !record.coinOffers.isEmpty()) {
        const QList<CoinOffer> offers = WhiteLabel::fromJson(record.coinOffers, coins);
        QJsonArray list;
        out.line(tr("Coins offered (the customer chooses one):"));
        for (const CoinOffer &offer : offers) {
            list.append(QJsonObject{{QStringLiteral("coin"), offer.coin},
                                    {QStringLiteral("network"), offer.network},
                                    {QStringLiteral("invoice_id"), offer.invoiceId},
                                    {QStringLiteral("name"), offer.name}});
            out.line(QStringLiteral("  %1 %2  %3").arg(offer.coin, offer.network, offer.name));
        }
        out.set(QStringLiteral("coins"), list);
    }
    if (!record.coinAddress.isEmpty()) {
        out.set(QStringLiteral("coin"), record.coin);
        out.set(QStringLiteral("network"), record.network);
        out.set(QStringLiteral("coin_address"), record.coinAddress);
        out.line(tr("Pay in %1 (%2) to: %3").arg(record.coin, record.network, record.coinAddress));
        if (record.coinAmount) {
            out.set(QStringLiteral("coin_amount"), record.coinAmount->toCanonical());
            out.line(tr("Exact amount: %1").arg(amountText(*record.coinAmount, record.coin)));
        }
    }
    if (record.paidAmount) {
        out.set(QStringLiteral("paid_amount"), record.paidAmount->toCanonical());
        out.set(QStringLiteral("paid_currency"), record.paidCurrency);
        out.line(tr("Received: %1").arg(amountText(*record.paidAmount, record.paidCurrency)));
    }
    if (record.expiresAt.isValid()) {
        const QString when = record.expiresAt.toUTC().toString(Qt::ISODate);
        out.set(QStringLiteral("expires_at"), when);
        out.line(tr("Expires: %1").arg(when));
    }
    if (!record.failureText.isEmpty()) {
        out.set(QStringLiteral("failure"), record.failureText);
        if (withFailure)
            out.line(tr("Note: %1").arg(record.failureText));
    }
    if (!record.gatewayMessages.isEmpty())
        out.set(QStringLiteral("messages"), QJsonArray::fromStringList(record.gatewayMessages));
}
