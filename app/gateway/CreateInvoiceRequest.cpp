#include "gateway/CreateInvoiceRequest.h"

#include "gateway/WireFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString flag(bool on)
{
    return on ? QStringLiteral("1") : QString();
}
}

FormBody CreateInvoiceRequest::form(const InvoiceFields &f)
{
    using namespace WireFields;
    FormBody body;
    body.add(PriceAmount, f.price.toCanonical());
    body.add(PriceCurrency, f.currency);
    body.add(OrderId, f.orderId);
    body.add(Email, f.email);
    body.add(Title, f.title);
    body.add(Description, f.description);
    body.add(Test, flag(f.test));
    body.add(AddFeeToPrice, flag(f.addFeeToPrice));
    body.add(MarginRatio, f.margin ? f.margin->toCanonical() : QString());
    body.add(ExpirationDate, f.expiryHours > 0 ? QString::number(f.expiryHours) : QString());
    body.add(Template, f.pageTemplate);
    body.add(SuccessUrl, f.successUrl);
    body.add(CancelUrl, f.cancelUrl);
    body.add(CallbackUrl, f.callbackUrl);
    body.add(MerchantId, f.merchantId);
    body.add(CustomerId, f.customerId);
    if (!f.bannedCoins.isEmpty()) {
        // A JSON array inside the form field, as the gateway's clients send it.
        body.add(BannedCoins, QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(f.bannedCoins)).toJson(QJsonDocument::Compact)));
    }
    body.add(WhiteLabel, flag(f.whiteLabel));
    return body;
}
