// Receipts as a customer gets them: drawn to PDF and read back (pdftotext,
// pdftoppm, the QR scanned with ZXing), and sent as ESC/POS to a real TCP
// listener on loopback and parsed back. A receipt is the original until one of
// the same state (paid, underpaid, not paid) has come out of a printer; a bill
// printed before the payment leaves the paid receipt the original; a file is
// logged but makes no later paper a duplicate; a failed print leaves the next
// one the original; prints of one invoice wait for each other; a paid invoice
// prints by itself only when asked, and once, even with two consoles.
#include "EscPosParser.h"
#include "PrintedPdf.h"
#include "SalesHistory.h"
#include "TestConsole.h"
#include "TestSupport.h"
#include "history/DemoHistory.h"
#include "reports/ReceiptPrinter.h"
#include "settings/TillSettings.h"
#include "store/InvoiceStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <algorithm>
#include <atomic>
#include <thread>

namespace {
const QDateTime Noon = QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());

// A receipt printer on loopback: keeps what each connection sent. With
// `holdMs`, it accepts a connection and reads nothing for that long, as a
// printer still busy with the previous paper does.
class LoopbackPrinter : public QObject
{
public:
    explicit LoopbackPrinter(int holdMs = 0)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this, holdMs] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                auto *bytes = new QByteArray;
                const auto read = [socket, bytes] {
                    connect(socket, &QTcpSocket::readyRead, socket, [socket, bytes] { *bytes += socket->readAll(); });
                    *bytes += socket->readAll();
                };
                if (holdMs > 0)
                    QTimer::singleShot(holdMs, socket, read);
                else
                    read();
                connect(socket, &QTcpSocket::disconnected, this, [this, socket, bytes] {
                    if (socket->isOpen())
                        *bytes += socket->readAll();
                    m_jobs << *bytes;
                    delete bytes;
                    socket->deleteLater();
                });
            }
        });
    }
    QString target() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    QList<QByteArray> m_jobs;
    int m_connections = 0;

private:
    QTcpServer m_server;
};

// A port nobody listens on: taken and released again.
QString refusingPrinter()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return QString();
    return QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
}

struct Till
{
    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    TillSettings settings{&qsettings};
    InvoiceStore store;

    Till()
    {
        QCOMPARE(store.open(historyPath()), QString());
        ShopProfile shop;
        shop.name = QStringLiteral("Kahve Dükkanı");
        shop.address = QStringLiteral("Moda Cd. 12\nİstanbul");
        shop.taxNumber = QStringLiteral("TR-1234567890");
        shop.tillName = QStringLiteral("Front till");
        settings.setShopProfile(shop);
        store.setTill(shop.tillName); // as ConsoleEngine does
    }
    QString historyPath() const { return dir.filePath(QStringLiteral("history.sqlite")); }
    qint64 sale(const QString &order, InvoiceState state, bool test = false, const QString &paid = QString())
    {
        SalesHistory::Sale s;
        s.orderId = order;
        s.price = QStringLiteral("12.5");
        s.currency = QStringLiteral("USD");
        s.state = state;
        s.createdAt = Noon;
        s.test = test;
        s.paid = paid;
        s.coin = paid.isEmpty() ? QString() : QStringLiteral("BTC");
        return SalesHistory::add(store, s);
    }
    bool pay(qint64 id, InvoiceState state = InvoiceState::Paid)
    {
        PaymentStatus status;
        status.state = state;
        return store.recordPayment(id, status, "{}");
    }
    void autoPrintTo(const QString &escposTarget)
    {
        ReceiptPrinterChoice choice;
        choice.kind = ReceiptPrinterChoice::Kind::EscPos;
        choice.escposTarget = escposTarget;
        choice.autoPrintPaid = true;
        settings.setReceiptPrinter(choice);
    }
    // The history's receipt log, as SQL reads it: "status paper state duplicate" per row.
    QStringList prints(qint64 id) const
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        query.prepare(QStringLiteral("SELECT status, paper, state, duplicate FROM receipt_prints WHERE invoice_id = ? ORDER BY id"));
        query.addBindValue(id);
        QStringList rows;
        if (!query.exec())
            return {query.lastError().text()};
        while (query.next())
            rows << QStringLiteral("%1 %2 %3 %4").arg(query.value(0).toString(), query.value(1).toInt() ? "paper" : "file",
                                                      query.value(2).toString(), query.value(3).toInt() ? "duplicate" : "original");
        return rows;
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        const bool ok = query.exec();
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return ok;
    }
};

struct Outcome
{
    bool duplicate = false;
    QString error;
};

Outcome printAndWait(ReceiptPrinter &printer, qint64 id, const PrintDestination &destination)
{
    QSignalSpy spy(&printer, &ReceiptPrinter::finished);
    printer.print(id, destination);
    if (spy.isEmpty() && !spy.wait(20000))
        return {false, QStringLiteral("no answer")};
    return {spy.first().at(1).toBool(), spy.first().at(2).toString()};
}

EscPos::Parsed lastJob(const LoopbackPrinter &printer)
{
    return EscPos::parse(printer.m_jobs.value(printer.m_jobs.size() - 1));
}

QString url(const QString &order)
{
    return QStringLiteral("https://payid19.com/invoice/") + order;
}

// Where `what` first stands in `text`, for checking what comes before what.
qsizetype at(const QString &text, const QString &what)
{
    return text.indexOf(what);
}

int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}
} // namespace

class TestReceipts : public QObject
{
    Q_OBJECT

private slots:
    void pdfReceiptThenDuplicate();
    void everyStateSaysWhatItIs_data();
    void everyStateSaysWhatItIs();
    void theStateComesBeforeTheTotal_data();
    void theStateComesBeforeTheTotal();
    void escposOverTcp_data();
    void escposOverTcp();
    void failedPrintLeavesTheOriginal();
    void aQueuedPrintDecidesOnlyAfterTheFailedOne_data();
    void aQueuedPrintDecidesOnlyAfterTheFailedOne();
    void twoQuickPrintsAreOriginalThenDuplicate();
    void aBillLeavesThePaidReceiptTheOriginal();
    void aCopyOnlyOfPaperThatSaidTheSame();
    void filesDoNotMakeThePaperADuplicate();
    void escposFileIsTheOwnersAlone();
    void duplicateAcrossRestart();
    void theTillIsWhereTheSaleWasMade();
    void printsByItselfWhenPaid();
    void notByItselfWhenPaidBeforeTheTillFollowed();
    void notByItselfUnlessAsked();
    void twoConsolesPrintThePaidReceiptOnce();
    void claimsRacingFromTwoConsoles();
    void anotherConsolesClaim();
};

void TestReceipts::pdfReceiptThenDuplicate()
{
    Till till;
    const qint64 id = till.sale(QStringLiteral("KD-0001"), InvoiceState::Paid, false, QStringLiteral("0.00021"));
    QVERIFY(id > 0);
    ReceiptPrinter printer(&till.store, &till.settings, QLocale(QLocale::English, QLocale::UnitedStates));

    const QString first = till.dir.filePath(QStringLiteral("first.pdf"));
    Outcome outcome = printAndWait(printer, id, PrintDestination::pdf(first));
    QCOMPARE(outcome.error, QString());
    QVERIFY(!outcome.duplicate);
    QCOMPARE(QFile::permissions(first) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const PrintedPdf original = PrintedPdf::read(first, 200);
    QVERIFY2(original.isValid(), qPrintable(original.error()));
    const QString text = original.simplifiedText();
    for (const QString &expected : {QStringLiteral("Kahve Dükkanı"), QStringLiteral("Moda Cd. 12"), QStringLiteral("TR-1234567890"),
                                    QStringLiteral("KD-0001"), QStringLiteral("Front till"), QStringLiteral("12.50 USD"),
                                    QStringLiteral("0.00021 BTC"), QStringLiteral("PAID")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    QVERIFY(!text.contains(QStringLiteral("DUPLICATE")));
    QVERIFY(!text.contains(QStringLiteral("NOT PAID")));
    QCOMPARE(original.qrCodes(), QStringList{url(QStringLiteral("KD-0001"))});
    QCOMPARE(original.pageCount(), 1);

    // The paper receipt: the first to leave a printer is the original.
    LoopbackPrinter paper;
    outcome = printAndWait(printer, id, PrintDestination::escPos(paper.target()));
    QCOMPARE(outcome.error, QString());
    QVERIFY(!outcome.duplicate);

    // A PDF made after it is a copy of it.
    const QString second = till.dir.filePath(QStringLiteral("second.pdf"));
    outcome = printAndWait(printer, id, PrintDestination::pdf(second));
    QCOMPARE(outcome.error, QString());
    QVERIFY(outcome.duplicate);
    const PrintedPdf duplicate = PrintedPdf::read(second, 200);
    QVERIFY2(duplicate.isValid(), qPrintable(duplicate.error()));
    QVERIFY(duplicate.simplifiedText().contains(QStringLiteral("DUPLICATE")));
    QVERIFY(duplicate.simplifiedText().contains(QStringLiteral("12.50 USD")));
    QCOMPARE(duplicate.qrCodes(), QStringList{url(QStringLiteral("KD-0001"))});
    QCOMPARE(ReceiptLog(till.store.connectionName()).timesPrinted(id), std::optional<int>(3));
    QCOMPARE(till.prints(id), (QStringList{QStringLiteral("printed file paid original"),
                                           QStringLiteral("printed paper paid original"),
                                           QStringLiteral("printed file paid duplicate")}));
}

void TestReceipts::everyStateSaysWhatItIs_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("test");
    QTest::addColumn<QString>("mark");
    QTest::addColumn<bool>("saysPaid");
    QTest::newRow("open") << int(InvoiceState::Open) << false << QStringLiteral("NOT PAID") << false;
    QTest::newRow("expired") << int(InvoiceState::Expired) << false << QStringLiteral("NOT PAID") << false;
    QTest::newRow("underpaid") << int(InvoiceState::Underpaid) << false << QStringLiteral("UNDERPAID") << false;
    QTest::newRow("paid late") << int(InvoiceState::PaidLate) << false << QStringLiteral("PAID (LATE)") << true;
    QTest::newRow("test paid") << int(InvoiceState::Paid) << true << QStringLiteral("TEST — NO MONEY") << true;
    QTest::newRow("failed") << int(InvoiceState::Failed) << false << QStringLiteral("NOT PAID") << false;
    // It may be paid: not a flat NOT PAID, but not a PAID either.
    QTest::newRow("unknown") << int(InvoiceState::Unknown) << false << QStringLiteral("NOT CONFIRMED Unconfirmed") << false;
    QTest::newRow("payment seen") << int(InvoiceState::PaymentSeen) << false << QStringLiteral("NOT CONFIRMED Payment seen") << false;
    QTest::newRow("conflict") << int(InvoiceState::Conflict) << false << QStringLiteral("NOT PAID Order number conflict") << false;
}

void TestReceipts::everyStateSaysWhatItIs()
{
    QFETCH(int, state);
    QFETCH(bool, test);
    QFETCH(QString, mark);
    QFETCH(bool, saysPaid);
    Till till;
    const qint64 id = till.sale(QStringLiteral("KD-0002"), InvoiceState(state), test);
    QVERIFY(id > 0);
    QCOMPARE(till.store.find(id)->state, InvoiceState(state));
    ReceiptPrinter printer(&till.store, &till.settings, QLocale(QLocale::English, QLocale::UnitedStates));
    const QString path = till.dir.filePath(QStringLiteral("receipt.pdf"));
    QCOMPARE(printAndWait(printer, id, PrintDestination::pdf(path)).error, QString());
    const PrintedPdf pdf = PrintedPdf::read(path, 200);
    QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
    // Compatibility form: pdftotext gives "ﬁ" for the ligature the font drew.
    const QString text = pdf.simplifiedText().normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(mark), qPrintable(text));
    // Only a paid invoice's receipt has PAID standing alone (not NOT PAID,
    // not UNDERPAID).
    QCOMPARE(text.contains(QRegularExpression(QStringLiteral("(?<!NOT )\\bPAID\\b"))), saysPaid);
    if (InvoiceState(state) == InvoiceState::Unknown || InvoiceState(state) == InvoiceState::PaymentSeen)
        QVERIFY2(!text.contains(QStringLiteral("NOT PAID")), qPrintable(text));
    if (InvoiceState(state) == InvoiceState::Failed || InvoiceState(state) == InvoiceState::Unknown)
        QVERIFY(pdf.qrCodes().isEmpty()); // the gateway never gave a page to pay on
    else
        QCOMPARE(pdf.qrCodes(), QStringList{url(QStringLiteral("KD-0002"))});
}

void TestReceipts::theStateComesBeforeTheTotal_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<bool>("test");
    QTest::addColumn<QStringList>("marks"); // in the order they must come, all before the total
    const QString real = QStringLiteral("https://payid19.com/api/v1 key=pk");
    QTest::newRow("open") << int(InvoiceState::Open) << real << false << QStringList{QStringLiteral("NOT PAID")};
    QTest::newRow("underpaid") << int(InvoiceState::Underpaid) << real << false << QStringList{QStringLiteral("UNDERPAID")};
    QTest::newRow("paid") << int(InvoiceState::Paid) << real << false << QStringList{QStringLiteral("PAID")};
    QTest::newRow("payment seen") << int(InvoiceState::PaymentSeen) << real << false
                                  << QStringList{QStringLiteral("NOT CONFIRMED"), QStringLiteral("Payment seen")};
    QTest::newRow("test, open") << int(InvoiceState::Open) << real << true
                                << QStringList{QStringLiteral("TEST"), QStringLiteral("DUPLICATE"), QStringLiteral("NOT PAID")};
    QTest::newRow("demo, paid") << int(InvoiceState::Paid) << DemoHistory::gatewayName() << false
                                << QStringList{QStringLiteral("DEMO"), QStringLiteral("NOT A SALE"), QStringLiteral("DUPLICATE"),
                                               QStringLiteral("PAID")};
}

// The marks that say what a paper is worth come first and largest, before the
// date and the total, on a PDF as on a thermal printer: no one reads the
// total of an unpaid bill as paid before they read NOT PAID.
void TestReceipts::theStateComesBeforeTheTotal()
{
    QFETCH(int, state);
    QFETCH(QString, gateway);
    QFETCH(bool, test);
    QFETCH(QStringList, marks);
    Till till;
    InvoiceFields f;
    f.orderId = QStringLiteral("KD-0010");
    f.price = *Amount::fromCanonical(QStringLiteral("12.5"));
    f.currency = QStringLiteral("USD");
    f.test = test;
    const qint64 id = till.store.createSending(f, gateway);
    QVERIFY(till.store.markOpen(id, url(f.orderId), "{}"));
    if (InvoiceState(state) != InvoiceState::Open)
        QVERIFY(till.pay(id, InvoiceState(state)));
    ReceiptPrinter printer(&till.store, &till.settings, QLocale(QLocale::English, QLocale::UnitedStates));
    const bool duplicate = marks.contains(QStringLiteral("DUPLICATE"));
    LoopbackPrinter paper;
    if (duplicate)
        QCOMPARE(printAndWait(printer, id, PrintDestination::escPos(paper.target())).error, QString());

    const QString path = till.dir.filePath(QStringLiteral("receipt.pdf"));
    QCOMPARE(printAndWait(printer, id, PrintDestination::pdf(path)).error, QString());
    const PrintedPdf pdf = PrintedPdf::read(path, 200);
    QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
    QCOMPARE(printAndWait(printer, id, PrintDestination::escPos(paper.target())).error, QString());
    QTRY_COMPARE_WITH_TIMEOUT(paper.m_jobs.size(), duplicate ? 2 : 1, 10000);
    const EscPos::Parsed parsed = lastJob(paper);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));

    for (const QString &text : {pdf.simplifiedText(), parsed.words()}) {
        qsizetype previous = -1;
        for (const QString &mark : marks) {
            const qsizetype where = at(text, mark);
            QVERIFY2(where > previous, qPrintable(mark + QStringLiteral(" out of place in: ") + text));
            previous = where;
        }
        const qsizetype date = at(text, QStringLiteral("Date"));
        const qsizetype total = at(text, QStringLiteral("Total"));
        QVERIFY2(previous < date && date < total, qPrintable(text));
    }
}

void TestReceipts::escposOverTcp_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("qr");
    QTest::newRow("80 mm, raster QR") << int(EscPosOptions::Paper::Mm80) << int(EscPosOptions::QrMode::Raster);
    QTest::newRow("58 mm, raster QR") << int(EscPosOptions::Paper::Mm58) << int(EscPosOptions::QrMode::Raster);
    QTest::newRow("80 mm, printer's QR") << int(EscPosOptions::Paper::Mm80) << int(EscPosOptions::QrMode::Native);
}

void TestReceipts::escposOverTcp()
{
    QFETCH(int, paper);
    QFETCH(int, qr);
    Till till;
    const qint64 id = till.sale(QStringLiteral("KD-0003"), InvoiceState::Underpaid, false, QStringLiteral("0.0001"));
    QVERIFY(id > 0);
    ReceiptPrinter printer(&till.store, &till.settings, QLocale(QLocale::English, QLocale::UnitedStates));
    LoopbackPrinter listener;
    EscPosOptions options;
    options.paper = EscPosOptions::Paper(paper);
    options.qr = EscPosOptions::QrMode(qr);

    for (bool duplicate : {false, true}) {
        const Outcome outcome = printAndWait(printer, id, PrintDestination::escPos(listener.target(), options));
        QCOMPARE(outcome.error, QString());
        QCOMPARE(outcome.duplicate, duplicate);
        QTRY_COMPARE_WITH_TIMEOUT(listener.m_jobs.size(), duplicate ? 2 : 1, 10000);
        const EscPos::Parsed parsed = EscPos::parse(listener.m_jobs.last());
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QVERIFY(parsed.endsWithCut());
        for (const EscPos::Line &line : parsed.lines)
            QVERIFY2(line.columns() <= options.columns(), qPrintable(line.text));
        const QString words = parsed.words();
        // Dotless ı is not in the printer's code page (PC858): it prints as i.
        for (const QString &expected : {QStringLiteral("Kahve Dükkan"), QStringLiteral("KD-0003"), QStringLiteral("12.50 USD"),
                                        QStringLiteral("0.0001 BTC"), QStringLiteral("UNDERPAID"), QStringLiteral("Front till")})
            QVERIFY2(words.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + words));
        QCOMPARE(words.contains(QStringLiteral("DUPLICATE")), duplicate);
        if (options.qr == EscPosOptions::QrMode::Raster) {
            QCOMPARE(parsed.rasters.size(), 1);
            QCOMPARE(TestSupport::decodeQr(parsed.rasters.first().image), url(QStringLiteral("KD-0003")));
        } else {
            QCOMPARE(parsed.qrs.size(), 1);
            QCOMPARE(QString::fromUtf8(parsed.qrs.first().data), url(QStringLiteral("KD-0003")));
        }
    }
}

void TestReceipts::failedPrintLeavesTheOriginal()
{
    Till till;
    const qint64 id = till.sale(QStringLiteral("KD-0004"), InvoiceState::Paid);
    ReceiptPrinter printer(&till.store, &till.settings, QLocale(QLocale::English, QLocale::UnitedStates));
    const QString refusing = refusingPrinter();
    const Outcome failed = printAndWait(printer, id, PrintDestination::escPos(refusing));
    QVERIFY(!failed.error.isEmpty());
    QVERIFY2(failed.error.contains(QStringLiteral("127.0.0.1")), qPrintable(failed.error));
    QCOMPARE(ReceiptLog(till.store.connectionName()).timesPrinted(id), std::optional<int>(0));
    QCOMPARE(till.prints(id), QStringList()); // its claim is taken back

    LoopbackPrinter paper;
    const Outcome printed = printAndWait(printer, id, PrintDestination::escPos(paper.target()));
    QCOMPARE(printed.error, QString());
    QVERIFY(!printed.duplicate);
    QTRY_COMPARE_WITH_TIMEOUT(paper.m_jobs.size(), 1, 10000);
    QVERIFY(!lastJob(paper).words().contains(QStringLiteral("DUPLICATE")));

    // A folder that does not exist: said, and still nothing more logged.
    const Outcome nowhere = printAndWait(printer, id, PrintDestination::pdf(till.dir.filePath(QStringLiteral("no/such/folder/r.pdf"))));
    QVERIFY(!nowhere.error.isEmpty());
    QCOMPARE(ReceiptLog(till.store.connectionName()).timesPrinted(id), std::optional<int>(1));
    QCOMPARE(till.prints(id), QStringList{QStringLiteral("printed paper paid original")});
}

void TestReceipts::aQueuedPrintDecidesOnlyAfterTheFailedOne_data()
{
    QTest::addColumn<bool>("toPaper");
    QTest::newRow("then a PDF") << false;
    QTest::newRow("then another printer") << true;
}

// The thermal printer is off and the cashier, waiting, presses Print again on
// another printer: the second receipt is the only one the customer gets, and
// must not say DUPLICATE because the first was still on its way.
void TestReceipts::aQueuedPrintDecidesOnlyAfterTheFailedOne()
{
    QFETCH(bool, toPaper);
    Till till;
    const qint64 id = till.sale(QStringLiteral("KD-0011"), InvoiceState::Paid);
    ReceiptPrinter printer(&till.store, &till.settings, QLocale::c());
    LoopbackPrinter paper;
    const QString pdf = till.dir.filePath(QStringLiteral("r.pdf"));
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    printer.print(id, PrintDestination::escPos(refusingPrinter()));
    QVERIFY(printer.isPrinting(id));
    printer.print(id, toPaper ? PrintDestination::escPos(paper.target()) : PrintDestination::pdf(pdf));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY(!finished.at(0).at(2).toString().isEmpty()); // the first failed
    QCOMPARE(finished.at(1).at(2).toString(), QString());
    QCOMPARE(finished.at(1).at(1).toBool(), false);
    if (toPaper) {
        QTRY_COMPARE_WITH_TIMEOUT(paper.m_jobs.size(), 1, 10000);
        QVERIFY(!lastJob(paper).words().contains(QStringLiteral("DUPLICATE")));
    } else {
        const QString text = PrintedPdf::read(pdf).simplifiedText();
        QVERIFY2(text.contains(QStringLiteral("PAID")) && !text.contains(QStringLiteral("DUPLICATE")), qPrintable(text));
    }
    QCOMPARE(till.prints(id), QStringList{toPaper ? QStringLiteral("printed paper paid original")
                                                   : QStringLiteral("printed file paid original")});
    QVERIFY(!printer.isPrinting(id));
}

// Two quick presses on a printer still busy with the first paper: the second
// waits for the first, then says DUPLICATE.
void TestReceipts::twoQuickPrintsAreOriginalThenDuplicate()
{
    Till till;
    const qint64 id = till.sale(QStringLiteral("KD-0012"), InvoiceState::Paid);
    const qint64 other = till.sale(QStringLiteral("KD-0013"), InvoiceState::Paid);
    ReceiptPrinter printer(&till.store, &till.settings, QLocale::c());
    LoopbackPrinter slow(600);
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    int connectionsWhenTheFirstEnded = -1;
    connect(&printer, &ReceiptPrinter::finished, this, [&](qint64 invoice) {
        if (invoice == id && connectionsWhenTheFirstEnded < 0)
            connectionsWhenTheFirstEnded = slow.m_connections;
    });
    printer.print(id, PrintDestination::escPos(slow.target()));
    printer.print(id, PrintDestination::escPos(slow.target()));
    // Another invoice's receipt does not wait for this one's.
    printer.print(other, PrintDestination::pdf(till.dir.filePath(QStringLiteral("other.pdf"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
    QCOMPARE(finished.at(0).at(0).toLongLong(), other);
    QCOMPARE(finished.at(1).at(0).toLongLong(), id);
    QCOMPARE(finished.at(1).at(1).toBool(), false);
    QCOMPARE(finished.at(2).at(0).toLongLong(), id);
    QCOMPARE(finished.at(2).at(1).toBool(), true);
    QCOMPARE(finished.at(2).at(2).toString(), QString());
    QCOMPARE(connectionsWhenTheFirstEnded, 1); // the second had not started
    QTRY_COMPARE_WITH_TIMEOUT(slow.m_jobs.size(), 2, 10000);
    QVERIFY(!EscPos::parse(slow.m_jobs.at(0)).words().contains(QStringLiteral("DUPLICATE")));
    QVERIFY(EscPos::parse(slow.m_jobs.at(1)).words().contains(QStringLiteral("DUPLICATE")));
}

// A bill printed before the customer pays is a receipt of another kind: the
// paid receipt is still the original, and prints by itself.
// A bill printed while the invoice waited is not the original of the
// receipt that says it expired, or that a payment was seen: each paper is a
// copy only of paper that said the same.
void TestReceipts::aCopyOnlyOfPaperThatSaidTheSame()
{
    Till till;
    LoopbackPrinter paper;
    ReceiptPrinter printer(&till.store, &till.settings, QLocale::c());
    const qint64 id = till.sale(QStringLiteral("KD-0030"), InvoiceState::Open);
    const PrintDestination destination = PrintDestination::escPos(paper.target());
    QVERIFY(!printAndWait(printer, id, destination).duplicate);
    for (const InvoiceState state : {InvoiceState::PaymentSeen, InvoiceState::Expired}) {
        QVERIFY(till.pay(id, state));
        for (const bool duplicate : {false, true}) {
            const Outcome outcome = printAndWait(printer, id, destination);
            QCOMPARE(outcome.error, QString());
            QCOMPARE(outcome.duplicate, duplicate);
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(paper.m_jobs.size(), 5, 10000);
    QVERIFY(lastJob(paper).words().contains(QStringLiteral("DUPLICATE")));
    QVERIFY(lastJob(paper).words().contains(QStringLiteral("Expired")));
}

void TestReceipts::aBillLeavesThePaidReceiptTheOriginal()
{
    Till till;
    LoopbackPrinter paper;
    till.autoPrintTo(paper.target());
    ReceiptPrinter printer(&till.store, &till.settings, QLocale::c());
    ReceiptAutoPrint autoPrint(&till.store, &till.settings, &printer);
    QSignalSpy problems(&autoPrint, &ReceiptAutoPrint::problem);
    autoPrint.activate();
    const qint64 id = till.sale(QStringLiteral("KD-0014"), InvoiceState::Open);
    const PrintDestination destination = PrintDestination::escPos(paper.target());

    Outcome outcome = printAndWait(printer, id, destination);
    QCOMPARE(outcome.error, QString());
    QVERIFY(!outcome.duplicate);
    QTRY_COMPARE_WITH_TIMEOUT(paper.m_jobs.size(), 1, 10000);
    QVERIFY(lastJob(paper).words().contains(QStringLiteral("NOT PAID")));

    // Part of it came in: a receipt of that, the original of its kind, then a copy.
    QVERIFY(till.pay(id, InvoiceState::Underpaid));
    for (const bool duplicate : {false, true}) {
        outcome = printAndWait(printer, id, destination);
        QCOMPARE(outcome.error, QString());
        QCOMPARE(outcome.duplicate, duplicate);
    }
    QTRY_COMPARE_WITH_TIMEOUT(paper.m_jobs.size(), 3, 10000);
    QVERIFY(lastJob(paper).words().contains(QStringLiteral("UNDERPAID")));

    // Paid: the paid receipt comes out by itself, as the original.
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    QVERIFY(till.pay(id));
    QTRY_COMPARE_WITH_TIMEOUT(paper.m_jobs.size(), 4, 10000);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    const QString words = lastJob(paper).words();
    QVERIFY2(words.contains(QStringLiteral("PAID")) && !words.contains(QStringLiteral("DUPLICATE"))
                     && !words.contains(QStringLiteral("NOT PAID")) && !words.contains(QStringLiteral("UNDERPAID")),
             qPrintable(words));
    // And a reprint of it is a copy.
    outcome = printAndWait(printer, id, destination);
    QVERIFY(outcome.duplicate);
    QCOMPARE(till.prints(id), (QStringList{QStringLiteral("printed paper open original"),
                                           QStringLiteral("printed paper underpaid original"),
                                           QStringLiteral("printed paper underpaid duplicate"),
                                           QStringLiteral("printed paper paid original"),
                                           QStringLiteral("printed paper paid duplicate")}));
    QCOMPARE(problems.size(), 0);
}

// A receipt kept as a file (a PDF, ESC/POS bytes in a file) is no paper in a
// customer's hand: the paper printed after it is the original, while a file
// made after a paper says DUPLICATE.
void TestReceipts::filesDoNotMakeThePaperADuplicate()
{
    Till till;
    ReceiptPrinter printer(&till.store, &till.settings, QLocale::c());
    LoopbackPrinter paper;
    const qint64 id = till.sale(QStringLiteral("KD-0015"), InvoiceState::Paid);

    Outcome outcome = printAndWait(printer, id, PrintDestination::pdf(till.dir.filePath(QStringLiteral("a.pdf"))));
    QCOMPARE(outcome.error, QString());
    QVERIFY(!outcome.duplicate);
    outcome = printAndWait(printer, id, PrintDestination::escPos(till.dir.filePath(QStringLiteral("a.bin"))));
    QCOMPARE(outcome.error, QString());
    QVERIFY(!outcome.duplicate);
    outcome = printAndWait(printer, id, PrintDestination::escPos(paper.target()));
    QCOMPARE(outcome.error, QString());
    QVERIFY(!outcome.duplicate);
    QTRY_COMPARE_WITH_TIMEOUT(paper.m_jobs.size(), 1, 10000);
    QVERIFY(!lastJob(paper).words().contains(QStringLiteral("DUPLICATE")));

    const QString pdf = till.dir.filePath(QStringLiteral("b.pdf"));
    outcome = printAndWait(printer, id, PrintDestination::pdf(pdf));
    QVERIFY(outcome.duplicate);
    QVERIFY(PrintedPdf::read(pdf).simplifiedText().contains(QStringLiteral("DUPLICATE")));
    const QString bin = till.dir.filePath(QStringLiteral("b.bin"));
    outcome = printAndWait(printer, id, PrintDestination::escPos(bin));
    QVERIFY(outcome.duplicate);
    QFile file(bin);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(EscPos::parse(file.readAll()).words().contains(QStringLiteral("DUPLICATE")));
    QCOMPARE(till.prints(id), (QStringList{QStringLiteral("printed file paid original"),
                                           QStringLiteral("printed file paid original"),
                                           QStringLiteral("printed paper paid original"),
                                           QStringLiteral("printed file paid duplicate"),
                                           QStringLiteral("printed file paid duplicate")}));
}

// ESC/POS bytes kept in a file name a customer's order, as a PDF does: the
// file is its owner's alone; a device keeps its own mode.
void TestReceipts::escposFileIsTheOwnersAlone()
{
    Till till;
    ReceiptPrinter printer(&till.store, &till.settings, QLocale::c());
    const qint64 id = till.sale(QStringLiteral("KD-0016"), InvoiceState::Paid);
    const mode_t old = ::umask(022);
    const QString made = till.dir.filePath(QStringLiteral("receipt.bin"));
    QCOMPARE(printAndWait(printer, id, PrintDestination::escPos(made)).error, QString());
    // One left readable by others (an older version, another program) is tightened.
    const QString kept = till.dir.filePath(QStringLiteral("kept.bin"));
    {
        QFile file(kept);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(::chmod(QFile::encodeName(kept).constData(), 0644) == 0);
    QCOMPARE(printAndWait(printer, id, PrintDestination::escPos(kept)).error, QString());
    const int devNull = modeOf(QStringLiteral("/dev/null"));
    QCOMPARE(printAndWait(printer, id, PrintDestination::escPos(QStringLiteral("/dev/null"))).error, QString());
    ::umask(old);
    QCOMPARE(modeOf(made), 0600);
    QCOMPARE(modeOf(kept), 0600);
    QCOMPARE(modeOf(QStringLiteral("/dev/null")), devNull);
    QCOMPARE(devNull, 0666);
    // A device is a printer: what went to it counts as paper.
    QCOMPARE(till.prints(id).last(), QStringLiteral("printed paper paid original"));
}

void TestReceipts::duplicateAcrossRestart()
{
    QTemporaryDir dir;
    const QString history = dir.filePath(QStringLiteral("history.sqlite"));
    LoopbackPrinter paper;
    qint64 id = -1;
    {
        Till till;
        InvoiceStore store;
        QCOMPARE(store.open(history), QString());
        SalesHistory::Sale s{QStringLiteral("KD-0005"), QStringLiteral("3"), QStringLiteral("EUR"), InvoiceState::Paid, Noon};
        id = SalesHistory::add(store, s);
        ReceiptPrinter printer(&store, &till.settings, QLocale::c());
        QVERIFY(!printAndWait(printer, id, PrintDestination::escPos(paper.target())).duplicate);
    }
    Till till;
    InvoiceStore reopened;
    QCOMPARE(reopened.open(history), QString());
    ReceiptPrinter printer(&reopened, &till.settings, QLocale::c());
    const Outcome again = printAndWait(printer, id, PrintDestination::pdf(dir.filePath(QStringLiteral("b.pdf"))));
    QCOMPARE(again.error, QString());
    QVERIFY(again.duplicate);
}

// The receipt names the till the sale was made at, even reprinted after the
// till was renamed or on another till; a sale from before tills were kept
// names none rather than the wrong one.
void TestReceipts::theTillIsWhereTheSaleWasMade()
{
    TestConsole console;
    QCOMPARE(console.error, QString());
    ConsoleEngine &engine = console.engine;
    ShopProfile shop = engine.settings.shopProfile();
    shop.name = QStringLiteral("Corner Bakery");
    shop.tillName = QStringLiteral("Till by the door");
    engine.settings.setShopProfile(shop);
    const qint64 id = SalesHistory::add(engine.store, {QStringLiteral("CB-1"), QStringLiteral("4"), QStringLiteral("EUR"),
                                                       InvoiceState::Paid, Noon});
    QVERIFY(id > 0);
    QCOMPARE(engine.store.find(id)->till, QStringLiteral("Till by the door"));

    shop.tillName = QStringLiteral("Till by the window");
    engine.settings.setShopProfile(shop);
    const QString path = console.dir.filePath(QStringLiteral("reprint.pdf"));
    QCOMPARE(printAndWait(*engine.receipts, id, PrintDestination::pdf(path)).error, QString());
    QString text = PrintedPdf::read(path).simplifiedText();
    QVERIFY2(text.contains(QStringLiteral("Till Till by the door")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("window")), qPrintable(text));

    // The next sale is the renamed till's.
    const qint64 next = SalesHistory::add(engine.store, {QStringLiteral("CB-2"), QStringLiteral("4"), QStringLiteral("EUR"),
                                                         InvoiceState::Paid, Noon});
    QCOMPARE(engine.store.find(next)->till, QStringLiteral("Till by the window"));

    // An invoice stored before tills were kept.
    QSqlQuery forget(QSqlDatabase::database(engine.store.connectionName()));
    QVERIFY(forget.exec(QStringLiteral("UPDATE invoices SET till = NULL WHERE id = %1").arg(id)));
    QCOMPARE(printAndWait(*engine.receipts, id, PrintDestination::pdf(path)).error, QString());
    text = PrintedPdf::read(path).simplifiedText();
    QVERIFY2(text.contains(QStringLiteral("CB-1")) && !text.contains(QStringLiteral("Till")), qPrintable(text));
}

void TestReceipts::printsByItselfWhenPaid()
{
    Till till;
    LoopbackPrinter listener;
    till.autoPrintTo(listener.target());
    ReceiptPrinter printer(&till.store, &till.settings, QLocale::c());
    ReceiptAutoPrint autoPrint(&till.store, &till.settings, &printer);
    QSignalSpy problems(&autoPrint, &ReceiptAutoPrint::problem);

    // Paid before the till followed payments: left alone.
    const qint64 before = till.sale(QStringLiteral("KD-0006"), InvoiceState::Paid);
    autoPrint.activate();
    const qint64 id = till.sale(QStringLiteral("KD-0007"), InvoiceState::Open);
    QTest::qWait(300);
    QCOMPARE(listener.m_jobs.size(), 0);

    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    QVERIFY(till.pay(id));
    QTRY_COMPARE_WITH_TIMEOUT(listener.m_jobs.size(), 1, 10000);
    QTRY_COMPARE(finished.size(), 1);
    const EscPos::Parsed parsed = EscPos::parse(listener.m_jobs.first());
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(parsed.words().contains(QStringLiteral("KD-0007")));
    QVERIFY(!parsed.words().contains(QStringLiteral("DUPLICATE")));

    // Seen paid again (another poll, a late "paid late"): no second receipt.
    QVERIFY(till.pay(id, InvoiceState::PaidLate));
    QTest::qWait(500);
    QCOMPARE(listener.m_jobs.size(), 1);
    QCOMPARE(ReceiptLog(till.store.connectionName()).timesPrinted(before), std::optional<int>(0));
    QCOMPARE(problems.size(), 0);

    // A printer that is off: said, once.
    till.autoPrintTo(refusingPrinter());
    const qint64 third = till.sale(QStringLiteral("KD-0017"), InvoiceState::Open);
    QVERIFY(till.pay(third));
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 10000);
    QVERIFY2(problems.first().first().toString().contains(QStringLiteral("127.0.0.1")),
             qPrintable(problems.first().first().toString()));
    QCOMPARE(till.prints(third), QStringList());
}

// Paid before the console followed payments, then seen again (the amount
// learnt, a late "paid late"): it did not turn paid while the till was
// watching, so it does not print by itself.
void TestReceipts::notByItselfWhenPaidBeforeTheTillFollowed()
{
    Till till;
    LoopbackPrinter listener;
    till.autoPrintTo(listener.target());
    ReceiptPrinter printer(&till.store, &till.settings, QLocale::c());
    ReceiptAutoPrint autoPrint(&till.store, &till.settings, &printer);
    const qint64 id = till.sale(QStringLiteral("KD-0018"), InvoiceState::Paid);
    const qint64 underpaid = till.sale(QStringLiteral("KD-0019"), InvoiceState::Underpaid);
    QTest::qWait(20);
    autoPrint.activate();
    QTest::qWait(20);
    PaymentStatus again;
    again.state = InvoiceState::PaidLate;
    again.paidAmount = Amount::fromCanonical(QStringLiteral("0.0002"));
    again.paidCurrency = QStringLiteral("BTC");
    QVERIFY(till.store.recordPayment(id, again, "{}"));
    QVERIFY(till.store.find(id)->updatedAt >= QDateTime::currentDateTimeUtc().addSecs(-5));
    QTest::qWait(500);
    QCOMPARE(listener.m_jobs.size(), 0);
    QCOMPARE(till.prints(id), QStringList());

    // Underpaid before, paid now: that one turned paid while watched.
    QVERIFY(till.pay(underpaid));
    QTRY_COMPARE_WITH_TIMEOUT(listener.m_jobs.size(), 1, 10000);
    QVERIFY(lastJob(listener).words().contains(QStringLiteral("KD-0019")));
}

void TestReceipts::notByItselfUnlessAsked()
{
    Till till;
    LoopbackPrinter listener;
    ReceiptPrinterChoice choice;
    choice.kind = ReceiptPrinterChoice::Kind::EscPos;
    choice.escposTarget = listener.target();
    choice.autoPrintPaid = false;
    till.settings.setReceiptPrinter(choice);
    ReceiptPrinter printer(&till.store, &till.settings, QLocale::c());
    ReceiptAutoPrint autoPrint(&till.store, &till.settings, &printer);
    autoPrint.activate();
    const qint64 id = till.sale(QStringLiteral("KD-0008"), InvoiceState::Open);
    QVERIFY(till.pay(id));
    QTest::qWait(500);
    QCOMPARE(listener.m_jobs.size(), 0);
    QCOMPARE(ReceiptLog(till.store.connectionName()).timesPrinted(id), std::optional<int>(0));
}

// Two consoles on one history both see the payment (each through its own
// store) while the printer is slow to take the first receipt: one original
// comes out, not two.
void TestReceipts::twoConsolesPrintThePaidReceiptOnce()
{
    Till till;
    LoopbackPrinter slow(1500);
    till.autoPrintTo(slow.target());
    InvoiceStore second;
    QCOMPARE(second.open(till.historyPath()), QString());
    ReceiptPrinter printerA(&till.store, &till.settings, QLocale::c());
    ReceiptPrinter printerB(&second, &till.settings, QLocale::c());
    ReceiptAutoPrint autoA(&till.store, &till.settings, &printerA);
    ReceiptAutoPrint autoB(&second, &till.settings, &printerB);
    QSignalSpy problemsA(&autoA, &ReceiptAutoPrint::problem), problemsB(&autoB, &ReceiptAutoPrint::problem);
    autoA.activate();
    autoB.activate();
    const qint64 id = till.sale(QStringLiteral("KD-0020"), InvoiceState::Open);
    QSignalSpy finishedA(&printerA, &ReceiptPrinter::finished), finishedB(&printerB, &ReceiptPrinter::finished);
    QVERIFY(till.pay(id));
    PaymentStatus withAmount;
    withAmount.state = InvoiceState::Paid;
    withAmount.paidAmount = Amount::fromCanonical(QStringLiteral("12.51"));
    withAmount.paidCurrency = QStringLiteral("USDT");
    QVERIFY(second.recordPayment(id, withAmount, "{}"));
    QTRY_COMPARE_WITH_TIMEOUT(finishedA.size() + finishedB.size(), 1, 10000);
    QTest::qWait(2500);
    QCOMPARE(finishedA.size() + finishedB.size(), 1);
    QCOMPARE(slow.m_connections, 1);
    QCOMPARE(slow.m_jobs.size(), 1);
    QVERIFY(!EscPos::parse(slow.m_jobs.first()).words().contains(QStringLiteral("DUPLICATE")));
    QCOMPARE(till.prints(id), QStringList{QStringLiteral("printed paper paid original")});
    QCOMPARE(problemsA.size() + problemsB.size(), 0);
}

// Two consoles (threads, each with its own connection to the file) claim the
// paid receipts of the same invoices as fast as they can: each invoice is
// claimed once, by one of them; the other learns it is made, never a "locked"
// error and never a second original (a deferred BEGIN fails this).
void TestReceipts::claimsRacingFromTwoConsoles()
{
    Till till;
    QList<qint64> ids;
    for (int i = 0; i < 300; ++i)
        ids << till.sale(QStringLiteral("RACE-%1").arg(i), InvoiceState::Paid);
    QVERIFY(!ids.contains(-1));
    QList<qint64> claimed[2];
    QStringList errors[2];
    const QString path = till.historyPath();
    std::atomic<int> ready{0};
    const auto run = [&](int who) {
        InvoiceStore store;
        const QString error = store.open(path);
        ++ready;
        if (!error.isEmpty()) {
            errors[who] << error;
            return;
        }
        while (ready.load() < 2) // both open, then both at once
            std::this_thread::yield();
        ReceiptLog log(store.connectionName());
        for (const qint64 id : ids) {
            const ReceiptLog::Claim claim = log.claim(id, QStringLiteral("escpos:127.0.0.1:9100"), true,
                                                      ReceiptLog::Request::PaidByItself, false, QDateTime::currentDateTimeUtc());
            if (claim.outcome == ReceiptLog::Claim::Outcome::Claimed)
                claimed[who] << id;
            else if (claim.outcome != ReceiptLog::Claim::Outcome::Skip)
                errors[who] << log.lastError();
        }
    };
    std::thread a(run, 0), b(run, 1);
    a.join();
    b.join();
    QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable((errors[0] + errors[1]).join(QLatin1Char('\n'))));
    QList<qint64> all = claimed[0] + claimed[1];
    std::sort(all.begin(), all.end());
    QCOMPARE(all, ids);
    for (const qint64 id : ids)
        QCOMPARE(till.prints(id), QStringList{QStringLiteral("printing paper paid original")});
    qInfo("%lld and %lld claimed by the two consoles", qint64(claimed[0].size()), qint64(claimed[1].size()));
}

// A print another console has started (its claim in the history) is waited
// for, not counted blindly; a claim a crash left behind counts for nothing.
void TestReceipts::anotherConsolesClaim()
{
    Till till;
    LoopbackPrinter paper;
    ReceiptPrinter printer(&till.store, &till.settings, QLocale::c());
    const qint64 id = till.sale(QStringLiteral("KD-0021"), InvoiceState::Paid);
    const QString claim = QStringLiteral("INSERT INTO receipt_prints (invoice_id, printed_at, target, duplicate, state, paper, status) "
                                         "VALUES (?, ?, 'escpos:10.0.0.9', 0, 'paid', 1, 'printing')");

    // A crash ten minutes ago: the next paper is the original.
    QVERIFY(till.exec(claim, {id, InvoiceRow::utcText(QDateTime::currentDateTimeUtc().addSecs(-600))}));
    Outcome outcome = printAndWait(printer, id, PrintDestination::escPos(paper.target()));
    QCOMPARE(outcome.error, QString());
    QVERIFY(!outcome.duplicate);

    // Another console printing now: this print waits for it, then is a copy
    // if it came out...
    const qint64 next = till.sale(QStringLiteral("KD-0022"), InvoiceState::Paid);
    QVERIFY(till.exec(claim, {next, InvoiceRow::utcText(QDateTime::currentDateTimeUtc())}));
    QSignalSpy finished(&printer, &ReceiptPrinter::finished);
    printer.print(next, PrintDestination::escPos(paper.target()));
    QTest::qWait(600);
    QCOMPARE(finished.size(), 0);
    QVERIFY(till.exec(QStringLiteral("UPDATE receipt_prints SET status = 'printed' WHERE invoice_id = ?"), {next}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().at(1).toBool(), true);

    // ...and the original if it failed (its claim taken back).
    const qint64 third = till.sale(QStringLiteral("KD-0023"), InvoiceState::Paid);
    QVERIFY(till.exec(claim, {third, InvoiceRow::utcText(QDateTime::currentDateTimeUtc())}));
    finished.clear();
    printer.print(third, PrintDestination::escPos(paper.target()));
    QTest::qWait(600);
    QCOMPARE(finished.size(), 0);
    QVERIFY(till.exec(QStringLiteral("DELETE FROM receipt_prints WHERE invoice_id = ?"), {third}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().at(1).toBool(), false);

    // Printing by itself does not wait: the other console prints the paid receipt.
    till.autoPrintTo(paper.target());
    ReceiptAutoPrint autoPrint(&till.store, &till.settings, &printer);
    autoPrint.activate();
    const qint64 fourth = till.sale(QStringLiteral("KD-0024"), InvoiceState::Open);
    QVERIFY(till.exec(claim, {fourth, InvoiceRow::utcText(QDateTime::currentDateTimeUtc())}));
    const int jobs = int(paper.m_jobs.size());
    finished.clear();
    QVERIFY(till.pay(fourth));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(paper.m_jobs.size(), jobs);
    QVERIFY(!printer.isPrinting(fourth));
}

QTEST_MAIN(TestReceipts)
#include "tst_receipts.moc"
