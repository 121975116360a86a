#include "invoice/InvoiceValidator.h"

#include "invoice/InvoiceFieldTable.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

QStringList InvoiceValidator::pageTemplates()
{
    return {QStringLiteral("classic"), QStringLiteral("slate"), QStringLiteral("paper"),
            QStringLiteral("mint")};
}

InvoiceValidator::InvoiceValidator(const CurrencyCatalogue *currencies, const CoinCatalogue *coins)
    : m_currencies(currencies), m_coins(coins)
{
}

bool InvoiceValidator::isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(
            QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email).hasMatch();
}

namespace {
bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
}

QList<FieldIssue> InvoiceValidator::validate(const InvoiceFields &f) const
{
    // Field by field in the table's order, so that the issues come in the order of
    // the form. A text field is checked by what its row says (maximum length,
    // format); the other kinds by the rules below, which are each field's own.
    QList<FieldIssue> issues;
    for (const InvoiceFieldTable::FieldSpec &spec : InvoiceFieldTable::fields()) {
        if (spec.kind() == InvoiceFieldTable::Kind::Text)
            checkText(issues, spec, spec.text(f));
        else
            checkRule(issues, spec.id, f);
    }
    return issues;
}

void InvoiceValidator::checkText(QList<FieldIssue> &issues, const InvoiceFieldTable::FieldSpec &spec,
                                 const QString &text) const
{
    using InvoiceFieldTable::TextFormat;
    auto add = [&issues, &spec](const QString &message) { issues.append({spec.id, message}); };
    const bool tooLong = spec.maxLength > 0 && text.size() > spec.maxLength;

    switch (spec.format) {
    case TextFormat::Plain:
        if (tooLong)
            add(tr("Use at most %n characters.", nullptr, spec.maxLength));
        break;
    case TextFormat::SingleLine: // the order number: the message names it
        if (tooLong)
            add(tr("Use at most %n characters.", nullptr, spec.maxLength));
        else if (hasControlCharacters(text))
            add(tr("The order number contains a character that cannot be sent."));
        break;
    case TextFormat::Email:
        if (!text.isEmpty() && !isPlausibleEmail(text))
            add(tr("This does not look like an e-mail address (name@example.com)."));
        else if (tooLong)
            add(tr("Use at most %n characters.", nullptr, spec.maxLength));
        break;
    case TextFormat::Digits: {
        // Letters first: "12a" is not a number at all, whatever its length.
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (!text.isEmpty() && !digits.match(text).hasMatch())
            add(tr("The customer number may contain only digits."));
        else if (tooLong)
            add(tr("Use at most %n digits.", nullptr, spec.maxLength));
        break;
    }
    case TextFormat::WebAddress:
    case TextFormat::PublicWebAddress:
        checkUrl(issues, spec, text, spec.format == TextFormat::PublicWebAddress);
        break;
    case TextFormat::CurrencyCode:
        if (!m_currencies->contains(text))
            add(tr("Choose a currency from the list."));
        else if (tooLong)
            add(tr("Use at most %n characters.", nullptr, spec.maxLength));
        break;
    case TextFormat::PageTemplate:
        if (!text.isEmpty() && !pageTemplates().contains(text))
            add(tr("Choose a page design from the list."));
        break;
    }
}

void InvoiceValidator::checkRule(QList<FieldIssue> &issues, InvoiceField field, const InvoiceFields &f) const
{
    auto add = [&issues, field](const QString &message) { issues.append({field, message}); };
    switch (field) {
    case InvoiceField::Price:
        // The limits of a typed price hold for every way in (form, command line):
        // Amount can hold far more than the gateway or a cashier means.
        if (f.price < minimumPrice())
            add(tr("The amount must be at least 0.0001."));
        else if (f.price.decimalsUsed() > Amount::TypedDecimals)
            add(Amount::errorText(Amount::ParseError::TooManyDecimals, QLocale::c()));
        else if (maximumPrice() < f.price)
            add(Amount::errorText(Amount::ParseError::TooLarge, QLocale::c()));
        break;
    case InvoiceField::Margin:
        if (f.margin && *f.margin < minimumMargin())
            add(tr("The tolerance must be at least 0.01 USDT."));
        else if (f.margin && (f.margin->decimalsUsed() > Amount::TypedDecimals || maximumPrice() < *f.margin))
            add(Amount::errorText(Amount::ParseError::TooManyDecimals, QLocale::c()));
        break;
    case InvoiceField::Expiry:
        if (f.expiryHours < 0 || f.expiryHours > MaxExpiryHours)
            add(tr("Choose between 1 and %n hours.", nullptr, MaxExpiryHours));
        break;
    case InvoiceField::BannedCoins:
        for (const QString &code : f.bannedCoins) {
            if (!m_coins->find(code)) {
                add(tr("Unknown coin code: %1.").arg(code));
                break;
            }
        }
        if (m_coins->bansEverything(f.bannedCoins))
            add(tr("Leave at least one coin the customer can pay with."));
        break;
    default:
        break; // a flag: any value is one the gateway takes
    }
}

void InvoiceValidator::checkUrl(QList<FieldIssue> &issues, const InvoiceFieldTable::FieldSpec &spec,
                                const QString &text, bool mustBePublic) const
{
    const InvoiceField field = spec.id;
    if (text.isEmpty())
        return;
    if (spec.maxLength > 0 && text.size() > spec.maxLength) {
        issues.append({field, tr("Use at most %n characters.", nullptr, spec.maxLength)});
        return;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        issues.append({field, tr("Enter a full web address starting with https://.")});
        return;
    }
    if (mustBePublic) {
        const QString host = url.host().toLower();
        QHostAddress address;
        if (address.setAddress(host) || host == QLatin1String("localhost")
            || host.endsWith(QLatin1String(".localhost")) || !host.contains(QLatin1Char('.'))) {
            issues.append({field, tr("The gateway calls back only to a public domain name, not to an IP address or this computer.")});
        }
    }
}
