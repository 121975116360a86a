#include "store/InvoiceRow.h"

#include "store/InvoiceSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

QString InvoiceRow::utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime InvoiceRow::fromUtcText(const QString &text)
{
    // utcText() writes "yyyy-MM-ddTHH:mm:ss.zzzZ": read it by position (the
    // poller and the exports read thousands), anything else through the general
    // ISO reader.
    if (text.size() == 24 && text.at(10) == QLatin1Char('T') && text.at(23) == QLatin1Char('Z')) {
        const auto n = [&text](int from, int count) { return QStringView(text).mid(from, count).toInt(); };
        const QDateTime time(QDate(n(0, 4), n(5, 2), n(8, 2)), QTime(n(11, 2), n(14, 2), n(17, 2), n(20, 3)), Qt::UTC);
        if (time.isValid())
            return time;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString InvoiceRow::jsonList(const QStringList &list)
{
    if (list.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList InvoiceRow::listFromJson(const QString &text)
{
    QStringList result;
    if (text.isEmpty())
        return result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        result << value.toString();
    return result;
}

InvoiceRowReader::InvoiceRowReader(const QSqlRecord &columns)
{
    namespace C = InvoiceSchema::Col;
    // In the order of Field.
    const QLatin1String names[FieldCount] = {
        C::Id, C::OrderId, C::PriceAmount, C::PriceCurrency, C::Email, C::Title, C::Description, C::Test, C::AddFee, C::Margin,
        C::ExpiryHours, C::Template, C::SuccessUrl, C::CancelUrl, C::CallbackUrl, C::MerchantId, C::CustomerId, C::BannedCoins,
        C::WhiteLabel, C::State, C::CreatedAt, C::UpdatedAt, C::PaymentUrl, C::FailureText, C::GatewayMessages, C::ExpiresAt,
        C::PaidAmount, C::PaidCurrency, C::Gateway, C::CoinOffers, C::Coin, C::Network, C::CoinAddress, C::CoinAmount,
        C::ExpiryConfirmed, C::Sender};
    for (int field = 0; field < FieldCount; ++field)
        m_index[field] = columns.indexOf(names[field]);
}

InvoiceRecord InvoiceRowReader::read(const QSqlQuery &q) const
{
    using InvoiceRow::fromUtcText;
    auto text = [&](Field field) { return m_index[field] < 0 ? QString() : q.value(m_index[field]).toString(); };
    auto number = [&](Field field) { return m_index[field] < 0 ? 0 : q.value(m_index[field]).toInt(); };
    InvoiceRecord record;
    record.id = q.value(m_index[Id]).toLongLong();
    InvoiceFields &f = record.fields;
    f.orderId = text(OrderId);
    f.price = Amount::fromCanonical(text(PriceAmount)).value_or(Amount());
    f.currency = text(PriceCurrency);
    f.email = text(Email);
    f.title = text(Title);
    f.description = text(Description);
    f.test = number(Test) != 0;
    f.addFeeToPrice = number(AddFee) != 0;
    f.margin = Amount::fromCanonical(text(Margin));
    f.expiryHours = number(ExpiryHours);
    f.pageTemplate = text(Template);
    f.successUrl = text(SuccessUrl);
    f.cancelUrl = text(CancelUrl);
    f.callbackUrl = text(CallbackUrl);
    f.merchantId = text(MerchantId);
    f.customerId = text(CustomerId);
    f.bannedCoins = InvoiceRow::listFromJson(text(BannedCoins));
    f.whiteLabel = number(WhiteLabel) != 0;
    record.state = InvoiceStates::fromStorageName(text(State)).value_or(InvoiceState::Unknown);
    record.createdAt = fromUtcText(text(CreatedAt));
    record.updatedAt = fromUtcText(text(UpdatedAt));
    record.paymentUrl = text(PaymentUrl);
    record.failureText = text(FailureText);
    record.gatewayMessages = InvoiceRow::listFromJson(text(GatewayMessages));
    const QString expires = text(ExpiresAt);
    record.expiresAt = expires.isEmpty() ? QDateTime() : fromUtcText(expires);
    record.paidAmount = Amount::fromCanonical(text(PaidAmount));
    record.paidCurrency = text(PaidCurrency);
    record.gateway = text(Gateway);
    record.coinOffers = text(CoinOffers);
    record.coin = text(Coin);
    record.network = text(Network);
    record.coinAddress = text(CoinAddress);
    record.coinAmount = Amount::fromCanonical(text(CoinAmount));
    record.expiryConfirmed = number(ExpiryConfirmed) != 0;
    record.sender = text(Sender);
    return record;
}
