// Receipts as a customer gets them: drawn to PDF and read back (pdftotext,
// pdftoppm, the QR scanned with ZXing), and sent as ESC/POS to a real TCP
// listener on loopback and parsed back; the first print is the original, every
// later one says DUPLICATE (across a restart), a failed print leaves the next
// one the original, and a paid invoice prints by itself only when asked.
#include "EscPosParser.h"
#include "PrintedPdf.h"
#include "SalesHistory.h"
#include "TestSupport.h"
#include "reports/ReceiptPrinter.h"
#include "settings/TillSettings.h"
#include "store/InvoiceStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDateTime Noon = QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());

// A receipt printer on loopback: takes one connection at a time and keeps
// what each one sent.
class LoopbackPrinter : public QObject
{
public:
    LoopbackPrinter()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *bytes = new QByteArray;
                connect(socket, &QTcpSocket::readyRead, socket, [socket, bytes] { *bytes += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket, bytes] {
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

private:
    QTcpServer m_server;
};

struct Till
{
    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    TillSettings settings{&qsettings};
    InvoiceStore store;

    Till()
    {
        QCOMPARE(store.open(dir.filePath(QStringLiteral("history.sqlite"))), QString());
        ShopProfile shop;
        shop.name = QStringLiteral("Kahve Dükkanı");
        shop.address = QStringLiteral("Moda Cd. 12\nİstanbul");
        shop.taxNumber = QStringLiteral("TR-1234567890");
        shop.tillName = QStringLiteral("Front till");
        settings.setShopProfile(shop);
    }
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

QString url(const QString &order)
{
    return QStringLiteral("https://payid19.com/invoice/") + order;
}
} // namespace

class TestReceipts : public QObject
{
    Q_OBJECT

private slots:
    void pdfReceiptThenDuplicate();
    void everyStateSaysWhatItIs_data();
    void everyStateSaysWhatItIs();
    void escposOverTcp_data();
    void escposOverTcp();
    void failedPrintLeavesTheOriginal();
    void duplicateAcrossRestart();
    void printsByItselfWhenPaid();
    void notByItselfUnlessAsked();
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

    const QString second = till.dir.filePath(QStringLiteral("second.pdf"));
    outcome = printAndWait(printer, id, PrintDestination::pdf(second));
    QCOMPARE(outcome.error, QString());
    QVERIFY(outcome.duplicate);
    const PrintedPdf duplicate = PrintedPdf::read(second, 200);
    QVERIFY2(duplicate.isValid(), qPrintable(duplicate.error()));
    QVERIFY(duplicate.simplifiedText().contains(QStringLiteral("DUPLICATE")));
    QVERIFY(duplicate.simplifiedText().contains(QStringLiteral("12.50 USD")));
    QCOMPARE(duplicate.qrCodes(), QStringList{url(QStringLiteral("KD-0001"))});
    QCOMPARE(ReceiptLog(till.store.connectionName()).timesPrinted(id), std::optional<int>(2));
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
    ReceiptPrinter printer(&till.store, &till.settings, QLocale(QLocale::English, QLocale::UnitedStates));
    const QString path = till.dir.filePath(QStringLiteral("receipt.pdf"));
    QCOMPARE(printAndWait(printer, id, PrintDestination::pdf(path)).error, QString());
    const PrintedPdf pdf = PrintedPdf::read(path, 200);
    QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
    const QString text = pdf.simplifiedText();
    QVERIFY2(text.contains(mark), qPrintable(text));
    // Only a paid invoice's receipt has PAID standing alone (not NOT PAID,
    // not UNDERPAID).
    QCOMPARE(text.contains(QRegularExpression(QStringLiteral("(?<!NOT )\\bPAID\\b"))), saysPaid);
    if (InvoiceState(state) == InvoiceState::Failed)
        QVERIFY(pdf.qrCodes().isEmpty()); // the gateway never gave a page to pay on
    else
        QCOMPARE(pdf.qrCodes(), QStringList{url(QStringLiteral("KD-0002"))});
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
                                        QStringLiteral("0.0001 BTC"), QStringLiteral("UNDERPAID")})
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
    // A port nobody listens on: taken and released again.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const Outcome failed = printAndWait(printer, id, PrintDestination::escPos(QStringLiteral("127.0.0.1:%1").arg(port)));
    QVERIFY(!failed.error.isEmpty());
    QVERIFY2(failed.error.contains(QStringLiteral("127.0.0.1")), qPrintable(failed.error));
    QCOMPARE(ReceiptLog(till.store.connectionName()).timesPrinted(id), std::optional<int>(0));

    const QString path = till.dir.filePath(QStringLiteral("after.pdf"));
    const Outcome printed = printAndWait(printer, id, PrintDestination::pdf(path));
    QCOMPARE(printed.error, QString());
    QVERIFY(!printed.duplicate);
    QVERIFY(!PrintedPdf::read(path).simplifiedText().contains(QStringLiteral("DUPLICATE")));

    // A folder that does not exist: said, and still nothing logged.
    const Outcome nowhere = printAndWait(printer, id, PrintDestination::pdf(till.dir.filePath(QStringLiteral("no/such/folder/r.pdf"))));
    QVERIFY(!nowhere.error.isEmpty());
    QCOMPARE(ReceiptLog(till.store.connectionName()).timesPrinted(id), std::optional<int>(1));
}

void TestReceipts::duplicateAcrossRestart()
{
    QTemporaryDir dir;
    const QString history = dir.filePath(QStringLiteral("history.sqlite"));
    qint64 id = -1;
    {
        Till till;
        InvoiceStore store;
        QCOMPARE(store.open(history), QString());
        SalesHistory::Sale s{QStringLiteral("KD-0005"), QStringLiteral("3"), QStringLiteral("EUR"), InvoiceState::Paid, Noon};
        id = SalesHistory::add(store, s);
        ReceiptPrinter printer(&store, &till.settings, QLocale::c());
        QVERIFY(!printAndWait(printer, id, PrintDestination::pdf(dir.filePath(QStringLiteral("a.pdf")))).duplicate);
    }
    Till till;
    InvoiceStore reopened;
    QCOMPARE(reopened.open(history), QString());
    ReceiptPrinter printer(&reopened, &till.settings, QLocale::c());
    const Outcome again = printAndWait(printer, id, PrintDestination::pdf(dir.filePath(QStringLiteral("b.pdf"))));
    QCOMPARE(again.error, QString());
    QVERIFY(again.duplicate);
}

void TestReceipts::printsByItselfWhenPaid()
{
    Till till;
    LoopbackPrinter listener;
    ReceiptPrinterChoice choice;
    choice.kind = ReceiptPrinterChoice::Kind::EscPos;
    choice.escposTarget = listener.target();
    choice.autoPrintPaid = true;
    till.settings.setReceiptPrinter(choice);
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
    PaymentStatus paid;
    paid.state = InvoiceState::Paid;
    QVERIFY(till.store.recordPayment(id, paid, "{}"));
    QTRY_COMPARE_WITH_TIMEOUT(listener.m_jobs.size(), 1, 10000);
    QTRY_COMPARE(finished.size(), 1);
    const EscPos::Parsed parsed = EscPos::parse(listener.m_jobs.first());
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(parsed.words().contains(QStringLiteral("KD-0007")));
    QVERIFY(!parsed.words().contains(QStringLiteral("DUPLICATE")));

    // Seen paid again (another poll, a late "paid late"): no second receipt.
    PaymentStatus late;
    late.state = InvoiceState::PaidLate;
    QVERIFY(till.store.recordPayment(id, late, "{}"));
    QTest::qWait(500);
    QCOMPARE(listener.m_jobs.size(), 1);
    QCOMPARE(ReceiptLog(till.store.connectionName()).timesPrinted(before), std::optional<int>(0));
    QCOMPARE(problems.size(), 0);
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
    PaymentStatus paid;
    paid.state = InvoiceState::Paid;
    QVERIFY(till.store.recordPayment(id, paid, "{}"));
    QTest::qWait(500);
    QCOMPARE(listener.m_jobs.size(), 0);
    QCOMPARE(ReceiptLog(till.store.connectionName()).timesPrinted(id), std::optional<int>(0));
}

QTEST_MAIN(TestReceipts)
#include "tst_receipts.moc"
