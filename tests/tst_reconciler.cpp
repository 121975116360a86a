#include "TestConsole.h"
#include "gateway/GatewayCall.h"
#include "gateway/WireFields.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// A store left with an invoice `sending` (as a crash leaves it), against a gateway
// that has it and one that does not.
class TestReconciler : public QObject
{
    Q_OBJECT

    InvoiceFields invoice(const QString &orderId)
    {
        InvoiceFields f;
        f.price = *Amount::fromCanonical(QStringLiteral("4.5"));
        f.orderId = orderId;
        return f;
    }

    static QString training(TestConsole &console) { return console.engine.client.endpoint().name(); }

private slots:
    void initTestCase() { qRegisterMetaType<GatewayResult>(); }

    void onlyTheGatewayItWentToSettlesIt()
    {
        // Sent to the real gateway before a crash; the console now runs in training.
        TestConsole console;
        const qint64 id = console.engine.store.createSending(invoice(QStringLiteral("REAL-1")),
                                                             QStringLiteral("https://payid19.com/api/v1"));
        QSignalSpy finished(&console.engine.reconciler, &Reconciler::finished);
        console.engine.reconciler.reconcile();
        QVERIFY(finished.count() == 1 || finished.wait(2000));
        QCOMPARE(finished.first().at(2).toInt(), 1);
        QCOMPARE(console.engine.store.find(id)->state, InvoiceState::Unknown);
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::GetInvoices), 0);
    }

    // The keys were changed to another account at the same address: only the
    // account an invoice was sent to may settle it. Before accounts were told
    // apart, the other account answered "none", the invoice read "Not sent" and
    // a second invoice of the same sale was invited.
    void anotherAccountAtTheSameAddressDoesNotSettleIt()
    {
        TestConsole console;
        GatewayEndpoint accountA = console.engine.training.endpoint();
        accountA.training = false;
        accountA.publicKey = QStringLiteral("pk_account_a");
        const qint64 id = console.engine.store.createSending(invoice(QStringLiteral("ACCOUNT-A-1")), accountA.name());
        GatewayEndpoint accountB = console.engine.training.endpoint(); // same address, other keys
        accountB.training = false;
        console.engine.client.setEndpoint(accountB);
        QVERIFY(accountA.name() != accountB.name());

        QSignalSpy finished(&console.engine.reconciler, &Reconciler::finished);
        console.engine.reconciler.reconcile();
        QVERIFY(finished.count() == 1 || finished.wait(2000));
        QCOMPARE(console.engine.store.find(id)->state, InvoiceState::Unknown);
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::GetInvoices), 0);
        // Back on account A, it is asked about again.
        accountA.privateKey = QStringLiteral("sk_account_a");
        console.engine.client.setEndpoint(accountA);
        finished.clear();
        console.engine.reconciler.reconcile();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::GetInvoices), 1);
    }

    // The window and the command line share one history: a sale that one of
    // them is sending is not the other's to settle (it would read "not sent" and
    // invite a second invoice of the same sale).
    void aSaleAnotherRunningConsoleIsSendingIsLeftAlone()
    {
        TestConsole window;
        window.engine.training.setDelayMs(800);
        ConsoleEngine::Config config = window.config();
        ConsoleEngine cli(config); // the same data folder and history
        QCOMPARE(cli.start(), QString());
        QSignalSpy opened(&window.engine.checkout, &InvoiceCheckout::invoiceOpened);
        const auto submission = window.engine.checkout.submit(invoice(QString()));
        QVERIFY(submission.accepted);
        QSignalSpy finished(&cli.reconciler, &Reconciler::finished);
        cli.reconciler.reconcile();
        QVERIFY(finished.count() == 1 || finished.wait(2000));
        QCOMPARE(cli.store.find(submission.invoiceId)->state, InvoiceState::Sending);
        QVERIFY(opened.wait(5000));
        QCOMPARE(window.engine.store.find(submission.invoiceId)->state, InvoiceState::Open);
        QCOMPARE(window.engine.training.requestCount(GatewayCommands::CreateInvoice), 1);
    }

    // A console that stopped mid-send (its process gone) left its sale to be
    // settled by whoever runs next.
    void aSaleWhoseConsoleStoppedIsSettled()
    {
        TestConsole console;
        InvoiceFields f = invoice(QStringLiteral("GONE-1"));
        const qint64 id = console.engine.store.createSending(f, training(console));
        // Rewrite its sender as a console that is no longer running.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rewrite"));
        db.setDatabaseName(console.engine.historyPath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE invoices SET sender = 'a-console-long-gone'")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("rewrite"));
        QSignalSpy finished(&console.engine.reconciler, &Reconciler::finished);
        console.engine.reconciler.reconcile();
        QVERIFY(finished.wait(5000));
        QCOMPARE(console.engine.store.find(id)->state, InvoiceState::Failed); // the gateway has none
    }

    // The gateway holds another sale under the order number: counted and shown
    // as a conflict, never "still unconfirmed" nor "not sent".
    void aConflictIsCountedAsOne()
    {
        TestConsole console;
        InvoiceFields other = invoice(QStringLiteral("SHARED-1"));
        other.price = *Amount::fromCanonical(QStringLiteral("30"));
        GatewayCall *call = console.engine.client.createInvoice(other);
        QSignalSpy made(call, &GatewayCall::finished);
        QVERIFY(made.wait(5000));
        const qint64 id = console.engine.store.createSending(invoice(QStringLiteral("SHARED-1")), training(console));
        console.engine.store.markUnknown(id, QStringLiteral("lost"), QByteArray());
        QSignalSpy finished(&console.engine.reconciler, &Reconciler::finished);
        console.engine.reconciler.reconcile();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(3).toInt(), 1);
        QCOMPARE(finished.first().at(2).toInt(), 0);
        QCOMPARE(console.engine.store.find(id)->state, InvoiceState::Conflict);
    }

    void aCrashedSendThatReachedTheGatewayIsFound()
    {
        TestConsole console;
        // The request reached the gateway, then the program died before the answer.
        GatewayCall *call = console.engine.client.createInvoice(invoice(QStringLiteral("CRASH-1")));
        QSignalSpy sent(call, &GatewayCall::finished);
        QVERIFY(sent.wait(5000));
        const qint64 id = console.engine.store.createSending(invoice(QStringLiteral("CRASH-1")), training(console));

        QSignalSpy finished(&console.engine.reconciler, &Reconciler::finished);
        console.engine.reconciler.reconcile();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        const InvoiceRecord record = *console.engine.store.find(id);
        QCOMPARE(record.state, InvoiceState::Open);
        QVERIFY(record.expiresAt.isValid());
        // Nothing was sent twice.
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::CreateInvoice), 1);
        const QList<InvoiceEvent> events = console.engine.store.events(id).value();
        QCOMPARE(events.at(1).state, InvoiceState::Unknown);
        QCOMPARE(events.last().state, InvoiceState::Open);
    }

    void aCrashedSendThatNeverArrivedCanBeResentUnderItsOrderId()
    {
        TestConsole console;
        const qint64 id = console.engine.store.createSending(invoice(QStringLiteral("CRASH-2")), training(console));
        QSignalSpy finished(&console.engine.reconciler, &Reconciler::finished);
        console.engine.reconciler.reconcile();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(console.engine.store.find(id)->state, InvoiceState::Failed);
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::CreateInvoice), 0);

        QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
        QVERIFY(console.engine.checkout.resend(id, invoice(QString())).accepted);
        QVERIFY(opened.wait(5000));
        QCOMPARE(console.engine.training.lastRequest().value(WireFields::OrderId), QStringLiteral("CRASH-2"));
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::CreateInvoice), 1);
    }

    void noAnswerDecidesNothing()
    {
        TestConsole console;
        const qint64 id = console.engine.store.createSending(invoice(QStringLiteral("CRASH-3")), training(console));
        console.engine.training.goDownForMs(2000);
        QSignalSpy finished(&console.engine.reconciler, &Reconciler::finished);
        console.engine.reconciler.reconcile();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(2).toInt(), 1);
        QCOMPARE(console.engine.store.find(id)->state, InvoiceState::Unknown);
        QVERIFY(!console.engine.checkout.resend(id, invoice(QString())).accepted);
    }

    void theInvoiceBeingSentIsLeftAlone()
    {
        TestConsole console;
        const qint64 id = console.engine.store.createSending(invoice(QStringLiteral("NOW-1")), training(console));
        QSignalSpy finished(&console.engine.reconciler, &Reconciler::finished);
        console.engine.reconciler.reconcile(id);
        QVERIFY(finished.count() == 1 || finished.wait(2000));
        QCOMPARE(console.engine.store.find(id)->state, InvoiceState::Sending);
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
