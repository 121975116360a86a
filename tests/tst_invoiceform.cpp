#include "InvoiceForm.h"
#include "invoice/CoinCatalogue.h"
#include "invoice/CurrencyCatalogue.h"
#include "invoice/InvoiceValidator.h"
#include "widgets/CoinChecklist.h"
#include "widgets/FieldMessage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

// The sale form driven by key clicks, as a cashier drives it.
class TestInvoiceForm : public QObject
{
    Q_OBJECT

    QLocale english{QLocale::English, QLocale::UnitedStates};
    CurrencyCatalogue currencies{english};
    CoinCatalogue coins;
    InvoiceValidator validator{&currencies, &coins};

    QLineEdit *edit(InvoiceForm &form, const QString &accessibleName)
    {
        for (QLineEdit *e : form.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == accessibleName)
                return e;
        }
        return nullptr;
    }

    // The message shown for a field: the field's accessible description mirrors it.
    QString messageFor(QWidget *field) { return field->accessibleDescription(); }

    QList<FieldMessage *> visibleMessages(InvoiceForm &form)
    {
        QList<FieldMessage *> result;
        for (FieldMessage *m : form.findChildren<FieldMessage *>()) {
            if (!m->message().isEmpty())
                result << m;
        }
        return result;
    }

private slots:
    void initTestCase() { qRegisterMetaType<InvoiceFields>(); }

    void typedAmountBecomesAnExactInvoice()
    {
        InvoiceForm form(&currencies, &coins, &validator, english);
        form.show();
        QVERIFY(!form.createButton()->isEnabled()); // nothing typed yet
        QVERIFY(visibleMessages(form).isEmpty());   // and nothing shouted at
        QTest::keyClicks(form.amountEdit(), QStringLiteral("12.50"));
        QTest::keyClicks(edit(form, QStringLiteral("Title")), QStringLiteral("Coffee"));
        QVERIFY(form.createButton()->isEnabled());
        QList<FieldIssue> issues;
        const InvoiceFields f = form.fields(&issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(f.price.toCanonical(), QStringLiteral("12.5"));
        QCOMPARE(f.currency, QStringLiteral("USD"));
        QCOMPARE(f.title, QStringLiteral("Coffee"));

        QSignalSpy create(&form, &InvoiceForm::createRequested);
        QTest::keyClick(form.amountEdit(), Qt::Key_Return);
        QCOMPARE(create.count(), 1);
        QCOMPARE(create.first().first().value<InvoiceFields>().price.toCanonical(), QStringLiteral("12.5"));

        // Enter on the test check box creates too.
        auto *testBox = form.findChildren<QCheckBox *>().first();
        testBox->setFocus();
        QTest::keyClick(testBox, Qt::Key_Return);
        QCOMPARE(create.count(), 2);

        // While sending, Enter again sends nothing.
        form.setBusy(true);
        QTest::keyClick(form.amountEdit(), Qt::Key_Return);
        QTest::keyClick(testBox, Qt::Key_Return);
        QTest::mouseClick(form.createButton(), Qt::LeftButton);
        QCOMPARE(create.count(), 2);
        // Cancel appears once the gateway has been slow for a moment.
        QVERIFY(!form.cancelButton()->isVisible());
        QTRY_VERIFY(form.cancelButton()->isVisible());
        QSignalSpy cancel(&form, &InvoiceForm::cancelRequested);
        QTest::keyClick(form.amountEdit(), Qt::Key_Escape);
        QCOMPARE(cancel.count(), 1);
        form.setBusy(false);
        QVERIFY(!form.cancelButton()->isVisible());
        QVERIFY(form.createButton()->isEnabled());
    }

    void badInputIsExplainedNextToItsField()
    {
        InvoiceForm form(&currencies, &coins, &validator, english);
        form.show();
        QTest::keyClicks(form.amountEdit(), QStringLiteral("12,5"));
        QCOMPARE(messageFor(form.amountEdit()->parentWidget()), QStringLiteral("Enter the amount without thousands separators."));
        QVERIFY(!form.createButton()->isEnabled());
        form.amountEdit()->clear();
        QTest::keyClicks(form.amountEdit(), QStringLiteral("-3"));
        QCOMPARE(messageFor(form.amountEdit()->parentWidget()), QStringLiteral("Enter the amount without a + or - sign."));
        form.amountEdit()->clear();
        QTest::keyClicks(form.amountEdit(), QStringLiteral("0.00001"));
        QCOMPARE(messageFor(form.amountEdit()->parentWidget()), QStringLiteral("The amount must be at least 0.0001."));
        form.amountEdit()->clear();
        QTest::keyClicks(form.amountEdit(), QStringLiteral("5"));
        QVERIFY(messageFor(form.amountEdit()->parentWidget()).isEmpty());

        QLineEdit *email = edit(form, QStringLiteral("Customer e-mail"));
        QTest::keyClicks(email, QStringLiteral("anne.example.com"));
        QCOMPARE(messageFor(email), QStringLiteral("This does not look like an e-mail address (name@example.com)."));
        QVERIFY(!form.createButton()->isEnabled());
        email->clear();
        QTest::keyClicks(email, QStringLiteral("anne+shop@example.com"));
        QVERIFY(messageFor(email).isEmpty());

        QLineEdit *title = edit(form, QStringLiteral("Title"));
        QTest::keyClicks(title, QString(151, QLatin1Char('t')));
        QCOMPARE(messageFor(title), QStringLiteral("Use at most 150 characters."));
        QVERIFY(!form.createButton()->isEnabled());
        QTest::keyClick(title, Qt::Key_Backspace);
        QVERIFY(messageFor(title).isEmpty());
        QVERIFY(form.createButton()->isEnabled());
    }

    void localeDecimalSeparatorIsTheOneTyped()
    {
        const QLocale turkish(QLocale::Turkish, QLocale::Turkey);
        InvoiceForm form(&currencies, &coins, &validator, turkish);
        form.show();
        QTest::keyClicks(form.amountEdit(), QStringLiteral("12,50"));
        QVERIFY(form.createButton()->isEnabled());
        QCOMPARE(form.fields().price.toCanonical(), QStringLiteral("12.5"));
        form.amountEdit()->clear();
        QTest::keyClicks(form.amountEdit(), QStringLiteral("1.000"));
        QVERIFY(!form.createButton()->isEnabled());
    }

    void currencyIsSearchable()
    {
        InvoiceForm form(&currencies, &coins, &validator, english);
        form.show();
        auto *currency = form.findChild<QComboBox *>();
        QVERIFY(currency && currency->isEditable());
        QCOMPARE(currency->accessibleName(), QStringLiteral("Currency"));
        currency->setFocus();
        currency->lineEdit()->selectAll();
        QTest::keyClicks(currency->lineEdit(), QStringLiteral("eur"));
        QCOMPARE(form.fields().currency, QStringLiteral("EUR"));
        currency->lineEdit()->selectAll();
        QTest::keyClicks(currency->lineEdit(), QStringLiteral("QQQ"));
        QTest::keyClicks(form.amountEdit(), QStringLiteral("5"));
        QList<FieldIssue> issues;
        form.fields(&issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, InvoiceField::Currency);
    }

    void wholeCoinCoversItsNetworks()
    {
        InvoiceForm form(&currencies, &coins, &validator, english);
        form.show();
        auto *checklist = form.findChild<CoinChecklist *>();
        QVERIFY(checklist);
        checklist->checkBoxFor(QStringLiteral("USDT-ERC20"))->setChecked(true);
        QCOMPARE(form.fields().bannedCoins, QStringList{QStringLiteral("USDT-ERC20")});
        checklist->checkBoxFor(QStringLiteral("USDT"))->setChecked(true);
        QCheckBox *trc20 = checklist->checkBoxFor(QStringLiteral("USDT-TRC20"));
        QVERIFY(trc20->isChecked());
        QVERIFY(!trc20->isEnabled());
        QVERIFY(trc20->text().contains(QStringLiteral("covered by USDT")));
        checklist->checkBoxFor(QStringLiteral("BTC"))->setChecked(true);
        QCOMPARE(form.fields().bannedCoins, (QStringList{"USDT", "BTC"}));
        // Unticking the whole coin gives back the network's own choice.
        checklist->checkBoxFor(QStringLiteral("USDT"))->setChecked(false);
        QCOMPARE(form.fields().bannedCoins, (QStringList{"USDT-ERC20", "BTC"}));
        QVERIFY(trc20->isEnabled() && !trc20->isChecked());
    }

    void aProblemInTheOptionsUnfoldsThem()
    {
        InvoiceForm form(&currencies, &coins, &validator, english);
        form.show();
        QTest::keyClicks(form.amountEdit(), QStringLiteral("5"));
        InvoiceFields defaults;
        defaults.callbackUrl = QStringLiteral("http://localhost/hook");
        form.setDefaults(defaults);
        QTest::keyClick(form.amountEdit(), Qt::Key_Return);
        auto *more = form.findChild<QToolButton *>();
        QVERIFY(more->isChecked());
        QVERIFY(!form.createButton()->isEnabled());
    }

    QCheckBox *testBox(InvoiceForm &form)
    {
        for (QCheckBox *box : form.findChildren<QCheckBox *>()) {
            if (box->accessibleName().startsWith(QLatin1String("Test invoice")))
                return box;
        }
        return nullptr;
    }

    QPushButton *button(InvoiceForm &form, const QString &name)
    {
        for (QPushButton *b : form.findChildren<QPushButton *>()) {
            if (b->accessibleName() == name && b->isVisible())
                return b;
        }
        return nullptr;
    }

    // The test tick belongs to one sale: defaults never set it, a new sale clears it.
    void testIsOneSalesChoice()
    {
        InvoiceForm form(&currencies, &coins, &validator, english);
        form.show();
        QCheckBox *test = testBox(form);
        QVERIFY(test);
        InvoiceFields defaults;
        defaults.test = true;
        defaults.currency = QStringLiteral("EUR");
        form.setDefaults(defaults);
        QVERIFY(!test->isChecked());
        QCOMPARE(form.fields().currency, QStringLiteral("EUR"));
        test->setChecked(true);
        QVERIFY(form.fields().test);
        form.setDefaults(defaults); // Settings saved mid-sale keep this sale's choice
        QVERIFY(test->isChecked());
        form.clearForNextSale();
        QVERIFY(!test->isChecked());
        QVERIFY(!form.fields().test);
        QCOMPARE(form.fields().currency, QStringLiteral("EUR"));
    }

    // After a lost answer the same sale is not created again: Enter and the
    // buttons only ask about it, or start a new sale.
    void anUnconfirmedSaleIsOnlyCheckedAgain()
    {
        InvoiceForm form(&currencies, &coins, &validator, english);
        form.show();
        QTest::keyClicks(form.amountEdit(), QStringLiteral("5"));
        QSignalSpy create(&form, &InvoiceForm::createRequested);
        QSignalSpy resend(&form, &InvoiceForm::resendRequested);
        QSignalSpy check(&form, &InvoiceForm::checkAgainRequested);
        QSignalSpy newSale(&form, &InvoiceForm::newSaleRequested);
        form.setBusy(true);
        form.setBusy(false);
        form.showUnconfirmed(7, QStringLiteral("The gateway did not answer in time."));
        QCOMPARE(form.unconfirmedInvoiceId(), qint64(7));
        QVERIFY(!form.createButton()->isVisible());
        QPushButton *checkAgain = button(form, QStringLiteral("Check again"));
        QPushButton *startNew = button(form, QStringLiteral("Start a new sale"));
        QVERIFY(checkAgain && startNew);
        QVERIFY(!checkAgain->text().isEmpty() && checkAgain->text().contains(QLatin1Char('&')));
        QVERIFY(form.amountEdit()->isReadOnly()); // what was sent stays as it was sent

        QTest::keyClick(form.amountEdit(), Qt::Key_Return);
        QTest::keyClick(checkAgain, Qt::Key_Return);
        QCOMPARE(create.count(), 0);
        QCOMPARE(resend.count(), 0);
        QVERIFY(check.count() >= 1);
        QCOMPARE(check.first().first().toLongLong(), qint64(7));

        // While the gateway is asked, a second ask waits.
        form.setChecking(true);
        QVERIFY(!checkAgain->isEnabled());
        const int asked = int(check.count());
        QTest::keyClick(form.amountEdit(), Qt::Key_Return);
        QCOMPARE(int(check.count()), asked);
        form.setChecking(false);
        QVERIFY(checkAgain->isEnabled());

        QTest::mouseClick(startNew, Qt::LeftButton);
        QCOMPARE(newSale.count(), 1);
        form.clearForNextSale();
        QCOMPARE(form.unconfirmedInvoiceId(), qint64(-1));
        QVERIFY(form.createButton()->isVisible());
        QVERIFY(!button(form, QStringLiteral("Check again")));
        QVERIFY(!form.amountEdit()->isReadOnly());
        QTest::keyClicks(form.amountEdit(), QStringLiteral("6"));
        QTest::keyClick(form.amountEdit(), Qt::Key_Return);
        QCOMPARE(create.count(), 1);
    }

    void everyControlHasAnAccessibleName()
    {
        InvoiceForm form(&currencies, &coins, &validator, english);
        form.show();
        for (QWidget *w : form.findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(w) || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // the combo box's own editor: the combo carries the name
            if (w->inherits("QScrollBar") || w->inherits("QScrollArea") || (w->inherits("QAbstractScrollArea") && !w->inherits("QPlainTextEdit")))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        // And the names match what is seen.
        QVERIFY(edit(form, QStringLiteral("Order number")));
        QCOMPARE(form.createButton()->accessibleName(), QStringLiteral("Create invoice"));
    }
};

QTEST_MAIN(TestInvoiceForm)
#include "tst_invoiceform.moc"
