#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <optional>

// An exact, non-negative decimal amount of money with up to eighteen decimals (an
// ETH amount has eighteen), held as a 128-bit integer count of 10^-18 units.
// Money is never a double: this type carries an amount from the form or the
// gateway's JSON text to the wire and into the database without rounding.
// An Amount has no unit of its own; Money (below) pairs it with one.
struct AmountParse;

class Amount
{
    Q_DECLARE_TR_FUNCTIONS(Amount)

public:
    using Units = __int128;
    static constexpr int Decimals = 18;
    // A price typed by a cashier: at most 8 decimals and 10 whole digits.
    static constexpr int TypedDecimals = 8;
    static constexpr int TypedWholeDigits = 10;
    // What the gateway or the history may hold: 20 whole digits keep every sum of
    // a shop's amounts far inside 128 bits.
    static constexpr int MaxWholeDigits = 20;

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
    enum class Rounding { Down, HalfUp, Up };

    Amount() = default;
    // mantissa × 10^-decimals, e.g. fromDecimal(1, 4) is 0.0001.
    static Amount fromDecimal(qint64 mantissa, int decimals);

    // Text as a person types it in `locale`: only that locale's decimal separator,
    // at most TypedDecimals decimals and TypedWholeDigits whole digits.
    static AmountParse parse(const QString &text, const QLocale &locale);
    // Canonical text with '.', as written on the wire, in the database and in the
    // gateway's JSON (strings or number literals): up to 18 decimals.
    static std::optional<Amount> fromCanonical(QStringView text);
    // The same for a JSON number literal, which may carry an exponent ("1e-8").
    // With `rounding`, more than 18 decimals are rounded to 18 as asked;
    // without it such a value is refused.
    static std::optional<Amount> fromJsonNumber(QStringView text, std::optional<Rounding> rounding = std::nullopt);

    Units units() const { return m_units; }
    bool isZero() const { return m_units == 0; }
    int decimalsUsed() const;

    // Shortest exact form with '.': "12", "12.5", "0.0001".
    QString toCanonical() const;
    // Exactly `decimals` decimals with '.', rounded as asked ("2.00000000").
    QString toFixed(int decimals, Rounding rounding = Rounding::HalfUp) const;
    Amount roundedTo(int decimals, Rounding rounding) const;
    // The same digits with the locale's decimal separator, for showing and editing;
    // padded to at least `minDecimals` (2 shows fiat prices as people read them).
    QString toLocaleString(const QLocale &locale, int minDecimals = 0) const;
    // The amount followed by its currency or coin code: "12.50 USD".
    QString withUnit(const QString &unit, const QLocale &locale, int minDecimals = 0) const;
    // A key that sorts like the amount (to 10^-8), for views that sort numbers.
    qint64 sortKey() const;

    // this × numerator / denominator, rounded to `decimals` as asked; nullopt when
    // the result would not fit. Used for rates (fiat to coin) and percentages.
    std::optional<Amount> mulDiv(qint64 numerator, qint64 denominator, int decimals,
                                 Rounding rounding) const;
    friend Amount operator+(Amount a, Amount b) { return Amount(a.m_units + b.m_units); }
    // a − b, or zero when b is larger: what is still missing of a.
    static Amount shortfall(Amount a, Amount b) { return Amount(a.m_units > b.m_units ? a.m_units - b.m_units : 0); }

    static QString errorText(ParseError error, const QLocale &locale);

    friend bool operator==(Amount a, Amount b) { return a.m_units == b.m_units; }
    friend bool operator!=(Amount a, Amount b) { return a.m_units != b.m_units; }
    friend bool operator<(Amount a, Amount b) { return a.m_units < b.m_units; }
    friend bool operator<=(Amount a, Amount b) { return a.m_units <= b.m_units; }
    friend bool operator>(Amount a, Amount b) { return a.m_units > b.m_units; }
    friend bool operator>=(Amount a, Amount b) { return a.m_units >= b.m_units; }

private:
    explicit Amount(Units units) : m_units(units) {}
    static AmountParse parseDigits(QStringView text, QChar decimalSeparator, const QString &groupSeparator,
                                   int maxDecimals, int maxWholeDigits);
    Units m_units = 0;
};

// What came of reading typed text: an amount, or why there is none.
struct AmountParse
{
    std::optional<Amount> amount;
    Amount::ParseError error = Amount::ParseError::None;
};

// An amount with its unit: a fiat currency ("USD") or a coin ("BTC"). Two Money
// values are only compared, added or subtracted when their units are the same.
struct Money
{
    Amount amount;
    QString unit;

    bool sameUnitAs(const Money &other) const { return !unit.isEmpty() && unit.compare(other.unit, Qt::CaseInsensitive) == 0; }
    friend bool operator==(const Money &a, const Money &b) { return a.amount == b.amount && a.unit == b.unit; }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }
};
