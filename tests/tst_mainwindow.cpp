#include "HistoryView.h"
#include "InvoiceForm.h"
#include "MainWindow.h"
#include "PaymentPanel.h"
#include "TestConsole.h"
#include "TestSupport.h"
#include "CustomerDisplay.h"
#include "PaymentNotifier.h"
#include "RecentInvoices.h"
#include "widgets/StateBadge.h"
#include "dialogs/SettingsDialog.h"
#include "widgets/QrCodeWidget.h"
#include "widgets/TrainingBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>

// The whole window, end to end, from the keyboard, against the training gateway.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QLineEdit *edit(QWidget *parent, const QString &accessibleName)
    {
        for (QLineEdit *e : parent->findChildren<QLineEdit *>()) {
            if (e->accessibleName() == accessibleName)
                return e;
        }
        return nullptr;
    }

    QString problemText(MainWindow &window)
    {
        for (QLabel *label : window.form()->findChildren<QLabel *>()) {
            if (label->accessibleName() == QLatin1String("Problem") && label->isVisible())
                return label->text();
        }
        return QString();
    }

private slots:
    void aSaleFromTheKeyboard()
    {
        TestConsole console;
        QCOMPARE(console.error, QString());
        MainWindow window(&console.engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.trainingBanner()->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Training")));

        // Focus starts in the amount: type, Tab to the title, Enter creates.
        QTRY_COMPARE(QApplication::focusWidget(), window.form()->amountEdit());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12.50"));
        QLineEdit *title = edit(window.form(), QStringLiteral("Title"));
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("Coffee"));
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);

        const InvoiceRecord record = console.engine.store.recent(1).first();
        QCOMPARE(record.state, InvoiceState::Open);
        QCOMPARE(record.fields.title, QStringLiteral("Coffee"));
        QCOMPARE(record.fields.price.toCanonical(), QStringLiteral("12.5"));
        QrCodeWidget *qr = window.paymentPanel()->qrWidget();
        QTRY_VERIFY(qr->width() > 150);
        QCOMPARE(TestSupport::decodeQr(qr->grab().toImage()), record.paymentUrl);
        // The address is printed under the code, to be checked by eye.
        bool printed = false;
        for (QLabel *label : window.paymentPanel()->findChildren<QLabel *>())
            printed = printed || label->text() == record.paymentUrl;
        QVERIFY(printed);

        // Copy link puts the address on the clipboard.
        QPushButton *copyLink = nullptr;
        for (QPushButton *b : window.paymentPanel()->findChildren<QPushButton *>()) {
            if (b->accessibleName() == QLatin1String("Copy link"))
                copyLink = b;
        }
        QVERIFY(copyLink);
        QTest::mouseClick(copyLink, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), record.paymentUrl);

        // The history shows it, newest first.
        QCOMPARE(console.engine.history->rowCount(), 1);
        QCOMPARE(console.engine.history->index(0, InvoiceHistoryModel::OrderId).data().toString(), record.fields.orderId);

        // Esc: a clean screen for the next customer.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!window.isShowingPayment());
        QVERIFY(window.form()->amountEdit()->text().isEmpty());
        QVERIFY(title->text().isEmpty());
    }

    void savedImageDecodesAndAFailedWriteSaysSo()
    {
        TestConsole console;
        MainWindow window(&console.engine);
        window.show();
        QVERIFY(console.engine.checkout.submit([] {
            InvoiceFields f;
            f.price = *Amount::fromCanonical(QStringLiteral("3"));
            return f;
        }()).accepted);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        const QString path = console.dir.filePath(QStringLiteral("qr.png"));
        QCOMPARE(window.paymentPanel()->saveImageTo(path), QString());
        QCOMPARE(TestSupport::decodeQr(QImage(path)), console.engine.store.recent(1).first().paymentUrl);
        QVERIFY(!window.paymentPanel()->saveImageTo(QStringLiteral("/proc/nowhere/qr.png")).isEmpty());
    }

    void aRefusalShowsTheGatewaysWordsAndSendsAgain()
    {
        TestConsole console;
        MainWindow window(&console.engine);
        window.show();
        console.engine.training.queueAnswer(TrainingGateway::Answer::ErrorArray421);
        QTest::keyClicks(window.form()->amountEdit(), QStringLiteral("7"));
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!problemText(window).isEmpty(), 5000);
        const QString problem = problemText(window);
        QVERIFY2(problem.contains(QStringLiteral("The gateway refused the request.")), qPrintable(problem));
        QVERIFY(problem.contains(QStringLiteral("The price amount must be at least 0.0001.")));
        QVERIFY(problem.contains(QStringLiteral("Invalid currency.")));
        QCOMPARE(window.form()->createButton()->accessibleName(), QStringLiteral("Send again"));
        QCOMPARE(window.form()->amountEdit()->text(), QStringLiteral("7")); // nothing lost
        QCOMPARE(console.engine.store.recent(1).first().state, InvoiceState::Failed);

        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QCOMPARE(console.engine.store.recent().size(), 1);
        QCOMPARE(console.engine.store.recent(1).first().state, InvoiceState::Open);
    }

    void historySurvivesARestartAndShowsTheCodeAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.path();
        QString url;
        {
            TestConsole console(path);
            InvoiceFields f;
            f.price = *Amount::fromCanonical(QStringLiteral("42"));
            f.title = QStringLiteral("Before restart");
            QSignalSpy opened(&console.engine.checkout, &InvoiceCheckout::invoiceOpened);
            QVERIFY(console.engine.checkout.submit(f).accepted);
            QVERIFY(opened.wait(5000));
            url = console.engine.store.recent(1).first().paymentUrl;
        }
        TestConsole restarted(path);
        MainWindow window(&restarted.engine);
        window.show();
        QCOMPARE(restarted.engine.history->rowCount(), 1);
        window.tabs()->setCurrentWidget(window.historyView());
        QTableView *table = window.historyView()->table();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(window.isShowingPayment());
        QTRY_VERIFY(window.paymentPanel()->qrWidget()->width() > 150);
        QCOMPARE(TestSupport::decodeQr(window.paymentPanel()->qrWidget()->grab().toImage()), url);
    }

    void historySearchFilters()
    {
        TestConsole console;
        for (const char *title : {"Tea", "Coffee", "Cake"}) {
            InvoiceFields f;
            f.price = *Amount::fromCanonical(QStringLiteral("1"));
            f.orderId = QString::fromLatin1(title).toUpper();
            f.title = QString::fromLatin1(title);
            console.engine.store.createSending(f);
        }
        MainWindow window(&console.engine);
        window.show();
        QTest::keyClicks(window.historyView()->searchEdit(), QStringLiteral("co"));
        QCOMPARE(window.historyView()->table()->model()->rowCount(), 1);
    }

    void aTestInvoicePaysItselfOnBothScreens()
    {
        TestConsole console;
        console.engine.training.setTestPaysAfterMs(500);
        console.engine.poller.setIntervals(200, 1000);
        MainWindow window(&console.engine);
        window.show();
        window.customerDisplay()->show();
        console.engine.poller.start();
        QSignalSpy notified(window.notifier(), &PaymentNotifier::notified);

        QTest::keyClicks(window.form()->amountEdit(), QStringLiteral("4.20"));
        window.form()->findChildren<QCheckBox *>().first()->setChecked(true); // test invoice
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QCOMPARE(window.paymentPanel()->stateBadge()->state(), InvoiceState::Open);
        QVERIFY(!window.customerDisplay()->isIdle());
        QCOMPARE(TestSupport::decodeQr(window.customerDisplay()->qrWidget()->grab().toImage()),
                 console.engine.store.recent(1).first().paymentUrl);

        QTRY_COMPARE_WITH_TIMEOUT(window.paymentPanel()->stateBadge()->state(), InvoiceState::Paid, 8000);
        QVERIFY(window.customerDisplay()->isThanking());
        QCOMPARE(console.engine.store.recent(1).first().state, InvoiceState::Paid);
        // The last invoices on the sale screen show it at a glance.
        QVERIFY(window.recentInvoices()->item(0)->text().contains(QStringLiteral("Paid")));
        QTest::qWait(600); // more polling cycles pass
        QCOMPARE(notified.count(), 1);
    }

    void eachOutcomeOnBothScreens_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("wanted");
        QTest::addColumn<bool>("thanked");
        QTest::addColumn<int>("notices");
        using O = TrainingGateway::Outcome;
        QTest::newRow("paid") << int(O::Paid) << int(InvoiceState::Paid) << true << 1;
        QTest::newRow("underpaid") << int(O::Underpaid) << int(InvoiceState::Underpaid) << false << 1;
        QTest::newRow("expired") << int(O::Expires) << int(InvoiceState::Expired) << false << 0;
        QTest::newRow("paid late") << int(O::PaidLate) << int(InvoiceState::PaidLate) << true << 1;
    }

    void eachOutcomeOnBothScreens()
    {
        QFETCH(int, outcome);
        QFETCH(int, wanted);
        QFETCH(bool, thanked);
        QFETCH(int, notices);
        TestConsole console;
        // A late payment lands well after the expiry, so that expired is seen first.
        console.engine.training.setTestPaysAfterMs(outcome == int(TrainingGateway::Outcome::PaidLate) ? 2000 : 400);
        console.engine.training.setShortExpiryMs(400);
        console.engine.poller.setIntervals(150, 1000);
        MainWindow window(&console.engine);
        window.show();
        window.customerDisplay()->show();
        console.engine.poller.start();
        QSignalSpy notified(window.notifier(), &PaymentNotifier::notified);
        // Staff pick the ending in the banner, as in training.
        QComboBox *pick = window.trainingBanner()->outcomeBox();
        pick->setCurrentIndex(pick->findData(outcome));
        emit pick->activated(pick->currentIndex());
        QTest::keyClicks(window.form()->amountEdit(), QStringLiteral("10"));
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QCOMPARE(pick->currentIndex(), 0); // one invoice only

        QTRY_COMPARE_WITH_TIMEOUT(int(window.paymentPanel()->stateBadge()->state()), wanted, 10000);
        QCOMPARE(int(console.engine.store.recent(1).first().state), wanted);
        QCOMPARE(window.customerDisplay()->isThanking(), thanked);
        if (!thanked) {
            const StateBadge *customerBadge = window.customerDisplay()->findChild<StateBadge *>();
            QCOMPARE(int(customerBadge->state()), wanted);
        }
        QTest::qWait(400); // further cycles change nothing
        QCOMPARE(notified.count(), notices);
    }

    // A till whose default is white label; the sale typed and sent by Enter.
    static void whiteLabelSale(TestConsole &console, MainWindow &window, const QString &amount)
    {
        InvoiceFields defaults;
        defaults.whiteLabel = true;
        console.engine.settings.setInvoiceDefaults(defaults);
        window.form()->setDefaults(defaults);
        window.show();
        QTest::keyClicks(window.form()->amountEdit(), amount);
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
    }

    void whiteLabelFromTheKeyboard()
    {
        TestConsole console;
        MainWindow window(&console.engine);
        window.customerDisplay()->resize(600, 800);
        window.customerDisplay()->show();
        whiteLabelSale(console, window, QStringLiteral("12.50"));
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);

        // The coins on offer, by readable name, on both screens.
        QListWidget *coins = window.paymentPanel()->coinList();
        QTRY_VERIFY(coins->isVisible());
        QCOMPARE(coins->count(), 8);
        QCOMPARE(coins->item(0)->text(), QStringLiteral("USDT on TRON (TRC20)"));
        QVERIFY(!window.customerDisplay()->qrWidget()->hasCode());

        // The keyboard is on the list; Bitcoin follows the three USDT networks.
        QApplication::setActiveWindow(&window);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(coins));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(coins, Qt::Key_Down);
        QCOMPARE(coins->currentItem()->text(), QStringLiteral("Bitcoin"));
        QTest::keyClick(coins, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!console.engine.store.recent(1).first().coinAddress.isEmpty(), 5000);
        const InvoiceRecord record = console.engine.store.recent(1).first();
        const QString uri = QStringLiteral("bitcoin:%1?amount=0.00020833").arg(record.coinAddress);
        QTRY_COMPARE(window.paymentPanel()->qrText(), uri);
        QTRY_VERIFY(window.paymentPanel()->qrWidget()->width() > 150);
        QCOMPARE(TestSupport::decodeQr(window.paymentPanel()->qrWidget()->grab().toImage()), uri);
        QTRY_VERIFY(window.customerDisplay()->qrWidget()->hasCode());
        QTRY_VERIFY(window.customerDisplay()->qrWidget()->width() > 150);
        QCOMPARE(TestSupport::decodeQr(window.customerDisplay()->qrWidget()->grab().toImage()), uri);

        // The bare address, when the amount is left out of the code.
        auto *withAmount = window.paymentPanel()->findChild<QCheckBox *>();
        withAmount->setChecked(false);
        QCOMPARE(window.paymentPanel()->qrText(), record.coinAddress);

        // The history keeps the coin beside the fiat price.
        QCOMPARE(console.engine.history->index(0, InvoiceHistoryModel::Coin).data().toString(), QStringLiteral("0.00020833 BTC"));
        QCOMPARE(console.engine.history->index(0, InvoiceHistoryModel::Amount).data().toString(), QStringLiteral("12.50 USD"));
    }

    void aRefusedAddressIsExplained()
    {
        TestConsole console;
        MainWindow window(&console.engine);
        whiteLabelSale(console, window, QStringLiteral("3"));
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QComboBox *pick = window.trainingBanner()->outcomeBox();
        pick->setCurrentIndex(pick->findData(TrainingBanner::AddressRefused));
        emit pick->activated(pick->currentIndex());
        QListWidget *coins = window.paymentPanel()->coinList();
        QTRY_VERIFY(coins->count() > 0);
        QTest::keyClick(coins, Qt::Key_Return);
        auto panelText = [&window] {
            QStringList texts;
            for (QLabel *label : window.paymentPanel()->findChildren<QLabel *>())
                texts << label->text();
            return texts.join(QLatin1Char('\n'));
        };
        QTRY_VERIFY_WITH_TIMEOUT(panelText().contains(QStringLiteral("No address is available for this coin right now.")), 5000);
        QVERIFY(panelText().contains(QStringLiteral("The gateway gave no address for this coin.")));
        QVERIFY(panelText().contains(QStringLiteral("Network busy"))); // the title, too
        // The refusal was for one request: the next try gets an address.
        QTest::keyClick(coins, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!console.engine.store.recent(1).first().coinAddress.isEmpty(), 5000);
    }

    void underpaidSaysWhatIsMissing()
    {
        TestConsole console;
        console.engine.training.setTestPaysAfterMs(200);
        console.engine.training.setNextOutcome(TrainingGateway::Outcome::Underpaid);
        console.engine.poller.setIntervals(200, 1000);
        MainWindow window(&console.engine);
        window.show();
        console.engine.poller.start();
        QTest::keyClicks(window.form()->amountEdit(), QStringLiteral("10"));
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.paymentPanel()->stateBadge()->state(), InvoiceState::Underpaid, 8000);
        const QString badge = window.paymentPanel()->stateBadge()->text();
        QVERIFY2(badge.contains(QStringLiteral("1.00 USDT missing (9.00 USDT received)")), qPrintable(badge));
        QVERIFY(badge.contains(QStringLiteral("ask the customer to pay the rest")));
    }

    void historyFiltersByState()
    {
        TestConsole console;
        InvoiceFields f;
        f.price = *Amount::fromCanonical(QStringLiteral("1"));
        f.orderId = QStringLiteral("ONE");
        const qint64 one = console.engine.store.createSending(f);
        console.engine.store.markOpen(one, QStringLiteral("https://payid19.com/invoice/1"), QByteArray());
        f.orderId = QStringLiteral("TWO");
        const qint64 two = console.engine.store.createSending(f);
        console.engine.store.markFailed(two, QStringLiteral("No"), {}, QByteArray());
        MainWindow window(&console.engine);
        window.show();
        QComboBox *filter = window.historyView()->stateFilter();
        filter->setCurrentIndex(filter->findData(int(InvoiceState::Failed)));
        QCOMPARE(window.historyView()->table()->model()->rowCount(), 1);
        QCOMPARE(window.historyView()->table()->model()->index(0, InvoiceHistoryModel::OrderId).data().toString(), QStringLiteral("TWO"));
        filter->setCurrentIndex(0);
        QCOMPARE(window.historyView()->table()->model()->rowCount(), 2);
    }

    // Every control a person can reach with the keyboard says what it is.
    static void checkAccessibleNames(QWidget *root)
    {
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(w) || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (w->window() != root->window())
                continue; // a combo box's popup list: the combo carries the name
            if (qobject_cast<QLineEdit *>(w) && w->parentWidget() && w->parentWidget()->inherits("QComboBox"))
                continue; // an editable combo box's own editor: the combo carries the name
            if (w->inherits("QScrollBar") || w->inherits("QTabBar") || w->inherits("QHeaderView")
                || (w->inherits("QAbstractScrollArea") && !w->inherits("QPlainTextEdit") && !w->inherits("QAbstractItemView")))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()));
        }
    }

    void everyControlHasAnAccessibleName()
    {
        TestConsole console;
        MainWindow window(&console.engine);
        window.show();
        checkAccessibleNames(&window);
        checkAccessibleNames(window.customerDisplay());
        SettingsDialog settings(&console.engine.settings, &console.engine.credentials, &console.engine.coins,
                                console.engine.locale);
        settings.show();
        checkAccessibleNames(&settings);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
