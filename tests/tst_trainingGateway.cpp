#include "gateway/FormBody.h"
#include "gateway/WireFields.h"
#include "invoice/Amount.h"
#include "training/TrainingGateway.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// The training gateway answers as the real one is documented to, over real HTTP:
// here it is spoken to with bare requests, without the console's client.
class TestTrainingGateway : public QObject
{
    Q_OBJECT

    QNetworkAccessManager network;
    TrainingGateway gateway;

    struct Answer {
        int http = 0;
        QJsonObject json;
        QByteArray body;
        QByteArray date; // the Date header
    };

    Answer post(const QString &command, FormBody form, bool withKeys = true)
    {
        return post(gateway, command, form, withKeys);
    }

    Answer post(TrainingGateway &gateway, const QString &command, FormBody form, bool withKeys = true)
    {
        FormBody body;
        if (withKeys) {
            body.add(WireFields::PublicKey, TrainingGateway::publicKey());
            body.add(WireFields::PrivateKey, TrainingGateway::privateKey());
        }
        for (const auto &field : form.fields())
            body.add(field.first, field.second);
        QNetworkRequest request(gateway.endpoint().commandUrl(command));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *reply = network.post(request, body.encoded());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        Answer answer;
        answer.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.date = reply->rawHeader("Date");
        answer.json = QJsonDocument::fromJson(answer.body).object();
        reply->deleteLater();
        return answer;
    }

    QByteArray get(const QUrl &url)
    {
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(gateway.port() != 0);
        QCOMPARE(gateway.apiBase().host(), QStringLiteral("127.0.0.1"));
    }

    void checksTheKeys()
    {
        FormBody form;
        form.add(WireFields::PriceAmount, QStringLiteral("5"));
        const Answer answer = post(GatewayCommands::CreateInvoice, form, false);
        QCOMPARE(answer.http, 421);
        QCOMPARE(answer.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(answer.json.value(QStringLiteral("message")).isArray());
    }

    void refusesATooSmallPriceWithAnErrorArray()
    {
        FormBody form;
        form.add(WireFields::PriceAmount, QStringLiteral("0.00001"));
        const Answer answer = post(GatewayCommands::CreateInvoice, form);
        QCOMPARE(answer.http, 421);
        QCOMPARE(answer.json.value(QStringLiteral("message")).toArray().first().toString(),
                 QStringLiteral("The price amount must be at least 0.0001."));
    }

    void createsAnInvoiceWithAPaymentPage()
    {
        FormBody form;
        form.add(WireFields::PriceAmount, QStringLiteral("12.5"));
        form.add(WireFields::OrderId, QStringLiteral("PAGE-1"));
        form.add(WireFields::Title, QStringLiteral("Coffee"));
        form.add(WireFields::Template, QStringLiteral("mint"));
        const Answer answer = post(GatewayCommands::CreateInvoice, form);
        QCOMPARE(answer.http, 200);
        const QString url = answer.json.value(QStringLiteral("message")).toString();
        QVERIFY2(url.contains(QStringLiteral("/invoice/")) && url.endsWith(QStringLiteral("/mint")), qPrintable(url));
        const QByteArray page = get(QUrl(url));
        QVERIFY(page.contains("Training gateway: no real money moves."));
        QVERIFY(page.contains("Coffee"));
    }

    void getInvoicesAnswersJsonInsideAString()
    {
        gateway.setTestPaysAfterMs(0);
        FormBody form;
        form.add(WireFields::PriceAmount, QStringLiteral("2"));
        form.add(WireFields::OrderId, QStringLiteral("STATUS-1"));
        form.add(WireFields::Test, QStringLiteral("1"));
        QCOMPARE(post(GatewayCommands::CreateInvoice, form).http, 200);

        FormBody query;
        query.add(WireFields::OrderId, QStringLiteral("STATUS-1"));
        const Answer answer = post(GatewayCommands::GetInvoices, query);
        const QJsonValue message = answer.json.value(QStringLiteral("message"));
        QVERIFY(message.isString());
        const QJsonArray invoices = QJsonDocument::fromJson(message.toString().toUtf8()).array();
        QCOMPARE(invoices.size(), 1);
        const QJsonObject invoice = invoices.first().toObject();
        QCOMPARE(invoice.value(QStringLiteral("order_id")).toString(), QStringLiteral("STATUS-1"));
        QCOMPARE(invoice.value(QStringLiteral("status")).toInt(), 1); // test invoices pay themselves
        QCOMPARE(invoice.value(QStringLiteral("price_amount")).toString(), QStringLiteral("2.00000000"));
        QVERIFY(invoice.value(QStringLiteral("expiration_date")).toString().contains(QLatin1Char(' ')));

        FormBody none;
        none.add(WireFields::OrderId, QStringLiteral("NOPE"));
        QCOMPARE(post(GatewayCommands::GetInvoices, none).json.value(QStringLiteral("message")).toString(), QStringLiteral("[]"));
        gateway.setTestPaysAfterMs(5000);
    }

    void whiteLabelAndGetAddress()
    {
        FormBody form;
        form.add(WireFields::PriceAmount, QStringLiteral("3"));
        form.add(WireFields::WhiteLabel, QStringLiteral("1"));
        form.add(WireFields::BannedCoins, QStringLiteral("[\"USDT\",\"BTC\"]"));
        const Answer answer = post(GatewayCommands::CreateInvoice, form);
        const QJsonArray coins = QJsonDocument::fromJson(answer.json.value(QStringLiteral("message")).toString().toUtf8()).array();
        QStringList names;
        for (const QJsonValue &coin : coins)
            names << coin.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{"ETH", "TRX", "BNB", "LTC"}));
        const QString invoiceId = coins.first().toObject().value(QStringLiteral("invoice_id")).toString();

        FormBody address;
        address.add(WireFields::InvoiceId, invoiceId);
        address.add(WireFields::Coin, QStringLiteral("ETH"));
        address.add(WireFields::Network, QStringLiteral("ETH"));
        const Answer paid = post(GatewayCommands::GetAddress, address);
        QCOMPARE(paid.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QVERIFY(!paid.json.value(QStringLiteral("address")).toString().isEmpty());
        QCOMPARE(paid.json.value(QStringLiteral("amount")).toString(), QStringLiteral("0.00100000")); // 3 USD at 3,000 USD per ETH
    }

    void countsRequests()
    {
        const int before = gateway.requestCount(GatewayCommands::GetInvoices);
        post(GatewayCommands::GetInvoices, FormBody());
        QCOMPARE(gateway.requestCount(GatewayCommands::GetInvoices), before + 1);
    }

    // --- The real world's shapes ---

    void paysInTheCoinItIsSetTo_data()
    {
        QTest::addColumn<QString>("coin");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("amount");
        // Training rates: BTC 60,000 USD, ETH 3,000, LTC 80, BNB 600, TRX 0.12;
        // EUR 1.08 USD, GBP 1.27, TRY 0.031.
        QTest::newRow("10 USD in BTC") << "BTC" << "10" << "USD" << "0.00016667";
        QTest::newRow("10 EUR in BTC") << "BTC" << "10" << "EUR" << "0.00018000";
        QTest::newRow("10 USD in ETH") << "ETH" << "10" << "USD" << "0.00333333";
        QTest::newRow("10 GBP in TRX") << "TRX" << "10" << "GBP" << "105.83333300";
        QTest::newRow("100 TRY in LTC") << "LTC" << "100" << "TRY" << "0.03875000";
        QTest::newRow("12.5 USD in BNB") << "BNB" << "12.5" << "USD" << "0.02083333";
        QTest::newRow("10 EUR in USDT") << "USDT" << "10" << "EUR" << "10.80000000";
    }

    void paysInTheCoinItIsSetTo()
    {
        QFETCH(QString, coin);
        QFETCH(QString, price);
        QFETCH(QString, currency);
        QFETCH(QString, amount);
        TrainingGateway gw;
        QVERIFY(gw.start().isEmpty());
        gw.setPayCoin(coin);
        gw.setTestPaysAfterMs(0);
        gw.setNextOutcome(TrainingGateway::Outcome::Paid);
        QCOMPARE(gw.quote(price, currency, coin), amount);
        sell(gw, price, currency, QStringLiteral("COIN-1"));
        const QJsonObject invoice = onlyInvoice(gw, QStringLiteral("COIN-1"));
        QCOMPARE(invoice.value("amount").toString(), amount);
        QCOMPARE(invoice.value("amount_currency").toString(), coin);
        QCOMPARE(invoice.value("price_amount").toString(), Amount::fromCanonical(price)->toFixed(8));
        QCOMPARE(invoice.value("price_currency").toString(), currency);
        QCOMPARE(invoice.value("status").toInt(), 1);
    }

    void numbersAsJsonAreExactLiterals()
    {
        TrainingGateway gw;
        QVERIFY(gw.start().isEmpty());
        gw.setNumbersAsJson(true);
        gw.setPayCoin(QStringLiteral("ETH"));
        gw.setTestPaysAfterMs(0);
        gw.setNextOutcome(TrainingGateway::Outcome::Paid);
        QCOMPARE(gw.quote(QStringLiteral("12.34"), QStringLiteral("USD"), QStringLiteral("ETH")),
                 QStringLiteral("0.004113333333333333")); // 18 decimals
        sell(gw, QStringLiteral("12.34"), QStringLiteral("USD"), QStringLiteral("NUM-1"));
        const QString text = invoicesText(gw, QStringLiteral("NUM-1"));
        // Written digit by digit: no quotes, no rounding through a double.
        QVERIFY2(text.contains(QStringLiteral("\"amount\":0.004113333333333333,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"price_amount\":12.34,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"status\":1}")), qPrintable(text));
        QVERIFY2(QRegularExpression(QStringLiteral("\"id\":\\d+,\"user_id\":4242,")).match(text).hasMatch(), qPrintable(text));
        const QJsonObject invoice = QJsonDocument::fromJson(text.toUtf8()).array().first().toObject();
        QVERIFY(invoice.value("id").isDouble());
        QVERIFY(invoice.value("amount").isDouble());

        // White label: invoice_id a JSON integer, get_address's amount a number literal.
        FormBody form;
        form.add(WireFields::PriceAmount, QStringLiteral("12.34"));
        form.add(WireFields::WhiteLabel, QStringLiteral("1"));
        const Answer created = post(gw, GatewayCommands::CreateInvoice, form);
        const QString coins = created.json.value("message").toString();
        QVERIFY2(QRegularExpression(QStringLiteral("\"invoice_id\":\\d+}")).match(coins).hasMatch(), qPrintable(coins));
        const qint64 invoiceId = QJsonDocument::fromJson(coins.toUtf8()).array().first().toObject().value("invoice_id").toInteger();
        FormBody address;
        address.add(WireFields::InvoiceId, QString::number(invoiceId));
        address.add(WireFields::Coin, QStringLiteral("ETH"));
        address.add(WireFields::Network, QStringLiteral("ETH"));
        const Answer quoted = post(gw, GatewayCommands::GetAddress, address, false);
        QVERIFY2(quoted.body.contains("\"amount\":0.004113333333333333}"), quoted.body.constData());

        // Strings, the default: the same amounts with 8 decimals.
        gw.setNumbersAsJson(false);
        QCOMPARE(onlyInvoice(gw, QStringLiteral("NUM-1")).value("amount").toString(), QStringLiteral("0.00411333"));
        QCOMPARE(onlyInvoice(gw, QStringLiteral("NUM-1")).value("id").toString(), QString::number(TrainingGateway::FirstInvoiceId));
    }

    void rotatesThroughTheCoins()
    {
        TrainingGateway gw;
        QVERIFY(gw.start().isEmpty());
        gw.setPayCoin(TrainingGateway::rotateCoins());
        gw.setTestPaysAfterMs(0);
        QStringList paidIn;
        for (int i = 0; i < TrainingGateway::payCoins().size(); ++i) {
            gw.setNextOutcome(TrainingGateway::Outcome::Paid);
            sell(gw, QStringLiteral("10"), QStringLiteral("USD"), QStringLiteral("ROT-%1").arg(i));
            paidIn << onlyInvoice(gw, QStringLiteral("ROT-%1").arg(i)).value("amount_currency").toString();
        }
        QCOMPARE(paidIn, TrainingGateway::payCoins());
    }

    void partlyPaidStaysPartial()
    {
        TrainingGateway gw;
        QVERIFY(gw.start().isEmpty());
        gw.setTestPaysAfterMs(0);
        gw.setPayCoin(QStringLiteral("TRX"));
        gw.setNextOutcome(TrainingGateway::Outcome::PartlyPaid);
        sell(gw, QStringLiteral("10"), QStringLiteral("USD"), QStringLiteral("PART-1"));
        for (int i = 0; i < 2; ++i) {
            const QJsonObject invoice = onlyInvoice(gw, QStringLiteral("PART-1"));
            QCOMPARE(invoice.value("amount").toString(), QStringLiteral("33.33333300")); // 40 % of 83.333333 TRX
            QCOMPARE(invoice.value("amount_currency").toString(), QStringLiteral("TRX"));
            QCOMPARE(invoice.value("status").toInt(), 0);
            QTest::qWait(300); // and it stays so
        }
    }

    void unconfirmedTurnsPaidOnceConfirmed()
    {
        TrainingGateway gw;
        QVERIFY(gw.start().isEmpty());
        gw.setTestPaysAfterMs(0);
        gw.setConfirmAfterMs(600);
        gw.setPayCoin(QStringLiteral("BTC"));
        gw.setNextOutcome(TrainingGateway::Outcome::Unconfirmed);
        sell(gw, QStringLiteral("10"), QStringLiteral("USD"), QStringLiteral("CONF-1"));
        const QJsonObject seen = onlyInvoice(gw, QStringLiteral("CONF-1"));
        QCOMPARE(seen.value("amount").toString(), QStringLiteral("0.00016667")); // all of it, seen
        QCOMPARE(seen.value("status").toInt(), 0);                               // not confirmed yet
        QTRY_COMPARE_WITH_TIMEOUT(onlyInvoice(gw, QStringLiteral("CONF-1")).value("status").toInt(), 1, 5000);
        QCOMPARE(onlyInvoice(gw, QStringLiteral("CONF-1")).value("amount").toString(), QStringLiteral("0.00016667"));
        QVERIFY(TrainingGateway::outcomes().contains(TrainingGateway::Outcome::Unconfirmed));
        QVERIFY(TrainingGateway::outcomes().contains(TrainingGateway::Outcome::PartlyPaid));
        QVERIFY(!TrainingGateway::outcomeName(TrainingGateway::Outcome::PartlyPaid).isEmpty());
    }

    void getAddressNeedsNoKeysButTheExactInvoiceId()
    {
        TrainingGateway gw;
        QVERIFY(gw.start().isEmpty());
        FormBody form;
        form.add(WireFields::PriceAmount, QStringLiteral("10"));
        form.add(WireFields::WhiteLabel, QStringLiteral("1"));
        const QJsonArray coins = QJsonDocument::fromJson(post(gw, GatewayCommands::CreateInvoice, form)
                                                                 .json.value("message").toString().toUtf8()).array();
        const QString invoiceId = coins.first().toObject().value("invoice_id").toString();
        QCOMPARE(invoiceId, QString::number(TrainingGateway::FirstInvoiceId));

        // As the gateway's own checkout calls it: email, coin, invoice_id, network.
        FormBody address;
        address.add(WireFields::Email, QStringLiteral("till+1@example.com"));
        address.add(WireFields::Coin, QStringLiteral("BTC"));
        address.add(WireFields::InvoiceId, invoiceId);
        address.add(WireFields::Network, QStringLiteral("BTC"));
        const Answer answer = post(gw, GatewayCommands::GetAddress, address, false);
        QCOMPARE(answer.http, 200);
        QCOMPARE(answer.json.value("status").toString(), QStringLiteral("success"));
        QVERIFY(answer.json.value("address").toString().startsWith(QStringLiteral("bc1q")));
        QCOMPARE(answer.json.value("amount").toString(), QStringLiteral("0.00016667"));

        // The id as a double would print it is another invoice id.
        FormBody rounded;
        rounded.add(WireFields::Coin, QStringLiteral("BTC"));
        rounded.add(WireFields::InvoiceId, invoiceId + QStringLiteral(".00000000"));
        rounded.add(WireFields::Network, QStringLiteral("BTC"));
        const Answer refused = post(gw, GatewayCommands::GetAddress, rounded, false);
        QCOMPARE(refused.http, 421);
        QCOMPARE(refused.json.value("message").toArray().first().toString(), QStringLiteral("Invoice not found."));

        // create_invoice and get_invoices still need the keys.
        QCOMPARE(post(gw, GatewayCommands::GetInvoices, FormBody(), false).http, 421);
    }

    void whiteLabelIsPaidExactlyAsQuoted_data()
    {
        QTest::addColumn<bool>("numbers");
        QTest::addColumn<QString>("coin");
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("amount");
        QTest::newRow("BTC as strings") << false << "BTC" << "BTC" << "0.00016667";
        QTest::newRow("ETH as numbers") << true << "ETH" << "ETH" << "0.003333333333333333";
        QTest::newRow("USDT on TRC20") << false << "USDT" << "TRC20" << "10.00000000";
    }

    void whiteLabelIsPaidExactlyAsQuoted()
    {
        QFETCH(bool, numbers);
        QFETCH(QString, coin);
        QFETCH(QString, network);
        QFETCH(QString, amount);
        TrainingGateway gw;
        QVERIFY(gw.start().isEmpty());
        gw.setNumbersAsJson(numbers);
        gw.setPayCoin(QStringLiteral("LTC")); // hosted invoices only: white label pays in the chosen coin
        gw.setTestPaysAfterMs(600);
        gw.setNextOutcome(TrainingGateway::Outcome::Paid);
        FormBody form;
        form.add(WireFields::PriceAmount, QStringLiteral("10"));
        form.add(WireFields::OrderId, QStringLiteral("WL-1"));
        form.add(WireFields::WhiteLabel, QStringLiteral("1"));
        const Answer created = post(gw, GatewayCommands::CreateInvoice, form);
        QCOMPARE(created.http, 200);
        FormBody address;
        address.add(WireFields::Coin, coin);
        address.add(WireFields::Network, network);
        address.add(WireFields::InvoiceId, QString::number(TrainingGateway::FirstInvoiceId));
        const Answer quoted = post(gw, GatewayCommands::GetAddress, address, false);
        QVERIFY2(quoted.body.contains("\"amount\":" + (numbers ? amount.toLatin1() : '"' + amount.toLatin1() + '"')),
                 quoted.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(invoicesText(gw, QStringLiteral("WL-1")).contains(QStringLiteral("\"status\":1}")), 5000);
        const QString text = invoicesText(gw, QStringLiteral("WL-1"));
        const QString expected = numbers ? QStringLiteral("\"amount\":%1,").arg(amount)
                                         : QStringLiteral("\"amount\":\"%1\",").arg(amount);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"amount_currency\":\"%1\"").arg(coin)), qPrintable(text));
    }

    void invoiceObjectsCarryEveryFieldButTheKey()
    {
        TrainingGateway gw;
        QVERIFY(gw.start().isEmpty());
        FormBody form;
        form.add(WireFields::PriceAmount, QStringLiteral("7.5"));
        form.add(WireFields::PriceCurrency, QStringLiteral("EUR"));
        form.add(WireFields::OrderId, QStringLiteral("FIELDS-1"));
        form.add(WireFields::Email, QStringLiteral("till+1@example.com"));
        form.add(WireFields::MerchantId, QStringLiteral("shop-7"));
        form.add(WireFields::CustomerId, QStringLiteral("12345"));
        form.add(WireFields::Title, QStringLiteral("Tea"));
        form.add(WireFields::Description, QString(200, QLatin1Char('d')));
        form.add(WireFields::SuccessUrl, QStringLiteral("https://shop.example/ok"));
        form.add(WireFields::CancelUrl, QStringLiteral("https://shop.example/cancel"));
        form.add(WireFields::CallbackUrl, QStringLiteral("https://shop.example/callback"));
        form.add(WireFields::AddFeeToPrice, QStringLiteral("1"));
        QCOMPARE(post(gw, GatewayCommands::CreateInvoice, form).http, 200);
        FormBody query;
        query.add(WireFields::OrderId, QStringLiteral("FIELDS-1"));
        const Answer answer = post(gw, GatewayCommands::GetInvoices, query);
        const QJsonObject invoice = QJsonDocument::fromJson(answer.json.value("message").toString().toUtf8())
                                            .array().first().toObject();
        const QStringList fields = {"id", "user_id", "email", "merchant_id", "order_id", "customer_id",
                                    "price_amount", "price_currency", "amount", "amount_currency",
                                    "add_fee_to_price", "title", "description", "ref_url", "cancel_url",
                                    "success_url", "callback_url", "ip", "test", "created_at",
                                    "expiration_date", "status"};
        for (const QString &field : fields)
            QVERIFY2(invoice.contains(field), qPrintable(field));
        QCOMPARE(invoice.keys().size(), fields.size());
        QVERIFY(!answer.body.contains(TrainingGateway::privateKey().toLatin1()));
        QCOMPARE(invoice.value("email").toString(), QStringLiteral("till+1@example.com"));
        QCOMPARE(invoice.value("merchant_id").toString(), QStringLiteral("shop-7"));
        QCOMPARE(invoice.value("customer_id").toString(), QStringLiteral("12345"));
        QCOMPARE(invoice.value("description").toString().size(), 180); // the first 180 kept
        QCOMPARE(invoice.value("price_currency").toString(), QStringLiteral("EUR"));
        QCOMPARE(invoice.value("add_fee_to_price").toInt(), 1);
        QCOMPARE(invoice.value("callback_url").toString(), QStringLiteral("https://shop.example/callback"));
        QVERIFY(invoice.value("amount").isNull()); // nothing paid yet
        QVERIFY(invoice.value("amount_currency").isNull());
        QVERIFY(invoice.value("ref_url").isNull());
        QCOMPARE(invoice.value("user_id").toString(), QString::number(TrainingGateway::UserId));
    }

    void answersCarryTheirDate()
    {
        const Answer answer = post(GatewayCommands::GetInvoices, FormBody());
        // HTTP's IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110).
        QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(answer.date),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        date.setTimeZone(QTimeZone::utc());
        QVERIFY2(date.isValid(), answer.date.constData());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void aHundredThousandInvoicesAnswerByOrderIdAtOnce()
    {
        TrainingGateway gw;
        QVERIFY(gw.start().isEmpty());
        QElapsedTimer timer;
        timer.start();
        gw.seedAccount(100000);
        const qint64 seedMs = timer.elapsed();
        QCOMPARE(gw.invoiceCount(), 100000);
        sell(gw, QStringLiteral("10"), QStringLiteral("USD"), QStringLiteral("NEW-1"));

        // The work behind one get_invoices by order id, without HTTP around it.
        const int lookups = 2000;
        timer.restart();
        qsizetype bytes = 0;
        for (int i = 0; i < lookups; ++i)
            bytes += gw.invoicesJson(QStringLiteral("OLD-%1").arg(TrainingGateway::FirstInvoiceId + (i * 48271) % 100000)).size();
        const double perLookupMs = double(timer.nsecsElapsed()) / 1e6 / lookups;
        qInfo("seeded 100,000 invoices in %lld ms; one get_invoices by order id: %.4f ms of work",
              seedMs, perLookupMs);
        QVERIFY(bytes > lookups * 400); // each found its one invoice
        QVERIFY2(perLookupMs < 0.5, qPrintable(QString::number(perLookupMs)));

        // And over HTTP, the newest sale among them.
        const QJsonObject invoice = onlyInvoice(gw, QStringLiteral("NEW-1"));
        QCOMPARE(invoice.value("id").toString(), QString::number(TrainingGateway::FirstInvoiceId + 100000));
        const QJsonObject old = onlyInvoice(gw, QStringLiteral("OLD-%1").arg(TrainingGateway::FirstInvoiceId + 3));
        QCOMPARE(old.value("status").toInt(), 1); // paid long ago, in a coin
        QVERIFY(!old.value("amount_currency").toString().isEmpty());
    }

    void withoutAnOrderIdTheWholeAccountComes()
    {
        TrainingGateway gw;
        QVERIFY(gw.start().isEmpty());
        gw.seedAccount(5000);
        QElapsedTimer timer;
        timer.start();
        const Answer answer = post(gw, GatewayCommands::GetInvoices, FormBody());
        qInfo("the whole account of 5,000 invoices: %lld bytes in %lld ms", qint64(answer.body.size()), timer.elapsed());
        QCOMPARE(answer.http, 200);
        QVERIFY2(answer.body.size() > 2 * 1024 * 1024, qPrintable(QString::number(answer.body.size())));
        QCOMPARE(QJsonDocument::fromJson(answer.json.value("message").toString().toUtf8()).array().size(), 5000);
        // The status filter public code sends.
        FormBody paid;
        paid.add(WireFields::Status, QStringLiteral("1"));
        const Answer onlyPaid = post(gw, GatewayCommands::GetInvoices, paid);
        const QJsonArray paidOnes = QJsonDocument::fromJson(onlyPaid.json.value("message").toString().toUtf8()).array();
        QCOMPARE(paidOnes.size(), 5000 - 5000 / 3);
    }

private:
    void sell(TrainingGateway &gw, const QString &price, const QString &currency, const QString &orderId)
    {
        FormBody form;
        form.add(WireFields::PriceAmount, price);
        form.add(WireFields::PriceCurrency, currency);
        form.add(WireFields::OrderId, orderId);
        const Answer answer = post(gw, GatewayCommands::CreateInvoice, form);
        QCOMPARE(answer.http, 200);
    }

    // get_invoices by order id: the message, a string that holds the JSON array.
    QString invoicesText(TrainingGateway &gw, const QString &orderId)
    {
        FormBody query;
        query.add(WireFields::OrderId, orderId);
        return post(gw, GatewayCommands::GetInvoices, query).json.value("message").toString();
    }

    QJsonObject onlyInvoice(TrainingGateway &gw, const QString &orderId)
    {
        const QJsonArray invoices = QJsonDocument::fromJson(invoicesText(gw, orderId).toUtf8()).array();
        return invoices.size() == 1 ? invoices.first().toObject() : QJsonObject();
    }
};

QTEST_GUILESS_MAIN(TestTrainingGateway)
#include "tst_trainingGateway.moc"
