#include "gateway/GatewayAnswerParser.h"
#include "gateway/RemoteInvoice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// get_invoices answers in every form the API notes list, and the robust rule.
class TestRemoteInvoice : public QObject
{
    Q_OBJECT

    static QJsonValue payload(const QByteArray &innerJson) { return QJsonValue(QString::fromUtf8(innerJson)); }

    RemoteInvoice remote(const QByteArray &object)
    {
        return RemoteInvoiceParser::parseOne(QJsonDocument::fromJson(object).object(), QTimeZone::utc());
    }

private slots:
    void statusAsNumberOrString()
    {
        const RemoteInvoiceList list = RemoteInvoiceParser::parse(
                payload("[{\"order_id\":\"A\",\"status\":1},{\"order_id\":\"B\",\"status\":\"1\"},"
                        "{\"order_id\":\"C\",\"status\":0},{\"order_id\":\"D\",\"status\":\"0\"},{\"order_id\":\"E\"}]"),
                QTimeZone::utc());
        QVERIFY(list.error.isEmpty());
        QCOMPARE(list.invoices.size(), 5);
        QVERIFY(list.invoices.at(0).paid);
        QVERIFY(list.invoices.at(1).paid);
        QVERIFY(!list.invoices.at(2).paid);
        QVERIFY(!list.invoices.at(3).paid);
        QVERIFY(!list.invoices.at(4).paid);
    }

    void nullAmountsAndEightDecimals()
    {
        const RemoteInvoice r = remote("{\"order_id\":\"A\",\"price_amount\":\"2.00000000\",\"price_currency\":\"USD\","
                                       "\"amount\":null,\"amount_currency\":null,\"status\":0}");
        QCOMPARE(r.price.toCanonical(), QStringLiteral("2"));
        QVERIFY(!r.amount);
        QVERIFY(r.amountCurrency.isEmpty());
        const RemoteInvoice paid = remote("{\"price_amount\":\"2.00000000\",\"amount\":\"1.99000000\",\"amount_currency\":\"USDT\"}");
        QCOMPARE(paid.amount->toCanonical(), QStringLiteral("1.99"));
        QCOMPARE(paid.amountCurrency, QStringLiteral("USDT"));
        QCOMPARE(paid.raw.value(QStringLiteral("amount_currency")).toString(), QStringLiteral("USDT"));
    }

    void datesWithoutZoneAreReadInTheGatewaysZone()
    {
        const QByteArray object = "{\"expiration_date\":\"2026-11-25 14:00:00\",\"created_at\":\"2026-11-23 14:00:00\"}";
        const RemoteInvoice utc = RemoteInvoiceParser::parseOne(QJsonDocument::fromJson(object).object(), QTimeZone::utc());
        QCOMPARE(utc.expiresAt, QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC));
        const RemoteInvoice istanbul = RemoteInvoiceParser::parseOne(QJsonDocument::fromJson(object).object(),
                                                                     QTimeZone("Europe/Istanbul"));
        QCOMPARE(istanbul.expiresAt, QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC));
        QCOMPARE(istanbul.createdAt.timeSpec(), Qt::UTC);
    }

    void emptyListAndBrokenJsonInsideTheString()
    {
        const RemoteInvoiceList empty = RemoteInvoiceParser::parse(payload("[]"), QTimeZone::utc());
        QVERIFY(empty.error.isEmpty());
        QVERIFY(empty.invoices.isEmpty());
        const RemoteInvoiceList broken = RemoteInvoiceParser::parse(payload("[{\"order_id\":"), QTimeZone::utc());
        QVERIFY(!broken.error.isEmpty());
        const RemoteInvoiceList notAList = RemoteInvoiceParser::parse(payload("{\"order_id\":\"A\"}"), QTimeZone::utc());
        QVERIFY(!notAList.error.isEmpty());
        // A gateway that sends the array itself, not inside a string, is read too.
        const RemoteInvoiceList structured = RemoteInvoiceParser::parse(QJsonArray{QJsonObject{{"order_id", "A"}}}, QTimeZone::utc());
        QCOMPARE(structured.invoices.size(), 1);
    }

    // Numbers reach the reader as the gateway wrote them: an 18-decimal amount
    // and a large id, through the real answer parser, never through a double.
    void numbersAreReadExactly()
    {
        const GatewayResult result = GatewayAnswerParser::parse(
                200, "{\"status\":\"success\",\"message\":\"[{\\\"id\\\":98765,\\\"order_id\\\":12345678901234567890,"
                     "\\\"price_amount\\\":10,\\\"amount\\\":0.123456789012345678,\\\"amount_currency\\\":\\\"ETH\\\",\\\"status\\\":1}]\"}");
        QVERIFY(result.isSuccess());
        const RemoteInvoiceList list = RemoteInvoiceParser::parse(result.payload, QTimeZone::utc());
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.invoices.size(), 1);
        const RemoteInvoice &r = list.invoices.first();
        QCOMPARE(r.orderId, QStringLiteral("12345678901234567890"));
        QCOMPARE(r.amount->toCanonical(), QStringLiteral("0.123456789012345678"));
        QCOMPARE(r.price.toCanonical(), QStringLiteral("10"));
        QVERIFY(r.paid);
        QCOMPARE(GatewayAnswerParser::scalarText(r.raw.value(QStringLiteral("id"))), QStringLiteral("98765"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteInvoice)
#include "tst_remoteinvoice.moc"
