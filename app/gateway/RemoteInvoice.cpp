#include "gateway/RemoteInvoice.h"

#include "gateway/GatewayAnswerParser.h"
#include "gateway/WireFields.h"

#include <QJsonArray>

namespace {
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 8);
    return QString();
}

std::optional<Amount> amountOf(const QJsonValue &value)
{
    const QString text = textOf(value);
    if (text.isEmpty())
        return std::nullopt;
    return Amount::fromCanonical(text);
}

QDateTime timeOf(const QJsonValue &value, const QTimeZone &zone)
{
    const QString text = textOf(value);
    if (text.isEmpty())
        return QDateTime();
    // "YYYY-MM-DD HH:MM:SS" without a zone, as observed; ISO with a zone also read.
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (time.isValid())
        time.setTimeZone(zone);
    else
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}
}

RemoteInvoice RemoteInvoiceParser::parseOne(const QJsonObject &o, const QTimeZone &zone)
{
    using namespace WireFields;
    RemoteInvoice invoice;
    invoice.raw = o;
    invoice.orderId = textOf(o.value(OrderId));
    const QJsonValue status = o.value(Status);
    invoice.paid = (status.isDouble() && status.toInt() == 1) || (status.isString() && status.toString().trimmed() == QLatin1String("1"));
    invoice.price = amountOf(o.value(PriceAmount)).value_or(Amount());
    invoice.priceCurrency = textOf(o.value(PriceCurrency));
    invoice.amount = amountOf(o.value(QLatin1String("amount")));
    invoice.amountCurrency = textOf(o.value(QLatin1String("amount_currency")));
    invoice.createdAt = timeOf(o.value(QLatin1String("created_at")), zone);
    invoice.expiresAt = timeOf(o.value(ExpirationDate), zone);
    return invoice;
}

RemoteInvoiceList RemoteInvoiceParser::parse(const QJsonValue &payload, const QTimeZone &zone)
{
    RemoteInvoiceList result;
    const auto inner = GatewayAnswerParser::decodeInnerJson(payload);
    if (!inner || !inner->isArray()) {
        result.error = tr("The gateway's list of invoices could not be read.");
        return result;
    }
    const QJsonArray array = inner->toArray();
    for (const QJsonValue &item : array) {
        if (item.isObject())
            result.invoices.append(parseOne(item.toObject(), zone));
    }
    return result;
}
