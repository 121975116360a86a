#include "invoice/InvoiceValidator.h"

#include <QTest>

namespace {
InvoiceFields validFields()
{
    InvoiceFields f;
    f.price = *Amount::fromCanonical(QStringLiteral("12.5"));
    f.currency = QStringLiteral("USD");
    return f;
}

QList<InvoiceField> fieldsOf(const QList<FieldIssue> &issues)
{
    QList<InvoiceField> result;
    for (const FieldIssue &issue : issues) {
        result << issue.field;
        Q_ASSERT(!issue.message.isEmpty());
    }
    return result;
}
}

class TestInvoiceValidator : public QObject
{
    Q_OBJECT

    CurrencyCatalogue currencies{QLocale(QLocale::English)};
    CoinCatalogue coins;
    InvoiceValidator validator{&currencies, &coins};

private slots:
    void acceptsAPlainInvoice()
    {
        QVERIFY(validator.validate(validFields()).isEmpty());
    }

    void currencyCatalogueHoldsIsoCodes()
    {
        QVERIFY(currencies.currencies().size() >= 150);
        for (const char *code : {"USD", "EUR", "GBP", "TRY", "JPY", "CHF"})
            QVERIFY2(currencies.contains(QLatin1String(code)), code);
        QCOMPARE(currencies.nameOf(QStringLiteral("USD")), QStringLiteral("US Dollar"));
        QVERIFY(!currencies.contains(QStringLiteral("XXX1")));
    }

    void everyLimitIsChecked_data()
    {
        QTest::addColumn<InvoiceFields>("fields");
        QTest::addColumn<int>("field");
        InvoiceFields f;
        f = validFields(); f.price = Amount::fromDecimal(9999, 8);
        QTest::newRow("below 0.0001") << f << int(InvoiceField::Price);
        // What Amount holds but no cashier types: checked here for every way in.
        f = validFields(); f.price = *Amount::fromCanonical(QStringLiteral("92233720369"));
        QTest::newRow("eleven whole digits") << f << int(InvoiceField::Price);
        f = validFields(); f.price = *Amount::fromCanonical(QStringLiteral("1.000000001"));
        QTest::newRow("nine decimals") << f << int(InvoiceField::Price);
        f = validFields(); f.margin = Amount::fromCanonical(QStringLiteral("0.123456789"));
        QTest::newRow("margin nine decimals") << f << int(InvoiceField::Margin);
        f = validFields(); f.currency = QStringLiteral("ABCD");
        QTest::newRow("unknown currency") << f << int(InvoiceField::Currency);
        f = validFields(); f.orderId = QString(101, QLatin1Char('x'));
        QTest::newRow("order id 101") << f << int(InvoiceField::OrderId);
        f = validFields(); f.orderId = QStringLiteral("a\nb");
        QTest::newRow("order id newline") << f << int(InvoiceField::OrderId);
        f = validFields(); f.email = QStringLiteral("not-an-address");
        QTest::newRow("email") << f << int(InvoiceField::Email);
        f = validFields(); f.email = QStringLiteral("a@b");
        QTest::newRow("email without domain dot") << f << int(InvoiceField::Email);
        f = validFields(); f.title = QString(151, QLatin1Char('t'));
        QTest::newRow("title 151") << f << int(InvoiceField::Title);
        f = validFields(); f.description = QString(301, QLatin1Char('d'));
        QTest::newRow("description 301") << f << int(InvoiceField::Description);
        f = validFields(); f.margin = Amount::fromDecimal(999999, 8);
        QTest::newRow("margin below 0.01") << f << int(InvoiceField::Margin);
        f = validFields(); f.expiryHours = 49;
        QTest::newRow("expiry 49 h") << f << int(InvoiceField::Expiry);
        f = validFields(); f.pageTemplate = QStringLiteral("neon");
        QTest::newRow("template") << f << int(InvoiceField::PageTemplate);
        f = validFields(); f.successUrl = QStringLiteral("ftp://shop.example/ok");
        QTest::newRow("success url scheme") << f << int(InvoiceField::SuccessUrl);
        f = validFields(); f.cancelUrl = QStringLiteral("https://shop.example/") + QString(290, QLatin1Char('c'));
        QTest::newRow("cancel url 301") << f << int(InvoiceField::CancelUrl);
        f = validFields(); f.callbackUrl = QStringLiteral("https://192.168.1.10/hook");
        QTest::newRow("callback to an IP") << f << int(InvoiceField::CallbackUrl);
        f = validFields(); f.callbackUrl = QStringLiteral("http://localhost:8080/hook");
        QTest::newRow("callback to localhost") << f << int(InvoiceField::CallbackUrl);
        f = validFields(); f.merchantId = QString(151, QLatin1Char('m'));
        QTest::newRow("merchant id 151") << f << int(InvoiceField::MerchantId);
        f = validFields(); f.customerId = QStringLiteral("12a");
        QTest::newRow("customer id letters") << f << int(InvoiceField::CustomerId);
        f = validFields(); f.customerId = QStringLiteral("123456789012");
        QTest::newRow("customer id 12 digits") << f << int(InvoiceField::CustomerId);
        f = validFields(); f.bannedCoins = QStringList{QStringLiteral("DOGE")};
        QTest::newRow("unknown coin") << f << int(InvoiceField::BannedCoins);
        f = validFields(); f.bannedCoins = QStringList{"USDT", "BTC", "ETH", "TRX", "BNB", "LTC"};
        QTest::newRow("every coin banned") << f << int(InvoiceField::BannedCoins);
    }

    void everyLimitIsChecked()
    {
        QFETCH(InvoiceFields, fields);
        QFETCH(int, field);
        const QList<InvoiceField> found = fieldsOf(validator.validate(fields));
        QCOMPARE(found, QList<InvoiceField>{InvoiceField(field)});
    }

    void limitsThemselvesAreAccepted()
    {
        InvoiceFields f = validFields();
        f.price = InvoiceValidator::minimumPrice();
        f.orderId = QString(100, QLatin1Char('o'));
        f.email = QStringLiteral("anne+shop@example.com.tr");
        f.title = QString(150, QLatin1Char('t'));
        f.description = QString(300, QLatin1Char('d'));
        f.margin = InvoiceValidator::minimumMargin();
        f.expiryHours = 48;
        f.pageTemplate = QStringLiteral("mint");
        f.callbackUrl = QStringLiteral("https://shop.example.com/payid19");
        f.merchantId = QString(150, QLatin1Char('m'));
        f.customerId = QStringLiteral("12345678901");
        f.bannedCoins = {QStringLiteral("USDT"), QStringLiteral("BTC")};
        QVERIFY(validator.validate(f).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceValidator)
#include "tst_invoicevalidator.moc"
