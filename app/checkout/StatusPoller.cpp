#include "checkout/StatusPoller.h"

#include "gateway/FormBody.h"
#include "gateway/GatewayCall.h"
#include "gateway/GatewayClient.h"
#include "gateway/PaymentRule.h"
#include "gateway/RemoteInvoice.h"
#include "gateway/WireFields.h"
#include "store/InvoiceStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

StatusPoller::StatusPoller(InvoiceStore *store, GatewayClient *client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{
    m_focusTimer.setSingleShot(true);
    m_backgroundTimer.setSingleShot(true);
    connect(&m_focusTimer, &QTimer::timeout, this, &StatusPoller::pollFocus);
    connect(&m_backgroundTimer, &QTimer::timeout, this, &StatusPoller::pollBackground);
}

void StatusPoller::setIntervals(int focusMs, int backgroundMs)
{
    m_focusMs = std::max(500, focusMs);
    m_backgroundMs = std::max(1000, backgroundMs);
}

void StatusPoller::setFocusInvoice(qint64 invoiceId)
{
    m_focusId = invoiceId;
    if (invoiceId >= 0 && m_running)
        m_focusTimer.start(0); // ask about the new invoice on screen at once
}

void StatusPoller::start()
{
    m_running = true;
    m_focusTimer.start(m_focusMs);
    m_backgroundTimer.start(0);
}

void StatusPoller::stop()
{
    m_running = false;
    m_focusTimer.stop();
    m_backgroundTimer.stop();
}

bool StatusPoller::isAsking() const
{
    return !m_focusCall.isNull() || !m_backgroundCall.isNull();
}

void StatusPoller::pollNow()
{
    m_requestsThisCycle = 0;
    pollFocus();
    pollBackground();
}

QDateTime StatusPoller::graceCutoff() const
{
    return QDateTime::currentDateTimeUtc().addSecs(-DefaultGraceSecs);
}

// The same rule as InvoiceStore::awaitingPayment(), for one invoice at hand.
bool StatusPoller::isWatched(const InvoiceRecord &r) const
{
    if (r.gateway != m_client->endpoint().name())
        return false; // the gateway now in use does not know it
    switch (r.state) {
    case InvoiceState::Open:
    case InvoiceState::Underpaid:
        return true;
    case InvoiceState::Expired:
        // A customer may still pay a little late; keep asking for a while.
        return !r.expiresAt.isValid()
                || r.expiresAt.secsTo(QDateTime::currentDateTimeUtc()) < DefaultGraceSecs;
    default:
        return false;
    }
}

void StatusPoller::expireDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const InvoiceRecord &record : m_store->openPastExpiry(now)) {
        PaymentStatus status = record.paymentStatus();
        status.state = InvoiceState::Expired;
        // No answer caused this change: keep a note of what did instead.
        const QByteArray note = QJsonDocument(QJsonObject{
                {QStringLiteral("source"), QStringLiteral("console")},
                {QStringLiteral("reason"), QStringLiteral("expiration_date passed")},
                {QStringLiteral("order_id"), record.fields.orderId},
                {QStringLiteral("expiration_date"), record.expiresAt.toString(Qt::ISODate)}}).toJson(QJsonDocument::Compact);
        if (m_store->recordPayment(record.id, status, note))
            emit paymentChanged(m_store->find(record.id).value_or(record), record.state);
    }
}

void StatusPoller::pollFocus()
{
    expireDue();
    if (m_running)
        m_focusTimer.start(m_failures ? std::min(MaxBackoffMs, m_focusMs << std::min(m_failures, 5)) : m_focusMs);
    if (m_focusId < 0 || m_focusCall)
        return;
    const auto record = m_store->find(m_focusId);
    if (!record || !isWatched(*record))
        return;
    send(record->fields.orderId, true);
}

void StatusPoller::pollBackground()
{
    if (m_running)
        m_backgroundTimer.start(m_failures ? std::min(MaxBackoffMs, m_backgroundMs << std::min(m_failures, 3)) : m_backgroundMs);
    if (m_backgroundCall)
        return;
    // Two rows tell whether anything besides the invoice on screen awaits money.
    const QList<InvoiceRecord> awaiting = m_store->awaitingPayment(m_client->endpoint().name(), graceCutoff(), 2);
    const bool others = std::any_of(awaiting.cbegin(), awaiting.cend(),
                                    [this](const InvoiceRecord &r) { return r.id != m_focusId; });
    if (others)
        send(QString(), false); // one call answers for every open invoice
}

void StatusPoller::send(const QString &orderId, bool focus)
{
    FormBody fields;
    fields.add(WireFields::OrderId, orderId);
    GatewayCall *call = m_client->post(GatewayCommands::GetInvoices, fields);
    ++m_requestsThisCycle;
    (focus ? m_focusCall : m_backgroundCall) = call;
    connect(call, &GatewayCall::finished, this, [this, focus](const GatewayResult &result) {
        onAnswer(result, focus);
    });
}

void StatusPoller::backOff(const GatewayResult &result)
{
    ++m_failures;
    QString detail = result.messages.isEmpty() ? result.detail : result.messages.join(QStringLiteral("; "));
    QString text = tr("Payment status could not be checked: %1 Trying again in a moment.").arg(result.cashierText());
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    emit problem(text);
}

void StatusPoller::onAnswer(const GatewayResult &result, bool focus)
{
    if (!result.isSuccess()) {
        backOff(result);
        return;
    }
    const RemoteInvoiceList list = RemoteInvoiceParser::parse(result.payload, m_zone);
    if (!list.error.isEmpty()) {
        GatewayResult unreadable = result;
        unreadable.outcome = GatewayResult::Outcome::Transport;
        unreadable.failure = GatewayResult::Failure::NotJson;
        backOff(unreadable);
        return;
    }
    if (m_failures) {
        m_failures = 0;
        emit problem(QString());
    }
    QHash<QString, const RemoteInvoice *> byOrder;
    for (const RemoteInvoice &remote : list.invoices)
        byOrder.insert(remote.orderId, &remote);
    const QList<InvoiceRecord> candidates = focus
            ? QList<InvoiceRecord>{m_store->find(m_focusId).value_or(InvoiceRecord())}
            : m_store->awaitingPayment(m_client->endpoint().name(), graceCutoff());
    for (const InvoiceRecord &record : candidates) {
        // The background list is already what awaits payment; the focus is checked.
        if (record.id < 0 || (focus && !isWatched(record)))
            continue;
        if (const RemoteInvoice *remote = byOrder.value(record.fields.orderId))
            applyTo(record, *remote, QJsonDocument(remote->raw).toJson(QJsonDocument::Compact));
    }
}

void StatusPoller::applyTo(const InvoiceRecord &record, const RemoteInvoice &remote, const QByteArray &raw)
{
    const PaymentStatus status = PaymentRule::statusOf(remote, record.fields.margin, record.state,
                                                       QDateTime::currentDateTimeUtc());
    if (status != record.paymentStatus() && m_store->recordPayment(record.id, status, raw))
        emit paymentChanged(m_store->find(record.id).value_or(record), record.state);
}
