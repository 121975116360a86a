#include "TestConsole.h"
#include "gateway/WireFields.h"

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
        QCOMPARE(console.engine.store.events(record.id).size(), 2);
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
        QCOMPARE(console.engine.store.recent().size(), 1);
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
        QCOMPARE(console.engine.store.recent().size(), 0);
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
        QCOMPARE(console.engine.store.recent().size(), 1);
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
