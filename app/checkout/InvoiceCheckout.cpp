#include "checkout/InvoiceCheckout.h"

#include "checkout/PendingWrites.h"
#include "gateway/GatewayCall.h"
#include "gateway/GatewayClient.h"
#include "gateway/PaymentRule.h"
#include "gateway/RemoteInvoice.h"
#include "gateway/WhiteLabel.h"
#include "gateway/WireFields.h"
#include "invoice/CoinCatalogue.h"
#include "invoice/InvoiceValidator.h"
#include "invoice/OrderIdGenerator.h"
#include "store/InvoiceStore.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

InvoiceCheckout::InvoiceCheckout(InvoiceStore *store, GatewayClient *client,
                                 const InvoiceValidator *validator, const OrderIdGenerator *orderIds,
                                 const CoinCatalogue *coins, PendingWrites *writes, QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_validator(validator), m_orderIds(orderIds),
      m_coins(*coins), m_writes(writes)
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
    const bool typed = !fields.orderId.isEmpty();
    if (!typed)
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
    return start(id, fields, typed, false);
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
    // A failed invoice is one the gateway holds nothing under, so staff may give
    // it another order number (the one they typed was in use, say).
    fields.orderId = fields.orderId.trimmed();
    const bool renumbered = !fields.orderId.isEmpty() && fields.orderId != existing->fields.orderId;
    if (!renumbered)
        fields.orderId = existing->fields.orderId;
    submission.issues = m_validator->validate(fields);
    if (!submission.issues.isEmpty())
        return submission;
    if (renumbered && m_store->isOrderIdTaken(fields.orderId)) {
        submission.issues.append({InvoiceField::OrderId,
                                  tr("This order number is already used by another invoice.")});
        return submission;
    }
    if (!m_store->resend(invoiceId, fields, m_client->endpoint().name())) {
        submission.problem = m_store->lastError();
        return submission;
    }
    // Always asked first: a send that was thought lost may have reached the
    // gateway after all (then this is that invoice, not a new one to make).
    return start(invoiceId, fields, true, true);
}

InvoiceCheckout::Submission InvoiceCheckout::start(qint64 invoiceId, const InvoiceFields &fields, bool checkFirst,
                                                  bool resending)
{
    m_sendingId = invoiceId;
    m_sendingWhiteLabel = fields.whiteLabel;
    // What is known of it, should the history fail to be read back later.
    m_sending = m_store->find(invoiceId).value_or(InvoiceRecord());
    m_sending.id = invoiceId;
    m_sending.fields = fields;
    m_sending.state = InvoiceState::Sending;
    m_sending.gateway = m_client->endpoint().name();
    if (!m_sending.createdAt.isValid())
        m_sending.createdAt = QDateTime::currentDateTimeUtc();
    if (checkFirst)
        checkOrderId(invoiceId, fields, resending);
    else
        send(invoiceId, fields);
    emit busyChanged(true);
    Submission submission;
    submission.accepted = true;
    submission.invoiceId = invoiceId;
    submission.orderId = fields.orderId;
    return submission;
}

void InvoiceCheckout::checkOrderId(qint64 invoiceId, const InvoiceFields &fields, bool resending)
{
    FormBody query;
    query.add(WireFields::OrderId, fields.orderId);
    m_call = m_client->post(GatewayCommands::GetInvoices, query);
    connect(m_call, &GatewayCall::finished, this, [this, invoiceId, fields, resending](const GatewayResult &result) {
        m_call.clear();
        const RemoteInvoiceList list = result.isSuccess() ? RemoteInvoiceParser::parse(result.payload, QTimeZone::utc())
                                                          : RemoteInvoiceList{{}, result.cashierText()};
        if (result.outcome == GatewayResult::Outcome::Success && list.error.isEmpty() && resending) {
            // The gateway already has this very sale (same order number, price
            // and currency): an earlier send reached it. Take that invoice.
            const PaymentRule::Match match = PaymentRule::match(m_sending, list.invoices);
            if (match.remote) {
                adopt(PaymentRule::statusOf(m_sending, *match.remote, QDateTime::currentDateTimeUtc(), result.serverTime),
                      result.body);
                return;
            }
        }
        if (result.outcome == GatewayResult::Outcome::Success && list.error.isEmpty()) {
            const bool taken = std::any_of(list.invoices.cbegin(), list.invoices.cend(),
                                           [&fields](const RemoteInvoice &r) { return r.orderId == fields.orderId; });
            if (!taken) {
                send(invoiceId, fields);
                return;
            }
            notCreated(invoiceId, GatewayResult::transportFailure(GatewayResult::Failure::OrderNumberTaken, fields.orderId,
                                                                  result.httpStatus, result.body),
                       false);
            return;
        }
        // Only a question was asked, and no invoice sent: nothing to settle later.
        GatewayResult failure = result;
        if (result.isSuccess()) {
            failure.outcome = GatewayResult::Outcome::Transport;
            failure.failure = GatewayResult::Failure::NotJson;
        }
        failure.messages.prepend(tr("The order number could not be checked at the gateway, so the invoice was not sent."));
        notCreated(invoiceId, failure, false);
    });
}

void InvoiceCheckout::send(qint64 invoiceId, const InvoiceFields &fields)
{
    m_call = m_client->createInvoice(fields);
    connect(m_call, &GatewayCall::finished, this, [this, invoiceId](const GatewayResult &result) {
        onFinished(invoiceId, result);
    });
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

void InvoiceCheckout::opened(const InvoiceRecord &sent, const QString &paymentUrl, const QByteArray &body,
                             const QString &coinOffers, const QString &problem)
{
    // What the gateway said is shown at once, from memory; the history gets it
    // as soon as the disk takes it (PendingWrites warns until then).
    InvoiceRecord record = sent;
    record.state = InvoiceState::Open;
    record.paymentUrl = paymentUrl;
    record.coinOffers = coinOffers;
    record.failureText = problem;
    record.gatewayMessages.clear();
    const qint64 id = sent.id;
    m_writes->add([store = m_store, id, paymentUrl, body, coinOffers, problem] {
        return store->markOpen(id, paymentUrl, body, coinOffers, problem);
    });
    emit busyChanged(false);
    emit invoiceOpened(m_writes->waiting() ? record : m_store->find(id).value_or(record));
}

void InvoiceCheckout::onFinished(qint64 invoiceId, const GatewayResult &result)
{
    m_call.clear();
    GatewayResult outcome = result;
    if (result.isSuccess()) {
        const InvoiceRecord sent = m_store->find(invoiceId).value_or(m_sending);
        if (m_sendingWhiteLabel) {
            const CoinOfferList list = WhiteLabel::parseOffers(result.payload, m_coins);
            opened(sent, QString(), result.body,
                   QString::fromUtf8(QJsonDocument(WhiteLabel::toJson(list.offers)).toJson(QJsonDocument::Compact)),
                   list.error);
            m_sendingId = -1;
            return;
        }
        const QString url = paymentUrlFrom(result);
        if (!url.isEmpty()) {
            opened(sent, url, result.body, QString(), QString());
            m_sendingId = -1;
            return;
        }
        // The gateway says it made the invoice but its address cannot be read.
        outcome = GatewayResult::transportFailure(GatewayResult::Failure::NotJson,
                                                  result.payload.toString(), result.httpStatus, result.body);
    }
    notCreated(invoiceId, outcome, outcome.mayHaveReachedGateway() && outcome.outcome == GatewayResult::Outcome::Transport);
}

void InvoiceCheckout::adopt(const PaymentStatus &status, const QByteArray &body)
{
    const qint64 id = m_sending.id;
    InvoiceRecord record = m_store->find(id).value_or(m_sending);
    record.state = status.state;
    record.expiresAt = status.expiresAt;
    record.paidAmount = status.paidAmount;
    record.paidCurrency = status.paidCurrency;
    record.expiryConfirmed = status.expiryConfirmed;
    record.failureText.clear();
    m_writes->add([store = m_store, id, status, body] { return store->reconcileAsOpen(id, status, body); });
    m_sendingId = -1;
    emit busyChanged(false);
    emit invoiceOpened(m_writes->waiting() ? record : m_store->find(id).value_or(record));
}

void InvoiceCheckout::notCreated(qint64 invoiceId, const GatewayResult &result, bool unconfirmed)
{
    m_call.clear();
    m_sendingId = -1;
    InvoiceRecord record = m_store->find(invoiceId).value_or(m_sending);
    record.state = unconfirmed ? InvoiceState::Unknown : InvoiceState::Failed;
    record.failureText = result.cashierText();
    record.gatewayMessages = unconfirmed ? QStringList() : result.messages;
    const QString text = record.failureText;
    const QStringList messages = record.gatewayMessages;
    const QByteArray body = result.body;
    m_writes->add([store = m_store, invoiceId, unconfirmed, text, messages, body] {
        return unconfirmed ? store->markUnknown(invoiceId, text, body)
                           : store->markFailed(invoiceId, text, messages, body);
    });
    emit busyChanged(false);
    emit invoiceNotCreated(m_writes->waiting() ? record : m_store->find(invoiceId).value_or(record), result);
}
