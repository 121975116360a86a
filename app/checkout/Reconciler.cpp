#include "checkout/Reconciler.h"

#include "gateway/FormBody.h"
#include "gateway/GatewayCall.h"
#include "gateway/GatewayClient.h"
#include "gateway/PaymentRule.h"
#include "gateway/RemoteInvoice.h"
#include "gateway/WireFields.h"
#include "store/InvoiceStore.h"

#include <QJsonDocument>

Reconciler::Reconciler(InvoiceStore *store, GatewayClient *client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{
}

void Reconciler::reconcile(qint64 skipId)
{
    if (m_pending > 0)
        return;
    m_found = m_notFound = m_unknown = 0;
    const QList<InvoiceRecord> unsettled = m_store->inStates({InvoiceState::Sending, InvoiceState::Unknown});
    for (const InvoiceRecord &record : unsettled) {
        if (record.id == skipId)
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
            const RemoteInvoice *match = nullptr;
            for (const RemoteInvoice &remote : list.invoices) {
                if (remote.orderId == record.fields.orderId)
                    match = &remote;
            }
            if (!list.error.isEmpty()) {
                ++m_unknown; // ask again later; nothing is decided on no answer
            } else if (match) {
                const PaymentStatus status = PaymentRule::statusOf(*match, record.fields.margin, InvoiceState::Open,
                                                                   QDateTime::currentDateTimeUtc());
                m_store->reconcileAsOpen(record.id, status, QJsonDocument(match->raw).toJson(QJsonDocument::Compact));
                ++m_found;
            } else {
                m_store->markFailed(record.id, tr("The gateway has no invoice with this order number, so it can be sent again."),
                                    {}, result.body);
                ++m_notFound;
            }
            if (--m_pending == 0)
                emit finished(m_found, m_notFound, m_unknown);
        });
    }
    if (m_pending == 0)
        emit finished(m_found, m_notFound, m_unknown);
}
