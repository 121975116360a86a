#include "TestConsole.h"
#include "gateway/GatewayCall.h"
#include "gateway/WireFields.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <QSignalSpy>
#include <QTest>

// The use case behind Create, against the training gateway on loopback.
class TestCheckout : public QObject
{
    Q_OBJECT

    InvoiceFields sale(const QString &price = QStringLiteral("12.5"))
    {
        InvoiceFields f;
        f.price = *Amount::fromCanonical(price);
        f.title = QStringLiteral("Coffee");
        return f;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<InvoiceRecord>();
        qRegisterMetaType<GatewayResult>();
    }

    void storesBeforeSendingThenOpens()
    {
        TestConsole console;
        QCOMPARE(console.error, QString());
        QVERIFY(console.engine.selector.isTraining());
        QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
        const InvoiceCheckout::Submission submission = console.engine.checkout.submit(sale());
        QVERIFY(submission.accepted);
        // Already in the history, before any answer came back.
        QCOMPARE(console.engine.store.find(submission.invoiceId)->state, InvoiceState::Sending);
        QVERIFY(!submission.orderId.isEmpty());
        QVERIFY(submission.orderId.startsWith(console.engine.settings.tillCode() + QLatin1Char('-')));
        QVERIFY(opened.wait(5000));
        const InvoiceRecord record = opened.first().first().value<InvoiceRecord>();
        QCOMPARE(record.state, InvoiceState::Open);
        QVERIFY(record.paymentUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(console.engine.training.lastRequest().value(WireFields::OrderId), submission.orderId);
        QCOMPARE(console.engine.store.events(record.id).value().size(), 2);
    }

    void aSecondPressWhileSendingSendsNothing()
    {
        TestConsole console;
        console.engine.training.setDelayMs(300);
        QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
        QVERIFY(console.engine.checkout.submit(sale()).accepted);
        const InvoiceCheckout::Submission second = console.engine.checkout.submit(sale());
        QVERIFY(!second.accepted);
        QVERIFY(!second.problem.isEmpty());
        QVERIFY(opened.wait(5000));
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::CreateInvoice), 1);
        QCOMPARE(console.engine.store.recent(-1).value().size(), 1);
    }

    void invalidFieldsAreNeitherStoredNorSent()
    {
        TestConsole console;
        InvoiceFields f = sale();
        f.email = QStringLiteral("nope");
        const InvoiceCheckout::Submission submission = console.engine.checkout.submit(f);
        QVERIFY(!submission.accepted);
        QCOMPARE(submission.issues.size(), 1);
        QCOMPARE(submission.issues.first().field, InvoiceField::Email);
        QCOMPARE(console.engine.store.recent(-1).value().size(), 0);
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::CreateInvoice), 0);
    }

    void aTakenOrderIdIsRefusedBeforeSending()
    {
        TestConsole console;
        QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
        InvoiceFields f = sale();
        f.orderId = QStringLiteral("TABLE-4");
        QVERIFY(console.engine.checkout.submit(f).accepted);
        QVERIFY(opened.wait(5000));
        const InvoiceCheckout::Submission again = console.engine.checkout.submit(f);
        QVERIFY(!again.accepted);
        QCOMPARE(again.issues.first().field, InvoiceField::OrderId);
    }

    void aRefusalIsKeptAndCanBeCorrectedAndResent()
    {
        TestConsole console;
        QSignalSpy failed(&console.engine.checkout, &InvoiceCheckout::invoiceNotCreated);
        QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
        console.engine.training.queueAnswer(TrainingGateway::Answer::ErrorArray421);
        const InvoiceCheckout::Submission submission = console.engine.checkout.submit(sale());
        QVERIFY(failed.wait(5000));
        const InvoiceRecord record = failed.first().first().value<InvoiceRecord>();
        QCOMPARE(record.state, InvoiceState::Failed);
        QCOMPARE(record.gatewayMessages.size(), 2);
        QCOMPARE(record.fields.title, QStringLiteral("Coffee"));

        InvoiceFields corrected = record.fields;
        corrected.title = QStringLiteral("Coffee, large");
        QVERIFY(console.engine.checkout.resend(record.id, corrected).accepted);
        QVERIFY(opened.wait(5000));
        const InvoiceRecord resent = opened.first().first().value<InvoiceRecord>();
        QCOMPARE(resent.id, record.id);
        QCOMPARE(resent.fields.orderId, submission.orderId);
        QCOMPARE(resent.fields.title, QStringLiteral("Coffee, large"));
        QCOMPARE(console.engine.store.recent(-1).value().size(), 1);
    }

    void aLostAnswerLeavesTheInvoiceUnconfirmed()
    {
        TestConsole console;
        GatewayEndpoint endpoint = console.engine.training.endpoint();
        endpoint.timeoutMs = 300;
        console.engine.client.setEndpoint(endpoint);
        console.engine.training.setDelayMs(1500);
        QSignalSpy failed(&console.engine.checkout, &InvoiceCheckout::invoiceNotCreated);
        QVERIFY(console.engine.checkout.submit(sale()).accepted);
        QVERIFY(failed.wait(5000));
        const InvoiceRecord record = failed.first().first().value<InvoiceRecord>();
        QCOMPARE(record.state, InvoiceState::Unknown);
        QVERIFY(!console.engine.checkout.resend(record.id, record.fields).accepted);
        console.engine.training.setDelayMs(0);
    }

    void nothingSentReadsAsFailed()
    {
        TestConsole console;
        GatewayEndpoint endpoint = console.engine.training.endpoint();
        endpoint.base = QUrl(QStringLiteral("http://203.0.113.7/api/v1/")); // plain http, not loopback
        console.engine.client.setEndpoint(endpoint);
        QSignalSpy failed(&console.engine.checkout, &InvoiceCheckout::invoiceNotCreated);
        QVERIFY(console.engine.checkout.submit(sale()).accepted);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<InvoiceRecord>().state, InvoiceState::Failed);
    }

    // The gateway finds invoices by order number alone: a typed one that it
    // already holds (another till, the web shop) is refused before anything is
    // sent, and the sale can go out under another number.
    void aTypedOrderNumberTheGatewayHoldsIsRefusedFirst()
    {
        TestConsole console;
        InvoiceFields elsewhere = sale();
        elsewhere.orderId = QStringLiteral("SHOP-42");
        GatewayCall *call = console.engine.client.createInvoice(elsewhere); // made outside this till
        QSignalSpy made(call, &GatewayCall::finished);
        QVERIFY(made.wait(5000));

        QSignalSpy failed(&console.engine.checkout, &InvoiceCheckout::invoiceNotCreated);
        InvoiceFields typed = sale(QStringLiteral("3"));
        typed.orderId = QStringLiteral("SHOP-42");
        const auto submission = console.engine.checkout.submit(typed);
        QVERIFY(submission.accepted);
        QVERIFY(failed.wait(5000));
        const InvoiceRecord refused = failed.first().first().value<InvoiceRecord>();
        QCOMPARE(refused.state, InvoiceState::Failed);
        QVERIFY(refused.failureText.contains(QStringLiteral("order number")));
        QCOMPARE(failed.first().at(1).value<GatewayResult>().failure, GatewayResult::Failure::OrderNumberTaken);
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::CreateInvoice), 1); // only the other one

        QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
        InvoiceFields renumbered = refused.fields;
        renumbered.orderId = QStringLiteral("SHOP-43");
        QVERIFY(console.engine.checkout.resend(refused.id, renumbered).accepted);
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.first().first().value<InvoiceRecord>().fields.orderId, QStringLiteral("SHOP-43"));
        QCOMPARE(console.engine.store.find(refused.id)->fields.orderId, QStringLiteral("SHOP-43"));
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::CreateInvoice), 2);
    }

    // The history refuses a write after the gateway made the invoice: the
    // payment address stays on screen, a warning says so, and the write is
    // retried until it lands.
    void aFailedWriteAfterTheAnswerKeepsThePaymentAddress()
    {
        TestConsole console;
        console.engine.training.setDelayMs(300);
        QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
        QSignalSpy problem(&console.engine.writes, &PendingWrites::problem);
        const auto submission = console.engine.checkout.submit(sale());
        QVERIFY(submission.accepted);
        // Another process holds the history locked while the answer comes back.
        QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        blocker.setDatabaseName(console.engine.historyPath());
        blocker.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(blocker.open());
        QVERIFY(QSqlQuery(blocker).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(opened.wait(15000));
        const InvoiceRecord shown = opened.first().first().value<InvoiceRecord>();
        QCOMPARE(shown.state, InvoiceState::Open);
        QVERIFY(shown.paymentUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(problem.count() >= 1 && !problem.last().first().toString().isEmpty());
        QCOMPARE(console.engine.writes.waiting(), 1);
        QVERIFY(QSqlQuery(blocker).exec(QStringLiteral("ROLLBACK")));
        blocker.close();
        QTRY_COMPARE_WITH_TIMEOUT(console.engine.writes.waiting(), 0, 15000);
        QVERIFY(problem.last().first().toString().isEmpty());
        const InvoiceRecord stored = *console.engine.store.find(submission.invoiceId);
        QCOMPARE(stored.state, InvoiceState::Open);
        QCOMPARE(stored.paymentUrl, shown.paymentUrl);
        blocker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    }

    // Sending again what was marked "not sent": asked first, and if the gateway
    // has that very sale after all, it is taken, never made a second time.
    void sendingAgainTakesTheSaleTheGatewayAlreadyHas()
    {
        TestConsole console;
        InvoiceFields f = sale();
        f.orderId = console.engine.orderIds.next();
        GatewayCall *call = console.engine.client.createInvoice(f); // it did reach the gateway
        QSignalSpy made(call, &GatewayCall::finished);
        QVERIFY(made.wait(5000));
        const qint64 id = console.engine.store.createSending(f, console.engine.client.endpoint().name());
        console.engine.store.markFailed(id, QStringLiteral("thought lost"), {}, QByteArray());
        QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
        QVERIFY(console.engine.checkout.resend(id, f).accepted);
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.first().first().value<InvoiceRecord>().state, InvoiceState::Open);
        QCOMPARE(console.engine.store.find(id)->state, InvoiceState::Open);
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::CreateInvoice), 1);
    }

    // Whatever the gateway echoes, the private key never reaches a result.
    void theKeyEchoedByTheGatewayIsRemoved()
    {
        GatewayCall *call = GatewayCall::failed(
                GatewayResult::transportFailure(GatewayResult::Failure::NotJson, QStringLiteral("sk_live_echo"), 200,
                                                "{\"privatekey\":\"sk_live_echo\"}"), this);
        call->setSecret(QStringLiteral("sk_live_echo"));
        QSignalSpy finished(call, &GatewayCall::finished);
        QVERIFY(finished.wait(2000));
        const GatewayResult result = finished.first().first().value<GatewayResult>();
        QVERIFY(!result.body.contains("sk_live_echo"));
        QVERIFY(!result.detail.contains(QStringLiteral("sk_live_echo")));
        QVERIFY(result.body.contains("privatekey"));
    }

    void keysSwitchBetweenTrainingAndTheRealGateway()
    {
        TestConsole console;
        QSignalSpy mode(&console.engine.selector, &GatewaySelector::modeChanged);
        console.engine.settings.setPublicKey(QStringLiteral("pk_live"));
        QVERIFY(console.engine.selector.isTraining()); // a public key alone is not enough
        console.engine.credentials.writePrivateKey(QStringLiteral("sk_live"));
        QVERIFY(!console.engine.selector.isTraining());
        QCOMPARE(console.engine.client.endpoint().base, GatewayEndpoint::defaultBase());
        QCOMPARE(console.engine.client.endpoint().privateKey, QStringLiteral("sk_live"));
        console.engine.selector.setApiBaseOverride(QUrl(QStringLiteral("http://127.0.0.1:1/api/v1/")));
        QCOMPARE(console.engine.client.endpoint().base, QUrl(QStringLiteral("http://127.0.0.1:1/api/v1/")));
        console.engine.credentials.writePrivateKey(QString());
        QVERIFY(console.engine.selector.isTraining());
        QCOMPARE(console.engine.client.endpoint().base, console.engine.training.apiBase());
        QCOMPARE(mode.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
