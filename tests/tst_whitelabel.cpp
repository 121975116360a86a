#include "TestConsole.h"
#include "TestSupport.h"
#include "gateway/GatewayAnswerParser.h"
#include "gateway/WhiteLabel.h"
#include "gateway/WireFields.h"
#include "qr/QrCode.h"

#include <QSignalSpy>
#include <QTest>

// White label: the coin list and the address answers in every variant, and the
// whole flow against the training gateway.
class TestWhiteLabel : public QObject
{
    Q_OBJECT

    CoinCatalogue catalogue;

    static QJsonValue inner(const QByteArray &json) { return QJsonValue(QString::fromUtf8(json)); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<InvoiceRecord>();
        qRegisterMetaType<GatewayResult>();
    }

    void readsTheCoinList()
    {
        const CoinOfferList list = WhiteLabel::parseOffers(
                inner("[{\"name\":\"USDT\",\"network\":\"TRC20\",\"invoice_id\":\"abc\",\"logo\":\"x.png\",\"rate\":1},"
                      "{\"name\":\"BTC\",\"network\":\"BTC\",\"invoice_id\":\"abc\"},"
                      "{\"name\":\"SOL\",\"network\":\"SOL\",\"invoice_id\":\"abc\"}]"),
                catalogue);
        QVERIFY(list.error.isEmpty());
        QCOMPARE(list.offers.size(), 3);
        QCOMPARE(list.offers.at(0).name, QStringLiteral("USDT on TRON (TRC20)"));
        QCOMPARE(list.offers.at(1).name, QStringLiteral("Bitcoin"));
        QCOMPARE(list.offers.at(2).name, QStringLiteral("SOL")); // unknown coins still offered, by code
        QCOMPARE(list.offers.at(0).invoiceId, QStringLiteral("abc"));
    }

    void refusesWhatCannotBeUsed_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing network") << QByteArray("[{\"name\":\"BTC\",\"invoice_id\":\"a\"}]") << "no network";
        QTest::newRow("missing invoice id") << QByteArray("[{\"name\":\"BTC\",\"network\":\"BTC\"}]") << "no invoice_id";
        QTest::newRow("empty list") << QByteArray("[]") << "no coin";
        QTest::newRow("broken json") << QByteArray("[{\"name\":") << "could not be read";
        QTest::newRow("not a list") << QByteArray("{\"name\":\"BTC\"}") << "could not be read";
    }

    void refusesWhatCannotBeUsed()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, says);
        const CoinOfferList list = WhiteLabel::parseOffers(inner(payload), catalogue);
        QVERIFY(list.offers.isEmpty());
        QVERIFY2(list.error.contains(says), qPrintable(list.error));
    }

    void readsAddressesAtTheTopLevel()
    {
        const CoinAddress ok = WhiteLabel::parseAddress(GatewayAnswerParser::parse(
                200, "{\"status\":\"success\",\"address\":\"bc1qxyz\",\"amount\":\"0.00020833\"}"));
        QVERIFY(ok.error.isEmpty());
        QCOMPARE(ok.address, QStringLiteral("bc1qxyz"));
        QCOMPARE(ok.amount.toCanonical(), QStringLiteral("0.00020833"));
        const CoinAddress refused = WhiteLabel::parseAddress(GatewayAnswerParser::parse(
                421, "{\"status\":\"error\",\"title\":\"Network busy\",\"message\":[\"Try another coin\"]}"));
        QVERIFY(!refused.error.isEmpty());
        QCOMPARE(refused.gatewayMessages, (QStringList{"Network busy", "Try another coin"}));
        const CoinAddress missing = WhiteLabel::parseAddress(GatewayAnswerParser::parse(200, "{\"status\":\"success\"}"));
        QVERIFY(!missing.error.isEmpty());
    }

    // The gateway writes invoice_id and amounts as JSON numbers: the id goes
    // back to get_address as written (98765, never 98765.00000000) and an amount
    // is never rounded down (the customer would underpay).
    void numbersStayAsTheGatewayWroteThem()
    {
        const GatewayResult created = GatewayAnswerParser::parse(
                200, "{\"status\":\"success\",\"message\":[{\"name\":\"ETH\",\"network\":\"ETH\",\"invoice_id\":98765}]}");
        const CoinOfferList list = WhiteLabel::parseOffers(created.payload, catalogue);
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.offers.first().invoiceId, QStringLiteral("98765"));
        const CoinAddress eth = WhiteLabel::parseAddress(GatewayAnswerParser::parse(
                200, "{\"status\":\"success\",\"address\":\"0xabc\",\"amount\":0.123456789012345678}"));
        QCOMPARE(eth.amount.toCanonical(), QStringLiteral("0.123456789012345678"));
        const CoinAddress btc = WhiteLabel::parseAddress(GatewayAnswerParser::parse(
                200, "{\"status\":\"success\",\"address\":\"bc1q\",\"amount\":0.123456784}"));
        QCOMPARE(btc.amount.toCanonical(), QStringLiteral("0.123456784"));
    }

    void paymentUris()
    {
        QVERIFY(WhiteLabel::hasPaymentUri(QStringLiteral("BTC")));
        QVERIFY(WhiteLabel::hasPaymentUri(QStringLiteral("LTC")));
        QVERIFY(!WhiteLabel::hasPaymentUri(QStringLiteral("USDT")));
        QCOMPARE(WhiteLabel::paymentUri(QStringLiteral("BTC"), QStringLiteral("bc1qabc"), *Amount::fromCanonical(QStringLiteral("0.0002"))),
                 QStringLiteral("bitcoin:bc1qabc?amount=0.0002"));
        QCOMPARE(WhiteLabel::paymentUri(QStringLiteral("LTC"), QStringLiteral("ltc1qabc"), *Amount::fromCanonical(QStringLiteral("1.5"))),
                 QStringLiteral("litecoin:ltc1qabc?amount=1.5"));
    }

    void theWholeFlow()
    {
        TestConsole console;
        InvoiceFields f;
        f.price = *Amount::fromCanonical(QStringLiteral("12.5"));
        f.whiteLabel = true;
        f.test = true;
        f.bannedCoins = {QStringLiteral("ETH")};
        console.engine.training.setTestPaysAfterMs(800);
        QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
        QVERIFY(console.engine.checkout.submit(f).accepted);
        QVERIFY(opened.wait(5000));
        const InvoiceRecord record = opened.first().first().value<InvoiceRecord>();
        QVERIFY(record.paymentUrl.isEmpty());
        QVERIFY(record.failureText.isEmpty());
        const QList<CoinOffer> offers = WhiteLabel::fromJson(record.coinOffers, catalogue);
        QCOMPARE(offers.size(), 7); // eight leaves, ETH banned
        for (const CoinOffer &offer : offers)
            QVERIFY(offer.coin != QLatin1String("ETH"));

        // A refusal of get_address reaches the cashier with the gateway's words.
        QSignalSpy failed(&console.engine.coinChooser, &CoinChooser::addressFailed);
        console.engine.training.queueAnswer(TrainingGateway::Answer::ErrorArray421);
        QCOMPARE(console.engine.coinChooser.choose(record.id, offers.first()), QString());
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(failed.first().at(2).toStringList().size(), 2);

        // Bitcoin: the address and the exact amount, kept in the history.
        CoinOffer bitcoin;
        for (const CoinOffer &offer : offers)
            if (offer.coin == QLatin1String("BTC"))
                bitcoin = offer;
        QSignalSpy ready(&console.engine.coinChooser, &CoinChooser::addressReady);
        QCOMPARE(console.engine.coinChooser.choose(record.id, bitcoin), QString());
        QVERIFY(ready.wait(5000));
        const InvoiceRecord chosen = *console.engine.store.find(record.id);
        QCOMPARE(chosen.coin, QStringLiteral("BTC"));
        QCOMPARE(chosen.network, QStringLiteral("BTC"));
        QVERIFY(chosen.coinAddress.startsWith(QStringLiteral("bc1q")));
        QCOMPARE(chosen.coinAmount->toCanonical(), QStringLiteral("0.00020833")); // 12.5 USD at 60,000
        QCOMPARE(chosen.fields.price.toCanonical(), QStringLiteral("12.5"));
        QCOMPARE(console.engine.training.lastRequest().value(WireFields::Coin), QStringLiteral("BTC"));
        QCOMPARE(console.engine.training.lastRequest().value(WireFields::InvoiceId), bitcoin.invoiceId);

        // Its QR carries the payment URI, read back by ZXing.
        const QString uri = WhiteLabel::paymentUri(chosen.coin, chosen.coinAddress, *chosen.coinAmount);
        QCOMPARE(TestSupport::decodeQr(QrCode::encode(uri).code->toImage(4)), uri);

        // Another coin, until it is paid.
        CoinOffer tron;
        for (const CoinOffer &offer : offers)
            if (offer.network == QLatin1String("TRC20"))
                tron = offer;
        QVERIFY(console.engine.coinChooser.choose(record.id, tron).isEmpty());
        QVERIFY(ready.wait(5000));
        QCOMPARE(console.engine.store.find(record.id)->network, QStringLiteral("TRC20"));
        QCOMPARE(console.engine.store.find(record.id)->coinAmount->toCanonical(), QStringLiteral("12.5"));

        // Followed to paid like a hosted invoice.
        console.engine.poller.setFocusInvoice(record.id);
        QElapsedTimer timer;
        timer.start();
        while (console.engine.store.find(record.id)->state != InvoiceState::Paid && timer.elapsed() < 6000) {
            console.engine.poller.pollNow();
            QTest::qWait(150);
        }
        QCOMPARE(console.engine.store.find(record.id)->state, InvoiceState::Paid);
        QVERIFY(!console.engine.coinChooser.choose(record.id, bitcoin).isEmpty()); // no change once paid
    }
};

QTEST_GUILESS_MAIN(TestWhiteLabel)
#include "tst_whitelabel.moc"
