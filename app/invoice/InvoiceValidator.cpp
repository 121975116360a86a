#include "invoice/InvoiceValidator.h"

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
    QList<FieldIssue> issues;
    auto add = [&issues](InvoiceField field, const QString &message) {
        issues.append({field, message});
    };

    // The limits of a typed price hold for every way in (form, command line):
    // Amount can hold far more than the gateway or a cashier means.
    if (f.price < minimumPrice())
        add(InvoiceField::Price, tr("The amount must be at least 0.0001."));
    else if (f.price.decimalsUsed() > Amount::TypedDecimals)
        add(InvoiceField::Price, Amount::errorText(Amount::ParseError::TooManyDecimals, QLocale::c()));
    else if (maximumPrice() < f.price)
        add(InvoiceField::Price, Amount::errorText(Amount::ParseError::TooLarge, QLocale::c()));

    if (!m_currencies->contains(f.currency))
        add(InvoiceField::Currency, tr("Choose a currency from the list."));

    if (f.orderId.size() > MaxOrderId)
        add(InvoiceField::OrderId, tr("Use at most %n characters.", nullptr, MaxOrderId));
    else if (hasControlCharacters(f.orderId))
        add(InvoiceField::OrderId, tr("The order number contains a character that cannot be sent."));

    if (!f.email.isEmpty() && !isPlausibleEmail(f.email))
        add(InvoiceField::Email, tr("This does not look like an e-mail address (name@example.com)."));

    if (f.title.size() > MaxTitle)
        add(InvoiceField::Title, tr("Use at most %n characters.", nullptr, MaxTitle));
    if (f.description.size() > MaxDescription)
        add(InvoiceField::Description, tr("Use at most %n characters.", nullptr, MaxDescription));

    if (f.margin && *f.margin < minimumMargin())
        add(InvoiceField::Margin, tr("The tolerance must be at least 0.01 USDT."));
    else if (f.margin && (f.margin->decimalsUsed() > Amount::TypedDecimals || maximumPrice() < *f.margin))
        add(InvoiceField::Margin, Amount::errorText(Amount::ParseError::TooManyDecimals, QLocale::c()));

    if (f.expiryHours < 0 || f.expiryHours > MaxExpiryHours)
        add(InvoiceField::Expiry, tr("Choose between 1 and %n hours.", nullptr, MaxExpiryHours));

    if (!f.pageTemplate.isEmpty() && !pageTemplates().contains(f.pageTemplate))
        add(InvoiceField::PageTemplate, tr("Choose a page design from the list."));

    checkUrl(issues, InvoiceField::SuccessUrl, f.successUrl, false);
    checkUrl(issues, InvoiceField::CancelUrl, f.cancelUrl, false);
    checkUrl(issues, InvoiceField::CallbackUrl, f.callbackUrl, true);

    if (f.merchantId.size() > MaxMerchantId)
        add(InvoiceField::MerchantId, tr("Use at most %n characters.", nullptr, MaxMerchantId));

    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!f.customerId.isEmpty()) {
        if (!digits.match(f.customerId).hasMatch())
            add(InvoiceField::CustomerId, tr("The customer number may contain only digits."));
        else if (f.customerId.size() > MaxCustomerIdDigits)
            add(InvoiceField::CustomerId, tr("Use at most %n digits.", nullptr, MaxCustomerIdDigits));
    }

    for (const QString &code : f.bannedCoins) {
        if (!m_coins->find(code)) {
            add(InvoiceField::BannedCoins, tr("Unknown coin code: %1.").arg(code));
            break;
        }
    }
    if (m_coins->bansEverything(f.bannedCoins))
        add(InvoiceField::BannedCoins, tr("Leave at least one coin the customer can pay with."));

    return issues;
}

void InvoiceValidator::checkUrl(QList<FieldIssue> &issues, InvoiceField field, const QString &text,
                                bool mustBePublic) const
{
    if (text.isEmpty())
        return;
    if (text.size() > MaxUrl) {
        issues.append({field, tr("Use at most %n characters.", nullptr, MaxUrl)});
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
