#pragma once

#include "invoice/Amount.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>
#include <optional>

// One invoice as get_invoices reports it. Its exact "status" values are not
// documented; this keeps what is known for sure and the raw object beside it.
struct RemoteInvoice
{
    QString orderId;
    bool paid = false;              // status 1 or "1"
    Amount price;
    QString priceCurrency;
    std::optional<Amount> amount;   // in the coin; null until something is paid
    QString amountCurrency;
    QDateTime createdAt;            // UTC
    QDateTime expiresAt;            // UTC; invalid when not given
    QJsonObject raw;
};

struct RemoteInvoiceList
{
    QList<RemoteInvoice> invoices;
    QString error; // why the payload could not be read; empty when it could
};

// Reads the get_invoices payload: a string that holds a JSON array (or, from a
// more modern gateway, the array itself). Dates come without a zone; they are read
// in `gatewayZone` (a setting) and kept in UTC.
class RemoteInvoiceParser
{
    Q_DECLARE_TR_FUNCTIONS(RemoteInvoiceParser)

public:
    static RemoteInvoiceList parse(const QJsonValue &payload, const QTimeZone &gatewayZone);
    static RemoteInvoice parseOne(const QJsonObject &object, const QTimeZone &gatewayZone);
};
