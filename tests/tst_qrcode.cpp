#include "TestSupport.h"
#include "qr/QrCode.h"
#include "widgets/QrCodeWidget.h"

#include <QApplication>
#include <QTest>

// The codes the console draws are read back with ZXing, as a phone would.
class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void decodesToTheAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << QStringLiteral("https://payid19.com/invoice/abc123");
        QTest::newRow("300 characters") << (QStringLiteral("https://payid19.com/invoice/") + QString(272, QLatin1Char('x')));
        QTest::newRow("non-ASCII") << QStringLiteral("https://örnek.com.tr/ödeme/çay");
    }

    void decodesToTheAddress()
    {
        QFETCH(QString, text);
        const QrEncoding encoding = QrCode::encode(text);
        QVERIFY(encoding.code);
        QVERIFY(encoding.error.isEmpty());
        const QImage image = encoding.code->toImage(4);
        QCOMPARE(image.width(), encoding.code->sizeWithQuietZone() * 4);
        QCOMPARE(TestSupport::decodeQr(image), text);
    }

    void hasAQuietZoneOfFourModules()
    {
        const QrEncoding encoding = QrCode::encode(QStringLiteral("https://payid19.com/invoice/q"));
        const int px = 3;
        const QImage image = encoding.code->toImage(px);
        for (int y = 0; y < QrCode::QuietZone * px; ++y)
            for (int x = 0; x < image.width(); ++x)
                QCOMPARE(qGray(image.pixel(x, y)), 255);
        // The first module of the finder pattern is dark, right after the zone.
        QCOMPARE(qGray(image.pixel(QrCode::QuietZone * px, QrCode::QuietZone * px)), 0);
    }

    void wholePixelsPerModule()
    {
        const QrEncoding encoding = QrCode::encode(QStringLiteral("https://payid19.com/invoice/q"));
        const int side = encoding.code->sizeWithQuietZone();
        QCOMPARE(encoding.code->modulePixelsFor(side * 7 + 5), 7);
        QCOMPARE(encoding.code->modulePixelsFor(3), 1);
        const QImage fitted = encoding.code->toImageFitting(300);
        QCOMPARE(fitted.width(), 300);
        QCOMPARE(TestSupport::decodeQr(fitted), QStringLiteral("https://payid19.com/invoice/q"));
    }

    void refusesWhatCannotBeScanned()
    {
        QVERIFY(!QrCode::encode(QString()).code);
        const QrEncoding tooLong = QrCode::encode(QString(QrCode::MaxBytes + 1, QLatin1Char('a')));
        QVERIFY(!tooLong.code);
        QVERIFY(!tooLong.error.isEmpty());
    }

    void theWidgetPaintsAScannableCode()
    {
        QrCodeWidget widget;
        widget.resize(320, 320);
        const QString address = QStringLiteral("https://payid19.com/invoice/widget") + QString(60, QLatin1Char('w'));
        widget.setText(address);
        QVERIFY(widget.hasCode());
        QCOMPARE(TestSupport::decodeQr(widget.grab().toImage()), address);
        QCOMPARE(TestSupport::decodeQr(widget.exportImage()), address);
        QCOMPARE(widget.heightForWidth(250), 250);

        widget.setText(QString(QrCode::MaxBytes + 10, QLatin1Char('z')));
        QVERIFY(!widget.hasCode());
        QVERIFY(!widget.errorText().isEmpty());
        QVERIFY(TestSupport::decodeQr(widget.grab().toImage()).isEmpty());
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
