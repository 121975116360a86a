#include "gateway/GatewayClient.h"

#include "gateway/CreateInvoiceRequest.h"
#include "gateway/GatewayCall.h"
#include "gateway/OneShotBody.h"
#include "gateway/WireFields.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

GatewayClient::GatewayClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

GatewayCall *GatewayClient::createInvoice(const InvoiceFields &fields)
{
    return post(GatewayCommands::CreateInvoice, CreateInvoiceRequest::form(fields));
}

GatewayCall *GatewayClient::getAddress(const QString &email, const QString &coin, const QString &network,
                                       const QString &invoiceId)
{
    FormBody fields;
    fields.add(WireFields::Email, email);
    fields.add(WireFields::Coin, coin);
    fields.add(WireFields::Network, network);
    fields.add(WireFields::InvoiceId, invoiceId);
    return post(GatewayCommands::GetAddress, fields);
}

QByteArray GatewayClient::bodyFor(const FormBody &fields) const
{
    FormBody body;
    body.add(WireFields::PublicKey, m_endpoint.publicKey);
    body.add(WireFields::PrivateKey, m_endpoint.privateKey);
    for (const FormBody::Field &field : fields.fields())
        body.add(field.first, field.second);
    return body.encoded();
}

GatewayCall *GatewayClient::post(const QString &command, const FormBody &fields)
{
    const QString refusal = GatewayEndpoint::whyNotAllowed(m_endpoint.base);
    if (!refusal.isEmpty()) {
        return GatewayCall::failed(
                GatewayResult::transportFailure(GatewayResult::Failure::InsecureAddress, refusal), this);
    }
    QNetworkRequest request(m_endpoint.commandUrl(command));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // A redirect comes after the server has read the whole POST: following it
    // would send the request a second time (and the private key to wherever it
    // points). The answer is taken as it is, and the invoice settled by asking.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Streamed from a body that cannot be rewound, so Qt never sends it twice.
    const QByteArray bytes = bodyFor(fields);
    request.setHeader(QNetworkRequest::ContentLengthHeader, bytes.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotBody(bytes);
    QNetworkReply *reply = m_network->post(request, body);
    body->setParent(reply);
    auto *call = new GatewayCall(reply, m_endpoint.timeoutMs, this);
    call->setSecret(m_endpoint.privateKey);
    return call;
}
