#pragma once

#include "gateway/WhiteLabel.h"
#include "store/InvoiceRecord.h"

#include <QObject>
#include <QPointer>

class GatewayCall;
class GatewayClient;
class InvoiceStore;
class PendingWrites;

// White label: the customer picks a coin, and the console asks the gateway where
// and how much to pay in it (get_address). Another coin may be chosen until the
// invoice is paid.
class CoinChooser : public QObject
{
    Q_OBJECT

public:
    CoinChooser(InvoiceStore *store, GatewayClient *client, PendingWrites *writes, QObject *parent = nullptr);

    // Returns why the choice cannot be made now, or an empty string.
    QString choose(qint64 invoiceId, const CoinOffer &offer);
    bool isBusy() const;

signals:
    void addressReady(const InvoiceRecord &record);
    void addressFailed(const InvoiceRecord &record, const QString &text, const QStringList &gatewayMessages);

private:
    InvoiceStore *m_store;
    GatewayClient *m_client;
    PendingWrites *m_writes;
    QPointer<GatewayCall> m_call;
};
