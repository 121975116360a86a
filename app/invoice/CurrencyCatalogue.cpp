#include "invoice/CurrencyCatalogue.h"

#include <QMap>
#include <algorithm>

namespace {
bool isIsoCode(const QString &code)
{
    return code.size() == 3
            && std::all_of(code.cbegin(), code.cend(),
                           [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); });
}
}

CurrencyCatalogue::CurrencyCatalogue(const QLocale &displayLocale)
{
    // For each code keep the name from the best locale: the cashier's language
    // first, then English, then whatever locale uses the currency.
    struct Choice { QString name; int rank = 99; };
    QMap<QString, Choice> chosen;
    const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                  QLocale::AnyTerritory);
    for (const QLocale &locale : locales) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        if (!isIsoCode(code))
            continue;
        const QString name = locale.currencySymbol(QLocale::CurrencyDisplayName);
        if (name.isEmpty())
            continue;
        int rank = 2;
        if (locale.language() == displayLocale.language())
            rank = 0;
        else if (locale.language() == QLocale::English)
            rank = 1;
        Choice &choice = chosen[code];
        if (rank < choice.rank)
            choice = {name, rank};
    }
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        QString name = it->name;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_currencies.append({it.key(), name});
    }
}

bool CurrencyCatalogue::contains(const QString &code) const
{
    return std::any_of(m_currencies.cbegin(), m_currencies.cend(),
                       [&code](const Currency &c) { return c.code == code; });
}

QString CurrencyCatalogue::nameOf(const QString &code) const
{
    for (const Currency &currency : m_currencies) {
        if (currency.code == code)
            return currency.name;
    }
    return QString();
}
