#include "FaultyGateway.h"
#include "TestConsole.h"
#include "gateway/WhiteLabel.h"
#include "gateway/WireFields.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// The fault matrix: create (InvoiceCheckout), status (StatusPoller) and
// get_address (CoinChooser) driven through every kind of gateway fault a real
// network and a real gateway produce, over real loopback HTTP (FaultyGateway).
// For each it asserts what the history holds (what the window shows), that
// nothing typed is lost, and that nothing is sent twice.
//
// The intended semantics, which the engine is being brought to:
// - create: a refusal (status "error" with JSON, at any HTTP code) is Failed,
//   with the gateway's words; a refused connection is Failed; anything that may
//   have reached the gateway (a time-out at any phase, a reset, a 3xx to any
//   host, a 5xx without JSON, a huge body, a success that cannot be read) is
//   Unknown ("Unconfirmed"), never Failed, and never sent again by itself.
// - status: garbage, huge or failed answers change nothing; another invoice's
//   data under the order id, or entries that disagree, are a Conflict, never
//   Paid; duplicates that agree are applied once; a coin amount against a fiat
//   price is never Underpaid (PaymentSeen until status 1, then Paid); numbers are
//   read exactly; expiry is judged by the gateway's own clock (its Date header).
// - get_address: a refusal records no coin and changes no state; invoice_id goes
//   back exactly as the coin list gave it; an 18-decimal amount is kept exactly.
// Rows that fail are listed at the end, for whoever brings the engine there.
using Fault = FaultyGateway::Fault;

namespace {
constexpr int TimeoutMs = 1500;

// A console whose client speaks to a FaultyGateway as if it were the real one.
struct Rig
{
    TestConsole console;
    FaultyGateway gateway;
    QString error;

    Rig()
    {
        error = console.error;
        if (error.isEmpty())
            error = gateway.start();
        point(gateway.apiBase());
    }

    void point(const QUrl &base)
    {
        GatewayEndpoint endpoint;
        endpoint.base = base;
        endpoint.training = false;
        endpoint.publicKey = FaultyGateway::publicKey();
        endpoint.privateKey = FaultyGateway::privateKey();
        endpoint.timeoutMs = TimeoutMs;
        console.engine.client.setEndpoint(endpoint);
    }

    ConsoleEngine &engine() { return console.engine; }
};

InvoiceFields sale(bool whiteLabel = false, int expiryHours = 0)
{
    InvoiceFields f;
    f.price = *Amount::fromCanonical(QStringLiteral("10"));
    f.currency = QStringLiteral("USD");
    f.title = QStringLiteral("Coffee for table 4");
    f.email = QStringLiteral("till+4@example.com");
    f.whiteLabel = whiteLabel;
    f.expiryHours = expiryHours;
    return f;
}

// Nothing the cashier typed is lost.
bool keptAsTyped(const InvoiceRecord &record, const InvoiceFields &typed)
{
    return record.fields.price == typed.price && record.fields.currency == typed.currency
            && record.fields.title == typed.title && record.fields.email == typed.email
            && !record.fields.orderId.isEmpty();
}

QString stateName(int state)
{
    return InvoiceStates::storageName(InvoiceState(state));
}

struct RowResult {
    QString test;
    QString row;
    bool passed;
};
QList<RowResult> results;
} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    // Creates an invoice through a well-behaved answer; returns its history row.
    std::optional<InvoiceRecord> createOpen(Rig &rig, const InvoiceFields &fields)
    {
        const InvoiceCheckout::Submission submission = rig.engine().checkout.submit(fields);
        if (!submission.accepted)
            return std::nullopt;
        QElapsedTimer timer;
        timer.start();
        while (rig.engine().checkout.isBusy() && timer.elapsed() < 10000)
            QTest::qWait(20);
        const auto record = rig.engine().store.find(submission.invoiceId);
        if (!record || record->state != InvoiceState::Open)
            return std::nullopt;
        return record;
    }

    // One status cycle for the invoice on screen, waited out. `mustAsk`: the
    // invoice is one the poller has to ask about (not one already settled).
    void pollOnce(Rig &rig, qint64 invoiceId, bool mustAsk = true)
    {
        const int before = rig.gateway.received(GatewayCommands::GetInvoices);
        StatusPoller &poller = rig.engine().poller;
        poller.setFocusInvoice(invoiceId);
        poller.pollNow();
        if (mustAsk)
            QTRY_VERIFY_WITH_TIMEOUT(rig.gateway.received(GatewayCommands::GetInvoices) > before, 5000);
        else
            QTest::qWait(200);
        QTRY_VERIFY_WITH_TIMEOUT(!poller.isAsking(), TimeoutMs + 5000);
        QTest::qWait(50); // what the answer changed is stored
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<InvoiceRecord>();
        qRegisterMetaType<GatewayResult>();
        qRegisterMetaType<InvoiceState>();
    }

    void cleanup()
    {
        results.append({QString::fromLatin1(QTest::currentTestFunction()),
                        QString::fromLatin1(QTest::currentDataTag()), !QTest::currentTestFailed()});
    }

    void cleanupTestCase()
    {
        int failed = 0;
        int rows = 0;
        QString report = QStringLiteral("\nFault matrix:\n");
        for (const RowResult &r : std::as_const(results)) {
            if (r.row.isEmpty())
                continue;
            report += QStringLiteral("  %1  %2 / %3\n").arg(r.passed ? QStringLiteral("pass") : QStringLiteral("FAIL"),
                                                            r.test, r.row);
            failed += r.passed ? 0 : 1;
            ++rows;
        }
        report += QStringLiteral("  %1 of %2 rows fail\n").arg(failed).arg(rows);
        qInfo().noquote() << report;
    }

    // --- create_invoice ---

    void create_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<bool>("refuseConnection");
        QTest::addColumn<int>("wanted");
        QTest::addColumn<QString>("gatewayWords"); // the first of the gateway's words kept, if any
        const int open = int(InvoiceState::Open), failed = int(InvoiceState::Failed), unknown = int(InvoiceState::Unknown);
        QTest::newRow("answered") << Fault::None << false << open << QString();
        // The gateway said no: not sent, its words kept.
        QTest::newRow("421 error array") << Fault::Error421Json << false << failed
                                         << QStringLiteral("The price amount must be at least 0.0001.");
        QTest::newRow("422 error string") << Fault::Error422String << false << failed << QStringLiteral("Unprocessable request.");
        QTest::newRow("500 with a JSON error") << Fault::Error500Json << false << failed
                                               << QStringLiteral("Internal error, please try again later.");
        QTest::newRow("error at 200") << Fault::Error200Json << false << failed << QStringLiteral("Service temporarily unavailable.");
        QTest::newRow("connection refused") << Fault::None << true << failed << QString();
        // It may have reached the gateway: unconfirmed, never failed.
        QTest::newRow("time-out before headers") << Fault::NeverAnswer << false << unknown << QString();
        QTest::newRow("time-out mid-body") << Fault::StallAfterHeaders << false << unknown << QString();
        QTest::newRow("reset after the request") << Fault::ResetAfterRequest << false << unknown << QString();
        QTest::newRow("reset mid-body") << Fault::ResetMidBody << false << unknown << QString();
        QTest::newRow("301 to the same host") << Fault::Redirect301SameHost << false << unknown << QString();
        QTest::newRow("302 to another host") << Fault::Redirect302OtherHost << false << unknown << QString();
        QTest::newRow("307 to the same host") << Fault::Redirect307SameHost << false << unknown << QString();
        QTest::newRow("307 to another host") << Fault::Redirect307OtherHost << false << unknown << QString();
        QTest::newRow("500 HTML page") << Fault::Html500 << false << unknown << QString();
        QTest::newRow("502 JSON without status") << Fault::Error502Json << false << unknown << QString();
        QTest::newRow("502 HTML page") << Fault::Html502 << false << unknown << QString();
        QTest::newRow("200 not JSON") << Fault::Garbage200 << false << unknown << QString();
        QTest::newRow("200 huge body") << Fault::Huge200 << false << unknown << QString();
        QTest::newRow("success with a number for the address") << Fault::NumbersForStrings << false << unknown << QString();
        QTest::newRow("clock skew") << Fault::ClockSkew << false << open << QString();
    }

    void create()
    {
        QFETCH(Fault, fault);
        QFETCH(bool, refuseConnection);
        QFETCH(int, wanted);
        QFETCH(QString, gatewayWords);
        Rig rig;
        QCOMPARE(rig.error, QString());
        if (refuseConnection) {
            QTcpServer closed; // a port that was free a moment ago: nobody listens there
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            const quint16 port = closed.serverPort();
            closed.close();
            rig.point(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(port)));
        } else if (fault != Fault::None) {
            rig.gateway.queueFault(fault, GatewayCommands::CreateInvoice);
        }
        const InvoiceFields typed = sale();
        const InvoiceCheckout::Submission submission = rig.engine().checkout.submit(typed);
        QVERIFY(submission.accepted);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.engine().checkout.isBusy(), TimeoutMs + 5000);
        QTest::qWait(300); // whatever a followed redirect or a retry would send has arrived

        const auto record = rig.engine().store.find(submission.invoiceId);
        QVERIFY2(record.has_value(), "the invoice is gone from the history");
        QVERIFY2(keptAsTyped(*record, typed), "what was typed is not kept");
        QCOMPARE(record->fields.orderId, submission.orderId);
        QCOMPARE(rig.engine().store.recent(-1).value().size(), 1); // one sale, one row
        QVERIFY2(int(record->state) == wanted,
                 qPrintable(QStringLiteral("state %1, wanted %2; the gateway received create_invoice %3 time(s)")
                                    .arg(stateName(int(record->state)), stateName(wanted))
                                    .arg(rig.gateway.received(GatewayCommands::CreateInvoice))));
        if (!gatewayWords.isEmpty()) {
            QVERIFY(!record->gatewayMessages.isEmpty());
            QCOMPARE(record->gatewayMessages.first(), gatewayWords);
        }
        if (wanted == int(InvoiceState::Unknown))
            QVERIFY(!record->failureText.isEmpty()); // the cashier is told why
        // Sent once, never again by itself.
        const int expectedSends = refuseConnection ? 0 : 1;
        QCOMPARE(rig.gateway.received(GatewayCommands::CreateInvoice), expectedSends);
        if (!refuseConnection) {
            const FormBody sent = rig.gateway.lastRequest(GatewayCommands::CreateInvoice).form;
            QCOMPARE(sent.value(WireFields::OrderId), submission.orderId);
            QCOMPARE(sent.value(WireFields::Email), typed.email); // '+' intact
        }
        // The row can no longer be sent again as if nothing had reached the gateway.
        if (wanted == int(InvoiceState::Unknown)) {
            QVERIFY(!rig.engine().checkout.resend(record->id, record->fields).accepted);
            QCOMPARE(rig.gateway.received(GatewayCommands::CreateInvoice), expectedSends);
        }
    }

    // --- get_invoices ---

    void status_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("amount"); // what came in, as the gateway writes it
        QTest::addColumn<QString>("coin");
        QTest::addColumn<int>("paid");       // the gateway's status
        QTest::addColumn<int>("wanted");
        QTest::addColumn<QString>("paidAmount"); // as the history must then hold it
        const int open = int(InvoiceState::Open), paidState = int(InvoiceState::Paid),
                  seen = int(InvoiceState::PaymentSeen), conflict = int(InvoiceState::Conflict);
        const QString full = QStringLiteral("10.00000000"), usdt = QStringLiteral("USDT");
        QTest::newRow("waiting") << Fault::None << QString() << QString() << 0 << open << QString();
        QTest::newRow("paid") << Fault::None << full << usdt << 1 << paidState << QStringLiteral("10");
        // A failed or unreadable answer changes nothing, though the gateway would say paid.
        QTest::newRow("time-out before headers") << Fault::NeverAnswer << full << usdt << 1 << open << QString();
        QTest::newRow("time-out mid-body") << Fault::StallAfterHeaders << full << usdt << 1 << open << QString();
        QTest::newRow("reset after the request") << Fault::ResetAfterRequest << full << usdt << 1 << open << QString();
        QTest::newRow("reset mid-body") << Fault::ResetMidBody << full << usdt << 1 << open << QString();
        QTest::newRow("302 to another host") << Fault::Redirect302OtherHost << full << usdt << 1 << open << QString();
        QTest::newRow("421 error array") << Fault::Error421Json << full << usdt << 1 << open << QString();
        QTest::newRow("500 HTML page") << Fault::Html500 << full << usdt << 1 << open << QString();
        QTest::newRow("502 JSON without status") << Fault::Error502Json << full << usdt << 1 << open << QString();
        QTest::newRow("200 not JSON") << Fault::Garbage200 << full << usdt << 1 << open << QString();
        QTest::newRow("200 huge body") << Fault::Huge200 << full << usdt << 1 << open << QString();
        // Another sale's data under this order number: shown, never guessed.
        QTest::newRow("another invoice under the order id") << Fault::OtherInvoiceData << QString() << QString() << 0
                                                             << conflict << QString();
        QTest::newRow("duplicates that agree") << Fault::DuplicateEntries << full << usdt << 1 << paidState
                                               << QStringLiteral("10");
        QTest::newRow("duplicates that disagree") << Fault::DuplicatesDisagree << full << usdt << 1 << conflict << QString();
        // Amounts in a coin against a fiat price: never underpaid.
        QTest::newRow("BTC seen, not confirmed") << Fault::None << QStringLiteral("0.00016667") << QStringLiteral("BTC") << 0
                                                << seen << QStringLiteral("0.00016667");
        QTest::newRow("BTC confirmed") << Fault::None << QStringLiteral("0.00016667") << QStringLiteral("BTC") << 1
                                       << paidState << QStringLiteral("0.00016667");
        QTest::newRow("amount in a coin (fault)") << Fault::AmountInCoin << QString() << QStringLiteral("BTC") << 0 << seen
                                                  << QStringLiteral("0.00016667");
        QTest::newRow("40 percent in TRX") << Fault::None << QStringLiteral("33.333333") << QStringLiteral("TRX") << 0
                                           << seen << QStringLiteral("33.333333");
        QTest::newRow("9 USDT on 10 USD") << Fault::None << QStringLiteral("9.00000000") << usdt << 0 << seen
                                          << QStringLiteral("9");
        // Numbers read exactly, whatever their JSON type.
        QTest::newRow("numbers as JSON numbers") << Fault::NumbersForStrings << QStringLiteral("0.123456784")
                                                 << QStringLiteral("ETH") << 1 << paidState << QStringLiteral("0.123456784");
        QTest::newRow("18 decimals as a JSON number") << Fault::NumbersForStrings << QStringLiteral("0.123456789012345678")
                                                      << QStringLiteral("ETH") << 0 << seen
                                                      << QStringLiteral("0.123456789012345678");
        QTest::newRow("strings for numbers") << Fault::StringsForNumbers << full << usdt << 1 << paidState
                                             << QStringLiteral("10");
        // The gateway's clock is 3 hours behind ours; the invoice has 2 hours left by it.
        QTest::newRow("clock skew") << Fault::ClockSkew << QString() << QString() << 0 << open << QString();
    }

    void status()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, amount);
        QFETCH(QString, coin);
        QFETCH(int, paid);
        QFETCH(int, wanted);
        QFETCH(QString, paidAmount);
        Rig rig;
        QCOMPARE(rig.error, QString());
        const bool skewed = fault == Fault::ClockSkew;
        const InvoiceFields typed = sale(false, skewed ? 2 : 0);
        const auto created = createOpen(rig, typed);
        QVERIFY(created.has_value());
        const qint64 id = created->id;
        // A first, well-behaved answer: the gateway's expiry is learnt (in its own
        // slow clock when that is the fault).
        if (skewed)
            rig.gateway.queueFault(fault, GatewayCommands::GetInvoices);
        pollOnce(rig, id);
        const int eventsBefore = int(rig.engine().store.events(id).value().size());

        rig.gateway.setPayment(created->fields.orderId, amount, coin, paid);
        // Qt sends a request again by itself when the connection drops before any
        // answer: the fault then meets that attempt too (a get_invoices may be asked
        // twice; what matters here is that a failed answer changes nothing).
        for (int i = 0; i < (fault == Fault::ResetAfterRequest ? 3 : 1); ++i)
            rig.gateway.queueFault(fault, GatewayCommands::GetInvoices);
        pollOnce(rig, id, !skewed);
        if (skewed) { // and once more: the local countdown must not expire it either
            rig.gateway.queueFault(fault, GatewayCommands::GetInvoices);
            pollOnce(rig, id, false);
        }

        const auto record = rig.engine().store.find(id);
        QVERIFY(record.has_value());
        QVERIFY(keptAsTyped(*record, typed));
        QVERIFY2(int(record->state) == wanted,
                 qPrintable(QStringLiteral("state %1, wanted %2").arg(stateName(int(record->state)), stateName(wanted))));
        QVERIFY(record->state != InvoiceState::Underpaid); // a coin is never compared with a price
        if (!paidAmount.isEmpty()) {
            QVERIFY(record->paidAmount.has_value());
            QCOMPARE(record->paidAmount->toCanonical(), paidAmount);
            QCOMPARE(record->paidCurrency, coin);
        } else if (wanted == int(InvoiceState::Open)) {
            QVERIFY(!record->paidAmount || record->paidAmount->isZero());
        }
        // One change of state is stored once, however the gateway repeated it.
        const int eventsAfter = int(rig.engine().store.events(id).value().size());
        if (wanted == int(InvoiceState::Open))
            QCOMPARE(eventsAfter, eventsBefore);
        else
            QCOMPARE(eventsAfter, eventsBefore + 1);
        // Asking again with a well-behaved answer of the same data changes nothing more.
        if (fault == Fault::DuplicateEntries || fault == Fault::None) {
            rig.gateway.queueFault(fault, GatewayCommands::GetInvoices);
            pollOnce(rig, id, false);
            QCOMPARE(int(rig.engine().store.events(id).value().size()), eventsAfter);
        }
        QCOMPARE(rig.gateway.received(GatewayCommands::CreateInvoice), 1);
    }

    // --- get_address ---

    void address_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("quoted");   // the amount get_address answers
        QTest::addColumn<bool>("recorded");
        QTest::addColumn<bool>("idAsString");  // the coin list gives invoice_id as "98765"
        const QString eth = QStringLiteral("0.00333333"), long18 = QStringLiteral("0.123456789012345678");
        QTest::newRow("answered") << Fault::None << eth << true << false;
        QTest::newRow("invoice_id given as a string") << Fault::None << eth << true << true;
        QTest::newRow("18 decimals as a JSON number") << Fault::NumbersForStrings << long18 << true << false;
        QTest::newRow("18 decimals as a string") << Fault::None << long18 << true << false;
        QTest::newRow("421 error array") << Fault::Error421Json << eth << false << false;
        QTest::newRow("422 error string") << Fault::Error422String << eth << false << false;
        QTest::newRow("error at 200") << Fault::Error200Json << eth << false << false;
        QTest::newRow("502 HTML page") << Fault::Html502 << eth << false << false;
        QTest::newRow("200 not JSON") << Fault::Garbage200 << eth << false << false;
        QTest::newRow("200 huge body") << Fault::Huge200 << eth << false << false;
        QTest::newRow("time-out before headers") << Fault::NeverAnswer << eth << false << false;
        QTest::newRow("reset after the request") << Fault::ResetAfterRequest << eth << false << false;
        QTest::newRow("reset mid-body") << Fault::ResetMidBody << eth << false << false;
    }

    void address()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, quoted);
        QFETCH(bool, recorded);
        QFETCH(bool, idAsString);
        Rig rig;
        QCOMPARE(rig.error, QString());
        if (idAsString)
            rig.gateway.queueFault(Fault::StringsForNumbers, GatewayCommands::CreateInvoice);
        const InvoiceFields typed = sale(true);
        const auto created = createOpen(rig, typed);
        QVERIFY(created.has_value());
        const QList<CoinOffer> offers = WhiteLabel::fromJson(created->coinOffers, rig.engine().coins);
        CoinOffer ether;
        for (const CoinOffer &offer : offers) {
            if (offer.coin == QLatin1String("ETH"))
                ether = offer;
        }
        QVERIFY2(!ether.coin.isEmpty(), qPrintable(created->coinOffers));
        // The id as the coin list gave it: an integer stays an integer.
        QCOMPARE(ether.invoiceId, QString::number(FaultyGateway::FirstInvoiceId));

        rig.gateway.setAddressAmount(quoted);
        rig.gateway.queueFault(fault, GatewayCommands::GetAddress);
        QSignalSpy ready(&rig.engine().coinChooser, &CoinChooser::addressReady);
        QSignalSpy failed(&rig.engine().coinChooser, &CoinChooser::addressFailed);
        QCOMPARE(rig.engine().coinChooser.choose(created->id, ether), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.engine().coinChooser.isBusy(), TimeoutMs + 5000);
        QTest::qWait(50);

        QCOMPARE(rig.gateway.received(GatewayCommands::GetAddress), 1);
        const FormBody sent = rig.gateway.lastRequest(GatewayCommands::GetAddress).form;
        QCOMPARE(sent.value(WireFields::InvoiceId), QString::number(FaultyGateway::FirstInvoiceId)); // never 98765.00000000
        QCOMPARE(sent.value(WireFields::Coin), QStringLiteral("ETH"));
        QCOMPARE(sent.value(WireFields::Network), QStringLiteral("ETH"));

        const auto record = rig.engine().store.find(created->id);
        QVERIFY(record.has_value());
        QVERIFY(keptAsTyped(*record, typed));
        QCOMPARE(record->state, InvoiceState::Open); // choosing a coin is not paying
        if (recorded) {
            QCOMPARE(ready.count(), 1);
            QCOMPARE(record->coin, QStringLiteral("ETH"));
            QVERIFY(!record->coinAddress.isEmpty());
            QVERIFY(record->coinAmount.has_value());
            QCOMPARE(record->coinAmount->toCanonical(), quoted);
        } else {
            QCOMPARE(failed.count(), 1);
            QCOMPARE(ready.count(), 0);
            QVERIFY(record->coin.isEmpty());
            QVERIFY(record->coinAddress.isEmpty());
            QVERIFY(!record->coinAmount.has_value());
        }
        QCOMPARE(rig.gateway.received(GatewayCommands::CreateInvoice), 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
