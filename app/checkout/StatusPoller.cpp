#include "checkout/StatusPoller.h"

#include "gateway/FormBody.h"
#include "gateway/GatewayCall.h"
#include "gateway/GatewayClient.h"
#include "gateway/PaymentRule.h"
#include "gateway/RemoteInvoice.h"
#include "gateway/WireFields.h"
#include "store/InvoiceStore.h"

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
    m_backgroundMs = std::max(500, backgroundMs);
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

// The same rule as InvoiceStore::followKeys(), for one invoice at hand.
bool StatusPoller::isWatched(const InvoiceRecord &r) const
{
    if (r.gateway != m_client->endpoint().name())
        return false; // the account now in use does not know it
    switch (r.state) {
    case InvoiceState::Open:
    case InvoiceState::Underpaid:
    case InvoiceState::PaymentSeen:
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
    const auto due = m_store->openPastExpiry(now);
    if (!due) {
        emit problem(m_store->lastError());
        return;
    }
    for (const InvoiceRecord &record : *due) {
        PaymentStatus status = record.paymentStatus();
        status.state = InvoiceState::Expired; // provisional: expiryConfirmed stays false
        // No answer caused this change: keep a note of what did instead.
        const QByteArray note = QJsonDocument(QJsonObject{
                {QStringLiteral("source"), QStringLiteral("console")},
                {QStringLiteral("reason"), QStringLiteral("expiration_date passed on the till's clock")},
                {QStringLiteral("order_id"), record.fields.orderId},
                {QStringLiteral("expiration_date"), record.expiresAt.toString(Qt::ISODate)}}).toJson(QJsonDocument::Compact);
        if (m_store->recordPayment(record.id, status, note)) {
            emit paymentChanged(m_store->find(record.id).value_or(record), record.state);
            m_schedule.askSoon(record.id);
            if (record.id == m_focusId && m_running)
                m_focusTimer.start(0);
        }
    }
}

void StatusPoller::pollFocus()
{
    expireDue();
    if (m_running)
        m_focusTimer.start(m_failures ? std::min(MaxBackoffMs, m_focusMs << std::min(m_failures, 5)) : m_focusMs);
    if (m_focusId < 0 || m_inFlight.contains(m_focusId))
        return;
    const auto record = m_store->find(m_focusId);
    if (record && isWatched(*record))
        ask(*record, Purpose::Focus);
}

void StatusPoller::pollBackground()
{
    if (m_running)
        m_backgroundTimer.start(m_failures ? std::min(MaxBackoffMs, m_backgroundMs << std::min(m_failures, 5)) : m_backgroundMs);
    const int room = MaxBackgroundPerCycle - int(m_inFlight.size() - (m_inFlight.contains(m_focusId) ? 1 : 0));
    if (room <= 0)
        return;
    const auto keys = m_store->followKeys(m_client->endpoint().name(), graceCutoff());
    if (!keys) {
        emit problem(m_store->lastError());
        return;
    }
    QList<PollSchedule::Entry> open;
    open.reserve(keys->size());
    for (const InvoiceStore::FollowKey &key : *keys)
        open.append({key.id, key.createdAt});
    m_schedule.keepOnly(open);
    QSet<qint64> skip{m_focusId};
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        skip.insert(it.key());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 id : m_schedule.due(open, now, room, skip)) {
        if (const auto record = m_store->find(id))
            ask(*record, Purpose::Background);
    }
}

void StatusPoller::checkNow(qint64 invoiceId)
{
    const auto record = m_store->find(invoiceId);
    if (!record) {
        emit checked(invoiceId, tr("That invoice is no longer in the history."));
        return;
    }
    if (record->gateway != m_client->endpoint().name()) {
        emit checked(invoiceId, tr("This invoice was made with another gateway account; only that account can say how it stands."));
        return;
    }
    switch (record->state) {
    case InvoiceState::Sending:
    case InvoiceState::Unknown:
    case InvoiceState::Failed:
        emit checked(invoiceId, tr("The gateway has not confirmed this invoice yet. Check unconfirmed invoices first."));
        return;
    default:
        break;
    }
    ask(*record, Purpose::Check);
}

void StatusPoller::ask(const InvoiceRecord &record, Purpose purpose)
{
    FormBody fields;
    fields.add(WireFields::OrderId, record.fields.orderId);
    GatewayCall *call = m_client->post(GatewayCommands::GetInvoices, fields);
    ++m_requestsThisCycle;
    m_schedule.asked(record.id, QDateTime::currentDateTimeUtc());
    m_inFlight.insert(record.id, call);
    const qint64 id = record.id;
    connect(call, &GatewayCall::finished, this, [this, id, purpose](const GatewayResult &result) {
        m_inFlight.remove(id);
        onAnswer(id, purpose, result);
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

void StatusPoller::onAnswer(qint64 invoiceId, Purpose purpose, const GatewayResult &result)
{
    RemoteInvoiceList list;
    if (result.isSuccess())
        list = RemoteInvoiceParser::parse(result.payload, m_zone);
    if (!result.isSuccess() || !list.error.isEmpty()) {
        GatewayResult failure = result;
        if (result.isSuccess()) {
            failure.outcome = GatewayResult::Outcome::Transport;
            failure.failure = GatewayResult::Failure::NotJson;
        }
        backOff(failure);
        if (purpose == Purpose::Check)
            emit checked(invoiceId, failure.cashierText());
        return;
    }
    if (m_failures) {
        m_failures = 0;
        emit problem(QString());
    }
    const auto record = m_store->find(invoiceId);
    QString problemText;
    // Only what is still followed (or asked for by name) takes the answer: the
    // state may have moved on while the question was on its way.
    if (record && (purpose == Purpose::Check || isWatched(*record)))
        problemText = apply(*record, list, result);
    if (purpose == Purpose::Check)
        emit checked(invoiceId, problemText);
}

QString StatusPoller::apply(const InvoiceRecord &record, const RemoteInvoiceList &list, const GatewayResult &result)
{
    const PaymentRule::Match match = PaymentRule::match(record, list.invoices);
    PaymentStatus status;
    if (!match.conflict.isEmpty()) {
        status = PaymentRule::conflictOf(record, match.conflict);
    } else if (match.remote) {
        status = PaymentRule::statusOf(record, *match.remote, QDateTime::currentDateTimeUtc(), result.serverTime);
    } else {
        return tr("The gateway has no invoice with order number %1.").arg(record.fields.orderId);
    }
    if (status == record.paymentStatus())
        return QString();
    // The answer as it came, byte for byte, is what explains the change later.
    if (!m_store->recordPayment(record.id, status, result.body))
        return m_store->lastError(); // asked again next time: the change is not lost
    emit paymentChanged(m_store->find(record.id).value_or(record), record.state);
    return QString();
}
