#include "checkout/CoinChooser.h"

#include "checkout/PendingWrites.h"
#include "gateway/GatewayCall.h"
#include "gateway/GatewayClient.h"
#include "store/InvoiceStore.h"

CoinChooser::CoinChooser(InvoiceStore *store, GatewayClient *client, PendingWrites *writes, QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_writes(writes)
{
}

bool CoinChooser::isBusy() const
{
    return !m_call.isNull();
}

QString CoinChooser::choose(qint64 invoiceId, const CoinOffer &offer)
{
    if (isBusy())
        return tr("The address of a coin is already being asked for.");
    const auto record = m_store->find(invoiceId);
    if (!record)
        return tr("That invoice is no longer in the history.");
    // Once anything came in, it came in that coin: no changing it then.
    if (record->state != InvoiceState::Open || (record->paidAmount && !record->paidAmount->isZero()))
        return tr("A coin can be chosen only until something is paid.");
    m_call = m_client->getAddress(record->fields.email, offer.coin, offer.network, offer.invoiceId);
    connect(m_call, &GatewayCall::finished, this, [this, invoiceId, offer](const GatewayResult &result) {
        m_call.clear(); // answered: another coin may be asked for at once
        const CoinAddress address = WhiteLabel::parseAddress(result);
        const InvoiceRecord before = m_store->find(invoiceId).value_or(InvoiceRecord());
        if (!address.error.isEmpty()) {
            emit addressFailed(before, address.error, address.gatewayMessages);
            return;
        }
        // Shown at once; stored as soon as the disk takes it (see PendingWrites).
        InvoiceRecord chosen = before;
        chosen.coin = offer.coin;
        chosen.network = offer.network;
        chosen.coinAddress = address.address;
        chosen.coinAmount = address.amount;
        m_writes->add([store = m_store, invoiceId, offer, address, body = result.body] {
            return store->recordCoinChoice(invoiceId, offer.coin, offer.network, address.address, address.amount, body);
        });
        emit addressReady(m_writes->waiting() ? chosen : m_store->find(invoiceId).value_or(chosen));
    });
    return QString();
}
