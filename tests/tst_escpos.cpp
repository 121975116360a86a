#include "TestSupport.h"
#include "support/EscPosParser.h"

#include "qr/QrCode.h"
#include "reports/PrintDocument.h"
#include "reports/escpos/EscPosSink.h"
#include "reports/escpos/EscPosWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/fsuid.h>
#include <unistd.h>

Q_DECLARE_METATYPE(EscPosOptions)

using Paper = EscPosOptions::Paper;
using QrMode = EscPosOptions::QrMode;

namespace {

const QString Payload = QStringLiteral("https://payid19.com/invoice/abc123");
const QString LongLine = QStringLiteral(
        "Keep this receipt: the QR code below opens the invoice on the payment page, where its state "
        "and the coin paid can be checked at any time.");
const QString LongItem = QStringLiteral("Flat white with oat milk and an extra shot of espresso");

ChartData salesPerHour()
{
    ChartData chart;
    chart.title = QStringLiteral("Sales per hour");
    chart.labels = {QStringLiteral("09:00"), QStringLiteral("10:00"), QStringLiteral("11:00"), QStringLiteral("12:00")};
    chart.series = {{QStringLiteral("Paid"), {3, 0, 7, 12}},
                    {QStringLiteral("Underpaid"), {1, 0, 0, 2}},
                    {QStringLiteral("Unpaid"), {0, 0, 1, 1}}};
    return chart;
}

// A reprinted receipt as the receipt builder makes one, with what is hard to
// print: Turkish letters, the euro sign, a long item, a long line.
PrintDocument receipt()
{
    PrintDocument doc;
    doc.title = QStringLiteral("Receipt ORD-1");
    doc.text(QStringLiteral("Kadıköy Coffee"), PrintBlock::Align::Center, PrintBlock::Size::Large, true);
    doc.text(QStringLiteral("Bağdat Caddesi 12, İstanbul — şube 3"), PrintBlock::Align::Center);
    doc.banner(QStringLiteral("DUPLICATE"));
    doc.rule();
    doc.columns(QStringLiteral("Order"), QStringLiteral("ORD-1"));
    doc.columns(LongItem, QStringLiteral("12.50 USD"));
    doc.columns(QStringLiteral("Total"), QStringLiteral("11.90 €"), true);
    doc.rule();
    doc.text(LongLine);
    doc.space();
    doc.qr(Payload);
    doc.chart(salesPerHour());
    doc.text(QStringLiteral("Thank you!"), PrintBlock::Align::Center);
    return doc;
}

EscPosOptions options(Paper paper, QrMode qr = QrMode::Raster, bool cut = true)
{
    EscPosOptions o;
    o.paper = paper;
    o.qr = qr;
    o.cut = cut;
    return o;
}

// A network receipt printer on loopback: takes every byte until the console
// closes the connection.
class LoopbackPrinter : public QObject
{
    Q_OBJECT

public:
    LoopbackPrinter()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    if (socket->isOpen())
                        received += socket->readAll();
                    socket->deleteLater();
                    emit closed();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString target() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    QTcpServer &server() { return m_server; }

    QByteArray received;

signals:
    void closed();

private:
    QTcpServer m_server;
};

// What to look for on paper.
const EscPos::Line *findLine(const EscPos::Parsed &parsed, const std::function<bool(const EscPos::Line &)> &match)
{
    for (const EscPos::Line &line : parsed.lines) {
        if (match(line))
            return &line;
    }
    return nullptr;
}

// The bounding box of the dark dots of an image.
QRect darkBox(const QImage &image)
{
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (row[x] < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

int barLength(const QString &line)
{
    int n = 0;
    for (const QChar c : line)
        n += (c == QLatin1Char('#') || c == QLatin1Char('+') || c == QLatin1Char('.')) ? 1 : 0;
    return n;
}

}

// ESC/POS receipts as a thermal printer reads them: the bytes the console
// writes are parsed back (text decoded from the code page, the raster QR
// decoded with ZXing, the printer's own QR read from its command), sent over
// real TCP to a listener in the test and to files, and every way of failing
// is a sentence that names the printer.
class TestEscPos : public QObject
{
    Q_OBJECT

private slots:
    void receiptReadsBack_data()
    {
        QTest::addColumn<EscPosOptions>("opts");
        QTest::newRow("58 mm, raster QR") << options(Paper::Mm58, QrMode::Raster);
        QTest::newRow("58 mm, printer's QR") << options(Paper::Mm58, QrMode::Native);
        QTest::newRow("80 mm, raster QR") << options(Paper::Mm80, QrMode::Raster);
        QTest::newRow("80 mm, printer's QR") << options(Paper::Mm80, QrMode::Native);
    }

    void receiptReadsBack()
    {
        QFETCH(EscPosOptions, opts);
        const int columns = opts.columns();
        QCOMPARE(columns, opts.paper == Paper::Mm58 ? 32 : 48);
        QCOMPARE(opts.dots(), opts.paper == Paper::Mm58 ? 384 : 576);

        const QByteArray bytes = EscPosWriter::write(receipt(), opts);
        const EscPos::Parsed parsed = EscPos::parse(bytes);
        QVERIFY2(parsed.ok, qPrintable(parsed.error + QStringLiteral(" at byte %1").arg(parsed.errorOffset)));

        // Initialised once, in code page 858 before any letter outside ASCII.
        QVERIFY(bytes.startsWith("\x1b@"));
        QCOMPARE(parsed.initialisations, 1);
        QCOMPARE(parsed.codePage, 19);
        QVERIFY(parsed.codePageBeforeText);

        // No line is wider than the paper, counting double and triple width.
        for (const EscPos::Line &line : parsed.lines) {
            QVERIFY2(line.columns() <= columns,
                     qPrintable(QStringLiteral("%1 columns: \"%2\"").arg(line.columns()).arg(line.text)));
            QVERIFY(!line.mixedStyle);
        }

        // The shop's name large, in letters the code page has.
        const EscPos::Line *shop = findLine(parsed, [](const EscPos::Line &l) { return l.text == QStringLiteral("Kadiköy Coffee"); });
        QVERIFY2(shop, qPrintable(parsed.texts().join(QLatin1Char('\n'))));
        QCOMPARE(shop->style.width, 2);
        QCOMPARE(shop->style.height, 2);
        QVERIFY(shop->style.bold);
        QCOMPARE(shop->style.align, 1);
        // Turkish letters spelled without their accents, the dash plain; wrapped on 58 mm.
        QVERIFY2(parsed.words().contains(QStringLiteral("Bagdat Caddesi 12, Istanbul - sube 3")), qPrintable(parsed.words()));
        // Never UTF-8 on paper: no ş, ı or € as their UTF-8 bytes.
        QVERIFY(!parsed.textBytes.contains("\xc5\x9f"));
        QVERIFY(!parsed.textBytes.contains("\xc4\xb1"));
        QVERIFY(!parsed.textBytes.contains("\xe2\x82\xac"));

        // DUPLICATE huge, white on black, centred, and on the paper.
        const EscPos::Line *duplicate = findLine(parsed, [](const EscPos::Line &l) { return l.text.trimmed() == QStringLiteral("DUPLICATE"); });
        QVERIFY(duplicate);
        QVERIFY(duplicate->style.inverted);
        QCOMPARE(duplicate->style.height, 3);
        QVERIFY(duplicate->style.width >= 2);
        QCOMPARE(duplicate->style.align, 1);
        // Only the banner is inverted.
        for (const EscPos::Line &line : parsed.lines)
            QCOMPARE(line.style.inverted, &line == duplicate);

        // Columns: the amount at the right edge, whole; the long item wrapped beside it.
        const EscPos::Line *amount = findLine(parsed, [](const EscPos::Line &l) { return l.text.endsWith(QStringLiteral("12.50 USD")); });
        QVERIFY(amount);
        QCOMPARE(amount->columns(), columns);
        QVERIFY(parsed.words().contains(LongItem + QStringLiteral(" 12.50 USD")));
        const EscPos::Line *order = findLine(parsed, [](const EscPos::Line &l) { return l.text.startsWith(QStringLiteral("Order ")); });
        QVERIFY(order);
        QCOMPARE(order->text, QStringLiteral("Order") + QString(columns - 10, QLatin1Char(' ')) + QStringLiteral("ORD-1"));
        // The euro sign read back through the code page.
        const EscPos::Line *total = findLine(parsed, [](const EscPos::Line &l) { return l.text.endsWith(QStringLiteral("11.90 €")); });
        QVERIFY(total);
        QVERIFY(total->style.bold);
        QVERIFY(total->text.startsWith(QStringLiteral("Total ")));
        QCOMPARE(total->columns(), columns);

        // Rules across the paper.
        QCOMPARE(parsed.texts().count(QString(columns, QLatin1Char('-'))), 2);

        // The long line wrapped, every word kept.
        QVERIFY(parsed.words().contains(LongLine));
        const EscPos::Line *keep = findLine(parsed, [](const EscPos::Line &l) { return l.text.startsWith(QStringLiteral("Keep this receipt")); });
        QVERIFY(keep);
        QVERIFY(keep->text.size() < LongLine.size());
        QVERIFY(keep->text.size() > columns - 12); // filled, not broken early

        // The QR code: as a picture that a phone reads, or as the printer's own.
        if (opts.qr == QrMode::Raster) {
            QCOMPARE(parsed.rasters.size(), 1);
            QVERIFY(parsed.qrs.isEmpty());
            const QImage image = parsed.rasters.first().image;
            QCOMPARE(image.width(), opts.dots());
            QVERIFY(image.height() <= opts.dots());
            QCOMPARE(TestSupport::decodeQr(image), Payload);
            // Large and centred: modules of 6 to 8 dots for this short address.
            const QRect box = darkBox(image);
            const int modules = QrCode::encode(Payload).code->size();
            QVERIFY2(box.width() >= modules * 6 && box.width() <= modules * 8, qPrintable(QString::number(box.width())));
            QVERIFY(qAbs(box.left() - (image.width() - 1 - box.right())) <= 8);
        } else {
            QVERIFY(parsed.rasters.isEmpty());
            QCOMPARE(parsed.qrs.size(), 1);
            const EscPos::NativeQr qr = parsed.qrs.first();
            QCOMPARE(qr.model, 50);           // model 2
            QCOMPARE(qr.errorCorrection, 49); // M, as the console's own codes
            QVERIFY(qr.moduleSize >= 6 && qr.moduleSize <= 8);
            QCOMPARE(qr.data, Payload.toUtf8());
        }

        // The chart: a line per hour, bars scaled to the busiest, the counts.
        const int chartTitle = int(parsed.texts().indexOf(QStringLiteral("Sales per hour")));
        QVERIFY(chartTitle >= 0);
        QVERIFY(parsed.lines.at(chartTitle).style.bold);
        const QString nine = parsed.lines.at(chartTitle + 1).text;
        const QString ten = parsed.lines.at(chartTitle + 2).text;
        const QString noon = parsed.lines.at(chartTitle + 4).text;
        QVERIFY(nine.startsWith(QStringLiteral("09:00 ")));
        QVERIFY(nine.endsWith(QStringLiteral(" 4")));
        QVERIFY(ten.endsWith(QStringLiteral(" 0")));
        QCOMPARE(barLength(ten.mid(6)), 0);
        QVERIFY(noon.startsWith(QStringLiteral("12:00 #")));
        QVERIFY(noon.endsWith(QStringLiteral("15")));
        const int full = barLength(noon.mid(6));
        QVERIFY(full >= columns - 12);
        QVERIFY(qAbs(barLength(nine.mid(6)) - full * 4 / 15) <= 1);
        QVERIFY(noon.contains(QLatin1Char('+'))); // the underpaid part of the stack
        QVERIFY(parsed.words().contains(QStringLiteral("# Paid + Underpaid . Unpaid")));

        // The end: cut, nothing after it.
        QCOMPARE(parsed.cuts, 1);
        QCOMPARE(parsed.lastCutMode, 66);
        QVERIFY(parsed.endsWithCut());
        QCOMPARE(parsed.texts().last(), QStringLiteral("Thank you!"));
    }

    void noCutWhenThePrinterHasNoCutter()
    {
        const EscPos::Parsed parsed = EscPos::parse(EscPosWriter::write(receipt(), options(Paper::Mm80, QrMode::Raster, false)));
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.cuts, 0);
        QVERIFY(parsed.feedLines >= 3); // past the tear bar
    }

    void hugeLinesFitThePaper_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("paper");
        for (const int paper : {58, 80}) {
            const char *size = paper == 58 ? "58 mm" : "80 mm";
            QTest::addRow("%s: UNPAID", size) << QStringLiteral("UNPAID") << paper;
            QTest::addRow("%s: TEST — NO MONEY", size) << QStringLiteral("TEST — NO MONEY") << paper;
            QTest::addRow("%s: a sentence", size)
                    << QStringLiteral("THIS RECEIPT IS NOT PROOF OF PAYMENT") << paper;
            QTest::addRow("%s: one long word", size) << QStringLiteral("NOTPAIDNOTPAIDNOTPAIDNOTPAID") << paper;
        }
    }

    void hugeLinesFitThePaper()
    {
        QFETCH(QString, text);
        QFETCH(int, paper);
        const EscPosOptions opts = options(paper == 58 ? Paper::Mm58 : Paper::Mm80);
        PrintDocument doc;
        doc.banner(text);
        const EscPos::Parsed parsed = EscPos::parse(EscPosWriter::write(doc, opts));
        QVERIFY(parsed.ok);
        QVERIFY(!parsed.lines.isEmpty());
        QString joined;
        for (const EscPos::Line &line : parsed.lines) {
            QVERIFY2(line.columns() <= opts.columns(), qPrintable(line.text));
            QCOMPARE(line.style.height, 3);
            QVERIFY(line.style.width >= 2);
            QVERIFY(line.style.inverted);
            joined += line.text.trimmed() + QLatin1Char(' ');
        }
        QString expected = text;
        expected.replace(QStringLiteral("—"), QStringLiteral("-"));
        QCOMPARE(QString(joined).remove(QLatin1Char(' ')), QString(expected).remove(QLatin1Char(' ')));
        // As large as fits: a word that fits triple width gets it.
        if (text == QStringLiteral("UNPAID"))
            QCOMPARE(parsed.lines.first().style.width, 3);
    }

    void anAmountIsNeverBroken()
    {
        PrintDocument doc;
        // 8 + 1 + 24 columns: one more than 58 mm has.
        doc.columns(QStringLiteral("Received"), QStringLiteral("0.000123456789012345 ETH"));
        doc.columns(QStringLiteral("Received in the customer's wallet, network fee not included"),
                    QStringLiteral("1234567.123456789012345678 USDT"));
        doc.columns(QStringLiteral("Coin"), QStringLiteral("USDT on Tron"));
        const EscPosOptions opts = options(Paper::Mm58);
        const EscPos::Parsed parsed = EscPos::parse(EscPosWriter::write(doc, opts));
        QVERIFY(parsed.ok);
        for (const EscPos::Line &line : parsed.lines)
            QVERIFY(line.columns() <= opts.columns());
        // Too long to share a line: the label above, the amount whole at the right edge below it.
        const QStringList texts = parsed.texts();
        const int received = int(texts.indexOf(QStringLiteral("Received")));
        QVERIFY2(received >= 0, qPrintable(texts.join(QLatin1Char('\n'))));
        QCOMPARE(texts.value(received + 1), QString(8, QLatin1Char(' ')) + QStringLiteral("0.000123456789012345 ETH"));
        QVERIFY(parsed.words().contains(
                QStringLiteral("Received in the customer's wallet, network fee not included 1234567.123456789012345678 USDT")));
        QVERIFY(texts.contains(QStringLiteral(" 1234567.123456789012345678 USDT")));
        // Units and amounts stay on one line with their label when they fit.
        QVERIFY(texts.contains(QStringLiteral("Coin") + QString(16, QLatin1Char(' ')) + QStringLiteral("USDT on Tron")));
    }

    void controlCharactersNeverBecomeCommands()
    {
        PrintDocument doc;
        doc.text(QStringLiteral("Shop\x1b@\x1dV\x41 name\x1b" "d\x09"));
        doc.columns(QStringLiteral("A\x1d!\x77"), QStringLiteral("1 USD\x1dV\x01"));
        const EscPos::Parsed parsed = EscPos::parse(EscPosWriter::write(doc, options(Paper::Mm80)));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.initialisations, 1);
        QCOMPARE(parsed.cuts, 1);
        for (const EscPos::Line &line : parsed.lines)
            QCOMPARE(line.style.width, 1);
        QVERIFY(parsed.texts().first().startsWith(QStringLiteral("Shop?@?VA name")));
    }

    void charactersTheCodePageLacks()
    {
        PrintDocument doc;
        doc.text(QStringLiteral("Çay “special” … ½ € 中 🙂 Łódź ŞĞÜÖİı"));
        const EscPos::Parsed parsed = EscPos::parse(EscPosWriter::write(doc, options(Paper::Mm80)));
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.texts().first(), QStringLiteral("Çay \"special\" ... ½ € ? ? Lódz SGÜÖIi"));
    }

    void aQrTooLongIsExplained_data()
    {
        QTest::addColumn<EscPosOptions>("opts");
        QTest::newRow("raster") << options(Paper::Mm80, QrMode::Raster);
        QTest::newRow("printer's") << options(Paper::Mm80, QrMode::Native);
    }

    void aQrTooLongIsExplained()
    {
        QFETCH(EscPosOptions, opts);
        PrintDocument doc;
        doc.qr(QStringLiteral("https://payid19.com/invoice/") + QString(QrCode::MaxBytes, QLatin1Char('x')));
        const EscPos::Parsed parsed = EscPos::parse(EscPosWriter::write(doc, opts));
        QVERIFY(parsed.ok);
        QVERIFY(parsed.rasters.isEmpty());
        QVERIFY(parsed.qrs.isEmpty());
        QVERIFY(parsed.words().contains(QStringLiteral("too long")));
    }

    void theLargestQrStillFits()
    {
        const QString longest = QStringLiteral("https://payid19.com/invoice/") + QString(QrCode::MaxBytes - 28, QLatin1Char('y'));
        for (const Paper paper : {Paper::Mm58, Paper::Mm80}) {
            PrintDocument doc;
            doc.qr(longest);
            const EscPosOptions opts = options(paper);
            const EscPos::Parsed parsed = EscPos::parse(EscPosWriter::write(doc, opts));
            QVERIFY(parsed.ok);
            QCOMPARE(parsed.rasters.size(), 1);
            QCOMPARE(parsed.rasters.first().image.width(), opts.dots());
            QCOMPARE(TestSupport::decodeQr(parsed.rasters.first().image), longest);
        }
    }

    void anEmptyChartSaysSo()
    {
        PrintDocument doc;
        ChartData chart;
        chart.title = QStringLiteral("Sales per day");
        doc.chart(chart);
        const EscPos::Parsed parsed = EscPos::parse(EscPosWriter::write(doc, options(Paper::Mm58)));
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.texts(), QStringList({QStringLiteral("Sales per day"), QStringLiteral("No sales to show.")}));
    }

    // The receipt over real TCP to a printer listening on loopback.
    void sendsToANetworkPrinter_data() { receiptReadsBack_data(); }

    void sendsToANetworkPrinter()
    {
        QFETCH(EscPosOptions, opts);
        LoopbackPrinter printer;
        QVERIFY(printer.server().isListening());
        QSignalSpy closed(&printer, &LoopbackPrinter::closed);
        EscPosSink sink;
        QSignalSpy finished(&sink, &EscPosSink::finished);
        const QByteArray bytes = EscPosWriter::write(receipt(), opts);
        QVERIFY(sink.send(bytes, printer.target()));
        QVERIFY(sink.isBusy());
        QVERIFY(!sink.send(bytes, printer.target())); // one receipt at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY(!sink.isBusy());
        QVERIFY(closed.size() == 1 || closed.wait(5000));
        QCOMPARE(printer.received.size(), bytes.size());
        QCOMPARE(printer.received, bytes);

        const EscPos::Parsed parsed = EscPos::parse(printer.received);
        QVERIFY(parsed.ok);
        if (opts.qr == QrMode::Raster)
            QCOMPARE(TestSupport::decodeQr(parsed.rasters.value(0).image), Payload);
        else
            QCOMPARE(parsed.qrs.value(0).data, Payload.toUtf8());
        QVERIFY(parsed.endsWithCut());
    }

    // Several megabytes: finished() only once the printer has every byte.
    void everyByteArrives()
    {
        LoopbackPrinter printer;
        QSignalSpy closed(&printer, &LoopbackPrinter::closed);
        QByteArray bytes(6 * 1024 * 1024, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(qint64(i) * 7919 % 251);
        EscPosSink sink;
        QSignalSpy finished(&sink, &EscPosSink::finished);
        QVERIFY(sink.send(bytes, printer.target()));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY(closed.size() == 1 || closed.wait(5000));
        QCOMPARE(printer.received.size(), bytes.size());
        QVERIFY(printer.received == bytes);
    }

    void sendsToAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("receipts.bin"));
        const QByteArray first = EscPosWriter::write(receipt(), options(Paper::Mm58));
        const QByteArray second = EscPosWriter::write(receipt(), options(Paper::Mm80, QrMode::Native));
        EscPosSink sink;
        QSignalSpy finished(&sink, &EscPosSink::finished);
        QVERIFY(sink.send(first, path));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.takeFirst().first().toString(), QString());
        QVERIFY(sink.send(second, QStringLiteral("  ") + path + QStringLiteral(" ")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.takeFirst().first().toString(), QString());
        // Appended, as a printer's device file takes one receipt after another.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(written, first + second);
        const EscPos::Parsed parsed = EscPos::parse(written);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.cuts, 2);
        QCOMPARE(TestSupport::decodeQr(parsed.rasters.value(0).image), Payload);
        QCOMPARE(parsed.qrs.value(0).data, Payload.toUtf8());
    }

    void aClosedPortIsAClearError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        } // nothing listens there now
        EscPosSink sink;
        QSignalSpy finished(&sink, &EscPosSink::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(sink.send(QByteArray("\x1b@", 2), QStringLiteral("127.0.0.1:%1").arg(port)));
        QVERIFY(finished.wait(10000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(finished.first().first().toString(),
                 QStringLiteral("The receipt printer at 127.0.0.1:%1 refused the connection. "
                                "Check that it is switched on and that the address and port are right.")
                         .arg(port));
        QVERIFY(!sink.isBusy());
    }

    void anUnknownHostIsAClearError()
    {
        EscPosSink sink;
        sink.setConnectTimeoutMs(3000);
        QSignalSpy finished(&sink, &EscPosSink::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(sink.send(QByteArray("\x1b@", 2), QStringLiteral("receipt-printer.invalid")));
        QVERIFY(finished.wait(10000));
        QVERIFY(clock.elapsed() < 5000);
        const QString error = finished.first().first().toString();
        // Without a resolver, the look-up runs into the time-out: either way the printer is named.
        QVERIFY2(error == QStringLiteral("The receipt printer address receipt-printer.invalid could not be found. "
                                         "Check the address in the settings.")
                         || error == QStringLiteral("The receipt printer at receipt-printer.invalid:9100 did not answer "
                                                    "within 3 seconds. Check that it is switched on and on the network."),
                 qPrintable(error));
    }

    // A printer that accepts the connection and then takes nothing (out of paper).
    void aStalledPrinterTimesOut()
    {
        QTcpServer stalled;
        QVERIFY(stalled.listen(QHostAddress::LocalHost));
        stalled.pauseAccepting(); // the system completes the connection; nobody reads
        EscPosSink sink;
        sink.setWriteTimeoutMs(1000);
        QSignalSpy finished(&sink, &EscPosSink::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(sink.send(QByteArray(32 * 1024 * 1024, 'x'), QStringLiteral("127.0.0.1:%1").arg(stalled.serverPort())));
        QVERIFY(finished.wait(15000));
        QVERIFY(clock.elapsed() < 8000);
        QCOMPARE(finished.first().first().toString(),
                 QStringLiteral("The receipt printer at 127.0.0.1:%1 stopped taking the receipt for 1 second(s). "
                                "Check that it has paper and is ready; part of the receipt may have printed.")
                         .arg(stalled.serverPort()));
    }

    void printingCanBeCancelled()
    {
        QTcpServer stalled;
        QVERIFY(stalled.listen(QHostAddress::LocalHost));
        stalled.pauseAccepting();
        EscPosSink sink;
        QSignalSpy finished(&sink, &EscPosSink::finished);
        const QString target = QStringLiteral("127.0.0.1:%1").arg(stalled.serverPort());
        QVERIFY(sink.send(QByteArray(32 * 1024 * 1024, 'x'), target));
        QTest::qWait(300);
        QVERIFY(finished.isEmpty());
        sink.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toString(),
                 QStringLiteral("Printing on the receipt printer at %1 was cancelled.").arg(target));
        QVERIFY(!sink.isBusy());
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1); // nothing more from the cancelled receipt
        // The sink takes the next receipt.
        LoopbackPrinter printer;
        QVERIFY(sink.send(QByteArray("\x1b@", 2), printer.target()));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toString(), QString());
    }

    void anUnwritablePathIsAClearError()
    {
        QTemporaryDir dir;
        EscPosSink sink;
        QSignalSpy finished(&sink, &EscPosSink::finished);
        const auto sendTo = [&](const QString &path) {
            finished.clear();
            if (!sink.send(QByteArray("\x1b@", 2), path) || !finished.wait(5000))
                return QStringLiteral("(no answer)");
            return finished.first().first().toString();
        };

        const QString missingFolder = dir.filePath(QStringLiteral("no-such-folder/lp0"));
        QCOMPARE(sendTo(missingFolder),
                 QStringLiteral("The receipt printer at %1 cannot be written: No such file or directory.").arg(missingFolder));
        QCOMPARE(sendTo(dir.path()),
                 QStringLiteral("The receipt printer at %1 cannot be written: Is a directory.").arg(dir.path()));

        // A file the till may not write to, as /dev/usb/lp0 is to a user outside the lp group.
        const QString locked = dir.filePath(QStringLiteral("locked"));
        {
            QFile file(locked);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        // As root the permission is not checked: check it as an ordinary user would.
        const bool root = geteuid() == 0;
        if (root)
            setfsuid(65534);
        const QString denied = sendTo(locked);
        if (root)
            setfsuid(0);
        QCOMPARE(denied, QStringLiteral("The receipt printer at %1 cannot be written: Permission denied.").arg(locked));
        QCOMPARE(QFileInfo(locked).size(), 0);

        // A printer that is not plugged in has no device file; none is made.
        const QString unplugged = QStringLiteral("/dev/mc-test-no-such-printer");
        QCOMPARE(sendTo(unplugged),
                 QStringLiteral("The receipt printer at %1 is not connected. Check its cable and that it is switched on.")
                         .arg(unplugged));
        QVERIFY(!QFile::exists(unplugged));
    }

    void badTargetsAreRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("error");
        const QString example = QStringLiteral(
                "Enter a network address such as 192.168.1.50:9100 or a device such as /dev/usb/lp0.");
        QTest::newRow("empty") << QString() << QStringLiteral("No receipt printer is set. ") + example;
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("No receipt printer is set. ") + example;
        for (const char *bad : {"http://printer/", "front desk", "printer_1", "-printer", "[::1", "[::1]x", "[10.0.0.1]:9100",
                                "1:2:3", "dev/usb/lp0", ":9100"})
            QTest::newRow(bad) << QString::fromLatin1(bad)
                               << QStringLiteral("“%1” is not a receipt printer address. ").arg(QString::fromLatin1(bad)) + example;
        for (const char *badPort : {"printer:", "printer:abc", "printer:0", "printer:65536", "printer:+91", "10.0.0.9:9100x"})
            QTest::newRow(badPort) << QString::fromLatin1(badPort)
                                   << QStringLiteral("The receipt printer address “%1” has a port that is not a number from 1 to 65535.")
                                              .arg(QString::fromLatin1(badPort));
    }

    void badTargetsAreRefused()
    {
        QFETCH(QString, target);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!EscPosSink::parseTarget(target, &why));
        QCOMPARE(why, error);
        // send() says the same, through finished() like any other error.
        EscPosSink sink;
        QSignalSpy finished(&sink, &EscPosSink::finished);
        QVERIFY(sink.send(QByteArray("\x1b@", 2), target));
        QVERIFY(finished.isEmpty()); // never before send() returns
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.first().first().toString(), error);
    }

    void goodTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isPath");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("display");
        QTest::newRow("IPv4") << QStringLiteral("192.168.1.50") << false << QStringLiteral("192.168.1.50") << 9100
                              << QStringLiteral("192.168.1.50:9100");
        QTest::newRow("name and port") << QStringLiteral(" printer.local:9101 ") << false << QStringLiteral("printer.local")
                                       << 9101 << QStringLiteral("printer.local:9101");
        QTest::newRow("IPv6 with port") << QStringLiteral("[::1]:9100") << false << QStringLiteral("::1") << 9100
                                        << QStringLiteral("[::1]:9100");
        QTest::newRow("IPv6") << QStringLiteral("fe80::1") << false << QStringLiteral("fe80::1") << 9100
                              << QStringLiteral("[fe80::1]:9100");
        QTest::newRow("device") << QStringLiteral("/dev/usb/lp0") << true << QString() << 0 << QStringLiteral("/dev/usb/lp0");
    }

    void goodTargets()
    {
        QFETCH(QString, text);
        QFETCH(bool, isPath);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, display);
        QString error;
        const std::optional<EscPosTarget> target = EscPosSink::parseTarget(text, &error);
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->kind == EscPosTarget::Kind::Path, isPath);
        if (!isPath) {
            QCOMPARE(target->host, host);
            QCOMPARE(int(target->port), port);
        }
        QCOMPARE(target->display(), display);
    }
};

QTEST_GUILESS_MAIN(TestEscPos)
#include "tst_escpos.moc"
