#pragma once

#include "gateway/FormBody.h"
#include "gateway/GatewayEndpoint.h"
#include "invoice/InvoiceFields.h"

#include <QObject>

class GatewayCall;
class QNetworkAccessManager;

// Speaks the gateway's protocol: every call is a form POST to <base><command>
// carrying both keys. It never turns TLS verification off.
class GatewayClient : public QObject
{
    Q_OBJECT

public:
    GatewayClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setEndpoint(const GatewayEndpoint &endpoint) { m_endpoint = endpoint; }
    const GatewayEndpoint &endpoint() const { return m_endpoint; }

    GatewayCall *createInvoice(const InvoiceFields &fields);
    // White label: where the customer pays in the chosen coin.
    GatewayCall *getAddress(const QString &email, const QString &coin, const QString &network,
                            const QString &invoiceId);
    GatewayCall *post(const QString &command, const FormBody &fields);

    // The exact bytes a call would send; tests read the wire form through it.
    QByteArray bodyFor(const FormBody &fields) const;

private:
    QNetworkAccessManager *m_network;
    GatewayEndpoint m_endpoint;
};
