// The amount reader: canonical text as the wire and the database carry it (up to
// 18 decimals), JSON number literals (with an exponent too), and text as a cashier
// types it in several languages (fewer decimals). Whatever is accepted must come back unchanged through its canonical
// form, and what a cashier typed also through its local form.

#include "FuzzSupport.h"
#include "invoice/Amount.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>

namespace {
using Fuzz::require;

// The locales whose separators differ most: '.', ',', a narrow no-break space
// (fr), an apostrophe (de_CH), and the Arabic decimal separator U+066B.
const QList<QLocale> &locales()
{
    static const QList<QLocale> all{QLocale::c(),
                                    QLocale(QLocale::English, QLocale::UnitedStates),
                                    QLocale(QLocale::German, QLocale::Germany),
                                    QLocale(QLocale::French, QLocale::France),
                                    QLocale(QLocale::German, QLocale::Switzerland),
                                    QLocale(QLocale::Turkish, QLocale::Turkey),
                                    QLocale(QLocale::Arabic, QLocale::Egypt)};
    return all;
}

// For plain digits with at most one '.', what the canonical form must be, worked
// out on the text alone: no leading zeros, no trailing decimal zeros.
QString expectedCanonical(const QString &trimmed)
{
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? trimmed : trimmed.left(dot);
    QString fraction = dot < 0 ? QString() : trimmed.mid(dot + 1);
    while (whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

// A JSON number literal "m[.f]e[+-]x", written out without its exponent by moving
// the decimal point; empty when `text` is not such a literal (or is absurd).
QString withoutExponent(const QString &text)
{
    static const QRegularExpression literal(QStringLiteral("^([0-9]*)(?:\\.([0-9]*))?[eE]([+-]?[0-9]{1,3})$"));
    const QRegularExpressionMatch match = literal.match(text);
    if (!match.hasMatch() || match.capturedLength(1) + match.capturedLength(2) == 0)
        return QString();
    QString digits = match.captured(1) + match.captured(2);
    qsizetype point = match.capturedLength(1) + match.captured(3).toInt();
    if (point < 0) {
        digits.prepend(QString(-point, QLatin1Char('0')));
        point = 0;
    }
    if (point > digits.size())
        digits.append(QString(point - digits.size(), QLatin1Char('0')));
    return digits.left(point) + QLatin1Char('.') + digits.mid(point);
}

bool plainDecimal(const QString &text)
{
    int dots = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('.'))
            ++dots;
        else if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return dots <= 1;
}

void checkCanonical(const Amount &amount, const QString &input)
{
    const QString canonical = amount.toCanonical();
    const auto again = Amount::fromCanonical(canonical);
    require(again.has_value(), "toCanonical() is not accepted by fromCanonical()", input + QLatin1String(" -> ") + canonical);
    require(*again == amount, "fromCanonical(a.toCanonical()) != a", input + QLatin1String(" -> ") + canonical);
    require(again->toCanonical() == canonical, "canonical text is not stable", canonical);
    require(!amount.withUnit(QStringLiteral("ETH"), QLocale::c()).isEmpty(), "withUnit() is empty");
}

// Typed amounts are shown back to the cashier for editing: that text must read as
// the same amount in every language.
void checkLocal(const Amount &amount)
{
    for (const QLocale &locale : locales()) {
        for (int minDecimals : {0, 2}) {
            const QString shown = amount.toLocaleString(locale, minDecimals);
            const AmountParse typed = Amount::parse(shown, locale);
            require(typed.amount.has_value() && *typed.amount == amount,
                    "parse(a.toLocaleString(locale), locale) != a", locale.name() + QLatin1String(": ") + shown);
        }
        require(!amount.withUnit(QStringLiteral("USD"), locale, 2).isEmpty(), "withUnit() is empty");
    }
}
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto amount = Amount::fromCanonical(text)) {
        checkCanonical(*amount, text);
        const QString trimmed = text.trimmed();
        if (plainDecimal(trimmed))
            require(amount->toCanonical() == expectedCanonical(trimmed), "toCanonical() differs from the digits read",
                    trimmed + QLatin1String(" -> ") + amount->toCanonical());
    }

    // A JSON number literal: every canonical amount reads the same way (the JSON
    // reader may accept more, such as trailing zeros past 18 decimals), and a
    // literal with an exponent is exactly the value its digits say.
    const auto number = Amount::fromJsonNumber(text);
    if (const auto canonical = Amount::fromCanonical(text))
        require(number == canonical, "fromJsonNumber() differs from fromCanonical()", text);
    if (number) {
        checkCanonical(*number, text);
        const QString plain = withoutExponent(text);
        if (!plain.isEmpty())
            require(number->toCanonical() == expectedCanonical(plain), "fromJsonNumber() misplaced the exponent",
                    text + QLatin1String(" -> ") + number->toCanonical());
    }

    // Rounded readings (a PHP float's 17 digits past the 18th decimal): every
    // rounding reads what the exact reading reads, and otherwise Down, HalfUp and
    // Up lie within one unit of 10^-18, in that order.
    using Rounding = Amount::Rounding;
    const auto down = Amount::fromJsonNumber(text, Rounding::Down);
    const auto halfUp = Amount::fromJsonNumber(text, Rounding::HalfUp);
    const auto up = Amount::fromJsonNumber(text, Rounding::Up);
    if (number)
        require(down == number && halfUp == number && up == number, "a rounding changed an exact number", text);
    for (const auto &rounded : {down, halfUp, up}) {
        if (rounded)
            checkCanonical(*rounded, text);
    }
    if (down && halfUp && up)
        require(*down <= *halfUp && *halfUp <= *up && up->units() - down->units() <= 1,
                "roundings more than one unit apart or out of order", text);

    for (const QLocale &locale : locales()) {
        const AmountParse parsed = Amount::parse(text, locale);
        require(parsed.amount.has_value() == (parsed.error == Amount::ParseError::None),
                "an amount and an error at once, or neither", locale.name());
        if (parsed.amount) {
            checkCanonical(*parsed.amount, text);
            checkLocal(*parsed.amount);
        } else {
            require(!Amount::errorText(parsed.error, locale).isEmpty(), "a refusal without a reason", locale.name());
        }
    }
    return 0;
}
