#include "gateway/FormBody.h"
#include "gateway/WireFields.h"
#include "training/TrainingGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
    };

    Answer post(const QString &command, FormBody form, bool withKeys = true)
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
};

QTEST_GUILESS_MAIN(TestTrainingGateway)
#include "tst_trainingGateway.moc"
