#pragma once

#include "gateway/FormBody.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A Payid19 stand-in for tests that misbehaves on purpose. It speaks raw HTTP/1.1
// over a QTcpServer on 127.0.0.1, so that it can do what a well-behaved server
// library cannot: accept and never answer, stall after the headers, reset the
// connection, send less than its Content-Length, redirect, date its answers hours
// off. Faults are queued and each is spent on one request; without one it answers
// create_invoice, get_invoices and get_address as the real gateway does, from a
// small account in memory. Every request it receives is recorded, so a test can
// assert that something reached it once and only once.
class FaultyGateway : public QObject
{
    Q_OBJECT

public:
    static QString publicKey() { return QStringLiteral("faulty-public"); }
    static QString privateKey() { return QStringLiteral("faulty-private"); }
    static constexpr qint64 FirstInvoiceId = 98765;

    enum class Fault {
        None,               // answer as the real gateway
        // The connection
        NeverAnswer,        // read the request, never answer (time-out before headers)
        StallAfterHeaders,  // headers and a few bytes of body, then nothing (time-out mid-body)
        ResetAfterRequest,  // read the request, then reset the connection (RST)
        ResetMidBody,       // Content-Length larger than what is sent, then close
        Redirect301SameHost,
        Redirect302OtherHost,
        Redirect307SameHost,
        Redirect307OtherHost,
        // The answer
        Error421Json,       // {"status":"error","message":["...","..."]} at 421
        Error422String,     // {"status":"error","message":"..."} at 422
        Error500Json,       // status error at 500
        Error200Json,       // status error at 200
        Html500,            // an HTML error page at 500
        Error502Json,       // a proxy's JSON without "status" at 502
        Html502,            // a proxy's HTML page at 502
        Garbage200,         // 200 with text that is not JSON
        Huge200,            // 200 with a 2 MiB body
        // The payload's shape
        NumbersForStrings,  // ids, amounts and prices as JSON numbers (exact literals);
                            // create_invoice: the message a number, not an address
        StringsForNumbers,  // ids, status and flags as strings ("1", "98765")
        DuplicateEntries,   // get_invoices: the invoice twice, both alike
        DuplicatesDisagree, // get_invoices: the invoice twice, paid and not paid
        OtherInvoiceData,   // get_invoices: another invoice (price, currency) under the order id
        AmountInCoin,       // get_invoices: what came in, in BTC (the price at 60,000 a coin)
                            // beside the fiat price: two units that must not be compared
        ClockSkew,          // the Date header and the dates hours behind this computer's clock
    };
    Q_ENUM(Fault)

    // One request as it arrived.
    struct Request {
        QByteArray method;
        QString path;
        QString command; // the last part of the path
        FormBody form;   // decoded as PHP would (FormBody::decode)
        QDateTime at;    // UTC
    };

    // One invoice of the account.
    struct Entry {
        qint64 id = 0;
        QString orderId;
        QString price;          // as sent ("12.5")
        QString currency;
        QString email;
        QString title;
        bool whiteLabel = false;
        QDateTime createdAt;    // UTC, this computer's clock
        QDateTime expiresAt;    // UTC
        QString amount;         // what came in, as the gateway writes it; empty: null
        QString amountCurrency;
        int status = 0;         // 1: paid
    };

    explicit FaultyGateway(QObject *parent = nullptr);
    ~FaultyGateway() override;

    // Listens on 127.0.0.1 at a free port. Returns an error text, or empty.
    QString start();
    quint16 port() const { return m_server.serverPort(); }
    QUrl apiBase() const;

    // The next request (of `command`, or of any command when empty) meets `fault`.
    void queueFault(Fault fault, const QString &command = QString());
    int queuedFaults() const { return int(m_faults.size()); }
    // How far behind this computer the gateway's clock is, under ClockSkew.
    void setClockSkewSecs(qint64 secs) { m_skewSecs = secs; }

    // What came in for an invoice, as the gateway then reports it.
    void setPayment(const QString &orderId, const QString &amount, const QString &coin, int status);
    // The amount get_address answers (its JSON text when NumbersForStrings).
    void setAddressAmount(const QString &amount) { m_addressAmount = amount; }
    const QList<Entry> &account() const { return m_account; }

    const QList<Request> &requests() const { return m_requests; }
    int received(const QString &command) const;
    Request lastRequest(const QString &command) const;

private:
    struct Queued {
        Fault fault;
        QString command;
    };
    struct Answer {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QByteArray location;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    Fault takeFault(const QString &command);
    Answer answerFor(const Request &request, Fault fault);
    Answer createInvoice(const FormBody &form, Fault fault);
    Answer getInvoices(const FormBody &form, Fault fault);
    Answer getAddress(const FormBody &form, Fault fault);
    QByteArray entryJson(const Entry &entry, Fault fault) const;
    void send(QTcpSocket *socket, const Answer &answer, Fault fault);
    static void reset(QTcpSocket *socket);
    QDateTime gatewayNow(Fault fault) const;

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_stalled; // kept open and silent
    QList<Queued> m_faults;
    QList<Request> m_requests;
    QList<Entry> m_account;
    qint64 m_nextId = FirstInvoiceId;
    qint64 m_skewSecs = 3 * 3600;
    QString m_addressAmount = QStringLiteral("0.00333333");
};
