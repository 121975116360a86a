#include "checkout/Reconciler.h"

#include "checkout/LiveSenders.h"

#include "gateway/FormBody.h"
#include "gateway/GatewayCall.h"
#include "gateway/GatewayClient.h"
#include "gateway/PaymentRule.h"
#include "gateway/RemoteInvoice.h"
#include "gateway/WireFields.h"
#include "store/InvoiceStore.h"

#include <QJsonDocument>

Reconciler::Reconciler(InvoiceStore *store, GatewayClient *client, const LiveSenders *senders, QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_senders(senders)
{
}

void Reconciler::reconcile(qint64 skipId)
{
    if (m_pending > 0)
        return;
    const auto unsettled = m_store->inStates({InvoiceState::Sending, InvoiceState::Unknown});
    if (!unsettled) {
        emit problem(m_store->lastError());
        emit finished(0, 0, 0, 0);
        return;
    }
    lookUp(*unsettled, skipId);
}

void Reconciler::reconcileOne(qint64 invoiceId)
{
    if (m_pending > 0)
        return;
    const auto record = m_store->find(invoiceId);
    QList<InvoiceRecord> unsettled;
    if (record && (record->state == InvoiceState::Sending || record->state == InvoiceState::Unknown))
        unsettled.append(*record);
    lookUp(unsettled, -1);
}

void Reconciler::lookUp(const QList<InvoiceRecord> &unsettled, qint64 skipId)
{
    m_found = m_notFound = m_unknown = m_conflicts = 0;
    for (const InvoiceRecord &record : unsettled) {
        if (record.id == skipId)
            continue;
        // Another running console (the command line beside the window) may be
        // sending it right now: that console settles its own sends.
        if (record.state == InvoiceState::Sending && record.sender != m_senders->token()
            && m_senders->isRunning(record.sender))
            continue;
        if (record.state == InvoiceState::Sending) {
            // Nobody is sending it now: the program stopped while it was on its way.
            m_store->markUnknown(record.id, tr("The console stopped while this invoice was being sent."), QByteArray());
        }
        // Only the gateway an invoice went to can say it has none: another one
        // (training, or another address) would wrongly invite a second send.
        if (record.gateway != m_client->endpoint().name()) {
            ++m_unknown;
            continue;
        }
        FormBody fields;
        fields.add(WireFields::OrderId, record.fields.orderId);
        GatewayCall *call = m_client->post(GatewayCommands::GetInvoices, fields);
        ++m_pending;
        connect(call, &GatewayCall::finished, this, [this, record](const GatewayResult &result) {
            const RemoteInvoiceList list = result.isSuccess()
                    ? RemoteInvoiceParser::parse(result.payload, m_zone)
                    : RemoteInvoiceList{{}, result.cashierText()};
            const PaymentRule::Match match = PaymentRule::match(record, list.invoices);
            if (!list.error.isEmpty()) {
                ++m_unknown; // ask again later; nothing is decided on no answer
            } else if (!match.conflict.isEmpty()) {
                // The order number is taken at the gateway by another sale: neither
                // this invoice's state nor "send it again" can be assumed.
                m_store->reconcileAsOpen(record.id, PaymentRule::conflictOf(record, match.conflict), result.body);
                ++m_conflicts;
            } else if (match.remote) {
                InvoiceRecord asSent = record;
                asSent.state = InvoiceState::Open;
                m_store->reconcileAsOpen(record.id, PaymentRule::statusOf(asSent, *match.remote, QDateTime::currentDateTimeUtc(),
                                                                          result.serverTime), result.body);
                ++m_found;
            } else {
                m_store->markFailed(record.id, tr("The gateway has no invoice with this order number, so it can be sent again."),
                                    {}, result.body);
                ++m_notFound;
            }
            if (--m_pending == 0)
                emit finished(m_found, m_notFound, m_unknown, m_conflicts);
        });
    }
    if (m_pending == 0)
        emit finished(m_found, m_notFound, m_unknown, m_conflicts);
}
