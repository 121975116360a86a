#include "TestConsole.h"
#include "gateway/PaymentRule.h"
#include "gateway/WireFields.h"

#include <QSignalSpy>
#include <QTest>

// Following payments against the training gateway, over loopback.
class TestStatusPoller : public QObject
{
    Q_OBJECT

    InvoiceRecord createOpen(TestConsole &console, TrainingGateway::Outcome outcome, bool test = false,
                             const QString &currency = QStringLiteral("USD"))
    {
        console.engine.training.setNextOutcome(outcome);
        InvoiceFields f;
        f.price = *Amount::fromCanonical(QStringLiteral("10"));
        f.currency = currency;
        f.test = test;
        QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
        const auto submission = console.engine.checkout.submit(f);
        if (!submission.accepted || !opened.wait(5000))
            return InvoiceRecord();
        return opened.first().first().value<InvoiceRecord>();
    }

    // Polls the invoice on screen until its state is `wanted` or time runs out.
    InvoiceState pollUntil(TestConsole &console, qint64 id, InvoiceState wanted, int ms = 8000)
    {
        StatusPoller &poller = console.engine.poller;
        poller.setFocusInvoice(id);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            poller.pollNow();
            QTest::qWait(150);
            if (console.engine.store.find(id)->state == wanted)
                break;
        }
        return console.engine.store.find(id)->state;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<InvoiceRecord>();
        qRegisterMetaType<InvoiceState>();
    }

    void eachOutcome_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("test");
        QTest::addColumn<int>("wanted");
        QTest::addColumn<QString>("currency");
        using O = TrainingGateway::Outcome;
        QTest::newRow("test invoice pays itself") << int(O::Automatic) << true << int(InvoiceState::Paid) << "USD";
        QTest::newRow("paid") << int(O::Paid) << false << int(InvoiceState::Paid) << "USD";
        // 90 % in a coin of a price in dollars: seen, and never called underpaid,
        // since a coin amount and a dollar price cannot be compared.
        QTest::newRow("part paid in a coin") << int(O::Underpaid) << false << int(InvoiceState::PaymentSeen) << "USD";
        QTest::newRow("expired") << int(O::Expires) << false << int(InvoiceState::Expired) << "USD";
    }

    void eachOutcome()
    {
        QFETCH(int, outcome);
        QFETCH(bool, test);
        QFETCH(int, wanted);
        QFETCH(QString, currency);
        TestConsole console;
        console.engine.training.setTestPaysAfterMs(300);
        console.engine.training.setShortExpiryMs(300);
        QSignalSpy changed(&console.engine.poller, &StatusPoller::paymentChanged);
        const InvoiceRecord record = createOpen(console, TrainingGateway::Outcome(outcome), test, currency);
        QVERIFY(record.id > 0);
        QCOMPARE(int(pollUntil(console, record.id, InvoiceState(wanted))), wanted);
        // One change of state, however often it was asked.
        int stateChanges = 0;
        for (const QList<QVariant> &signal : changed)
            stateChanges += signal.at(0).value<InvoiceRecord>().state != signal.at(1).value<InvoiceState>() ? 1 : 0;
        QCOMPARE(stateChanges, 1);
        QVERIFY(console.engine.store.find(record.id)->expiresAt.isValid());
        // Stored with the gateway's raw answer.
        const QList<InvoiceEvent> events = console.engine.store.events(record.id).value();
        QCOMPARE(int(events.last().state), wanted);
        QVERIFY(events.last().rawAnswer.contains(record.fields.orderId));
        if (wanted == int(InvoiceState::Underpaid)) {
            const InvoiceRecord stored = *console.engine.store.find(record.id);
            QCOMPARE(stored.paidAmount->toCanonical(), QStringLiteral("9"));
            QCOMPARE(PaymentRule::missing(stored)->amount.toCanonical(), QStringLiteral("1"));
        }
    }

    void paidLateAfterExpiry()
    {
        TestConsole console;
        // Expired must be seen before the late payment lands: a wide gap keeps
        // that true on a busy machine.
        console.engine.training.setShortExpiryMs(300);
        console.engine.training.setTestPaysAfterMs(2000);
        const InvoiceRecord record = createOpen(console, TrainingGateway::Outcome::PaidLate);
        QCOMPARE(pollUntil(console, record.id, InvoiceState::Expired), InvoiceState::Expired);
        QCOMPARE(pollUntil(console, record.id, InvoiceState::PaidLate), InvoiceState::PaidLate);
    }

    void neverPaidStaysOpen()
    {
        TestConsole console;
        const InvoiceRecord record = createOpen(console, TrainingGateway::Outcome::NeverPaid);
        QCOMPARE(pollUntil(console, record.id, InvoiceState::Paid, 800), InvoiceState::Open);
    }

    void requestsPerCycleDoNotGrowWithOpenInvoices_data()
    {
        QTest::addColumn<int>("open");
        QTest::newRow("1") << 1;
        QTest::newRow("1000") << 1000;
    }

    void requestsPerCycleDoNotGrowWithOpenInvoices()
    {
        QFETCH(int, open);
        TestConsole console;
        for (int i = 0; i < open; ++i) {
            InvoiceFields f;
            f.price = *Amount::fromCanonical(QStringLiteral("1"));
            f.orderId = QStringLiteral("OPEN-%1").arg(i);
            const qint64 id = console.engine.store.createSending(f, console.engine.client.endpoint().name());
            console.engine.store.markOpen(id, QStringLiteral("https://payid19.com/invoice/x%1").arg(i), QByteArray());
        }
        StatusPoller &poller = console.engine.poller;
        poller.setFocusInvoice(console.engine.store.recent(1).value().first().id);
        const int before = console.engine.training.requestCount(GatewayCommands::GetInvoices);
        poller.pollNow();
        QTRY_COMPARE(console.engine.training.requestCount(GatewayCommands::GetInvoices) - before, poller.requestsLastCycle());
        // The invoice on screen and a bounded few others, however many are open.
        QVERIFY2(poller.requestsLastCycle() <= 1 + StatusPoller::MaxBackgroundPerCycle,
                 qPrintable(QString::number(poller.requestsLastCycle())));
        QCOMPARE(poller.requestsLastCycle(), std::min(open, 1 + StatusPoller::MaxBackgroundPerCycle));
        // Each question names one order id: none asks for the whole account.
        QVERIFY(!console.engine.training.lastRequest().value(WireFields::OrderId).isEmpty());
    }

    // An invoice that is no longer on screen is still seen paid.
    void anInvoiceOffScreenIsStillSeenPaid()
    {
        TestConsole console;
        console.engine.training.setTestPaysAfterMs(200);
        const InvoiceRecord paying = createOpen(console, TrainingGateway::Outcome::Paid);
        const InvoiceRecord onScreen = createOpen(console, TrainingGateway::Outcome::NeverPaid);
        StatusPoller &poller = console.engine.poller;
        poller.setFocusInvoice(onScreen.id);
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        while (console.engine.store.find(paying.id)->state != InvoiceState::Paid && timer.elapsed() < 15000) {
            poller.pollNow();
            QTest::qWait(200);
        }
        QCOMPARE(console.engine.store.find(paying.id)->state, InvoiceState::Paid);
    }

    void aGatewayThatIsDownIsReportedQuietlyAndRecovers()
    {
        TestConsole console;
        const InvoiceRecord record = createOpen(console, TrainingGateway::Outcome::NeverPaid);
        QSignalSpy problem(&console.engine.poller, &StatusPoller::problem);
        console.engine.training.goDownForMs(400);
        console.engine.poller.setFocusInvoice(record.id);
        console.engine.poller.pollNow();
        QTRY_VERIFY(problem.count() >= 1);
        QVERIFY(!problem.last().first().toString().isEmpty());
        QTest::qWait(450);
        console.engine.poller.pollNow();
        QTRY_VERIFY(!problem.isEmpty() && problem.last().first().toString().isEmpty());
        QCOMPARE(console.engine.store.find(record.id)->state, InvoiceState::Open);
    }

    void stopsAskingOncePaid()
    {
        TestConsole console;
        console.engine.training.setTestPaysAfterMs(0);
        const InvoiceRecord record = createOpen(console, TrainingGateway::Outcome::Paid);
        QCOMPARE(pollUntil(console, record.id, InvoiceState::Paid), InvoiceState::Paid);
        const int before = console.engine.training.requestCount(GatewayCommands::GetInvoices);
        console.engine.poller.pollNow();
        QTest::qWait(100);
        QCOMPARE(console.engine.training.requestCount(GatewayCommands::GetInvoices), before);
        QCOMPARE(console.engine.poller.requestsLastCycle(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatusPoller)
#include "tst_statuspoller.moc"
