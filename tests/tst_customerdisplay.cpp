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
        // Only the till's countdown: being checked, not "expired" yet.
        QVERIFY(!allText(display).contains(QStringLiteral("Expired")));
        QVERIFY(allText(display).contains(QStringLiteral("being checked")));
        r.expiryConfirmed = true; // the gateway said so
        display.updatePayment(r);
        QVERIFY(allText(display).contains(QStringLiteral("Expired")));
        QVERIFY(!allText(display).contains(QStringLiteral("Expires in")));
    }

    // A test invoice says so in large letters, and its end never reads as money
    // received.
    void aTestInvoiceNeverReadsAsMoney()
    {
        CustomerDisplay display(QLocale(QLocale::English, QLocale::UnitedStates), &coins);
        display.resize(600, 800);
        display.show();
        InvoiceRecord r = invoice(7, QStringLiteral("https://payid19.com/invoice/a"));
        r.fields.test = true;
        display.showInvoice(r);
        QVERIFY2(allText(display).contains(QStringLiteral("TEST — NO MONEY")), qPrintable(allText(display)));
        r.state = InvoiceState::Paid;
        display.updatePayment(r);
        QVERIFY(!display.qrWidget()->isVisibleTo(&display) || !display.qrWidget()->hasCode());
        const QString text = allText(display);
        QVERIFY2(text.contains(QStringLiteral("TEST — no money was paid")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Paid — thank you")));

        // The next, live invoice is plain again.
        InvoiceRecord live = invoice(8, QStringLiteral("https://payid19.com/invoice/b"));
        display.showInvoice(live);
        QVERIFY(!allText(display).contains(QStringLiteral("TEST")));
        live.state = InvoiceState::Paid;
        display.updatePayment(live);
        QVERIFY(allText(display).contains(QStringLiteral("Paid — thank you")));
        QVERIFY(!allText(display).contains(QStringLiteral("TEST")));
    }

    // Only an invoice the customer can still pay shows a code; one that is over
    // leaves the screen idle, and one that ends while shown loses its code.
    void aCodeOnlyWhileThereIsSomethingToPay()
    {
        CustomerDisplay display(QLocale(QLocale::English, QLocale::UnitedStates), &coins);
        display.resize(600, 800);
        display.show();
        for (InvoiceState over : {InvoiceState::Paid, InvoiceState::PaidLate, InvoiceState::Expired,
                                  InvoiceState::Failed, InvoiceState::Unknown, InvoiceState::Sending}) {
            display.showInvoice(invoice(7, QStringLiteral("https://payid19.com/invoice/a")));
            InvoiceRecord r = invoice(9, QStringLiteral("https://payid19.com/invoice/over"));
            r.state = over;
            r.expiryConfirmed = true;
            display.showInvoice(r);
            QVERIFY2(display.isIdle(), qPrintable(InvoiceStates::displayName(over)));
            QVERIFY(!display.qrWidget()->hasCode());
        }
        InvoiceRecord r = invoice(7, QStringLiteral("https://payid19.com/invoice/a"));
        display.showInvoice(r);
        r.state = InvoiceState::Expired;
        r.expiryConfirmed = true;
        display.updatePayment(r);
        QVERIFY(allText(display).contains(QStringLiteral("Expired")));
        QVERIFY(!display.qrWidget()->isVisibleTo(&display));
        // No page to scan, nothing to show.
        display.showInvoice(invoice(10, QString()));
        QVERIFY(display.isIdle());
    }

    void paymentSeenAndConflict()
    {
        CustomerDisplay display(QLocale(QLocale::English, QLocale::UnitedStates), &coins);
        display.resize(600, 800);
        display.show();
        InvoiceRecord r = invoice(7, QStringLiteral("https://payid19.com/invoice/a"));
        display.showInvoice(r);
        r.state = InvoiceState::PaymentSeen;
        r.paidAmount = Amount::fromCanonical(QStringLiteral("0.00016667"));
        r.paidCurrency = QStringLiteral("BTC");
        display.updatePayment(r);
        QVERIFY2(allText(display).contains(QStringLiteral("Payment received, waiting for confirmation")), qPrintable(allText(display)));
        QVERIFY(!allText(display).contains(QStringLiteral("nderpaid")));
        QVERIFY(!display.qrWidget()->isVisibleTo(&display));
        r.state = InvoiceState::Conflict;
        display.updatePayment(r);
        const QString text = allText(display);
        QVERIFY(!display.qrWidget()->isVisibleTo(&display));
        QVERIFY2(!text.contains(QStringLiteral("Paid")) && !text.contains(QStringLiteral("onflict")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("SECRET-ORDER-7")));
        // Shown afresh, the same.
        display.showIdle();
        display.showInvoice(r);
        QVERIFY(!display.isIdle());
        QVERIFY(!display.qrWidget()->isVisibleTo(&display));
    }
};

QTEST_MAIN(TestCustomerDisplay)
#include "tst_customerdisplay.moc"
