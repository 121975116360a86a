#include "invoice/Amount.h"

#include <QRegularExpression>
#include <limits>

namespace {
constexpr Amount::Units pow10(int n)
{
    Amount::Units value = 1;
    for (int i = 0; i < n; ++i)
        value *= 10;
    return value;
}
constexpr Amount::Units One = pow10(Amount::Decimals);

QString digitsOf(Amount::Units value)
{
    if (value == 0)
        return QStringLiteral("0");
    QString text;
    while (value > 0) {
        text.prepend(QLatin1Char(char('0' + int(value % 10))));
        value /= 10;
    }
    return text;
}

// `value` divided by 10^drop, rounded as asked (value ≥ 0).
Amount::Units divideRounded(Amount::Units value, Amount::Units divisor, Amount::Rounding rounding)
{
    const Amount::Units quotient = value / divisor;
    const Amount::Units remainder = value % divisor;
    switch (rounding) {
    case Amount::Rounding::Down:
        return quotient;
    case Amount::Rounding::HalfUp:
        return remainder * 2 >= divisor ? quotient + 1 : quotient;
    case Amount::Rounding::Up:
        return remainder ? quotient + 1 : quotient;
    }
    return quotient;
}
} // namespace

Amount Amount::fromDecimal(qint64 mantissa, int decimals)
{
    Q_ASSERT(mantissa >= 0 && decimals >= 0 && decimals <= Decimals);
    return Amount(Units(mantissa) * pow10(Decimals - decimals));
}

AmountParse Amount::parseDigits(QStringView rawText, QChar decimalSeparator, const QString &groupSeparator,
                                int maxDecimals, int maxWholeDigits)
{
    const QStringView text = rawText.trimmed();
    if (text.isEmpty())
        return {std::nullopt, ParseError::Empty};
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
        return {std::nullopt, ParseError::Sign};

    Units whole = 0;
    Units fraction = 0;
    int wholeDigits = 0;
    int fractionDigits = 0;
    bool seenSeparator = false;
    bool seenDigit = false;
    for (const QChar c : text) {
        if (c.unicode() >= '0' && c.unicode() <= '9') {
            seenDigit = true;
            const int digit = c.unicode() - '0';
            if (seenSeparator) {
                if (++fractionDigits > maxDecimals)
                    return {std::nullopt, ParseError::TooManyDecimals};
                fraction = fraction * 10 + digit;
            } else {
                if (wholeDigits > 0 || digit != 0)
                    ++wholeDigits;
                if (wholeDigits > maxWholeDigits)
                    return {std::nullopt, ParseError::TooLarge};
                whole = whole * 10 + digit;
            }
        } else if (c == decimalSeparator && !seenSeparator) {
            seenSeparator = true;
        } else if (c == QLatin1Char('e') || c == QLatin1Char('E')) {
            return {std::nullopt, ParseError::Exponent};
        } else if (!groupSeparator.isEmpty() && groupSeparator.contains(c)) {
            return {std::nullopt, ParseError::GroupSeparator};
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && c != decimalSeparator) {
            return {std::nullopt, ParseError::WrongDecimalSeparator};
        } else {
            return {std::nullopt, ParseError::NotANumber};
        }
    }
    if (!seenDigit)
        return {std::nullopt, ParseError::NotANumber};
    return {Amount(whole * One + fraction * pow10(Decimals - fractionDigits)), ParseError::None};
}

AmountParse Amount::parse(const QString &text, const QLocale &locale)
{
    const QString decimal = locale.decimalPoint();
    const QChar separator = decimal.isEmpty() ? QLatin1Char('.') : decimal.at(0);
    QString group = locale.groupSeparator();
    // Locales that group with a (narrow) no-break space also accept a plain space.
    if (group.contains(QChar(0x00a0)) || group.contains(QChar(0x202f)))
        group += QLatin1Char(' ');
    return parseDigits(text, separator, group, TypedDecimals, TypedWholeDigits);
}

std::optional<Amount> Amount::fromCanonical(QStringView text)
{
    return parseDigits(text, QLatin1Char('.'), QString(), Decimals, MaxWholeDigits).amount;
}

std::optional<Amount> Amount::fromJsonNumber(QStringView text, std::optional<Rounding> rounding)
{
    // A JSON number as the gateway may write it: "12", "0.00016667",
    // "0.123456789012345678", "1e-8", "1.2345678901234567e-5" (a PHP float). It is
    // read as digits and a decimal exponent, never as a double. Without
    // `rounding`, only a value exact within 18 decimals is accepted.
    text = text.trimmed();
    qsizetype e = text.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    const QStringView mantissa = e < 0 ? text : text.left(e);
    int exponent = 0;
    if (e >= 0) {
        bool ok = false;
        exponent = text.mid(e + 1).toInt(&ok);
        if (!ok || exponent < -400 || exponent > 400)
            return std::nullopt;
    }
    // The mantissa: digits with at most one '.', no sign.
    QString digits;
    int fractionDigits = 0;
    bool seenDot = false;
    for (const QChar c : mantissa) {
        if (c.unicode() >= '0' && c.unicode() <= '9') {
            digits += c;
            if (seenDot)
                ++fractionDigits;
        } else if (c == QLatin1Char('.') && !seenDot) {
            seenDot = true;
        } else {
            return std::nullopt;
        }
    }
    if (digits.isEmpty())
        return std::nullopt;
    // Leading zeros say nothing (fromCanonical accepts any number of them).
    const qsizetype firstNonZero = digits.indexOf(QRegularExpression(QStringLiteral("[1-9]")));
    digits = firstNonZero < 0 ? QStringLiteral("0") : digits.mid(firstNonZero);
    // value = digits × 10^(exponent − fractionDigits); in units of 10^-18:
    const int shift = exponent - fractionDigits + Decimals;
    QString whole = digits;
    QString dropped;
    if (shift >= 0) {
        whole += QString(shift, QLatin1Char('0'));
    } else if (-shift >= whole.size()) {
        dropped = QString(-shift - whole.size(), QLatin1Char('0')) + whole;
        whole = QStringLiteral("0");
    } else {
        dropped = whole.right(-shift);
        whole.chop(-shift);
    }
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (whole.size() > MaxWholeDigits + Decimals)
        return std::nullopt;
    Units units = 0;
    for (const QChar c : std::as_const(whole))
        units = units * 10 + (c.unicode() - '0');
    const bool exact = !std::any_of(dropped.cbegin(), dropped.cend(), [](QChar c) { return c != QLatin1Char('0'); });
    if (!exact) {
        if (!rounding)
            return std::nullopt;
        if ((*rounding == Rounding::HalfUp && dropped.at(0) >= QLatin1Char('5')) || *rounding == Rounding::Up)
            ++units;
    }
    // After rounding, which may carry into a 21st whole digit (fuzz_amount).
    if (units > pow10(MaxWholeDigits) * One - 1)
        return std::nullopt;
    return Amount(units);
}

int Amount::decimalsUsed() const
{
    Units fraction = m_units % One;
    if (fraction == 0)
        return 0;
    int decimals = Decimals;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --decimals;
    }
    return decimals;
}

QString Amount::toCanonical() const
{
    return toFixed(decimalsUsed(), Rounding::Down);
}

Amount Amount::roundedTo(int decimals, Rounding rounding) const
{
    decimals = std::clamp(decimals, 0, Decimals);
    const Units step = pow10(Decimals - decimals);
    return Amount(divideRounded(m_units, step, rounding) * step);
}

QString Amount::toFixed(int decimals, Rounding rounding) const
{
    decimals = std::clamp(decimals, 0, Decimals);
    const Amount rounded = roundedTo(decimals, rounding);
    QString result = digitsOf(rounded.m_units / One);
    if (decimals == 0)
        return result;
    QString fraction = digitsOf(rounded.m_units % One);
    fraction = QString(Decimals - fraction.size(), QLatin1Char('0')) + fraction;
    return result + QLatin1Char('.') + fraction.left(decimals);
}

QString Amount::toLocaleString(const QLocale &locale, int minDecimals) const
{
    QString text = toFixed(std::max(decimalsUsed(), std::clamp(minDecimals, 0, Decimals)), Rounding::Down);
    const QString decimal = locale.decimalPoint();
    if (!decimal.isEmpty())
        text.replace(QLatin1Char('.'), decimal);
    return text;
}

QString Amount::withUnit(const QString &unit, const QLocale &locale, int minDecimals) const
{
    //: An amount and its currency or coin code, e.g. "12.50 USD" or "0.00020833 BTC"
    return tr("%1 %2").arg(toLocaleString(locale, minDecimals), unit);
}

qint64 Amount::sortKey() const
{
    const Units key = m_units / pow10(Decimals - 8);
    return key > Units(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max() : qint64(key);
}

std::optional<Amount> Amount::mulDiv(qint64 numerator, qint64 denominator, int decimals, Rounding rounding) const
{
    // Rates and percentages are small numbers; the bound keeps every step below
    // inside 128 bits.
    constexpr qint64 Bound = 1000000000000000LL; // 10^15
    if (numerator < 0 || denominator <= 0 || numerator > Bound || denominator > Bound)
        return std::nullopt;
    // Split so that the product stays inside 128 bits: u·n/d = (u/d)·n + (u%d)·n/d.
    const Units n = numerator, d = denominator;
    const Units limit = pow10(MaxWholeDigits) * One;
    const Units q = m_units / d, r = m_units % d;
    if (n != 0 && q > limit / n)
        return std::nullopt;
    const Units exactPart = q * n;
    const Units rest = r * n; // r < d ≤ 2^63 and n < 2^63: fits
    decimals = std::clamp(decimals, 0, Decimals);
    const Units step = pow10(Decimals - decimals);
    // Round (exactPart + rest/d) to a multiple of step.
    const Units scaledDen = d * step; // ≤ 2^63 · 10^18 < 2^127
    const Units whole = exactPart / step;
    const Units leftover = (exactPart % step) * d + rest; // < step·d
    Units steps = whole;
    switch (rounding) {
    case Rounding::Down:
        break;
    case Rounding::HalfUp:
        if (leftover * 2 >= scaledDen)
            ++steps;
        break;
    case Rounding::Up:
        if (leftover > 0)
            ++steps;
        break;
    }
    return Amount(steps * step);
}

QString Amount::errorText(ParseError error, const QLocale &locale)
{
    switch (error) {
    case ParseError::None:
        return QString();
    case ParseError::Empty:
        return tr("Enter an amount.");
    case ParseError::Sign:
        return tr("Enter the amount without a + or - sign.");
    case ParseError::Exponent:
        return tr("Enter the amount as plain digits, without an exponent.");
    case ParseError::GroupSeparator:
        return tr("Enter the amount without thousands separators.");
    case ParseError::WrongDecimalSeparator:
        //: %1 is the decimal separator of the cashier's language, e.g. "," or "."
        return tr("Use \"%1\" to separate the decimals.").arg(locale.decimalPoint());
    case ParseError::NotANumber:
        return tr("The amount may contain only digits and one decimal separator.");
    case ParseError::TooManyDecimals:
        return tr("Use at most %n decimal(s).", nullptr, TypedDecimals);
    case ParseError::TooLarge:
        return tr("The amount is too large.");
    }
    return QString();
}
