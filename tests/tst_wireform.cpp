#include "gateway/CreateInvoiceRequest.h"
#include "gateway/GatewayClient.h"
#include "gateway/WireFields.h"

#include <QNetworkAccessManager>
#include <QTest>

// The exact bytes of a create_invoice body: the gateway silently ignores a field
// whose name is misspelled, so every name and value is checked here.
class TestWireForm : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldHasItsWireName()
    {
        InvoiceFields f;
        f.price = *Amount::parse(QStringLiteral("1234,5"), QLocale(QStringLiteral("tr_TR"))).amount;
        f.currency = QStringLiteral("TRY");
        f.orderId = QStringLiteral("K7QD-1");
        f.email = QStringLiteral("anne+shop@example.com");
        f.title = QStringLiteral("Çay & simit");
        f.description = QStringLiteral("İki çay, bir simit = 50%");
        f.test = true;
        f.addFeeToPrice = true;
        f.margin = Amount::fromCanonical(QStringLiteral("0.5"));
        f.expiryHours = 12;
        f.pageTemplate = QStringLiteral("slate");
        f.successUrl = QStringLiteral("https://shop.example/ok?a=1&b=2");
        f.cancelUrl = QStringLiteral("https://shop.example/cancel");
        f.callbackUrl = QStringLiteral("https://shop.example/hook");
        f.merchantId = QStringLiteral("shop 7");
        f.customerId = QStringLiteral("42");
        f.bannedCoins = {QStringLiteral("BTC"), QStringLiteral("USDT-ERC20")};
        f.whiteLabel = true;

        const QByteArray body = CreateInvoiceRequest::form(f).encoded();
        const QList<QByteArray> expected = {
            "price_amount=1234.5",
            "price_currency=TRY",
            "order_id=K7QD-1",
            "email=anne%2Bshop%40example.com",
            "title=%C3%87ay%20%26%20simit",
            "description=%C4%B0ki%20%C3%A7ay%2C%20bir%20simit%20%3D%2050%25",
            "test=1",
            "add_fee_to_price=1",
            "margin_ratio=0.5",
            "expiration_date=12",
            "template=slate",
            "success_url=https%3A%2F%2Fshop.example%2Fok%3Fa%3D1%26b%3D2",
            "cancel_url=https%3A%2F%2Fshop.example%2Fcancel",
            "callback_url=https%3A%2F%2Fshop.example%2Fhook",
            "merchant_id=shop%207",
            "customer_id=42",
            "banned_coins=%5B%22BTC%22%2C%22USDT-ERC20%22%5D",
            "white_label=1",
        };
        QCOMPARE(body.split('&'), expected);
    }

    void emptyFieldsAreLeftOut()
    {
        InvoiceFields f;
        f.price = *Amount::fromCanonical(QStringLiteral("5"));
        const QByteArray body = CreateInvoiceRequest::form(f).encoded();
        QCOMPARE(body, QByteArray("price_amount=5&price_currency=USD"));
    }

    void plusNeverTravelsBare()
    {
        FormBody form;
        form.add(WireFields::Email, QStringLiteral("a+b@example.com"));
        QVERIFY(!form.encoded().contains('+'));
        // And a server that reads '+' as a space (as PHP does) gets it back intact.
        QCOMPARE(FormBody::decode(form.encoded()).value(WireFields::Email), QStringLiteral("a+b@example.com"));
        QCOMPARE(FormBody::decode("email=a+b%40example.com").value(WireFields::Email), QStringLiteral("a b@example.com"));
    }

    void clientAddsBothKeysFirst()
    {
        QNetworkAccessManager network;
        GatewayClient client(&network);
        GatewayEndpoint endpoint;
        endpoint.publicKey = QStringLiteral("pub+1");
        endpoint.privateKey = QStringLiteral("priv/2");
        client.setEndpoint(endpoint);
        FormBody fields;
        fields.add(WireFields::OrderId, QStringLiteral("X"));
        QCOMPARE(client.bodyFor(fields), QByteArray("public_key=pub%2B1&private_key=priv%2F2&order_id=X"));
    }

    void commandUrlsJoinTheBase()
    {
        GatewayEndpoint endpoint;
        QCOMPARE(endpoint.commandUrl(GatewayCommands::CreateInvoice),
                 QUrl(QStringLiteral("https://payid19.com/api/v1/create_invoice")));
        endpoint.base = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1"));
        QCOMPARE(endpoint.commandUrl(GatewayCommands::GetInvoices),
                 QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1/get_invoices")));
    }

    void plainHttpOnlyToThisComputer()
    {
        QVERIFY(GatewayEndpoint::whyNotAllowed(QUrl(QStringLiteral("https://payid19.com/api/v1/"))).isEmpty());
        QVERIFY(GatewayEndpoint::whyNotAllowed(QUrl(QStringLiteral("http://127.0.0.1:9/api/"))).isEmpty());
        QVERIFY(GatewayEndpoint::whyNotAllowed(QUrl(QStringLiteral("http://localhost:9/api/"))).isEmpty());
        QVERIFY(GatewayEndpoint::whyNotAllowed(QUrl(QStringLiteral("http://[::1]:9/api/"))).isEmpty());
        QVERIFY(!GatewayEndpoint::whyNotAllowed(QUrl(QStringLiteral("http://payid19.com/api/v1/"))).isEmpty());
        QVERIFY(!GatewayEndpoint::whyNotAllowed(QUrl(QStringLiteral("http://192.168.1.2/api/"))).isEmpty());
        QVERIFY(!GatewayEndpoint::whyNotAllowed(QUrl(QStringLiteral("ftp://payid19.com/"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWireForm)
#include "tst_wireform.moc"
