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
        QVERIFY(console.selector->isTraining());
        QSignalSpy opened(console.checkout.get(), &InvoiceCheckout::invoiceOpened);
        const InvoiceCheckout::Submission submission = console.checkout->submit(sale());
        QVERIFY(submission.accepted);
        // Already in the history, before any answer came back.
        QCOMPARE(console.store.find(submission.invoiceId)->state, InvoiceState::Sending);
        QVERIFY(!submission.orderId.isEmpty());
        QVERIFY(submission.orderId.startsWith(console.settings.tillCode() + QLatin1Char('-')));
        QVERIFY(opened.wait(5000));
        const InvoiceRecord record = opened.first().first().value<InvoiceRecord>();
        QCOMPARE(record.state, InvoiceState::Open);
        QVERIFY(record.paymentUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(console.training.lastRequest().value(WireFields::OrderId), submission.orderId);
        QCOMPARE(console.store.events(record.id).size(), 2);
    }

    void aSecondPressWhileSendingSendsNothing()
    {
        TestConsole console;
        console.training.setDelayMs(300);
        QSignalSpy opened(console.checkout.get(), &InvoiceCheckout::invoiceOpened);
        QVERIFY(console.checkout->submit(sale()).accepted);
        const InvoiceCheckout::Submission second = console.checkout->submit(sale());
        QVERIFY(!second.accepted);
        QVERIFY(!second.problem.isEmpty());
        QVERIFY(opened.wait(5000));
        QCOMPARE(console.training.requestCount(GatewayCommands::CreateInvoice), 1);
        QCOMPARE(console.store.recent().size(), 1);
    }

    void invalidFieldsAreNeitherStoredNorSent()
    {
        TestConsole console;
        InvoiceFields f = sale();
        f.email = QStringLiteral("nope");
        const InvoiceCheckout::Submission submission = console.checkout->submit(f);
        QVERIFY(!submission.accepted);
        QCOMPARE(submission.issues.size(), 1);
        QCOMPARE(submission.issues.first().field, InvoiceField::Email);
        QCOMPARE(console.store.recent().size(), 0);
        QCOMPARE(console.training.requestCount(GatewayCommands::CreateInvoice), 0);
    }

    void aTakenOrderIdIsRefusedBeforeSending()
    {
        TestConsole console;
        QSignalSpy opened(console.checkout.get(), &InvoiceCheckout::invoiceOpened);
        InvoiceFields f = sale();
        f.orderId = QStringLiteral("TABLE-4");
        QVERIFY(console.checkout->submit(f).accepted);
        QVERIFY(opened.wait(5000));
        const InvoiceCheckout::Submission again = console.checkout->submit(f);
        QVERIFY(!again.accepted);
        QCOMPARE(again.issues.first().field, InvoiceField::OrderId);
    }

    void aRefusalIsKeptAndCanBeCorrectedAndResent()
    {
        TestConsole console;
        QSignalSpy failed(console.checkout.get(), &InvoiceCheckout::invoiceNotCreated);
        QSignalSpy opened(console.checkout.get(), &InvoiceCheckout::invoiceOpened);
        console.training.queueAnswer(TrainingGateway::Answer::ErrorArray421);
        const InvoiceCheckout::Submission submission = console.checkout->submit(sale());
        QVERIFY(failed.wait(5000));
        const InvoiceRecord record = failed.first().first().value<InvoiceRecord>();
        QCOMPARE(record.state, InvoiceState::Failed);
        QCOMPARE(record.gatewayMessages.size(), 2);
        QCOMPARE(record.fields.title, QStringLiteral("Coffee"));

        InvoiceFields corrected = record.fields;
        corrected.title = QStringLiteral("Coffee, large");
        QVERIFY(console.checkout->resend(record.id, corrected).accepted);
        QVERIFY(opened.wait(5000));
        const InvoiceRecord resent = opened.first().first().value<InvoiceRecord>();
        QCOMPARE(resent.id, record.id);
        QCOMPARE(resent.fields.orderId, submission.orderId);
        QCOMPARE(resent.fields.title, QStringLiteral("Coffee, large"));
        QCOMPARE(console.store.recent().size(), 1);
    }

    void aLostAnswerLeavesTheInvoiceUnconfirmed()
    {
        TestConsole console;
        GatewayEndpoint endpoint = console.training.endpoint();
        endpoint.timeoutMs = 300;
        console.client.setEndpoint(endpoint);
        console.training.setDelayMs(1500);
        QSignalSpy failed(console.checkout.get(), &InvoiceCheckout::invoiceNotCreated);
        QVERIFY(console.checkout->submit(sale()).accepted);
        QVERIFY(failed.wait(5000));
        const InvoiceRecord record = failed.first().first().value<InvoiceRecord>();
        QCOMPARE(record.state, InvoiceState::Unknown);
        QVERIFY(!console.checkout->resend(record.id, record.fields).accepted);
        console.training.setDelayMs(0);
    }

    void nothingSentReadsAsFailed()
    {
        TestConsole console;
        GatewayEndpoint endpoint = console.training.endpoint();
        endpoint.base = QUrl(QStringLiteral("http://203.0.113.7/api/v1/")); // plain http, not loopback
        console.client.setEndpoint(endpoint);
        QSignalSpy failed(console.checkout.get(), &InvoiceCheckout::invoiceNotCreated);
        QVERIFY(console.checkout->submit(sale()).accepted);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<InvoiceRecord>().state, InvoiceState::Failed);
    }

    void keysSwitchBetweenTrainingAndTheRealGateway()
    {
        TestConsole console;
        QSignalSpy mode(console.selector.get(), &GatewaySelector::modeChanged);
        console.settings.setPublicKey(QStringLiteral("pk_live"));
        QVERIFY(console.selector->isTraining()); // a public key alone is not enough
        console.credentials.writePrivateKey(QStringLiteral("sk_live"));
        QVERIFY(!console.selector->isTraining());
        QCOMPARE(console.client.endpoint().base, GatewayEndpoint::defaultBase());
        QCOMPARE(console.client.endpoint().privateKey, QStringLiteral("sk_live"));
        console.selector->setApiBaseOverride(QUrl(QStringLiteral("http://127.0.0.1:1/api/v1/")));
        QCOMPARE(console.client.endpoint().base, QUrl(QStringLiteral("http://127.0.0.1:1/api/v1/")));
        console.credentials.writePrivateKey(QString());
        QVERIFY(console.selector->isTraining());
        QCOMPARE(console.client.endpoint().base, console.training.apiBase());
        QCOMPARE(mode.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
