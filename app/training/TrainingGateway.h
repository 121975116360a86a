#pragma once

#include "gateway/FormBody.h"
#include "gateway/GatewayEndpoint.h"
#include "invoice/Amount.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QObject>
#include <QThreadPool>
#include <QUrl>
#include <memory>

class QHttpServer;
class QHttpServerRequest;

// A gateway inside the program that plays Payid19 over real HTTP on 127.0.0.1:
// create_invoice, get_invoices and get_address with the real one's form bodies,
// payloads that are JSON inside a string, error arrays at HTTP 421 and key checks,
// plus a simple payment page. It plays the real world's shapes too: payments in
// coins other than USDT at fixed, real-looking rates (BTC with 8 decimals, ETH
// with 18), numbers as JSON numbers, accounts of many thousand invoices, partial
// and unconfirmed payments, and get_address answered without keys as the
// gateway's own checkout calls it. Staff train on it without real money; the
// tests talk to it instead of a mocked network.
class TrainingGateway : public QObject
{
    Q_OBJECT

public:
    static QString publicKey() { return QStringLiteral("training-public"); }
    static QString privateKey() { return QStringLiteral("training-private"); }
    // The account's own id, as get_invoices reports it in "user_id".
    static constexpr qint64 UserId = 4242;
    // The first invoice id the gateway hands out.
    static constexpr qint64 FirstInvoiceId = 98765;
    // setPayCoin(RotateCoins): each invoice is paid in the next coin of payCoins().
    static QString rotateCoins() { return QStringLiteral("rotate"); }

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
        Automatic,   // as the real gateway: test invoices pay themselves, live ones wait
        Paid,        // paid in full after the pay delay
        Underpaid,   // 90 % of the coin amount comes in after the pay delay
        Expires,     // never paid; expires after the expiry delay
        PaidLate,    // expires, then is paid in full a pay delay later
        NeverPaid,   // waits, as if the customer walked away
        PartlyPaid,  // 40 % of the coin amount comes in after the pay delay, and stays
        Unconfirmed, // the full coin amount is seen after the pay delay; status turns
                     // 1 (confirmed) only a confirmation delay later
    };
    static QList<Outcome> outcomes();
    static QString outcomeName(Outcome outcome);

    struct Invoice {
        qint64 id = 0;       // the gateway's numeric id (also white label's invoice_id)
        QString alias;       // the payment page's address; empty for seeded invoices
        FormBody fields;
        QDateTime createdAt; // UTC
        QDateTime expiresAt; // UTC
        QDateTime paysAt;    // UTC; invalid: not paid by itself
        QDateTime confirmsAt; // UTC; invalid: paid is confirmed at once
        bool underpays = false;
        bool partial = false;
        bool paid = false;   // paid by hand on the training payment page
        QString payCoin;     // the coin the customer pays in (amount_currency)
        // White label: what get_address gave for the chosen coin, paid exactly.
        QString network;
        std::optional<Amount> quotedAmount;
    };

    // What the gateway answers to one request, before HTTP carries it.
    struct Reply {
        QByteArray body;
        int status = 200;
        QByteArray mimeType = QByteArrayLiteral("application/json");
    };

    explicit TrainingGateway(QObject *parent = nullptr);
    ~TrainingGateway() override;

    // Listens on 127.0.0.1 at `port` (0: a free one). Returns an error text, or empty.
    QString start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl apiBase() const;
    GatewayEndpoint endpoint() const;

    // Answers one request as the HTTP server would (counted, queued faults and
    // all): for stand-ins that carry the answers over their own transport.
    Reply answer(const QString &command, const QByteArray &body);

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
    // How long an Unconfirmed payment waits for its confirmation (status 1).
    void setConfirmAfterMs(int ms) { m_confirmAfterMs = ms; }
    // The gateway is down (answers a proxy's 503 page) for this long from now.
    void goDownForMs(int ms);
    // The next get_address is refused, with a message and a title.
    void refuseNextAddress() { m_refuseNextAddress = true; }

    // The coin a hosted (not white-label) invoice is paid in: "USDT" (the
    // default), "BTC", "ETH", "TRX", "LTC", "BNB", or rotateCoins(). White-label
    // invoices are paid in the coin chosen through get_address.
    void setPayCoin(const QString &coin) { m_payCoin = coin; }
    QString payCoin() const { return m_payCoin; }
    static QStringList payCoins();
    // The coin amount a price comes to at the training rates, as this gateway
    // writes it now ("0.00016667" for 10 USD in BTC; an ETH amount has 18
    // decimals with numbers as JSON, 8 without). Empty for an unknown coin.
    QString quote(const QString &price, const QString &currency, const QString &coin) const;

    // Ids as JSON integers and amounts and statuses as JSON number literals (written
    // digit by digit, never through a double), as the real gateway sends them;
    // off (the default): ids and amounts as strings, amounts with 8 decimals.
    void setNumbersAsJson(bool on) { m_numbersAsJson = on; }
    bool numbersAsJson() const { return m_numbersAsJson; }

    // Adds `count` old invoices to the account (order ids "OLD-<id>", some paid in
    // various coins, all expired), as a real shop's account holds them.
    void seedAccount(int count);
    int invoiceCount() const { return int(m_invoices.size()); }
    // The get_invoices payload (the JSON array's text) for `orderId`, or for the
    // whole account when empty; found by a hash, whatever the account's size.
    QByteArray invoicesJson(const QString &orderId, const QString &statusFilter = QString()) const;

    int requestCount(const QString &command) const { return m_requestCounts.value(command); }
    // The last request body as the server decoded it (as PHP would).
    FormBody lastRequest() const { return m_lastRequest; }

signals:
    // A request arrived and is decoded, before it is answered: a stand-in logs
    // what reached the gateway even when the client dies before the answer.
    void requestReceived(const QString &command, const FormBody &form);

private:
    Reply handleCommand(const QString &command, const QByteArray &body);
    Reply createInvoice(const FormBody &form);
    Reply getInvoices(const FormBody &form);
    Reply getAddress(const FormBody &form);
    Reply paymentPage(const QString &alias);
    Reply spoiled(Answer answer) const;
    bool isPaid(const Invoice &invoice) const;
    // What has come in by now, in the invoice's coin (nullopt: nothing yet), and
    // whether the gateway calls it paid (status 1).
    std::optional<Amount> received(const Invoice &invoice, const QDateTime &now, bool *confirmed) const;
    QByteArray invoiceJson(const Invoice &invoice, const QDateTime &now) const;
    QString amountText(const Amount &amount, int decimals) const;
    QByteArray numberOrString(const Amount &amount, int decimals) const;
    QByteArray idJson(qint64 id) const;
    QString nextPayCoin();
    void addInvoice(const Invoice &invoice);
    Invoice *findByAlias(const QString &alias);
    Invoice *findById(const QString &invoiceId);

    std::unique_ptr<QHttpServer> m_server;
    QThreadPool m_pool;
    quint16 m_port = 0;
    QList<Answer> m_queued;
    int m_delayMs = 0;
    int m_jitterMs = 0;
    int m_testPaysAfterMs = 5000;
    int m_shortExpiryMs = 20000;
    int m_confirmAfterMs = 10000;
    Outcome m_nextOutcome = Outcome::Automatic;
    QDateTime m_downUntil;
    bool m_refuseNextAddress = false;
    QString m_payCoin = QStringLiteral("USDT");
    int m_rotation = 0;
    bool m_numbersAsJson = false;
    QHash<QString, int> m_requestCounts;
    FormBody m_lastRequest;
    // The account: every invoice once, found by order id, alias and id in O(1).
    QList<Invoice> m_invoices;
    QMultiHash<QString, int> m_byOrderId;
    QHash<QString, int> m_byAlias;
    QHash<qint64, int> m_byId;
    qint64 m_nextId = FirstInvoiceId;
};
