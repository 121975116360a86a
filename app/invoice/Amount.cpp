#include "invoice/Amount.h"

AmountParse Amount::parseWithSeparator(const QString &rawText, QChar decimalSeparator,
                                          const QString &groupSeparator)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return {std::nullopt, ParseError::Empty};
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
        return {std::nullopt, ParseError::Sign};

    qint64 whole = 0;
    qint64 fraction = 0;
    int wholeDigits = 0;
    int fractionDigits = 0;
    bool seenSeparator = false;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            const int digit = c.unicode() - '0';
            if (seenSeparator) {
                if (++fractionDigits > Decimals)
                    return {std::nullopt, ParseError::TooManyDecimals};
                fraction = fraction * 10 + digit;
            } else {
                if (wholeDigits > 0 || digit != 0)
                    ++wholeDigits;
                if (wholeDigits > 10)
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
    if (seenSeparator && fractionDigits == 0 && text.size() == 1)
        return {std::nullopt, ParseError::NotANumber};
    for (int i = fractionDigits; i < Decimals; ++i)
        fraction *= 10;
    return {Amount(whole * UnitsPerWhole + fraction), ParseError::None};
}

AmountParse Amount::parse(const QString &text, const QLocale &locale)
{
    const QString decimal = locale.decimalPoint();
    const QChar separator = decimal.isEmpty() ? QLatin1Char('.') : decimal.at(0);
    QString group = locale.groupSeparator();
    // Locales that group with a (narrow) no-break space also accept a plain space.
    if (group.contains(QChar(0x00a0)) || group.contains(QChar(0x202f)))
        group += QLatin1Char(' ');
    return parseWithSeparator(text, separator, group);
}

std::optional<Amount> Amount::fromCanonical(const QString &text)
{
    const AmountParse parsed = parseWithSeparator(text, QLatin1Char('.'), QString());
    return parsed.amount;
}

QString Amount::toCanonical() const
{
    QString result = QString::number(m_units / UnitsPerWhole);
    qint64 fraction = m_units % UnitsPerWhole;
    if (fraction == 0)
        return result;
    QString digits = QStringLiteral("%1").arg(fraction, Decimals, 10, QLatin1Char('0'));
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return result + QLatin1Char('.') + digits;
}

QString Amount::toLocaleString(const QLocale &locale, int minDecimals) const
{
    QString text = toCanonical();
    if (minDecimals > 0) {
        const int dot = int(text.indexOf(QLatin1Char('.')));
        const int decimals = dot < 0 ? 0 : int(text.size()) - dot - 1;
        if (dot < 0)
            text += QLatin1Char('.');
        text += QString(std::max(0, minDecimals - decimals), QLatin1Char('0'));
    }
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
        return tr("Use at most 8 decimals.");
    case ParseError::TooLarge:
        return tr("The amount is too large.");
    }
    return QString();
}
