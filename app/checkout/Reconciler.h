#pragma once

#include "store/InvoiceRecord.h"

#include <QObject>
#include <QTimeZone>

class GatewayClient;
class LiveSenders;
class InvoiceStore;

// Settles invoices whose fate is unknown: left `sending` by a crash or a power
// cut, or `unknown` after a lost answer. Each is looked up at the gateway by order
// id: found, it takes the gateway's state (its payment page address kept if
// known); not found, it becomes `failed` and may be sent again under the same
// order id, since the gateway has confirmed it has none.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    Reconciler(InvoiceStore *store, GatewayClient *client, const LiveSenders *senders, QObject *parent = nullptr);

    void setGatewayZone(const QTimeZone &zone) { m_zone = zone; }
    // Looks up every unsettled invoice but `skipId` (the one being sent now).
    void reconcile(qint64 skipId = -1);
    // Looks up one unsettled invoice now ("Check again" after an unconfirmed
    // send); finished() follows as for a whole round.
    void reconcileOne(qint64 invoiceId);
    bool isRunning() const { return m_pending > 0; }

signals:
    // `conflicts`: the gateway holds another sale under the order number; a
    // manager must look (the invoice's state says so).
    void finished(int found, int notFound, int stillUnknown, int conflicts);
    // The history could not be read: nothing was looked up.
    void problem(const QString &text);

private:
    void lookUp(const QList<InvoiceRecord> &unsettled, qint64 skipId);

    InvoiceStore *m_store;
    GatewayClient *m_client;
    const LiveSenders *m_senders;
    QTimeZone m_zone = QTimeZone::utc();
    int m_pending = 0;
    int m_found = 0;
    int m_notFound = 0;
    int m_unknown = 0;
    int m_conflicts = 0;
};
