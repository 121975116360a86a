#pragma once

#include "store/InvoiceRecord.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

class GatewayCall;
class GatewayClient;
class InvoiceStore;
struct GatewayResult;

// Asks the gateway how open invoices stand (a shop counter cannot receive the
// gateway's callbacks). The invoice on screen is asked about by order id every few
// seconds; all the others together with one get_invoices call, less often, so the
// number of requests per cycle does not grow with the number of open invoices.
// Failures back off and are reported quietly; an invoice stops being asked about
// once paid, or once expired for longer than the grace period.
class StatusPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultFocusMs = 5000;
    static constexpr int DefaultBackgroundMs = 30000;
    static constexpr int MaxBackoffMs = 120000;
    static constexpr int DefaultGraceSecs = 3600; // late payments after expiry

    StatusPoller(InvoiceStore *store, GatewayClient *client, QObject *parent = nullptr);

    void setGatewayZone(const QTimeZone &zone) { m_zone = zone; }
    void setIntervals(int focusMs, int backgroundMs);
    void setFocusInvoice(qint64 invoiceId);

    void start();
    void stop();
    // One cycle now: the invoice on screen, then all the others.
    void pollNow();
    // Requests sent by the last call of pollNow() (for the benchmark).
    int requestsLastCycle() const { return m_requestsThisCycle; }
    // True while a question to the gateway is on its way.
    bool isAsking() const;
    bool isWatched(const InvoiceRecord &record) const;
    // Open invoices past their expiry read expired at once, before the gateway is
    // asked again (a late payment still turns them "paid late").
    void expireDue();

signals:
    // What the gateway says of an invoice changed: its state, its expiry or the
    // amount received (stored before this is emitted; `previous` is the old state).
    void paymentChanged(const InvoiceRecord &record, InvoiceState previous);
    // A quiet line for the status bar; empty when polling works again.
    void problem(const QString &text);

private:
    void pollFocus();
    void pollBackground();
    void send(const QString &orderId, bool focus);
    void onAnswer(const GatewayResult &result, bool focus);
    void applyTo(const InvoiceRecord &record, const struct RemoteInvoice &remote, const QByteArray &raw);
    void backOff(const GatewayResult &result);
    QDateTime graceCutoff() const;

    InvoiceStore *m_store;
    GatewayClient *m_client;
    QTimeZone m_zone = QTimeZone::utc();
    QTimer m_focusTimer;
    QTimer m_backgroundTimer;
    int m_focusMs = DefaultFocusMs;
    int m_backgroundMs = DefaultBackgroundMs;
    int m_failures = 0;
    bool m_running = false;
    qint64 m_focusId = -1;
    QPointer<GatewayCall> m_focusCall;
    QPointer<GatewayCall> m_backgroundCall;
    int m_requestsThisCycle = 0;
};
