// Every input with which a fuzz target (fuzz/) once broke the engine, replayed
// through the same public functions with the invariant it broke. Most of them were
// undefined behaviour that only the sanitizer build (scripts/sanitize.sh, run by
// CI) sees, so this test matters most there.

#include "gateway/GatewayAnswerParser.h"
#include "gateway/GatewayResult.h"
#include "gateway/WhiteLabel.h"
#include "invoice/Amount.h"

#include <QJsonValue>
#include <QTest>

Q_DECLARE_METATYPE(Amount::Rounding)

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    // fuzz_address: a JSON number beyond qint64 was converted to qint64 before its
    // range was checked (undefined behaviour: float-cast-overflow).
    void scalarTextOfHugeNumbers_data()
    {
        QTest::addColumn<double>("number");
        QTest::newRow("1.2e29") << 123456789012345678901234567890.0;
        QTest::newRow("-1e300") << -1e300;
        QTest::newRow("2^63") << 9223372036854775808.0;
        QTest::newRow("-2^63 - 2^11") << -9223372036854777856.0;
    }

    void scalarTextOfHugeNumbers()
    {
        QFETCH(double, number);
        const QString text = GatewayAnswerParser::scalarText(QJsonValue(number));
        // Whatever is printed must be the number itself, never a wrapped integer.
        if (!text.isEmpty())
            QCOMPARE(text.toDouble(), number);
    }

    // fuzz_amount: fromJsonNumber("1E20") accepted 10^20, a 21-digit amount that
    // fromCanonical (the database, the wire) cannot read back.
    void jsonNumbersReadBack_data()
    {
        QTest::addColumn<QString>("literal");
        for (const char *literal : {"1E20", "1e20", "10e19", "0.1e21", "99999999999999999999e0", "9.9999999999999999999e19"})
            QTest::newRow(literal) << QString::fromLatin1(literal);
    }

    void jsonNumbersReadBack()
    {
        QFETCH(QString, literal);
        const std::optional<Amount> number = Amount::fromJsonNumber(literal);
        if (number)
            QVERIFY2(Amount::fromCanonical(number->toCanonical()) == number, qPrintable(number->toCanonical()));
    }

    // fuzz_amount: rounding up the 19th decimal of the largest amount carried into
    // a 21st whole digit, after the limit had been checked.
    void roundedNumbersReadBack_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<Amount::Rounding>("rounding");
        const QString top = QStringLiteral("99999999999999999999.9999999999999999995");
        QTest::newRow("top, up") << top << Amount::Rounding::Up;
        QTest::newRow("top, half up") << top << Amount::Rounding::HalfUp;
        QTest::newRow("top, down") << top << Amount::Rounding::Down;
        QTest::newRow("top as exponent, up") << QStringLiteral("9.99999999999999999999999999999999999999e19")
                                             << Amount::Rounding::Up;
    }

    void roundedNumbersReadBack()
    {
        QFETCH(QString, literal);
        QFETCH(Amount::Rounding, rounding);
        const std::optional<Amount> number = Amount::fromJsonNumber(literal, rounding);
        if (number)
            QVERIFY2(Amount::fromCanonical(number->toCanonical()) == number, qPrintable(number->toCanonical()));
    }

    void addressAnswers_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("amount beyond qint64 (fuzz_address)")
            << 200 << QByteArray(R"({"status":"success","address":"TQn9Y2k","amount":123456789012345678901234567890})");
        QTest::newRow("negative amount beyond qint64")
            << 200 << QByteArray(R"({"status":"success","address":"TQn9Y2k","amount":-1e300})");
    }

    // The invariants of fuzz_address: an address or an error, never both; an
    // address comes with an amount that is not zero and survives its canonical text.
    void addressAnswers()
    {
        QFETCH(int, httpStatus);
        QFETCH(QByteArray, body);
        const GatewayResult result = GatewayAnswerParser::parse(httpStatus, body);
        const CoinAddress address = WhiteLabel::parseAddress(result);
        QVERIFY(address.address.isEmpty() != address.error.isEmpty());
        if (!address.address.isEmpty()) {
            QVERIFY(!address.amount.isZero());
            QVERIFY(Amount::fromCanonical(address.amount.toCanonical()) == address.amount);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
