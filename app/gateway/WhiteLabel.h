#pragma once

#include "invoice/Amount.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

class CoinCatalogue;
struct GatewayResult;

// A coin the gateway offers for a white-label invoice.
struct CoinOffer
{
    QString coin;      // "USDT"
    QString network;   // "TRC20"; equal to coin for a native coin ("BTC")
    QString invoiceId; // the same on every offer of one invoice
    QString name;      // readable, from the catalogue: "USDT on TRON (TRC20)"
};

struct CoinOfferList
{
    QList<CoinOffer> offers;
    QString error; // why the list cannot be used; empty when it can
};

// Where and how much the customer pays in the chosen coin (get_address).
struct CoinAddress
{
    QString address;
    Amount amount;
    QString error;             // the console's sentence when there is no address
    QStringList gatewayMessages;
};

class WhiteLabel
{
    Q_DECLARE_TR_FUNCTIONS(WhiteLabel)

public:
    // The create_invoice payload of a white-label invoice: a string holding a
    // JSON array of {name, network, invoice_id, ...}; other fields are ignored.
    static CoinOfferList parseOffers(const QJsonValue &payload, const CoinCatalogue &catalogue);
    static QJsonArray toJson(const QList<CoinOffer> &offers);
    static QList<CoinOffer> fromJson(const QString &json, const CoinCatalogue &catalogue);

    // get_address answers with "address" and "amount" at the top level of the
    // JSON object (not inside "message"), or status error with a message.
    static CoinAddress parseAddress(const GatewayResult &result);

    // What the QR code carries: the bare address, or for Bitcoin and Litecoin the
    // standard payment URI with the amount, which wallets fill in by themselves.
    static bool hasPaymentUri(const QString &coin);
    static QString paymentUri(const QString &coin, const QString &address, const Amount &amount);
};
