#include "HistoryExportFlow.h"
#include "HistoryView.h"
#include "dialogs/InvoiceDetailDialog.h"
#include "history/InvoiceHistoryModel.h"
#include "LossyRelay.h"
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
#include "gateway/WhiteLabel.h"
#include "widgets/QrCodeWidget.h"
#include "widgets/TrainingBanner.h"

#include <QApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QComboBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QJsonDocument>
#include <QPushButton>
#include <QStatusBar>
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

    template <typename T = QWidget>
    static T *named(QWidget *root, const QString &accessibleName)
    {
        for (T *w : root->findChildren<T *>()) {
            if (w->accessibleName() == accessibleName)
                return w;
        }
        return nullptr;
    }

    // Everything a person reads on `root` now (labels shown, or to be shown
    // when `root` is a window not on screen).
    static QString visibleText(QWidget *root)
    {
        QStringList texts;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->isVisibleTo(root))
                texts << label->text();
        }
        return texts.join(QLatin1Char('\n'));
    }

    static QCheckBox *testBox(MainWindow &window)
    {
        for (QCheckBox *box : window.form()->findChildren<QCheckBox *>()) {
            if (box->accessibleName().startsWith(QLatin1String("Test invoice")))
                return box;
        }
        return nullptr;
    }

    // A sale typed as a cashier types it: the amount, the test tick if asked,
    // Enter; returns once the panel shows the new invoice.
    static void sell(TestConsole &console, MainWindow &window, const QString &amount, bool test)
    {
        const int before = int(console.engine.store.recent(-1).value().size());
        QTest::keyClicks(window.form()->amountEdit(), amount);
        if (test)
            testBox(window)->setChecked(true);
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QCOMPARE(int(console.engine.store.recent(-1).value().size()), before + 1);
        QCOMPARE(window.paymentPanel()->invoiceId(), console.engine.store.recent(1).value().first().id);
    }

    static void clickNewSale(MainWindow &window)
    {
        QPushButton *newSale = named<QPushButton>(window.paymentPanel(), QStringLiteral("New sale"));
        QVERIFY(newSale);
        QTest::mouseClick(newSale, Qt::LeftButton);
        QTRY_VERIFY(!window.isShowingPayment());
    }

    // Selects the history row of `invoiceId` and presses Enter on it.
    static void enterOnHistoryRow(MainWindow &window, qint64 invoiceId)
    {
        window.tabs()->setCurrentWidget(window.historyView());
        QTableView *table = window.historyView()->table();
        table->setFocus();
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(InvoiceHistoryModel::IdRole).toLongLong() == invoiceId)
                row = r;
        }
        QVERIFY(row >= 0);
        table->selectRow(row);
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
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
        MainWindow window(WindowParts::of(console.engine));
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

        const InvoiceRecord record = console.engine.store.recent(1).value().first();
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
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        QVERIFY(console.engine.checkout.submit([] {
            InvoiceFields f;
            f.price = *Amount::fromCanonical(QStringLiteral("3"));
            return f;
        }()).accepted);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        const QString path = console.dir.filePath(QStringLiteral("qr.png"));
        QCOMPARE(window.paymentPanel()->saveImageTo(path), QString());
        QCOMPARE(TestSupport::decodeQr(QImage(path)), console.engine.store.recent(1).value().first().paymentUrl);
        QVERIFY(!window.paymentPanel()->saveImageTo(QStringLiteral("/proc/nowhere/qr.png")).isEmpty());
    }

    void aRefusalShowsTheGatewaysWordsAndSendsAgain()
    {
        TestConsole console;
        MainWindow window(WindowParts::of(console.engine));
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
        QCOMPARE(window.form()->fields().price.toCanonical(), QStringLiteral("7")); // nothing lost
        QCOMPARE(console.engine.store.recent(1).value().first().state, InvoiceState::Failed);

        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QCOMPARE(console.engine.store.recent(-1).value().size(), 1);
        QCOMPARE(console.engine.store.recent(1).value().first().state, InvoiceState::Open);
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
            url = console.engine.store.recent(1).value().first().paymentUrl;
        }
        TestConsole restarted(path);
        MainWindow window(WindowParts::of(restarted.engine));
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
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        QTest::keyClicks(window.historyView()->searchEdit(), QStringLiteral("co"));
        // The history is asked once typing pauses, not for every key.
        QCOMPARE(window.historyView()->table()->model()->rowCount(), 3);
        QTRY_COMPARE(window.historyView()->table()->model()->rowCount(), 1);
        // Enter goes to what was found, Ctrl+F back to the search.
        window.tabs()->setCurrentWidget(window.historyView());
        window.historyView()->searchEdit()->setFocus();
        QTest::keyClick(window.historyView()->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(window.historyView()->table()->hasFocus());
        QCOMPARE(window.historyView()->selectedId(), window.historyView()->table()->model()->index(0, 0).data(InvoiceHistoryModel::IdRole).toLongLong());
        QTest::keyClick(window.historyView()->table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.historyView()->searchEdit()->hasFocus());
    }

    void aTestInvoicePaysItselfOnBothScreens()
    {
        TestConsole console;
        console.engine.training.setTestPaysAfterMs(500);
        console.engine.poller.setIntervals(200, 1000);
        MainWindow window(WindowParts::of(console.engine));
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
                 console.engine.store.recent(1).value().first().paymentUrl);

        QTRY_COMPARE_WITH_TIMEOUT(window.paymentPanel()->stateBadge()->state(), InvoiceState::Paid, 8000);
        QVERIFY(window.customerDisplay()->isThanking());
        QCOMPARE(console.engine.store.recent(1).value().first().state, InvoiceState::Paid);
        // The last invoices on the sale screen show it at a glance.
        QVERIFY(window.recentInvoices()->textAt(0).contains(QStringLiteral("Paid")));
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
        // Paid short in a coin against a price in dollars: nothing in one unit to
        // compare, so it is a payment seen, never "underpaid", and no paid notice.
        QTest::newRow("underpaid") << int(O::Underpaid) << int(InvoiceState::PaymentSeen) << false << 0;
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
        MainWindow window(WindowParts::of(console.engine));
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
        QCOMPARE(int(console.engine.store.recent(1).value().first().state), wanted);
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
        MainWindow window(WindowParts::of(console.engine));
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
        QTRY_VERIFY_WITH_TIMEOUT(!console.engine.store.recent(1).value().first().coinAddress.isEmpty(), 5000);
        const InvoiceRecord record = console.engine.store.recent(1).value().first();
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
        MainWindow window(WindowParts::of(console.engine));
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
        QTRY_VERIFY_WITH_TIMEOUT(!console.engine.store.recent(1).value().first().coinAddress.isEmpty(), 5000);
    }

    // Only where the amount asked is known in the coin paid (white label: the
    // exact coin amount) does an underpayment say how much is missing.
    void underpaidSaysWhatIsMissing()
    {
        TestConsole console;
        console.engine.training.setTestPaysAfterMs(200);
        console.engine.training.setNextOutcome(TrainingGateway::Outcome::Underpaid);
        console.engine.poller.setIntervals(200, 1000);
        MainWindow window(WindowParts::of(console.engine));
        console.engine.poller.start();
        whiteLabelSale(console, window, QStringLiteral("10"));
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QListWidget *coins = window.paymentPanel()->coinList();
        QTRY_VERIFY(coins->count() > 3);
        coins->setCurrentRow(3);
        QCOMPARE(coins->currentItem()->text(), QStringLiteral("Bitcoin"));
        QTest::keyClick(coins, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.paymentPanel()->stateBadge()->state(), InvoiceState::Underpaid, 8000);
        const QString badge = window.paymentPanel()->stateBadge()->text();
        QVERIFY2(badge.contains(QStringLiteral("0.00001667 BTC missing")), qPrintable(badge));
        QVERIFY(badge.contains(QStringLiteral("ask the customer to pay the rest"), Qt::CaseInsensitive));
        QVERIFY(!badge.contains(QStringLiteral("USD")));
    }

    // A bitcoin shortfall says nothing of a tolerance set in USDT; a USDT one does.
    void theUsdtToleranceIsNamedOnlyForUsdt()
    {
        InvoiceRecord r;
        r.state = InvoiceState::Underpaid;
        r.fields.price = *Amount::fromCanonical(QStringLiteral("10"));
        r.fields.whiteLabel = true;
        r.fields.margin = Amount::fromCanonical(QStringLiteral("1"));
        r.coin = QStringLiteral("BTC");
        r.network = QStringLiteral("BTC");
        r.coinAmount = Amount::fromCanonical(QStringLiteral("0.00016667"));
        r.paidAmount = Amount::fromCanonical(QStringLiteral("0.00015667"));
        r.paidCurrency = QStringLiteral("BTC");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QVERIFY(!PaymentPanel::detailFor(r, en).contains(QStringLiteral("tolerance")));
        r.coin = QStringLiteral("USDT");
        r.network = QStringLiteral("TRC20");
        r.coinAmount = Amount::fromCanonical(QStringLiteral("10"));
        r.paidAmount = Amount::fromCanonical(QStringLiteral("8"));
        r.paidCurrency = QStringLiteral("USDT");
        QVERIFY(PaymentPanel::detailFor(r, en).contains(QStringLiteral("tolerance of 1.00 USDT")));
    }

    // The till's countdown ran out but the gateway has not been heard: neither
    // screen may say it is over.
    void aProvisionalExpiryIsNotFinal()
    {
        InvoiceRecord r;
        r.id = 7;
        r.state = InvoiceState::Expired;
        r.fields.price = *Amount::fromCanonical(QStringLiteral("10"));
        r.paymentUrl = QStringLiteral("https://payid19.com/invoice/abc");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QVERIFY(!PaymentPanel::detailFor(r, en).contains(QStringLiteral("Not paid in time")));
        QVERIFY(CustomerDisplay::concernsTheCustomer(r));
        r.expiryConfirmed = true;
        QVERIFY(PaymentPanel::detailFor(r, en).contains(QStringLiteral("Not paid in time")));
        QVERIFY(!CustomerDisplay::concernsTheCustomer(r));
    }

    // "Another coin": the old coin's code leaves the customer's screen at once.
    void anotherCoinTakesTheOldCodeAwayFromTheCustomer()
    {
        TestConsole console;
        MainWindow window(WindowParts::of(console.engine));
        window.customerDisplay()->resize(600, 800);
        window.customerDisplay()->show();
        whiteLabelSale(console, window, QStringLiteral("12.50"));
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QListWidget *coins = window.paymentPanel()->coinList();
        QTRY_VERIFY(coins->count() > 3);
        coins->setCurrentRow(3);
        QTest::keyClick(coins, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.customerDisplay()->qrWidget()->hasCode(), 5000);
        QPushButton *another = nullptr;
        for (QPushButton *button : window.paymentPanel()->findChildren<QPushButton *>()) {
            if (button->accessibleName().contains(QStringLiteral("coin"), Qt::CaseInsensitive)
                && button->isVisible())
                another = button;
        }
        QVERIFY(another);
        another->click();
        QVERIFY(!window.customerDisplay()->qrWidget()->hasCode() || !window.customerDisplay()->qrWidget()->isVisible());
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
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        QComboBox *filter = window.historyView()->stateFilter();
        filter->setCurrentIndex(filter->findData(QVariantList{int(InvoiceState::Failed)}));
        QCOMPARE(window.historyView()->table()->model()->rowCount(), 1);
        QCOMPARE(window.historyView()->table()->model()->index(0, InvoiceHistoryModel::OrderId).data().toString(), QStringLiteral("TWO"));
        filter->setCurrentIndex(0);
        QCOMPARE(window.historyView()->table()->model()->rowCount(), 2);
    }

    // "Test invoice" is one sale's choice: never a till default, cleared after
    // the sale, not brought back by a restart (an old settings file that kept it
    // is cleaned).
    void aTestSaleLeavesTheNextSaleLive()
    {
        QTemporaryDir dir;
        {
            QSettings old(QDir(dir.path()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            old.setValue(QStringLiteral("defaults/test"), true);
            old.setValue(QStringLiteral("defaults/currency"), QStringLiteral("EUR"));
        }
        {
            TestConsole console(dir.path());
            QVERIFY(!console.qsettings.contains(QStringLiteral("defaults/test")));
            QCOMPARE(console.engine.settings.invoiceDefaults().currency, QStringLiteral("EUR")); // real defaults stay
            MainWindow window(WindowParts::of(console.engine));
            window.show();
            QVERIFY(testBox(window));
            QVERIFY(!testBox(window)->isChecked());

            sell(console, window, QStringLiteral("5"), true);
            QVERIFY(console.engine.store.recent(1).value().first().fields.test);
            QVERIFY(!console.qsettings.contains(QStringLiteral("defaults/test")));
            clickNewSale(window);
            QVERIFY(!testBox(window)->isChecked());
            sell(console, window, QStringLiteral("6"), false);
            QVERIFY(!console.engine.store.recent(1).value().first().fields.test);

            // A test sale last, then the program is closed.
            clickNewSale(window);
            sell(console, window, QStringLiteral("7"), true);
            QVERIFY(console.engine.store.recent(1).value().first().fields.test);
        }
        TestConsole restarted(dir.path());
        QVERIFY(!restarted.engine.settings.invoiceDefaults().test);
        MainWindow window(WindowParts::of(restarted.engine));
        window.show();
        QVERIFY(!testBox(window)->isChecked());
        sell(restarted, window, QStringLiteral("8"), false);
        QVERIFY(!restarted.engine.store.recent(1).value().first().fields.test);
        QCOMPARE(restarted.engine.store.recent(1).value().first().fields.currency, QStringLiteral("EUR"));
    }

    // Only what belongs to the till is remembered from a sale: never its order
    // number, e-mail, title, description, customer number or the test tick.
    void onlyTheTillsOptionsAreRemembered()
    {
        TestConsole console;
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        for (const auto &[name, text] : {std::pair{"Title", "Cake"}, std::pair{"Order number", "ONCE-1"},
                                         std::pair{"Customer e-mail", "anne@example.com"},
                                         std::pair{"Customer number", "42"}}) {
            QLineEdit *e = edit(window.form(), QString::fromLatin1(name));
            QVERIFY2(e, name);
            QTest::keyClicks(e, QString::fromLatin1(text));
        }
        sell(console, window, QStringLiteral("3"), true);
        const InvoiceFields defaults = console.engine.settings.invoiceDefaults();
        QVERIFY(defaults.title.isEmpty());
        QVERIFY(defaults.orderId.isEmpty());
        QVERIFY(defaults.email.isEmpty());
        QVERIFY(defaults.customerId.isEmpty());
        QVERIFY(defaults.description.isEmpty());
        QVERIFY(!defaults.test);
        for (const QString &key : console.qsettings.allKeys()) {
            const QString value = console.qsettings.value(key).toString();
            QVERIFY2(!value.contains(QStringLiteral("ONCE-1")) && !value.contains(QStringLiteral("anne@")), qPrintable(key));
        }
        // The form is empty for the next customer as soon as the sale has left it.
        QVERIFY(window.form()->amountEdit()->text().isEmpty());
        QVERIFY(edit(window.form(), QStringLiteral("Order number"))->text().isEmpty());
        QVERIFY(!testBox(window)->isChecked());
    }

    // Wherever a test invoice shows, it says so unmissably; a live one never does.
    void aTestInvoiceSaysSoOnEverySurface()
    {
        TestConsole console;
        console.engine.training.setTestPaysAfterMs(600);
        console.engine.poller.setIntervals(150, 1000);
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        window.customerDisplay()->resize(600, 800);
        window.customerDisplay()->show();
        console.engine.poller.start();
        QSignalSpy notified(window.notifier(), &PaymentNotifier::notified);
        auto says = [](const QString &text) {
            return text.contains(QStringLiteral("TEST")) && text.contains(QStringLiteral("no money"), Qt::CaseInsensitive);
        };
        auto historyStatus = [&window] {
            const QAbstractItemModel *model = window.historyView()->table()->model();
            return model->index(0, InvoiceHistoryModel::Status).data().toString();
        };

        sell(console, window, QStringLiteral("4.20"), true);
        // The panel: a large banner the cashier cannot miss.
        QLabel *banner = named<QLabel>(window.paymentPanel(), QStringLiteral("Test invoice"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(says(banner->text()), qPrintable(banner->text()));
        QVERIFY(banner->font().pointSizeF() >= 1.5 * window.paymentPanel()->font().pointSizeF());
        QVERIFY2(says(visibleText(window.customerDisplay())), qPrintable(visibleText(window.customerDisplay())));
        QVERIFY2(says(historyStatus()), qPrintable(historyStatus()));
        QVERIFY2(says(window.recentInvoices()->textAt(0)), qPrintable(window.recentInvoices()->textAt(0)));

        QTRY_COMPARE_WITH_TIMEOUT(window.paymentPanel()->stateBadge()->state(), InvoiceState::Paid, 8000);
        const QString customer = visibleText(window.customerDisplay());
        QVERIFY2(says(customer), qPrintable(customer));
        QVERIFY2(!customer.contains(QStringLiteral("Paid — thank you")), qPrintable(customer));
        QVERIFY(banner->isVisible());
        QVERIFY2(window.paymentPanel()->stateBadge()->text().contains(QStringLiteral("no money was received")),
                 qPrintable(window.paymentPanel()->stateBadge()->text()));
        QTRY_COMPARE(notified.count(), 1);
        const InvoiceRecord paid = notified.first().first().value<InvoiceRecord>();
        QVERIFY2(says(PaymentNotifier::noticeText(paid)), qPrintable(PaymentNotifier::noticeText(paid)));
        QVERIFY2(says(window.statusBar()->currentMessage()), qPrintable(window.statusBar()->currentMessage()));
        QVERIFY2(says(historyStatus()), qPrintable(historyStatus()));
        QVERIFY2(says(window.recentInvoices()->textAt(0)), qPrintable(window.recentInvoices()->textAt(0)));

        // A live sale: no word of a test anywhere.
        clickNewSale(window);
        console.engine.training.setNextOutcome(TrainingGateway::Outcome::Paid);
        sell(console, window, QStringLiteral("5"), false);
        QVERIFY(!banner->isVisible());
        QVERIFY(!visibleText(window.paymentPanel()).contains(QStringLiteral("TEST")));
        QVERIFY(!visibleText(window.customerDisplay()).contains(QStringLiteral("TEST")));
        QTRY_COMPARE_WITH_TIMEOUT(window.paymentPanel()->stateBadge()->state(), InvoiceState::Paid, 8000);
        QVERIFY(visibleText(window.customerDisplay()).contains(QStringLiteral("Paid — thank you")));
        QVERIFY(!visibleText(window.customerDisplay()).contains(QStringLiteral("TEST")));
        QTRY_COMPARE(notified.count(), 2);
        QVERIFY(!PaymentNotifier::noticeText(notified.last().first().value<InvoiceRecord>()).contains(QStringLiteral("TEST")));
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("TEST")));
        QVERIFY(!historyStatus().contains(QStringLiteral("TEST")));
        QVERIFY(!window.recentInvoices()->textAt(0).contains(QStringLiteral("TEST")));
    }

    QPushButton *formButton(MainWindow &window, const QString &name)
    {
        QPushButton *button = named<QPushButton>(window.form(), name);
        return button && button->isVisible() ? button : nullptr;
    }

    // After a send whose answer was lost, the same sale is never created again:
    // the form offers Check again and Start a new sale, and Check again settles it.
    void anUnconfirmedSendIsCheckedNeverSentTwice()
    {
        TestConsole console;
        LossyRelay relay(console.engine.training.port());
        GatewayEndpoint lossy = console.engine.training.endpoint();
        lossy.base = relay.apiBase();
        lossy.timeoutMs = 400;
        console.engine.client.setEndpoint(lossy);
        relay.setLosing(true); // the gateway makes the invoice; its answer is lost
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        QTest::keyClicks(window.form()->amountEdit(), QStringLiteral("9.90"));
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(console.engine.store.recent(1).value().first().state, InvoiceState::Unknown, 5000);
        const qint64 id = console.engine.store.recent(1).value().first().id;
        const QString orderId = console.engine.store.recent(1).value().first().fields.orderId;
        QTRY_VERIFY(formButton(window, QStringLiteral("Check again")));
        QVERIFY(formButton(window, QStringLiteral("Start a new sale")));
        QVERIFY(!problemText(window).isEmpty());
        // The order number it went under is on screen, to look it up by.
        QCOMPARE(edit(window.form(), QStringLiteral("Order number"))->text(), orderId);

        // Enter, again and again, from the amount and from wherever the keyboard is.
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
            if (QApplication::focusWidget())
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            if (window.form()->createButton()->isVisible() && window.form()->createButton()->isEnabled())
                QTest::mouseClick(window.form()->createButton(), Qt::LeftButton);
            QTest::qWait(100);
        }
        QTest::qWait(600); // anything sent has arrived by now
        QCOMPARE(console.engine.training.requestCount(QStringLiteral("create_invoice")), 1);
        QCOMPARE(console.engine.store.recent(-1).value().size(), 1);
        QVERIFY(relay.answersLost() >= 1);

        // The gateway's answers come through again: Check again finds the invoice.
        relay.setLosing(false);
        QTRY_VERIFY_WITH_TIMEOUT(!console.engine.reconciler.isRunning(), 5000);
        QPushButton *check = formButton(window, QStringLiteral("Check again"));
        if (check) // an Enter above may already have asked
            QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QCOMPARE(window.paymentPanel()->invoiceId(), id);
        QCOMPARE(window.paymentPanel()->stateBadge()->state(), InvoiceState::Open);
        QCOMPARE(console.engine.store.find(id)->fields.orderId, orderId);
        QCOMPARE(console.engine.training.requestCount(QStringLiteral("create_invoice")), 1);

        // The next sale starts clean and goes out as a new invoice.
        clickNewSale(window);
        QVERIFY(window.form()->amountEdit()->text().isEmpty());
        QVERIFY(window.form()->createButton()->isVisible());
        sell(console, window, QStringLiteral("1"), false);
        QCOMPARE(console.engine.training.requestCount(QStringLiteral("create_invoice")), 2);
    }

    // Cancel is a lost answer too; an unconfirmed invoice opened from the history
    // offers the same choice. A gateway that has none lets it go again under the
    // same order number; a gateway that cannot be asked leaves it unconfirmed.
    void checkAgainFromTheHistory()
    {
        TestConsole console;
        LossyRelay relay(console.engine.training.port());
        GatewayEndpoint lossy = console.engine.training.endpoint();
        lossy.base = relay.apiBase();
        console.engine.client.setEndpoint(lossy);
        relay.setLosing(true);
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        QTest::keyClicks(window.form()->amountEdit(), QStringLiteral("2"));
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY(window.form()->cancelButton()->isVisible());
        QTest::mouseClick(window.form()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(console.engine.store.recent(1).value().first().state, InvoiceState::Unknown, 5000);
        QTRY_VERIFY(formButton(window, QStringLiteral("Start a new sale")));
        QTest::mouseClick(formButton(window, QStringLiteral("Start a new sale")), Qt::LeftButton);
        QVERIFY(window.form()->amountEdit()->text().isEmpty());
        QVERIFY(window.form()->createButton()->isVisible());
        QCOMPARE(console.engine.store.recent(1).value().first().state, InvoiceState::Unknown); // kept, settled later
        relay.setLosing(false);

        // One the gateway never received: stored as sending, then lost.
        InvoiceFields f;
        f.price = *Amount::fromCanonical(QStringLiteral("11"));
        f.orderId = QStringLiteral("NEVER-ARRIVED");
        f.title = QStringLiteral("Lost");
        const qint64 lost = console.engine.store.createSending(f, console.engine.client.endpoint().name());
        console.engine.store.markUnknown(lost, QStringLiteral("No answer."), QByteArray());
        enterOnHistoryRow(window, lost);
        QTRY_VERIFY(formButton(window, QStringLiteral("Check again")));
        QVERIFY(!window.isShowingPayment());
        QCOMPARE(edit(window.form(), QStringLiteral("Title"))->text(), QStringLiteral("Lost"));

        // The gateway cannot be asked: still unconfirmed, and the form says why.
        console.engine.training.goDownForMs(60000);
        QTest::mouseClick(formButton(window, QStringLiteral("Check again")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(problemText(window).contains(QStringLiteral("still unconfirmed"), Qt::CaseInsensitive), 5000);
        QVERIFY(formButton(window, QStringLiteral("Check again")));
        QCOMPARE(console.engine.store.find(lost)->state, InvoiceState::Unknown);
        console.engine.training.goDownForMs(0);

        // The gateway says it has none: Send again, under the same order number.
        QTRY_VERIFY_WITH_TIMEOUT(!console.engine.reconciler.isRunning(), 5000);
        QTest::mouseClick(formButton(window, QStringLiteral("Check again")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.form()->createButton()->accessibleName(), QStringLiteral("Send again"), 5000);
        QVERIFY(window.form()->createButton()->isVisible());
        QCOMPARE(console.engine.store.find(lost)->state, InvoiceState::Failed);
        const int sent = console.engine.training.requestCount(QStringLiteral("create_invoice"));
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QCOMPARE(window.paymentPanel()->invoiceId(), lost);
        QCOMPARE(console.engine.store.find(lost)->fields.orderId, QStringLiteral("NEVER-ARRIVED"));
        QCOMPARE(console.engine.training.requestCount(QStringLiteral("create_invoice")), sent + 1);
    }

    // Invoice B of a kind, stored as the engine stores it, for showing from the
    // history or the recent strip.
    static qint64 storeInvoiceOfKind(TestConsole &console, const QString &kind)
    {
        InvoiceStore &store = console.engine.store;
        InvoiceFields f;
        f.price = *Amount::fromCanonical(QStringLiteral("10"));
        f.orderId = QStringLiteral("B-") + QString(kind).replace(QLatin1Char(' '), QLatin1Char('-'));
        f.title = QStringLiteral("Invoice B");
        f.whiteLabel = kind.startsWith(QLatin1String("white label"));
        const qint64 id = store.createSending(f, console.engine.client.endpoint().name());
        const QString url = QStringLiteral("https://payid19.com/invoice/bbbb-") + QString::number(id);
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(900);
        auto status = [&](InvoiceState state, const char *paid, const char *coin) {
            PaymentStatus s;
            s.state = state;
            s.expiresAt = state == InvoiceState::Expired ? QDateTime::currentDateTimeUtc().addSecs(-60) : later;
            s.expiryConfirmed = state == InvoiceState::Expired; // as the gateway confirmed it
            if (paid) {
                s.paidAmount = Amount::fromCanonical(QString::fromLatin1(paid));
                s.paidCurrency = QString::fromLatin1(coin);
            }
            return s;
        };
        if (f.whiteLabel) {
            const QList<CoinOffer> offers{{QStringLiteral("BTC"), QStringLiteral("BTC"), QStringLiteral("wl-1"), QStringLiteral("Bitcoin")},
                                          {QStringLiteral("USDT"), QStringLiteral("TRC20"), QStringLiteral("wl-1"), QStringLiteral("USDT on TRON (TRC20)")}};
            store.markOpen(id, QString(), QByteArray(),
                           QString::fromUtf8(QJsonDocument(WhiteLabel::toJson(offers)).toJson(QJsonDocument::Compact)));
            if (kind == QLatin1String("white label, coin chosen"))
                store.recordCoinChoice(id, QStringLiteral("BTC"), QStringLiteral("BTC"), QStringLiteral("bc1qexampleaddress0000000000000000000000"),
                                       *Amount::fromCanonical(QStringLiteral("0.00016667")), QByteArray());
        } else if (kind == QLatin1String("failed")) {
            store.markFailed(id, QStringLiteral("No."), {}, QByteArray());
        } else if (kind == QLatin1String("unconfirmed")) {
            store.markUnknown(id, QStringLiteral("No answer."), QByteArray());
        } else if (kind == QLatin1String("reconciled, no page address")) {
            store.markUnknown(id, QStringLiteral("No answer."), QByteArray());
            store.reconcileAsOpen(id, status(InvoiceState::Open, nullptr, nullptr), QByteArray());
        } else if (kind == QLatin1String("reconciled, paid")) {
            store.markUnknown(id, QStringLiteral("No answer."), QByteArray());
            store.reconcileAsOpen(id, status(InvoiceState::Paid, "10", "USDT"), QByteArray());
        } else {
            store.markOpen(id, url, QByteArray());
            if (kind == QLatin1String("underpaid"))
                store.recordPayment(id, status(InvoiceState::Underpaid, "9", "USDT"), QByteArray());
            else if (kind == QLatin1String("expired"))
                store.recordPayment(id, status(InvoiceState::Expired, nullptr, nullptr), QByteArray());
            else if (kind == QLatin1String("paid"))
                store.recordPayment(id, status(InvoiceState::Paid, "10", "USDT"), QByteArray());
            else if (kind == QLatin1String("open"))
                store.recordPayment(id, status(InvoiceState::Open, nullptr, nullptr), QByteArray());
        }
        return id;
    }

    void theCustomerSeesTheCashiersInvoiceOrNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("viaRecent");
        QTest::addColumn<bool>("onPanel");      // else on the form
        QTest::addColumn<bool>("customerShows"); // else idle
        QTest::addColumn<QString>("customerQr");  // "page", "uri" or none
        QTest::newRow("open, from the strip") << "open" << true << true << true << "page";
        QTest::newRow("underpaid") << "underpaid" << false << true << true << "page";
        QTest::newRow("underpaid, from the strip") << "underpaid" << true << true << true << "page";
        QTest::newRow("white label, coin to choose") << "white label" << false << true << true << "";
        QTest::newRow("white label, coin chosen") << "white label, coin chosen" << false << true << true << "uri";
        QTest::newRow("white label, from the strip") << "white label, coin chosen" << true << true << true << "uri";
        QTest::newRow("expired") << "expired" << false << true << false << "";
        QTest::newRow("paid") << "paid" << false << true << false << "";
        QTest::newRow("failed") << "failed" << false << false << false << "";
        QTest::newRow("unconfirmed") << "unconfirmed" << false << false << false << "";
        QTest::newRow("reconciled, no page address") << "reconciled, no page address" << false << true << false << "";
        QTest::newRow("reconciled, paid") << "reconciled, paid" << false << true << false << "";
    }

    // The customer display mirrors the invoice on the cashier's panel (the same
    // invoice) or goes idle: never the QR code of the invoice shown before.
    // And every row of the history shows its invoice again with Enter.
    void theCustomerSeesTheCashiersInvoiceOrNothing()
    {
        QFETCH(QString, kind);
        QFETCH(bool, viaRecent);
        QFETCH(bool, onPanel);
        QFETCH(bool, customerShows);
        QFETCH(QString, customerQr);
        TestConsole console;
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        CustomerDisplay *customer = window.customerDisplay();
        customer->resize(600, 800);
        customer->show();

        sell(console, window, QStringLiteral("12.50"), false);
        const QString urlA = console.engine.store.recent(1).value().first().paymentUrl;
        QTRY_VERIFY(customer->qrWidget()->width() > 150);
        QCOMPARE(TestSupport::decodeQr(customer->qrWidget()->grab().toImage()), urlA);

        const qint64 b = storeInvoiceOfKind(console, kind);
        const InvoiceRecord recordB = *console.engine.store.find(b);
        if (viaRecent) {
            RecentInvoices *recent = window.recentInvoices();
            QTRY_COMPARE(recent->invoiceIdAt(0), b);
            recent->setFocus();
            recent->setCurrentIndex(recent->model()->index(0, 0));
            QTest::keyClick(recent, Qt::Key_Return);
        } else {
            enterOnHistoryRow(window, b);
        }

        // The cashier's side.
        if (onPanel) {
            QTRY_VERIFY(window.isShowingPayment());
            QCOMPARE(window.paymentPanel()->invoiceId(), b);
            QCOMPARE(window.paymentPanel()->stateBadge()->state(), recordB.state);
        } else {
            QTRY_VERIFY(!window.isShowingPayment());
            QCOMPARE(window.tabs()->currentIndex(), 0);
        }
        QString wantedQr;
        if (customerQr == QLatin1String("page"))
            wantedQr = recordB.paymentUrl;
        else if (customerQr == QLatin1String("uri"))
            wantedQr = WhiteLabel::paymentUri(recordB.coin, recordB.coinAddress, *recordB.coinAmount);

        // The customer's side: B or nothing, never A.
        QCOMPARE(customer->isIdle(), !customerShows);
        if (customerShows)
            QCOMPARE(customer->invoiceId(), b);
        QTest::qWait(50);
        const QString onCustomer = customer->qrWidget()->isVisible() && customer->qrWidget()->hasCode()
                ? TestSupport::decodeQr(customer->qrWidget()->grab().toImage()) : QString();
        QVERIFY(onCustomer != urlA);
        QCOMPARE(onCustomer, wantedQr);
        QVERIFY(TestSupport::decodeQr(customer->grab().toImage()) != urlA);
        if (onPanel && !wantedQr.isEmpty()) {
            QTRY_VERIFY(window.paymentPanel()->qrWidget()->width() > 150);
            QCOMPARE(TestSupport::decodeQr(window.paymentPanel()->qrWidget()->grab().toImage()), wantedQr);
        }

        // What the panel tells the cashier of each kind.
        const QString panel = visibleText(window.paymentPanel());
        if (kind == QLatin1String("white label")) {
            QVERIFY(window.paymentPanel()->coinList()->isVisible());
            QCOMPARE(window.paymentPanel()->coinList()->count(), 2);
            QVERIFY(visibleText(customer).contains(QStringLiteral("Bitcoin")));
        } else if (kind.startsWith(QLatin1String("white label"))) {
            QVERIFY2(panel.contains(QStringLiteral("0.00016667 BTC")), qPrintable(panel));
        } else if (kind == QLatin1String("reconciled, no page address")) {
            QVERIFY(!window.paymentPanel()->qrWidget()->hasCode());
            QVERIFY2(panel.contains(QStringLiteral("payment page address"), Qt::CaseInsensitive), qPrintable(panel));
        } else if (kind == QLatin1String("unconfirmed")) {
            QVERIFY(formButton(window, QStringLiteral("Check again")));
        } else if (kind == QLatin1String("failed")) {
            QCOMPARE(window.form()->createButton()->accessibleName(), QStringLiteral("Send again"));
        }

        // Payments of A, still followed, do not bring A back in front of the customer.
        InvoiceRecord a = console.engine.store.recent(-1).value().last();
        PaymentStatus paid;
        paid.state = InvoiceState::Underpaid;
        paid.expiresAt = a.expiresAt;
        paid.paidAmount = Amount::fromCanonical(QStringLiteral("1"));
        paid.paidCurrency = QStringLiteral("USDT");
        console.engine.store.recordPayment(a.id, paid, QByteArray());
        emit console.engine.poller.paymentChanged(*console.engine.store.find(a.id), InvoiceState::Open);
        QVERIFY(customer->isIdle() || customer->invoiceId() == b);
        if (onPanel)
            QCOMPARE(window.paymentPanel()->invoiceId(), b);
    }

    // The states a coin payment can be in before the gateway confirms it, and an
    // order number the gateway holds for another sale, read right on both screens.
    void paymentSeenAndConflictReadRight()
    {
        TestConsole console;
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        CustomerDisplay *customer = window.customerDisplay();
        customer->show();
        sell(console, window, QStringLiteral("10"), false);
        const InvoiceRecord a = console.engine.store.recent(1).value().first();

        PaymentStatus seen;
        seen.state = InvoiceState::PaymentSeen;
        seen.expiresAt = a.expiresAt;
        seen.paidAmount = Amount::fromCanonical(QStringLiteral("0.00016667"));
        seen.paidCurrency = QStringLiteral("BTC");
        console.engine.store.recordPayment(a.id, seen, QByteArray());
        emit console.engine.poller.paymentChanged(*console.engine.store.find(a.id), InvoiceState::Open);
        const QString badge = window.paymentPanel()->stateBadge()->text();
        QVERIFY2(badge.contains(QStringLiteral("Payment seen: 0.00016667 BTC, waiting for the gateway to confirm")), qPrintable(badge));
        QVERIFY(!badge.contains(QStringLiteral("nderpaid")));
        QVERIFY(!badge.contains(QStringLiteral("missing")));
        QVERIFY(visibleText(customer).contains(QStringLiteral("Payment received, waiting for confirmation")));
        QVERIFY(!customer->qrWidget()->isVisibleTo(customer)); // nothing more to scan
        QVERIFY(!visibleText(customer).contains(QStringLiteral("nderpaid")));

        PaymentStatus conflict = seen;
        conflict.state = InvoiceState::Conflict;
        conflict.note = QStringLiteral("The gateway holds 25.00 EUR under this order number.");
        console.engine.store.recordPayment(a.id, conflict, QByteArray());
        emit console.engine.poller.paymentChanged(*console.engine.store.find(a.id), InvoiceState::PaymentSeen);
        const QString conflictText = window.paymentPanel()->stateBadge()->text();
        QVERIFY2(conflictText.contains(QStringLiteral("Do not hand over the goods")), qPrintable(conflictText));
        QVERIFY(conflictText.contains(QStringLiteral("manager")));
        QVERIFY(conflictText.contains(QStringLiteral("25.00 EUR")));
        const QString customerText = visibleText(customer);
        QVERIFY(!customer->qrWidget()->isVisibleTo(customer));
        QVERIFY2(!customerText.contains(QStringLiteral("Paid")) && !customerText.contains(QStringLiteral("onflict")),
                 qPrintable(customerText));

        // The same, shown again from the history.
        clickNewSale(window);
        enterOnHistoryRow(window, a.id);
        QTRY_VERIFY(window.isShowingPayment());
        QVERIFY(window.paymentPanel()->stateBadge()->text().contains(QStringLiteral("manager")));
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
                     qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()
                                + QStringLiteral(" in ") + QString::fromLatin1(w->parentWidget()->metaObject()->className())));
        }
    }

    void everyControlHasAnAccessibleName()
    {
        TestConsole console;
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        checkAccessibleNames(&window);
        checkAccessibleNames(window.customerDisplay());
        SettingsDialog settings(&console.engine.settings, &console.engine.credentials, &console.engine.coins,
                                console.engine.locale);
        settings.show();
        checkAccessibleNames(&settings);
    }

    // The issue's "done when", in the window: yesterday's paid USD invoices
    // found with the filters, their exact total read beneath, the same total
    // in the exported CSV, and an invoice's whole story opened.
    void yesterdaysPaidDollarsFilteredTotalledAndExported()
    {
        TestConsole console;
        InvoiceStore &store = console.engine.store;
        const QDateTime yesterdayNoon(QDate::currentDate().addDays(-1), QTime(12, 0));
        auto sale = [&](const char *price, const char *currency, InvoiceState state, const QDateTime &at, bool test = false) {
            InvoiceFields f;
            f.price = *Amount::fromCanonical(QString::fromLatin1(price));
            f.currency = QString::fromLatin1(currency);
            f.orderId = QStringLiteral("S-%1-%2").arg(QString::fromLatin1(price), QString::fromLatin1(currency)) + QString::number(store.recent(-1).value().size());
            f.email = QStringLiteral("guest%1@example.com").arg(store.recent(-1).value().size());
            f.test = test;
            const qint64 id = store.createSending(f);
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            q.prepare(QStringLiteral("UPDATE invoices SET created_at = ? WHERE id = ?"));
            q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
            q.addBindValue(id);
            q.exec();
            store.markOpen(id, QStringLiteral("https://payid19.com/invoice/%1").arg(id), QByteArray("{\"status\":\"success\"}"));
            if (state != InvoiceState::Open) {
                PaymentStatus status;
                status.state = state;
                store.recordPayment(id, status, QByteArray("{\"status\":\"success\",\"message\":[{\"status\":1}]}"));
            }
            return id;
        };
        sale("10.10", "USD", InvoiceState::Paid, yesterdayNoon);
        sale("0.20", "USD", InvoiceState::PaidLate, yesterdayNoon.addSecs(3600));
        const qint64 story = sale("5.05", "USD", InvoiceState::Paid, yesterdayNoon.addSecs(-3600));
        sale("99", "USD", InvoiceState::Paid, yesterdayNoon, true);               // test: in no sum
        sale("7", "EUR", InvoiceState::Paid, yesterdayNoon);                       // another currency
        sale("8", "USD", InvoiceState::Open, yesterdayNoon);                       // unpaid
        sale("9", "USD", InvoiceState::Paid, yesterdayNoon.addDays(-1));          // the day before
        sale("11", "USD", InvoiceState::Paid, QDateTime::currentDateTime());       // today

        MainWindow window(WindowParts::of(console.engine));
        window.show();
        HistoryView *history = window.historyView();
        window.tabs()->setCurrentWidget(history);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        history->periodFilter()->setCurrentIndex(history->periodFilter()->findData(int(HistoryPeriods::Yesterday)));
        history->stateFilter()->setCurrentIndex(1); // Paid (also late)
        const int usd = history->currencyFilter()->findData(QStringLiteral("USD"));
        QVERIFY(usd > 0);
        history->currencyFilter()->setCurrentIndex(usd);
        history->moneyFilter()->setCurrentIndex(history->moneyFilter()->findData(int(HistoryFilter::Money::LiveOnly)));
        QCOMPARE(history->table()->model()->rowCount(), 3);
        QTRY_VERIFY(history->totalsLabel()->text().contains(QStringLiteral("15.35")));
        QVERIFY(history->totalsLabel()->accessibleDescription().contains(QStringLiteral("paid 15.35 USD")));

        // Export what the filter shows; the file's prices add up to the same.
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("yesterday.csv"));
        QSignalSpy done(window.exportFlow(), &HistoryExportFlow::finished);
        QVERIFY(window.exportFlow()->start(history->currentFilter(), HistoryExport::Format::Csv, path));
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(done.first().first().toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const QList<QByteArray> header = lines.first().trimmed().split(',');
        int priceColumn = -1;
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).startsWith("Price") || header.at(i).startsWith("\"Price"))
                priceColumn = priceColumn < 0 ? i : priceColumn;
        }
        QVERIFY(priceColumn >= 0);
        Amount sum;
        int rows = 0;
        for (const QByteArray &line : lines.mid(1)) {
            if (line.trimmed().isEmpty())
                continue;
            sum = sum + *Amount::fromCanonical(QString::fromUtf8(line.split(',').at(priceColumn)).remove(QLatin1Char('"')));
            ++rows;
        }
        QCOMPARE(rows, 3);
        QCOMPARE(sum.toCanonical(), QStringLiteral("15.35"));

        // Any invoice's whole story: select it, Details.
        history->stateFilter()->setCurrentIndex(0);
        history->currencyFilter()->setCurrentIndex(0);
        history->periodFilter()->setCurrentIndex(0);
        history->moneyFilter()->setCurrentIndex(0);
        const int row = [&] {
            for (int r = 0; r < history->table()->model()->rowCount(); ++r) {
                if (history->table()->model()->index(r, 0).data(InvoiceHistoryModel::IdRole).toLongLong() == story)
                    return r;
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        history->table()->setFocus();
        history->table()->selectRow(row);
        QTest::keyClick(history->table(), Qt::Key_I, Qt::ControlModifier);
        InvoiceDetailDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<InvoiceDetailDialog *>()) != nullptr);
        QCOMPARE(dialog->invoiceId(), story);
        QCOMPARE(dialog->eventTable()->rowCount(), 3); // sending, open, paid
        QCOMPARE(TestSupport::decodeQr(dialog->qrWidget()->grab().toImage()), QStringLiteral("https://payid19.com/invoice/%1").arg(story));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
