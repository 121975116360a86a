#include "CustomerDisplay.h"
#include "invoice/CoinCatalogue.h"
#include "TestSupport.h"
#include "widgets/QrCodeWidget.h"

#include <QLabel>
#include <QTest>

// The screen that faces the customer: what it shows, and what it never shows.
class TestCustomerDisplay : public QObject
{
    Q_OBJECT

    CoinCatalogue coins;

    InvoiceRecord invoice(qint64 id, const QString &url)
    {
        InvoiceRecord r;
        r.id = id;
        r.state = InvoiceState::Open;
        r.fields.price = *Amount::fromCanonical(QStringLiteral("12.5"));
        r.fields.currency = QStringLiteral("EUR");
        r.fields.title = QStringLiteral("Flat white");
        r.fields.orderId = QStringLiteral("SECRET-ORDER-7");
        r.fields.email = QStringLiteral("anne+private@example.com");
        r.fields.customerId = QStringLiteral("424242");
        r.paymentUrl = url;
        r.expiresAt = QDateTime::currentDateTimeUtc().addSecs(900);
        return r;
    }

    QString allText(QWidget &w)
    {
        QStringList texts;
        for (QLabel *label : w.findChildren<QLabel *>())
            if (label->isVisibleTo(&w))
                texts << label->text() << label->accessibleDescription();
        return texts.join(QLatin1Char('\n'));
    }

private slots:
    void showsOnlyWhatTheCustomerNeeds()
    {
        CustomerDisplay display(QLocale(QLocale::English, QLocale::UnitedStates), &coins);
        display.setShopName(QStringLiteral("Kahve Dükkanı"));
        display.resize(600, 800);
        display.show();
        QVERIFY(display.isIdle());
        QVERIFY(allText(display).contains(QStringLiteral("Kahve Dükkanı")));

        const QString url = QStringLiteral("https://payid19.com/invoice/customer123");
        display.showInvoice(invoice(7, url));
        const QString shown = allText(display);
        QVERIFY(shown.contains(QStringLiteral("12.50 EUR")));
        QVERIFY(shown.contains(QStringLiteral("Expires in 1")));
        // No order number, e-mail, customer number, key or other invoice.
        QVERIFY(!shown.contains(QStringLiteral("SECRET-ORDER-7")));
        QVERIFY(!shown.contains(QStringLiteral("anne+private")));
        QVERIFY(!shown.contains(QStringLiteral("424242")));
        QVERIFY(!shown.contains(QStringLiteral("key"), Qt::CaseInsensitive));
        QTRY_VERIFY(display.qrWidget()->width() > 200);
        QCOMPARE(TestSupport::decodeQr(display.qrWidget()->grab().toImage()), url);
        // A scannable code from a screenshot of the whole window, too.
        QCOMPARE(TestSupport::decodeQr(display.grab().toImage()), url);
    }

    void otherInvoicesNeverReachIt()
    {
        CustomerDisplay display(QLocale(QLocale::English, QLocale::UnitedStates), &coins);
        display.show();
        display.showInvoice(invoice(7, QStringLiteral("https://payid19.com/invoice/a")));
        InvoiceRecord other = invoice(8, QStringLiteral("https://payid19.com/invoice/b"));
        other.state = InvoiceState::Paid;
        display.updatePayment(other);
        QVERIFY(!display.isThanking());
        QCOMPARE(display.invoiceId(), qint64(7));
    }

    void paidThenThanksThenIdle()
    {
        CustomerDisplay display(QLocale(QLocale::English, QLocale::UnitedStates), &coins);
        display.show();
        InvoiceRecord r = invoice(7, QStringLiteral("https://payid19.com/invoice/a"));
        display.showInvoice(r);
        r.state = InvoiceState::Paid;
        display.updatePayment(r);
        QVERIFY(display.isThanking());
        QVERIFY(allText(display).contains(QStringLiteral("Paid — thank you")));
        QTRY_VERIFY_WITH_TIMEOUT(display.isIdle(), CustomerDisplay::ThankYouMs + 2000);
        QVERIFY(!display.qrWidget()->hasCode());
    }

    void underpaidAndExpiredReadRight()
    {
        CustomerDisplay display(QLocale(QLocale::English, QLocale::UnitedStates), &coins);
        display.show();
        InvoiceRecord r = invoice(7, QStringLiteral("https://payid19.com/invoice/a"));
        display.showInvoice(r);
        r.state = InvoiceState::Underpaid;
        display.updatePayment(r);
        QVERIFY(allText(display).contains(QStringLiteral("Underpaid")));
        r.state = InvoiceState::Expired;
        display.updatePayment(r);
        QVERIFY(allText(display).contains(QStringLiteral("Expired")));
        QVERIFY(!allText(display).contains(QStringLiteral("Expires in")));
    }
};

QTEST_MAIN(TestCustomerDisplay)
#include "tst_customerdisplay.moc"
