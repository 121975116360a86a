#include "gateway/WhiteLabel.h"

#include "gateway/GatewayAnswerParser.h"
#include "gateway/GatewayResult.h"
#include "invoice/CoinCatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QLatin1String NameKey("name");
const QLatin1String NetworkKey("network");
const QLatin1String InvoiceIdKey("invoice_id");
const QLatin1String AddressKey("address");
const QLatin1String AmountKey("amount");

using GatewayAnswerParser::scalarText;
}

CoinOfferList WhiteLabel::parseOffers(const QJsonValue &payload, const CoinCatalogue &catalogue)
{
    CoinOfferList result;
    const auto inner = GatewayAnswerParser::decodeInnerJson(payload);
    if (!inner || !inner->isArray()) {
        result.error = tr("The gateway's list of coins could not be read.");
        return result;
    }
    const QJsonArray entries = inner->toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject o = entry.toObject();
        CoinOffer offer{scalarText(o.value(NameKey)), scalarText(o.value(NetworkKey)), scalarText(o.value(InvoiceIdKey)), QString()};
        for (const auto &[field, value] : {std::pair{NameKey, offer.coin}, {NetworkKey, offer.network},
                                           {InvoiceIdKey, offer.invoiceId}}) {
            if (value.isEmpty()) {
                //: %1 is the missing field's name as the gateway spells it
                result.error = tr("The gateway's list of coins is incomplete: an entry has no %1.").arg(field);
                result.offers.clear();
                return result;
            }
        }
        offer.name = catalogue.readableName(offer.coin, offer.network);
        result.offers.append(offer);
    }
    if (result.offers.isEmpty())
        result.error = tr("The gateway offered no coin to pay with. Allow more coins in More options.");
    return result;
}

QJsonArray WhiteLabel::toJson(const QList<CoinOffer> &offers)
{
    QJsonArray array;
    for (const CoinOffer &offer : offers)
        array.append(QJsonObject{{NameKey, offer.coin}, {NetworkKey, offer.network}, {InvoiceIdKey, offer.invoiceId}});
    return array;
}

QList<CoinOffer> WhiteLabel::fromJson(const QString &json, const CoinCatalogue &catalogue)
{
    return parseOffers(QJsonValue(json), catalogue).offers;
}

CoinAddress WhiteLabel::parseAddress(const GatewayResult &result)
{
    CoinAddress address;
    if (result.outcome == GatewayResult::Outcome::Rejected) {
        address.error = tr("The gateway gave no address for this coin.");
        address.gatewayMessages = result.messages;
        // Its errors may carry a title beside the message.
        const QString title = scalarText(result.object.value(QLatin1String("title")));
        if (!title.isEmpty())
            address.gatewayMessages.prepend(title);
        return address;
    }
    if (!result.isSuccess()) {
        address.error = result.cashierText();
        if (!result.detail.isEmpty())
            address.gatewayMessages << result.detail;
        return address;
    }
    const QJsonObject &object = result.object;
    address.address = scalarText(object.value(AddressKey));
    // What the customer is asked for: beyond 18 decimals, rounded up, never down.
    const auto amount = Amount::fromJsonNumber(scalarText(object.value(AmountKey)), Amount::Rounding::Up);
    if (address.address.isEmpty() || !amount || amount->isZero()) {
        address.address.clear();
        address.error = tr("The gateway's answer has no usable address and amount.");
        return address;
    }
    address.amount = *amount;
    return address;
}

bool WhiteLabel::hasPaymentUri(const QString &coin)
{
    return coin == QLatin1String("BTC") || coin == QLatin1String("LTC");
}

QString WhiteLabel::paymentUri(const QString &coin, const QString &address, const Amount &amount)
{
    // BIP 21 (and Litecoin's copy of it): scheme:address?amount=decimal
    const QString scheme = coin == QLatin1String("LTC") ? QStringLiteral("litecoin") : QStringLiteral("bitcoin");
    return scheme + QLatin1Char(':') + address + QStringLiteral("?amount=") + amount.toCanonical();
}
