#pragma once

#include "gateway/FormBody.h"
#include "gateway/GatewayEndpoint.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QUrl>
#include <memory>

class QHttpServer;
class QHttpServerRequest;

// A gateway inside the program that plays Payid19 over real HTTP on 127.0.0.1:
// create_invoice, get_invoices and get_address with the real one's form bodies,
// payloads that are JSON inside a string, error arrays at HTTP 421 and key checks,
// plus a simple payment page. Staff train on it without real money; the tests
// talk to it instead of a mocked network.
class TrainingGateway : public QObject
{
    Q_OBJECT

public:
    static QString publicKey() { return QStringLiteral("training-public"); }
    static QString privateKey() { return QStringLiteral("training-private"); }

    // How the next answer is spoiled, so that every form the console must read
    // can be produced on the wire.
    enum class Answer {
        Normal,
        ErrorArray421,   // {"status":"error","message":["..."]} at 421
        ErrorString422,  // {"status":"error","message":"..."} at 422
        ErrorAt200,      // status error at HTTP 200
        Html502,         // a proxy's HTML page
        Empty,           // HTTP 200 with no body
        BrokenJson,
        NoStatus,        // JSON without "status"
        Oversized,       // more than the console accepts
    };

    // What becomes of the next invoice, so staff can rehearse (and tests drive)
    // every ending a real payment can have.
    enum class Outcome {
        Automatic,  // as the real gateway: test invoices pay themselves, live ones wait
        Paid,       // paid in full after the pay delay
        Underpaid,  // 90 % of the price comes in after the pay delay
        Expires,    // never paid; expires after the expiry delay
        PaidLate,   // expires, then is paid in full a pay delay later
        NeverPaid,  // waits, as if the customer walked away
    };
    static QList<Outcome> outcomes();
    static QString outcomeName(Outcome outcome);

    struct Invoice {
        QString alias;
        FormBody fields;
        QDateTime createdAt; // UTC
        QDateTime expiresAt; // UTC
        QDateTime paysAt;    // UTC; invalid: not paid by itself
        bool underpays = false;
        bool paid = false;   // paid by hand on the training payment page
    };

    explicit TrainingGateway(QObject *parent = nullptr);
    ~TrainingGateway() override;

    // Listens on 127.0.0.1 at `port` (0: a free one). Returns an error text, or empty.
    QString start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl apiBase() const;
    GatewayEndpoint endpoint() const;

    void queueAnswer(Answer answer) { m_queued.append(answer); }
    // Every answer waits this long first (a slow or hanging gateway).
    void setDelayMs(int ms) { m_delayMs = ms; }
    // ...plus a random 0..ms more each time (a jittery network, for the kill loop).
    void setDelayJitterMs(int ms) { m_jitterMs = ms; }
    // Test invoices pay themselves this long after creation, as on the real gateway.
    void setTestPaysAfterMs(int ms) { m_testPaysAfterMs = ms; }
    void setNextOutcome(Outcome outcome) { m_nextOutcome = outcome; }
    // How soon a training invoice expires under the Expires and PaidLate outcomes.
    void setShortExpiryMs(int ms) { m_shortExpiryMs = ms; }
    // The gateway is down (answers a proxy's 503 page) for this long from now.
    void goDownForMs(int ms);
    // The next get_address is refused, with a message and a title.
    void refuseNextAddress() { m_refuseNextAddress = true; }

    int requestCount(const QString &command) const { return m_requestCounts.value(command); }
    // The last request body as the server decoded it (as PHP would).
    FormBody lastRequest() const { return m_lastRequest; }

signals:
    // A request arrived and is decoded, before it is answered: a stand-in logs
    // what reached the gateway even when the client dies before the answer.
    void requestReceived(const QString &command, const FormBody &form);

private:
    struct Reply {
        QByteArray body;
        int status = 200;
        QByteArray mimeType = QByteArrayLiteral("application/json");
    };

    Reply handleCommand(const QString &command, const QByteArray &body);
    Reply createInvoice(const FormBody &form);
    Reply getInvoices(const FormBody &form);
    Reply getAddress(const FormBody &form);
    Reply paymentPage(const QString &alias);
    Reply spoiled(Answer answer) const;
    bool isPaid(const Invoice &invoice) const;
    bool hasUnderpaid(const Invoice &invoice) const;
    QJsonObject invoiceObject(const Invoice &invoice) const;
    Invoice *findByAlias(const QString &alias);

    std::unique_ptr<QHttpServer> m_server;
    QThreadPool m_pool;
    quint16 m_port = 0;
    QList<Answer> m_queued;
    int m_delayMs = 0;
    int m_jitterMs = 0;
    int m_testPaysAfterMs = 5000;
    int m_shortExpiryMs = 20000;
    Outcome m_nextOutcome = Outcome::Automatic;
    QDateTime m_downUntil;
    bool m_refuseNextAddress = false;
    QHash<QString, int> m_requestCounts;
    FormBody m_lastRequest;
    QList<Invoice> m_invoices;
};
