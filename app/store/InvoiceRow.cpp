#include "store/InvoiceRow.h"

#include "invoice/InvoiceFieldTable.h"
#include "store/InvoiceSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

void InvoiceRow::writeUtc(char *out, qint64 ms)
{
    // Days and the time of day, rounding down for times before 1970.
    const qint64 dayMs = 24LL * 3600 * 1000;
    qint64 days = ms / dayMs;
    qint64 ofDay = ms % dayMs;
    if (ofDay < 0) {
        ofDay += dayMs;
        --days;
    }
    // The civil date of a day counted from 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 ofEra = days - era * 146097;
    const qint64 yearOfEra = (ofEra - ofEra / 1460 + ofEra / 36524 - ofEra / 146096) / 365;
    const qint64 dayOfYear = ofEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * shifted + 2) / 5 + 1;
    const qint64 month = shifted < 10 ? shifted + 3 : shifted - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    const auto put = [out](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    out[4] = '-';
    put(5, month, 2);
    out[7] = '-';
    put(8, day, 2);
    out[10] = 'T';
    put(11, ofDay / 3600000, 2);
    out[13] = ':';
    put(14, ofDay / 60000 % 60, 2);
    out[16] = ':';
    put(17, ofDay / 1000 % 60, 2);
    out[19] = '.';
    put(20, ofDay % 1000, 3);
    out[23] = 'Z';
}

QString InvoiceRow::utcText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    char text[24];
    writeUtc(text, time.toMSecsSinceEpoch());
    return QString::fromLatin1(text, 24);
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
        C::Id, C::State, C::CreatedAt, C::UpdatedAt, C::PaymentUrl, C::FailureText, C::GatewayMessages, C::ExpiresAt,
        C::PaidAmount, C::PaidCurrency, C::Gateway, C::CoinOffers, C::Coin, C::Network, C::CoinAddress, C::CoinAmount,
        C::ExpiryConfirmed, C::Sender, C::Till};
    for (int field = 0; field < FieldCount; ++field)
        m_index[field] = columns.indexOf(names[field]);
    for (const InvoiceFieldTable::FieldSpec &spec : InvoiceFieldTable::fields())
        m_fieldIndex.push_back(columns.indexOf(spec.column));
}

namespace {
// How each kind of field is read from its column (see fieldColumns() in
// InvoiceStore.cpp for the writing). A column the query did not select, or a
// NULL, reads as empty, none, 0 or off.
void fromColumn(QString &text, const QVariant &value)
{
    text = value.toString();
}

void fromColumn(Amount &amount, const QVariant &value)
{
    amount = Amount::fromCanonical(value.toString()).value_or(Amount());
}

void fromColumn(std::optional<Amount> &amount, const QVariant &value)
{
    amount = Amount::fromCanonical(value.toString());
}

void fromColumn(bool &on, const QVariant &value)
{
    on = value.toInt() != 0;
}

void fromColumn(int &number, const QVariant &value)
{
    number = value.toInt();
}

void fromColumn(QStringList &list, const QVariant &value)
{
    list = InvoiceRow::listFromJson(value.toString());
}
} // namespace

InvoiceRecord InvoiceRowReader::read(const QSqlQuery &q) const
{
    using InvoiceRow::fromUtcText;
    auto text = [&](Field field) { return m_index[field] < 0 ? QString() : q.value(m_index[field]).toString(); };
    auto number = [&](Field field) { return m_index[field] < 0 ? 0 : q.value(m_index[field]).toInt(); };
    InvoiceRecord record;
    record.id = q.value(m_index[Id]).toLongLong();
    const std::vector<InvoiceFieldTable::FieldSpec> &table = InvoiceFieldTable::fields();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const int column = m_fieldIndex[i];
        const QVariant value = column < 0 ? QVariant() : q.value(column);
        InvoiceFieldTable::visit(table[i], record.fields, [&value](auto &field) { fromColumn(field, value); });
    }
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
    record.till = text(Till);
    return record;
}
