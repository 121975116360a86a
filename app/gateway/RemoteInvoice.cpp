#include "gateway/RemoteInvoice.h"

#include "gateway/GatewayAnswerParser.h"
#include "gateway/WireFields.h"

#include <QJsonArray>

namespace {
using GatewayAnswerParser::scalarText;

std::optional<Amount> amountOf(const QJsonValue &value)
{
    const QString text = scalarText(value);
    if (text.isEmpty())
        return std::nullopt;
    // Strings ("2.00000000") and number literals ("1e-8") alike, exactly; what
    // came in, written with more than 18 decimals (a PHP float), to the nearest
    // 10^-18 rather than not at all.
    return Amount::fromJsonNumber(text, Amount::Rounding::HalfUp);
}

// Digits at [from, from + count) of `text`, or -1.
int digitsAt(QStringView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

QDateTime timeOf(const QJsonValue &value, const QTimeZone &zone)
{
    const QString text = scalarText(value);
    if (text.isEmpty())
        return QDateTime();
    // "YYYY-MM-DD HH:MM:SS" without a zone, as observed. Read by position: a poll
    // of a thousand invoices reads two thousand of these.
    if (text.size() == 19 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char(' ')) {
        const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
        const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2));
        if (!date.isValid() || !time.isValid())
            return QDateTime();
        return zone == QTimeZone::utc() ? QDateTime(date, time, Qt::UTC) : QDateTime(date, time, zone).toUTC();
    }
    // ISO 8601 with a zone, should the gateway ever send one.
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    return iso.isValid() ? iso.toUTC() : QDateTime();
}
}

RemoteInvoice RemoteInvoiceParser::parseOne(const QJsonObject &o, const QTimeZone &zone)
{
    using namespace WireFields;
    RemoteInvoice invoice;
    invoice.raw = o;
    invoice.orderId = scalarText(o.value(OrderId));
    const QJsonValue status = o.value(Status);
    // 1 or "1" as observed; 1.0 or true should the gateway ever write those
    // (numbers arrive as their text, see ExactJson).
    const QString statusText = scalarText(status);
    invoice.paid = statusText == QLatin1String("1") || status == QJsonValue(true)
            || Amount::fromJsonNumber(statusText) == Amount::fromDecimal(1, 0);
    invoice.price = amountOf(o.value(PriceAmount)).value_or(Amount());
    invoice.priceCurrency = scalarText(o.value(PriceCurrency));
    invoice.amount = amountOf(o.value(QLatin1String("amount")));
    invoice.amountCurrency = scalarText(o.value(QLatin1String("amount_currency")));
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
