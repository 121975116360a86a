#include "gateway/GatewayCall.h"
#include "gateway/GatewayClient.h"
#include "gateway/WireFields.h"
#include "training/TrainingGateway.h"

#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

Q_DECLARE_METATYPE(TrainingGateway::Answer)
Q_DECLARE_METATYPE(GatewayResult::Outcome)
Q_DECLARE_METATYPE(GatewayResult::Failure)

// The client against real HTTP on loopback: the training gateway plays each
// answer the real gateway may give, and small servers play what a network can do.
class TestGatewayClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager network;
    TrainingGateway gateway;

    InvoiceFields invoice()
    {
        InvoiceFields f;
        f.price = *Amount::fromCanonical(QStringLiteral("12.5"));
        f.orderId = QStringLiteral("T-1");
        f.email = QStringLiteral("anne+shop@example.com");
        return f;
    }

    GatewayResult run(GatewayClient &client, GatewayCall *call)
    {
        Q_UNUSED(client)
        QSignalSpy finished(call, &GatewayCall::finished);
        if (!finished.wait(10000))
            return GatewayResult();
        return finished.first().first().value<GatewayResult>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<GatewayResult>();
        QVERIFY(gateway.start().isEmpty());
    }

    void answers_data()
    {
        QTest::addColumn<TrainingGateway::Answer>("answer");
        QTest::addColumn<GatewayResult::Outcome>("outcome");
        QTest::addColumn<GatewayResult::Failure>("failure");
        QTest::addColumn<int>("http");
        QTest::addColumn<QStringList>("messages");
        using A = TrainingGateway::Answer;
        using O = GatewayResult::Outcome;
        using F = GatewayResult::Failure;
        QTest::newRow("success") << A::Normal << O::Success << F::None << 200 << QStringList();
        QTest::newRow("421 error array") << A::ErrorArray421 << O::Rejected << F::None << 421
                                         << QStringList{"The price amount must be at least 0.0001.", "Invalid currency."};
        QTest::newRow("422 error string") << A::ErrorString422 << O::Rejected << F::None << 422
                                          << QStringList{"Unprocessable request."};
        QTest::newRow("error at 200") << A::ErrorAt200 << O::Rejected << F::None << 200
                                      << QStringList{"Service temporarily unavailable."};
        QTest::newRow("html 502") << A::Html502 << O::Transport << F::NotJson << 502 << QStringList();
        QTest::newRow("empty body") << A::Empty << O::Transport << F::EmptyBody << 200 << QStringList();
        QTest::newRow("broken json") << A::BrokenJson << O::Transport << F::NotJson << 200 << QStringList();
        QTest::newRow("no status") << A::NoStatus << O::Transport << F::NoStatus << 200 << QStringList();
        QTest::newRow("oversized") << A::Oversized << O::Transport << F::TooLarge << 200 << QStringList();
    }

    void answers()
    {
        QFETCH(TrainingGateway::Answer, answer);
        QFETCH(GatewayResult::Outcome, outcome);
        QFETCH(GatewayResult::Failure, failure);
        QFETCH(int, http);
        QFETCH(QStringList, messages);
        GatewayClient client(&network);
        client.setEndpoint(gateway.endpoint());
        gateway.queueAnswer(answer);
        const GatewayResult result = run(client, client.createInvoice(invoice()));
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.failure, failure);
        if (failure != GatewayResult::Failure::TooLarge)
            QCOMPARE(result.httpStatus, http);
        QCOMPARE(result.messages, messages);
        if (outcome == GatewayResult::Outcome::Success)
            QVERIFY(result.payload.toString().startsWith(gateway.apiBase().resolved(QUrl(QStringLiteral("/invoice/"))).toString()));
    }

    void wrongKeysAreRefusedByTheGateway()
    {
        GatewayClient client(&network);
        GatewayEndpoint endpoint = gateway.endpoint();
        endpoint.privateKey = QStringLiteral("wrong");
        client.setEndpoint(endpoint);
        const GatewayResult result = run(client, client.createInvoice(invoice()));
        QCOMPARE(result.outcome, GatewayResult::Outcome::Rejected);
        QCOMPARE(result.httpStatus, 421);
        QCOMPARE(result.messages, QStringList{QStringLiteral("Invalid private key.")});
    }

    void theServerReadsWhatWasMeant()
    {
        GatewayClient client(&network);
        client.setEndpoint(gateway.endpoint());
        const GatewayResult result = run(client, client.createInvoice(invoice()));
        QVERIFY(result.isSuccess());
        const FormBody seen = gateway.lastRequest();
        QCOMPARE(seen.value(WireFields::Email), QStringLiteral("anne+shop@example.com"));
        QCOMPARE(seen.value(WireFields::PriceAmount), QStringLiteral("12.5"));
        QCOMPARE(seen.value(WireFields::OrderId), QStringLiteral("T-1"));
    }

    void timeout()
    {
        GatewayClient client(&network);
        GatewayEndpoint endpoint = gateway.endpoint();
        endpoint.timeoutMs = 300;
        client.setEndpoint(endpoint);
        gateway.setDelayMs(1500);
        const GatewayResult result = run(client, client.createInvoice(invoice()));
        gateway.setDelayMs(0);
        QCOMPARE(result.failure, GatewayResult::Failure::Timeout);
        QVERIFY(result.mayHaveReachedGateway());
    }

    void cancel()
    {
        GatewayClient client(&network);
        client.setEndpoint(gateway.endpoint());
        gateway.setDelayMs(1500);
        GatewayCall *call = client.createInvoice(invoice());
        QSignalSpy finished(call, &GatewayCall::finished);
        QTimer::singleShot(100, call, &GatewayCall::cancel);
        QVERIFY(finished.wait(5000));
        gateway.setDelayMs(0);
        QCOMPARE(finished.first().first().value<GatewayResult>().failure, GatewayResult::Failure::Cancelled);
    }

    void refusedConnection()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        GatewayClient client(&network);
        GatewayEndpoint endpoint = gateway.endpoint();
        endpoint.base = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(port));
        client.setEndpoint(endpoint);
        const GatewayResult result = run(client, client.createInvoice(invoice()));
        QCOMPARE(result.failure, GatewayResult::Failure::ConnectionRefused);
        QVERIFY(!result.mayHaveReachedGateway());
    }

    void tlsFailureIsNeverIgnored()
    {
        // https to a server that does not speak TLS: the handshake fails, and the
        // client reports it instead of carrying on.
        GatewayClient client(&network);
        GatewayEndpoint endpoint = gateway.endpoint();
        endpoint.base = QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/").arg(gateway.port()));
        client.setEndpoint(endpoint);
        const GatewayResult result = run(client, client.createInvoice(invoice()));
        QCOMPARE(result.outcome, GatewayResult::Outcome::Transport);
        QVERIFY2(result.failure == GatewayResult::Failure::Tls || result.failure == GatewayResult::Failure::ConnectionLost
                         || result.failure == GatewayResult::Failure::Other,
                 qPrintable(result.detail));
        QVERIFY(!result.isSuccess());
    }

    void redirectToAnotherHostIsRefused()
    {
        QHttpServer redirector;
        redirector.route(QStringLiteral("/api/v1/<arg>"), [](const QString &) {
            QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
            response.setHeader("Location", "http://127.0.0.2:9/steal");
            return response;
        });
        const quint16 port = redirector.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        GatewayClient client(&network);
        GatewayEndpoint endpoint = gateway.endpoint();
        endpoint.base = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(port));
        client.setEndpoint(endpoint);
        const GatewayResult result = run(client, client.createInvoice(invoice()));
        QCOMPARE(result.failure, GatewayResult::Failure::Redirected);
        QVERIFY(result.detail.contains(QStringLiteral("127.0.0.2")));
    }

    void plainHttpToAnotherHostIsNeverSent()
    {
        GatewayClient client(&network);
        GatewayEndpoint endpoint = gateway.endpoint();
        endpoint.base = QUrl(QStringLiteral("http://payid19.com/api/v1/"));
        client.setEndpoint(endpoint);
        const int before = gateway.requestCount(GatewayCommands::CreateInvoice);
        const GatewayResult result = run(client, client.createInvoice(invoice()));
        QCOMPARE(result.failure, GatewayResult::Failure::InsecureAddress);
        QCOMPARE(gateway.requestCount(GatewayCommands::CreateInvoice), before);
    }
};

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "tst_gatewayclient.moc"
