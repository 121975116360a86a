#include "checkout/InvoiceCheckout.h"

#include "gateway/GatewayCall.h"
#include "gateway/GatewayClient.h"
#include "gateway/WhiteLabel.h"
#include "invoice/CoinCatalogue.h"
#include "invoice/InvoiceValidator.h"
#include "invoice/OrderIdGenerator.h"
#include "store/InvoiceStore.h"

#include <QJsonDocument>
#include <QUrl>

InvoiceCheckout::InvoiceCheckout(InvoiceStore *store, GatewayClient *client,
                                 const InvoiceValidator *validator, const OrderIdGenerator *orderIds,
                                 const CoinCatalogue *coins, QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_validator(validator), m_orderIds(orderIds),
      m_coins(*coins)
{
}

InvoiceCheckout::Submission InvoiceCheckout::submit(InvoiceFields fields)
{
    Submission submission;
    if (isBusy()) {
        submission.problem = tr("An invoice is already being sent. Wait for it or cancel it.");
        return submission;
    }
    fields.orderId = fields.orderId.trimmed();
    if (fields.orderId.isEmpty())
        fields.orderId = m_orderIds->next();
    submission.issues = m_validator->validate(fields);
    if (!submission.issues.isEmpty())
        return submission;
    if (m_store->isOrderIdTaken(fields.orderId)) {
        submission.issues.append({InvoiceField::OrderId,
                                  tr("This order number is already used by another invoice.")});
        return submission;
    }
    // Stored before it is sent: whatever happens next, nothing typed is lost.
    const qint64 id = m_store->createSending(fields, m_client->endpoint().name());
    if (id < 0) {
        submission.problem = m_store->lastError();
        return submission;
    }
    return send(id, fields);
}

InvoiceCheckout::Submission InvoiceCheckout::resend(qint64 invoiceId, InvoiceFields fields)
{
    Submission submission;
    if (isBusy()) {
        submission.problem = tr("An invoice is already being sent. Wait for it or cancel it.");
        return submission;
    }
    const auto existing = m_store->find(invoiceId);
    if (!existing) {
        submission.problem = tr("That invoice is no longer in the history.");
        return submission;
    }
    // The order id stays: the gateway said no to it, so it holds no invoice under it.
    fields.orderId = existing->fields.orderId;
    submission.issues = m_validator->validate(fields);
    if (!submission.issues.isEmpty())
        return submission;
    if (!m_store->resend(invoiceId, fields, m_client->endpoint().name())) {
        submission.problem = m_store->lastError();
        return submission;
    }
    return send(invoiceId, fields);
}

InvoiceCheckout::Submission InvoiceCheckout::send(qint64 invoiceId, const InvoiceFields &fields)
{
    m_sendingId = invoiceId;
    m_sendingWhiteLabel = fields.whiteLabel;
    m_call = m_client->createInvoice(fields);
    connect(m_call, &GatewayCall::finished, this, [this, invoiceId](const GatewayResult &result) {
        onFinished(invoiceId, result);
    });
    emit busyChanged(true);
    Submission submission;
    submission.accepted = true;
    submission.invoiceId = invoiceId;
    submission.orderId = fields.orderId;
    return submission;
}

void InvoiceCheckout::cancel()
{
    if (m_call)
        m_call->cancel();
}

namespace {
// The payment page address from a success payload, or empty when it is not one.
QString paymentUrlFrom(const GatewayResult &result)
{
    const QUrl url(result.payload.toString().trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return QString();
    return url.toString();
}
}

void InvoiceCheckout::onFinished(qint64 invoiceId, const GatewayResult &result)
{
    m_call.clear();
    m_sendingId = -1;
    GatewayResult outcome = result;
    if (result.isSuccess()) {
        const QString url = paymentUrlFrom(result);
        if (m_sendingWhiteLabel) {
            const CoinOfferList list = WhiteLabel::parseOffers(result.payload, m_coins);
            m_store->markOpen(invoiceId, QString(), result.body,
                              QString::fromUtf8(QJsonDocument(WhiteLabel::toJson(list.offers)).toJson(QJsonDocument::Compact)),
                              list.error);
            emit busyChanged(false);
            emit invoiceOpened(m_store->find(invoiceId).value_or(InvoiceRecord()));
            return;
        }
        if (!url.isEmpty()) {
            m_store->markOpen(invoiceId, url, result.body);
            emit busyChanged(false);
            emit invoiceOpened(m_store->find(invoiceId).value_or(InvoiceRecord()));
            return;
        }
        // The gateway says it made the invoice but its address cannot be read.
        outcome = GatewayResult::transportFailure(GatewayResult::Failure::NotJson,
                                                  result.payload.toString(), result.httpStatus, result.body);
    }
    if (outcome.mayHaveReachedGateway() && outcome.outcome == GatewayResult::Outcome::Transport)
        m_store->markUnknown(invoiceId, outcome.cashierText(), outcome.body);
    else
        m_store->markFailed(invoiceId, outcome.cashierText(), outcome.messages, outcome.body);
    emit busyChanged(false);
    emit invoiceNotCreated(m_store->find(invoiceId).value_or(InvoiceRecord()), outcome);
}
