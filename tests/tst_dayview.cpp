// The shop's day in the window, as a new user would try it: sell a few
// invoices with the training gateway (paid, one test), have a paid one print
// its receipt by itself on a loopback ESC/POS printer, print a duplicate by
// hand (Ctrl+P), open a shift, read its X report, close it with a Z report
// whose totals equal the history's, and find that Z in the list again.
#include "support/EscPosParser.h"
#include "HistoryOracle.h"
#include "HistoryView.h"
#include "MainWindow.h"
#include "history/InvoiceHistoryModel.h"
#include <QTableView>
#include "PaymentPanel.h"
#include "ShiftView.h"
#include "TestConsole.h"
#include "InvoiceForm.h"
#include "reports/ReceiptPrinter.h"
#include "widgets/StateBadge.h"
#include "widgets/TrainingBanner.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QBarSet>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTimer>
#include <QAbstractButton>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include "dialogs/ReceiptSettingsBox.h"
#include "dialogs/SettingsDialog.h"
#include "reports/ReportJob.h"

namespace {
class LoopbackPrinter : public QObject
{
public:
    LoopbackPrinter()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto bytes = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, bytes] { *bytes += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket, bytes] {
                    *bytes += socket->readAll();
                    jobs << *bytes;
                    socket->deleteLater();
                });
            }
        });
    }
    QString target() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    QList<QByteArray> jobs;

private:
    QTcpServer m_server;
};

// Answers the next modal dialog when it appears: `answer` fills it and accepts.
void whenDialogOpens(const std::function<void(QDialog *)> &answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toUpper();
            ++i;
        }
    }
    return QChar();
}

// Every Alt+letter the window answers now: menus, tabs, and the buttons and
// labelled fields on show. `page` marks the ones of the page under test.
QStringList clashesOn(QMainWindow &window, QWidget *page)
{
    QMultiMap<QChar, QString> keys;
    for (QAction *menu : window.menuBar()->actions())
        keys.insert(mnemonicOf(menu->text()), QStringLiteral("menu ") + menu->text());
    for (QTabBar *bar : window.findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i)
            keys.insert(mnemonicOf(bar->tabText(i)), QStringLiteral("tab ") + bar->tabText(i));
    }
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(&window))
            keys.insert(mnemonicOf(b->text()), QStringLiteral("page ") + b->text());
    }
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (l->buddy() && l->isVisibleTo(&window))
            keys.insert(mnemonicOf(l->text()), QStringLiteral("page ") + l->text());
    }
    QStringList clashes;
    for (const QChar key : keys.uniqueKeys()) {
        const QStringList owners = keys.values(key);
        if (!key.isNull() && owners.size() > 1 && owners.join(QLatin1Char('|')).contains(QStringLiteral("page ")))
            clashes << QStringLiteral("Alt+%1: %2").arg(key, owners.join(QStringLiteral(" / ")));
    }
    return clashes;
}

QPushButton *buttonNamed(QWidget *parent, const QString &name)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->accessibleName() == name)
            return b;
    }
    return nullptr;
}
} // namespace

class TestDayView : public QObject
{
    Q_OBJECT

    // Sells `amount` USD with the training gateway's `outcome`; waits for `wanted`.
    static void sell(TestConsole &console, MainWindow &window, const QString &amount, TrainingGateway::Outcome outcome,
                     InvoiceState wanted, bool test = false)
    {
        QComboBox *pick = window.trainingBanner()->outcomeBox();
        pick->setCurrentIndex(pick->findData(int(outcome)));
        emit pick->activated(pick->currentIndex());
        QTest::keyClicks(window.form()->amountEdit(), amount);
        if (test)
            window.form()->findChildren<QCheckBox *>().first()->setChecked(true);
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window.paymentPanel()->stateBadge()->state(), wanted, 10000);
        QPushButton *newSale = buttonNamed(window.paymentPanel(), QStringLiteral("New sale"));
        QVERIFY(newSale);
        QTest::mouseClick(newSale, Qt::LeftButton);
        QTRY_VERIFY(!window.isShowingPayment());
        Q_UNUSED(console);
    }

private slots:
    // Alt+letter on the Day tab and on History reaches one control each (an
    // ambiguous one only moves the focus between them).
    void everyMnemonicOnTheNewPagesIsItsOwn()
    {
        TestConsole console;
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        for (QWidget *page : {static_cast<QWidget *>(window.shiftView()), static_cast<QWidget *>(window.historyView())}) {
            window.tabs()->setCurrentWidget(page);
            const QStringList clashes = clashesOn(window, page);
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        }
        // Settings' receipt rows beside the gateway's fields.
        SettingsDialog settings(&console.engine.settings, &console.engine.credentials, &console.engine.coins,
                                console.engine.locale);
        settings.show();
        settings.receiptSettings()->printerKind()->setCurrentIndex(2); // ESC/POS rows on show
        QMultiMap<QChar, QString> keys;
        for (QLabel *l : settings.findChildren<QLabel *>()) {
            if (l->buddy() && l->isVisibleTo(&settings))
                keys.insert(mnemonicOf(l->text()), l->text());
        }
        for (QAbstractButton *b : settings.findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(&settings))
                keys.insert(mnemonicOf(b->text()), b->text());
        }
        for (const QChar key : keys.uniqueKeys()) {
            if (!key.isNull())
                QVERIFY2(keys.values(key).size() == 1, qPrintable(QStringList(keys.values(key)).join(QStringLiteral(" / "))));
        }
    }

    // A period report still being counted when an X report is shown does not
    // replace it on arrival; the Day tab's X report is counted again when the
    // tab comes back; Ctrl+P there prints nothing; the status is read aloud.
    void theDayTabShowsWhatWasLastAsked()
    {
        TestConsole console;
        console.engine.training.setTestPaysAfterMs(200);
        console.engine.poller.setIntervals(150, 1000);
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        console.engine.startFollowingPayments();
        ShiftView *day = window.shiftView();
        QVERIFY(console.engine.shifts->openShift(QStringLiteral("Ana"), QString(), QDateTime::currentDateTimeUtc()));
        window.tabs()->setCurrentWidget(day);
        QTRY_VERIFY(day->report().has_value());
        QCOMPARE(day->report()->kind, SalesReport::Kind::X);
        QVERIFY2(day->findChildren<QLabel *>().first()->accessibleName().contains(QStringLiteral("Shift open since")),
                 qPrintable(day->findChildren<QLabel *>().first()->accessibleName()));
        QCOMPARE(day->report()->liveCount(), qint64(0));

        // A sale; back on the Day tab the X report has it.
        window.tabs()->setCurrentIndex(0);
        sell(console, window, QStringLiteral("5"), TrainingGateway::Outcome::Paid, InvoiceState::Paid);
        QTest::keyClicks(window.form()->amountEdit(), QStringLiteral("6"));
        QTest::keyClick(window.form()->amountEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingPayment(), 5000);
        window.tabs()->setCurrentWidget(day);
        QTRY_COMPARE(day->report()->liveCount(), qint64(2));
        QCOMPARE(window.receiptInvoiceId(), qint64(-1)); // the sale's invoice is on another tab

        // Period asked, X shown before its answer: the X stays.
        QSignalSpy answered(window.findChild<ReportJob *>(), &ReportJob::ready);
        QMetaObject::invokeMethod(day, "showPeriodReport");
        day->showXReport();
        QVERIFY(answered.wait(10000));
        QTest::qWait(50);
        QCOMPARE(day->report()->kind, SalesReport::Kind::X);
    }

    void aDayAtTheTill()
    {
        TestConsole console;
        QCOMPARE(console.error, QString());
        console.engine.training.setTestPaysAfterMs(200);
        console.engine.poller.setIntervals(150, 1000);
        LoopbackPrinter printer;
        ReceiptPrinterChoice choice;
        choice.kind = ReceiptPrinterChoice::Kind::EscPos;
        choice.escposTarget = printer.target();
        choice.autoPrintPaid = true;
        console.engine.settings.setReceiptPrinter(choice);
        MainWindow window(WindowParts::of(console.engine));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        console.engine.startFollowingPayments();

        // The Day tab: no shift yet; open one from its dialog.
        window.tabs()->setCurrentWidget(window.shiftView());
        ShiftView *day = window.shiftView();
        QVERIFY(day->openButton()->isEnabled());
        QVERIFY(!day->closeButton()->isEnabled());
        whenDialogOpens([](QDialog *dialog) {
            QLineEdit *by = dialog->findChild<QLineEdit *>();
            by->setText(QStringLiteral("Ana"));
            dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Float 50 USD"));
            dialog->accept();
        });
        QTest::mouseClick(day->openButton(), Qt::LeftButton);
        QTRY_VERIFY(day->closeButton()->isEnabled());
        QVERIFY(day->reportText()->toPlainText().contains(QStringLiteral("X report")));

        // Sales: two paid, one paid test invoice; each paid one prints itself.
        window.tabs()->setCurrentIndex(0);
        for (const auto &[amount, outcome, test] : {std::tuple{QStringLiteral("12.50"), TrainingGateway::Outcome::Paid, false},
                                                    std::tuple{QStringLiteral("7.25"), TrainingGateway::Outcome::Paid, false},
                                                    std::tuple{QStringLiteral("3"), TrainingGateway::Outcome::Automatic, true}}) {
            sell(console, window, amount, outcome, InvoiceState::Paid, test);
            if (QTest::currentTestFailed())
                return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(printer.jobs.size(), 3, 10000);
        QStringList printed;
        for (const QByteArray &job : printer.jobs) {
            const EscPos::Parsed parsed = EscPos::parse(job);
            QVERIFY2(parsed.ok, qPrintable(parsed.error));
            QVERIFY(parsed.endsWithCut());
            QVERIFY(!parsed.words().contains(QStringLiteral("DUPLICATE")));
            printed << parsed.words();
        }
        QVERIFY(printed.join(QLatin1Char(' ')).contains(QStringLiteral("12.50 USD")));
        QVERIFY(printed.join(QLatin1Char(' ')).contains(QStringLiteral("TEST")));

        // A reprint from the history, by Ctrl+P: it says DUPLICATE.
        const QList<InvoiceRecord> all = console.engine.store.recent(-1).value();
        const qint64 first = all.last().id;
        window.tabs()->setCurrentWidget(window.historyView());
        QTableView *table = window.historyView()->table();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(InvoiceHistoryModel::IdRole).toLongLong() == first)
                table->selectRow(r);
        }
        QCOMPARE(window.receiptInvoiceId(), first);
        QApplication::setActiveWindow(&window);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(printer.jobs.size(), 4, 10000);
        const EscPos::Parsed reprint = EscPos::parse(printer.jobs.last());
        QVERIFY(reprint.words().contains(QStringLiteral("DUPLICATE")));
        QVERIFY(reprint.words().contains(QStringLiteral("12.50 USD")));

        // Close the shift: its Z report, numbered 1, totals as the history's.
        window.tabs()->setCurrentWidget(day);
        whenDialogOpens([](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            input->setTextValue(QStringLiteral("Ana"));
            input->accept();
        });
        QTest::mouseClick(day->closeButton(), Qt::LeftButton);
        QTRY_VERIFY(day->openButton()->isEnabled());
        QVERIFY(day->report().has_value());
        const SalesReport z = *day->report();
        QCOMPARE(z.kind, SalesReport::Kind::Z);
        QCOMPARE(z.zNumber, std::optional<qint64>(1));
        HistoryTotals brute;
        const QList<InvoiceRecord> everything = console.engine.store.recent(-1).value();
        for (const InvoiceRecord &r : everything)
            brute.add(r.state, r.fields.currency, r.fields.price, r.fields.test);
        QCOMPARE(z.totals, brute);
        QCOMPARE(z.totals.currencies.size(), 1);
        QCOMPARE(z.totals.currencies.first().paid.amount.toCanonical(), QStringLiteral("19.75"));
        QCOMPARE(z.totals.testCount, qint64(1));
        const QString text = day->reportText()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("19.75 USD")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("REPRINT"))); // the close itself is the original
        // The chart shows the two live paid sales in the hour they were made.
        auto *series = qobject_cast<QStackedBarSeries *>(day->chartView()->chart()->series().value(0));
        QVERIFY(series);
        qreal paidBars = 0;
        for (int i = 0; i < series->barSets().first()->count(); ++i)
            paidBars += series->barSets().first()->at(i);
        QCOMPARE(paidBars, 2.0);

        // The Z is listed and shows again as stored.
        QCOMPARE(day->zList()->count(), 1);
        QVERIFY(day->zList()->item(0)->text().startsWith(QStringLiteral("Z 1")));
        whenDialogOpens([](QDialog *dialog) { dialog->accept(); });
        day->showXReport(); // refused: no shift is open (a message box, answered)
        QVERIFY(!day->xButton()->isEnabled());
        day->showZReport(1);
        QCOMPARE(*day->report(), z);
        QVERIFY(day->reportText()->toPlainText().contains(QStringLiteral("REPRINT")));
    }
};

QTEST_MAIN(TestDayView)
#include "tst_dayview.moc"
