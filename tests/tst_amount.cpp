#include "invoice/Amount.h"

#include <QTest>

class TestAmount : public QObject
{
    Q_OBJECT

private slots:
    void parsesTypedText_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("whole") << "en_US" << "12" << qint64(1200000000) << "12";
        QTest::newRow("decimals") << "en_US" << "12.50" << qint64(1250000000) << "12.5";
        QTest::newRow("minimum") << "en_US" << "0.0001" << qint64(10000) << "0.0001";
        QTest::newRow("eight decimals") << "en_US" << "1.23456789" << qint64(123456789) << "1.23456789";
        QTest::newRow("leading dot") << "en_US" << ".5" << qint64(50000000) << "0.5";
        QTest::newRow("spaces around") << "en_US" << "  7.25 " << qint64(725000000) << "7.25";
        QTest::newRow("turkish comma") << "tr_TR" << "12,50" << qint64(1250000000) << "12.5";
        QTest::newRow("german comma") << "de_DE" << "0,0001" << qint64(10000) << "0.0001";
        QTest::newRow("largest") << "en_US" << "9999999999.99999999" << Amount::MaxUnits << "9999999999.99999999";
        QTest::newRow("leading zeros") << "en_US" << "000012" << qint64(1200000000) << "12";
    }

    void parsesTypedText()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(qint64, units);
        QFETCH(QString, canonical);
        const AmountParse parsed = Amount::parse(typed, QLocale(locale));
        QVERIFY2(parsed.amount.has_value(), qPrintable(Amount::errorText(parsed.error, QLocale(locale))));
        QCOMPARE(parsed.amount->units(), units);
        QCOMPARE(parsed.amount->toCanonical(), canonical);
    }

    void refusesWhatIsNotAPlainAmount_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("error");
        using E = Amount::ParseError;
        QTest::newRow("empty") << "en_US" << "  " << int(E::Empty);
        QTest::newRow("negative") << "en_US" << "-5" << int(E::Sign);
        QTest::newRow("plus") << "en_US" << "+5" << int(E::Sign);
        QTest::newRow("exponent") << "en_US" << "1e3" << int(E::Exponent);
        QTest::newRow("grouping") << "en_US" << "1,000.50" << int(E::GroupSeparator);
        QTest::newRow("turkish grouping") << "tr_TR" << "1.000" << int(E::GroupSeparator);
        QTest::newRow("two separators") << "en_US" << "1.2.3" << int(E::NotANumber);
        QTest::newRow("letters") << "en_US" << "12abc" << int(E::NotANumber);
        QTest::newRow("nine decimals") << "en_US" << "0.000000001" << int(E::TooManyDecimals);
        QTest::newRow("eleven digits") << "en_US" << "12345678901" << int(E::TooLarge);
        QTest::newRow("lone separator") << "en_US" << "." << int(E::NotANumber);
        QTest::newRow("arabic digits") << "en_US" << QString::fromUtf8("\u0661\u0662") << int(E::NotANumber);
    }

    void refusesWhatIsNotAPlainAmount()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(int, error);
        const AmountParse parsed = Amount::parse(typed, QLocale(locale));
        QVERIFY(!parsed.amount.has_value());
        QCOMPARE(int(parsed.error), error);
        QVERIFY(!Amount::errorText(parsed.error, QLocale(locale)).isEmpty());
    }

    void wrongSeparatorNamesTheRightOne()
    {
        // A locale whose group separator is not '.' but whose decimal is ','.
        QLocale french(QLocale::French, QLocale::France);
        const AmountParse parsed = Amount::parse(QStringLiteral("12.5"), french);
        QVERIFY(!parsed.amount);
        QCOMPARE(parsed.error, Amount::ParseError::WrongDecimalSeparator);
        QVERIFY(Amount::errorText(parsed.error, french).contains(QLatin1Char(',')));
    }

    void canonicalRoundTripsAndLocaleDisplay()
    {
        const auto amount = Amount::fromCanonical(QStringLiteral("1234.05"));
        QVERIFY(amount);
        QCOMPARE(amount->toCanonical(), QStringLiteral("1234.05"));
        QCOMPARE(amount->toLocaleString(QLocale(QStringLiteral("tr_TR"))), QStringLiteral("1234,05"));
        QVERIFY(!Amount::fromCanonical(QStringLiteral("12,5")));
        QCOMPARE(Amount::fromCanonical(QStringLiteral("12.5"))->toLocaleString(QLocale(QStringLiteral("tr_TR")), 2), QStringLiteral("12,50"));
        QCOMPARE(Amount::fromCanonical(QStringLiteral("7"))->toLocaleString(QLocale::c(), 2), QStringLiteral("7.00"));
        QCOMPARE(Amount::fromCanonical(QStringLiteral("0.0001"))->toLocaleString(QLocale::c(), 2), QStringLiteral("0.0001"));
        QVERIFY(Amount::fromUnits(1) < Amount::fromUnits(2));
    }
};

QTEST_GUILESS_MAIN(TestAmount)
#include "tst_amount.moc"
