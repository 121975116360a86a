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
        QTest::addColumn<QString>("units"); // in 10^-18, as decimal text
        QTest::addColumn<QString>("canonical");
        QTest::newRow("whole") << "en_US" << "12" << "12000000000000000000" << "12";
        QTest::newRow("decimals") << "en_US" << "12.50" << "12500000000000000000" << "12.5";
        QTest::newRow("minimum") << "en_US" << "0.0001" << "100000000000000" << "0.0001";
        QTest::newRow("eight decimals") << "en_US" << "1.23456789" << "1234567890000000000" << "1.23456789";
        QTest::newRow("leading dot") << "en_US" << ".5" << "500000000000000000" << "0.5";
        QTest::newRow("spaces around") << "en_US" << "  7.25 " << "7250000000000000000" << "7.25";
        QTest::newRow("turkish comma") << "tr_TR" << "12,50" << "12500000000000000000" << "12.5";
        QTest::newRow("german comma") << "de_DE" << "0,0001" << "100000000000000" << "0.0001";
        QTest::newRow("largest") << "en_US" << "9999999999.99999999" << "9999999999999999990000000000" << "9999999999.99999999";
        QTest::newRow("leading zeros") << "en_US" << "000012" << "12000000000000000000" << "12";
    }

    void parsesTypedText()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QString, units);
        QFETCH(QString, canonical);
        const AmountParse parsed = Amount::parse(typed, QLocale(locale));
        QVERIFY2(parsed.amount.has_value(), qPrintable(Amount::errorText(parsed.error, QLocale(locale))));
        QCOMPARE(unitsText(parsed.amount->units()), units);
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
        QVERIFY(Amount::fromDecimal(1, 18) < Amount::fromDecimal(2, 18));
    }

    // The gateway's coin amounts: up to 18 decimals, kept exactly (an ETH amount),
    // and never rounded down by reading (the customer would underpay).
    void keepsEighteenDecimalsExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("btc") << "0.00016667" << "0.00016667";
        QTest::newRow("nine decimals") << "0.123456784" << "0.123456784";
        QTest::newRow("eth wei") << "0.000000000000000001" << "0.000000000000000001";
        QTest::newRow("eth 18") << "1.123456789012345678" << "1.123456789012345678";
        QTest::newRow("padded") << "2.00000000" << "2";
        QTest::newRow("big trx") << "12345678901234567890.5" << "12345678901234567890.5";
    }

    void keepsEighteenDecimalsExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto amount = Amount::fromCanonical(text);
        QVERIFY(amount);
        QCOMPARE(amount->toCanonical(), canonical);
        QCOMPARE(Amount::fromCanonical(amount->toCanonical()), amount);
        QVERIFY(!Amount::fromCanonical(QStringLiteral("0.0000000000000000001"))); // 19 decimals
        QVERIFY(!Amount::fromCanonical(QStringLiteral("123456789012345678901"))); // 21 digits
    }

    void readsJsonNumberLiterals()
    {
        QCOMPARE(Amount::fromJsonNumber(u"1e-8")->toCanonical(), QStringLiteral("0.00000001"));
        QCOMPARE(Amount::fromJsonNumber(u"2.5E3")->toCanonical(), QStringLiteral("2500"));
        QCOMPARE(Amount::fromJsonNumber(u"0.123456784")->toCanonical(), QStringLiteral("0.123456784"));
        QVERIFY(!Amount::fromJsonNumber(u"1e-19"));
        QVERIFY(!Amount::fromJsonNumber(u"-1"));
        QVERIFY(!Amount::fromJsonNumber(u"1e"));
        // Trailing zeros past 18 decimals are still exact.
        QCOMPARE(Amount::fromJsonNumber(u"0.0001666700000000000")->toCanonical(), QStringLiteral("0.00016667"));
        // A PHP float has more digits than 18 decimals hold: rounded when asked
        // (what came in is never read as nothing), refused otherwise.
        QVERIFY(!Amount::fromJsonNumber(u"1.2345678901234567e-5"));
        QCOMPARE(Amount::fromJsonNumber(u"1.2345678901234567e-5", Amount::Rounding::HalfUp)->toCanonical(),
                 QStringLiteral("0.000012345678901235"));
        QCOMPARE(Amount::fromJsonNumber(u"1.2345678901234561e-5", Amount::Rounding::Up)->toCanonical(),
                 QStringLiteral("0.000012345678901235"));
        QCOMPARE(Amount::fromJsonNumber(u"1.2345678901234561e-5", Amount::Rounding::Down)->toCanonical(),
                 QStringLiteral("0.000012345678901234"));
        QCOMPARE(Amount::fromJsonNumber(u"1e-19", Amount::Rounding::HalfUp), Amount());
        QVERIFY(!Amount::fromJsonNumber(u"1e21"));
        // Any number of leading zeros, as fromCanonical reads them (fuzz_amount).
        const QString zeros = QString(500, QLatin1Char('0')) + QStringLiteral(".5");
        QCOMPARE(Amount::fromJsonNumber(zeros), Amount::fromCanonical(zeros));
        // Rounding up must not carry past the largest amount (found by fuzz_amount).
        QVERIFY(!Amount::fromJsonNumber(u"99999999999999999999.9999999999999999995", Amount::Rounding::HalfUp));
        QCOMPARE(Amount::fromJsonNumber(u"99999999999999999999.9999999999999999995", Amount::Rounding::Down)->toCanonical(),
                 QStringLiteral("99999999999999999999.999999999999999999"));
        QCOMPARE(Amount::fromJsonNumber(u"9.9e19")->toCanonical(), QStringLiteral("99000000000000000000"));
    }

    void roundsOnlyWhenAsked()
    {
        const Amount a = *Amount::fromCanonical(QStringLiteral("0.123456785"));
        QCOMPARE(a.toFixed(8, Amount::Rounding::Down), QStringLiteral("0.12345678"));
        QCOMPARE(a.toFixed(8, Amount::Rounding::HalfUp), QStringLiteral("0.12345679"));
        QCOMPARE(a.toFixed(8, Amount::Rounding::Up), QStringLiteral("0.12345679"));
        QCOMPARE(Amount::fromCanonical(QStringLiteral("2"))->toFixed(8), QStringLiteral("2.00000000"));
        QCOMPARE(a.toLocaleString(QLocale(QStringLiteral("tr_TR")), 2), QStringLiteral("0,123456785"));
    }

    void convertsAtRatesExactly()
    {
        const Amount ten = *Amount::fromCanonical(QStringLiteral("10"));
        // 10 USD at 60,000 USD per BTC.
        QCOMPARE(ten.mulDiv(1, 60000, 8, Amount::Rounding::HalfUp)->toCanonical(), QStringLiteral("0.00016667"));
        QCOMPARE(ten.mulDiv(1, 60000, 8, Amount::Rounding::Down)->toCanonical(), QStringLiteral("0.00016666"));
        QCOMPARE(ten.mulDiv(1, 3, 18, Amount::Rounding::Down)->toCanonical(), QStringLiteral("3.333333333333333333"));
        QCOMPARE(ten.mulDiv(9, 10, 8, Amount::Rounding::Down)->toCanonical(), QStringLiteral("9"));
        const Amount largest = *Amount::fromCanonical(QStringLiteral("99999999999999999999.999999999999999999"));
        QVERIFY(!largest.mulDiv(1000, 1, 8, Amount::Rounding::Down)); // would not fit
        QCOMPARE(Amount::shortfall(ten, *Amount::fromCanonical(QStringLiteral("2.5"))).toCanonical(), QStringLiteral("7.5"));
        QCOMPARE(Amount::shortfall(ten, largest), Amount());
    }

    void moneyComparesOnlyInOneUnit()
    {
        const Money usd{*Amount::fromCanonical(QStringLiteral("10")), QStringLiteral("USD")};
        const Money btc{*Amount::fromCanonical(QStringLiteral("10")), QStringLiteral("BTC")};
        QVERIFY(!usd.sameUnitAs(btc));
        QVERIFY(usd.sameUnitAs(Money{Amount(), QStringLiteral("usd")}));
        QVERIFY(usd != btc);
    }

private:
    static QString unitsText(Amount::Units units)
    {
        QString text;
        do {
            text.prepend(QLatin1Char(char('0' + int(units % 10))));
            units /= 10;
        } while (units > 0);
        return text;
    }
};

QTEST_GUILESS_MAIN(TestAmount)
#include "tst_amount.moc"
