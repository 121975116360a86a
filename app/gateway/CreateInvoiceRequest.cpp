#include "gateway/CreateInvoiceRequest.h"

#include "invoice/InvoiceFieldTable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// How each kind of field is written in the form. An empty value is left out of
// the body (FormBody), as the gateway's own clients do.
QString wireValue(const QString &text)
{
    return text;
}

QString wireValue(const Amount &amount)
{
    return amount.toCanonical();
}

QString wireValue(const std::optional<Amount> &amount)
{
    return amount ? amount->toCanonical() : QString();
}

QString wireValue(bool on)
{
    return on ? QStringLiteral("1") : QString();
}

QString wireValue(int number)
{
    // 0 means "not set" (expiry hours: the gateway's own default): not sent.
    return number > 0 ? QString::number(number) : QString();
}

QString wireValue(const QStringList &list)
{
    // A JSON array inside the form field, as the gateway's clients send it.
    if (list.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
} // namespace

FormBody CreateInvoiceRequest::form(const InvoiceFields &f)
{
    // Every field of the table under its wire name, in the table's order.
    FormBody body;
    for (const InvoiceFieldTable::FieldSpec &spec : InvoiceFieldTable::fields())
        body.add(spec.wireName, InvoiceFieldTable::visit(spec, f, [](const auto &value) { return wireValue(value); }));
    return body;
}
