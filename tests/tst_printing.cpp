#include "PrintedPdf.h"
#include "qr/QrCode.h"
#include "reports/ReceiptPrinter.h"
#include "settings/TillSettings.h"
#include "store/InvoiceStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTest>

#include <functional>

// Printing through a real print system: a private cupsd with a PDF printer,
// started for this test by tests/run-with-cups.sh. What Qt sends to the queue
// comes back as a PDF, which is read as paper is read: its text, and its QR
// codes scanned from a picture of the page.
class TestPrinting : public QObject
{
    Q_OBJECT

    TestPrinter m_printer;

    // Prints one job of `pages` pages to the test printer, `paint` drawing page
    // `index` (from 0) with the painter in device pixels, and returns the PDF
    // the queue made of it.
    PrintedPdf printJob(const QString &title, int pages, const std::function<void(QPainter &, QPrinter &, int)> &paint)
    {
        PrintOutputFolder output(m_printer.outputFolder);
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(m_printer.name);
        printer.setOutputFormat(QPrinter::NativeFormat);
        printer.setDocName(title);
        printer.setPageSize(QPageSize(QPageSize::A4));
        [&] {
            QCOMPARE(printer.outputFormat(), QPrinter::NativeFormat);
            QCOMPARE(printer.printerName(), m_printer.name);
            QVERIFY(printer.isValid());
        }();
        if (QTest::currentTestFailed())
            return {};

        QPainter painter;
        if (!painter.begin(&printer)) {
            QTest::qFail("QPainter::begin on the printer failed", __FILE__, __LINE__);
            return {};
        }
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                printer.newPage();
            paint(painter, printer, index);
        }
        // The job reaches CUPS here: Qt's CUPS engine hands over the PDF it made.
        if (!painter.end() || printer.printerState() == QPrinter::Error) {
            QTest::qFail("the print job was not accepted", __FILE__, __LINE__);
            return {};
        }

        QString error;
        const QString file = output.waitForNext(60000, &error);
        if (file.isEmpty()) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        return PrintedPdf::read(file);
    }

    // A QR code `sideMm` millimetres wide with its top left at `topLeftMm`
    // (from the page's printable corner), whole device pixels per module.
    static void paintQr(QPainter &painter, const QPrinter &printer, const QString &text, QPointF topLeftMm,
                        double sideMm)
    {
        const double pxPerMm = printer.resolution() / 25.4;
        const QrEncoding encoding = QrCode::encode(text);
        QVERIFY2(encoding.code, qPrintable(encoding.error));
        const int side = int(sideMm * pxPerMm);
        const int module = encoding.code->modulePixelsFor(side);
        painter.drawImage(QPointF(topLeftMm * pxPerMm), encoding.code->toImage(module));
    }

    static void paintText(QPainter &painter, const QPrinter &printer, const QString &text, QPointF baselineMm)
    {
        const double pxPerMm = printer.resolution() / 25.4;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(16);
        painter.setFont(font);
        painter.drawText(QPointF(baselineMm * pxPerMm), text);
    }

private slots:
    void initTestCase()
    {
        m_printer = TestPrinter::fromEnvironment();
        qInfo("test printer: %s (%s), output in %s", qPrintable(m_printer.name), qPrintable(m_printer.backend),
              qPrintable(m_printer.outputFolder));
    }

    // Qt sees the queue, so the Settings' printer list shows it.
    void printerIsListed()
    {
        MC_REQUIRE_TEST_PRINTER(m_printer);
        QVERIFY2(QPrinterInfo::availablePrinterNames().contains(m_printer.name),
                 qPrintable(QPrinterInfo::availablePrinterNames().join(QStringLiteral(", "))));
        const QPrinterInfo info = QPrinterInfo::printerInfo(m_printer.name);
        QVERIFY(!info.isNull());
        QCOMPARE(info.printerName(), m_printer.name);
        QVERIFY(info.state() != QPrinter::Error);
    }

    // A page with a QR code and an amount reaches the printer, and both can be
    // read back from what it printed.
    void printedPageReadsBack()
    {
        MC_REQUIRE_TEST_PRINTER(m_printer);
        const QString address = QStringLiteral("https://payid19.com/invoice/tst-printing-4711");
        const PrintedPdf pdf = printJob(QStringLiteral("tst_printing page"), 1, [&](QPainter &painter, QPrinter &printer, int) {
            paintText(painter, printer, QStringLiteral("Merchant Console test print"), {20, 20});
            paintQr(painter, printer, address, {20, 30}, 50);
            paintText(painter, printer, QStringLiteral("12.50 USD PAID"), {20, 95});
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
        QCOMPARE(pdf.pageCount(), 1);
        QVERIFY2(pdf.simplifiedText().contains(QStringLiteral("12.50 USD PAID")), qPrintable(pdf.text()));
        QVERIFY2(pdf.simplifiedText().contains(QStringLiteral("Merchant Console test print")), qPrintable(pdf.text()));
        QCOMPARE(pdf.qrCodes(), QStringList{address});
    }

    // Jobs come back one after another, each page in its place: a second job
    // with two pages and a code on each.
    void pagesKeepTheirOrder()
    {
        MC_REQUIRE_TEST_PRINTER(m_printer);
        const QStringList codes{QStringLiteral("https://payid19.com/invoice/page-one"),
                                QStringLiteral("https://payid19.com/invoice/page-two")};
        const PrintedPdf pdf = printJob(QStringLiteral("tst_printing two pages"), 2,
                                        [&](QPainter &painter, QPrinter &printer, int index) {
            paintText(painter, printer, QStringLiteral("Page %1 of 2").arg(index + 1), {20, 20});
            paintQr(painter, printer, codes.at(index), {20, 30}, 40);
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
        QCOMPARE(pdf.pageCount(), 2);
        QCOMPARE(pdf.qrCodesOnPage(0), QStringList{codes.at(0)});
        QCOMPARE(pdf.qrCodesOnPage(1), QStringList{codes.at(1)});
        const qsizetype first = pdf.text().indexOf(QStringLiteral("Page 1 of 2"));
        QVERIFY2(first >= 0, qPrintable(pdf.text()));
        QVERIFY2(pdf.text().indexOf(QStringLiteral("Page 2 of 2")) > first, qPrintable(pdf.text()));
    }

    // A receipt as the till prints it on a printer the system knows: through
    // ReceiptPrinter to the CUPS queue, and read back from the PDF it made.
    void receiptThroughCups()
    {
        MC_REQUIRE_TEST_PRINTER(m_printer);
        QTemporaryDir dir;
        QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        TillSettings settings(&qsettings);
        ShopProfile shop;
        shop.name = QStringLiteral("Corner Bakery");
        settings.setShopProfile(shop);
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("history.sqlite"))), QString());
        InvoiceFields f;
        f.orderId = QStringLiteral("CB-0042");
        f.price = *Amount::fromCanonical(QStringLiteral("7.25"));
        f.currency = QStringLiteral("EUR");
        const qint64 id = store.createSending(f);
        const QString page = QStringLiteral("https://payid19.com/invoice/cb0042");
        QVERIFY(store.markOpen(id, page, "{}"));
        PaymentStatus paid;
        paid.state = InvoiceState::Paid;
        QVERIFY(store.recordPayment(id, paid, "{}"));

        ReceiptPrinter receipts(&store, &settings, QLocale(QLocale::English, QLocale::UnitedKingdom));
        for (const bool duplicate : {false, true}) {
            PrintOutputFolder output(m_printer.outputFolder);
            QSignalSpy finished(&receipts, &ReceiptPrinter::finished);
            receipts.print(id, PrintDestination::systemPrinter(m_printer.name));
            QVERIFY(finished.wait(30000));
            QCOMPARE(finished.first().at(2).toString(), QString());
            QCOMPARE(finished.first().at(1).toBool(), duplicate);
            QString error;
            const QString file = output.waitForNext(60000, &error);
            QVERIFY2(!file.isEmpty(), qPrintable(error));
            const PrintedPdf pdf = PrintedPdf::read(file, 200);
            QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
            const QString text = pdf.simplifiedText();
            for (const QString &expected : {QStringLiteral("Corner Bakery"), QStringLiteral("CB-0042"),
                                            QStringLiteral("7.25 EUR"), QStringLiteral("PAID")})
                QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
            QCOMPARE(text.contains(QStringLiteral("DUPLICATE")), duplicate);
            QCOMPARE(pdf.qrCodes(), QStringList{page});
        }
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
