#pragma once

#include "checkout/PollSchedule.h"
#include "store/InvoiceRecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

class GatewayCall;
class GatewayClient;
class InvoiceStore;
struct GatewayResult;
struct RemoteInvoiceList;

// Asks the gateway how open invoices stand (a shop counter cannot receive the
// gateway's callbacks). Every question names one order id: the invoice on screen
// every few seconds, and each cycle a bounded few of the others as PollSchedule
// picks them, so the requests per cycle depend neither on how many invoices are
// open nor on how many the account holds. Failures back off and are reported
// quietly; an invoice stops being asked about once paid, or once expired for
// longer than the grace period.
class StatusPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultFocusMs = 5000;
    static constexpr int DefaultBackgroundMs = 3000;
    // Questions about other invoices per cycle, beside the one on screen.
    static constexpr int MaxBackgroundPerCycle = 4;
    static constexpr int MaxBackoffMs = 120000;
    static constexpr int DefaultGraceSecs = 3600; // late payments after expiry

    StatusPoller(InvoiceStore *store, GatewayClient *client, QObject *parent = nullptr);

    void setGatewayZone(const QTimeZone &zone) { m_zone = zone; }
    void setIntervals(int focusMs, int backgroundMs);
    void setFocusInvoice(qint64 invoiceId);

    void start();
    void stop();
    // One cycle now: the invoice on screen, then those of the others that are due.
    void pollNow();
    // Asks about one invoice now, whatever its turn; checked() follows.
    void checkNow(qint64 invoiceId);
    // Requests sent by the last call of pollNow() (for the benchmark).
    int requestsLastCycle() const { return m_requestsThisCycle; }
    // True while a question to the gateway is on its way.
    bool isAsking() const { return !m_inFlight.isEmpty(); }
    bool isWatched(const InvoiceRecord &record) const;
    // Open invoices past their expiry read expired at once, provisionally: the
    // gateway is asked at once and has the last word (it may have been paid).
    void expireDue();
    const PollSchedule &schedule() const { return m_schedule; }

signals:
    // What the gateway says of an invoice changed: its state, its expiry or the
    // amount received (stored before this is emitted; `previous` is the old state).
    void paymentChanged(const InvoiceRecord &record, InvoiceState previous);
    // A quiet line for the status bar; empty when polling works again.
    void problem(const QString &text);
    // checkNow() has its answer: `problem` is empty when the gateway was heard.
    void checked(qint64 invoiceId, const QString &problem);

private:
    enum class Purpose { Focus, Background, Check };
    void pollFocus();
    void pollBackground();
    void ask(const InvoiceRecord &record, Purpose purpose);
    void onAnswer(qint64 invoiceId, Purpose purpose, const GatewayResult &result);
    // Applies the gateway's entries to the invoice; returns a problem or empty.
    QString apply(const InvoiceRecord &record, const RemoteInvoiceList &list, const GatewayResult &result);
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
    PollSchedule m_schedule;
    QHash<qint64, QPointer<GatewayCall>> m_inFlight; // by invoice id
    int m_requestsThisCycle = 0;
};
