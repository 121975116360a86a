#pragma once

#include "gateway/GatewayResult.h"
#include "invoice/InvoiceFields.h"
#include "store/InvoiceRecord.h"

#include <QList>
#include <QObject>
#include <QPointer>

class CoinCatalogue;
class GatewayCall;
class GatewayClient;
class InvoiceStore;
class InvoiceValidator;
class OrderIdGenerator;
class PendingWrites;

// The use case behind the Create button: check the fields, give the invoice an
// order id, store it as `sending`, send it, and record what the gateway said.
// Widgets call it and listen to its signals; it works without a screen.
class InvoiceCheckout : public QObject
{
    Q_OBJECT

public:
    struct Submission {
        bool accepted = false;
        qint64 invoiceId = -1;
        QString orderId;
        QList<FieldIssue> issues; // why it was not accepted, per field
        QString problem;          // why it was not accepted, not tied to a field
    };

    InvoiceCheckout(InvoiceStore *store, GatewayClient *client, const InvoiceValidator *validator,
                    const OrderIdGenerator *orderIds, const CoinCatalogue *coins, PendingWrites *writes,
                    QObject *parent = nullptr);

    // Only one invoice is on its way at a time: a second press of Create while
    // one is sending is refused, so a double click never sends two invoices.
    // An order number typed by staff is first looked up at the gateway: the
    // gateway finds invoices by order number alone, so one used before (at this
    // till, another, or the shop's web store) would mix two sales.
    Submission submit(InvoiceFields fields);
    // Sends a `failed` invoice again, corrected, under its own row. Its order
    // number stays unless staff typed another (the gateway holds none under it).
    Submission resend(qint64 invoiceId, InvoiceFields fields);
    bool isBusy() const { return !m_call.isNull(); }
    qint64 sendingInvoiceId() const { return m_sendingId; }

public slots:
    void cancel();

signals:
    void busyChanged(bool busy);
    void invoiceOpened(const InvoiceRecord &record);
    // The gateway refused, or the request failed; the record says how it stands.
    void invoiceNotCreated(const InvoiceRecord &record, const GatewayResult &result);

private:
    Submission start(qint64 invoiceId, const InvoiceFields &fields, bool checkOrderId, bool resending);
    void checkOrderId(qint64 invoiceId, const InvoiceFields &fields, bool resending);
    // A resent invoice the gateway turned out to have: it opens with its state.
    void adopt(const PaymentStatus &status, const QByteArray &body);
    void send(qint64 invoiceId, const InvoiceFields &fields);
    void onFinished(qint64 invoiceId, const GatewayResult &result);
    void opened(const InvoiceRecord &record, const QString &paymentUrl, const QByteArray &body,
                const QString &coinOffers, const QString &problem);
    void notCreated(qint64 invoiceId, const GatewayResult &result, bool unconfirmed);

    InvoiceStore *m_store;
    GatewayClient *m_client;
    const InvoiceValidator *m_validator;
    const OrderIdGenerator *m_orderIds;
    const CoinCatalogue &m_coins;
    PendingWrites *m_writes;
    QPointer<GatewayCall> m_call;
    qint64 m_sendingId = -1;
    InvoiceRecord m_sending; // the invoice on its way, as sent
    bool m_sendingWhiteLabel = false;
};
