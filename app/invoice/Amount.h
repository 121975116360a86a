#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <optional>

// An exact, non-negative decimal amount of money with up to eight decimals, held as
// an integer count of 10^-8 units. Money is never a double: this type carries an
// amount from the form to the wire and into the database without rounding.
struct AmountParse;

class Amount
{
    Q_DECLARE_TR_FUNCTIONS(Amount)

public:
    static constexpr int Decimals = 8;
    static constexpr qint64 UnitsPerWhole = 100000000;
    // Ten integer digits keep every value inside qint64 with room for sums.
    static constexpr qint64 MaxUnits = 9999999999LL * UnitsPerWhole + (UnitsPerWhole - 1);

    enum class ParseError {
        None,
        Empty,
        Sign,
        Exponent,
        GroupSeparator,
        WrongDecimalSeparator,
        NotANumber,
        TooManyDecimals,
        TooLarge,
    };

    Amount() = default;
    static Amount fromUnits(qint64 units) { return Amount(units); }

    // Text as a person types it in `locale`: only that locale's decimal separator.
    static AmountParse parse(const QString &text, const QLocale &locale);
    // Canonical text with '.' as written on the wire and in the database.
    static std::optional<Amount> fromCanonical(const QString &text);

    qint64 units() const { return m_units; }
    bool isZero() const { return m_units == 0; }

    // Shortest exact form with '.': "12", "12.5", "0.0001".
    QString toCanonical() const;
    // The same digits with the locale's decimal separator, for showing and editing;
    // padded to at least `minDecimals` (2 shows fiat prices as people read them).
    QString toLocaleString(const QLocale &locale, int minDecimals = 0) const;
    // The amount followed by its currency or coin code: "12.50 USD".
    QString withUnit(const QString &unit, const QLocale &locale, int minDecimals = 0) const;

    static QString errorText(ParseError error, const QLocale &locale);

    friend bool operator==(Amount a, Amount b) { return a.m_units == b.m_units; }
    friend bool operator!=(Amount a, Amount b) { return a.m_units != b.m_units; }
    friend bool operator<(Amount a, Amount b) { return a.m_units < b.m_units; }
    friend bool operator<=(Amount a, Amount b) { return a.m_units <= b.m_units; }

private:
    explicit Amount(qint64 units) : m_units(units) {}
    static AmountParse parseWithSeparator(const QString &text, QChar decimalSeparator,
                                     const QString &groupSeparator);
    qint64 m_units = 0;
};

// What came of reading typed text: an amount, or why there is none.
struct AmountParse
{
    std::optional<Amount> amount;
    Amount::ParseError error = Amount::ParseError::None;
};
