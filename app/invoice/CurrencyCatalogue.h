#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// The ISO 4217 currencies that the gateway prices in, with names taken from the
// locale data that Qt ships (CLDR), so the list needs no hand-kept table and is
// shown in the cashier's language where CLDR has it.
struct Currency
{
    QString code; // "USD"
    QString name; // "US Dollar"
};

class CurrencyCatalogue
{
public:
    explicit CurrencyCatalogue(const QLocale &displayLocale = QLocale());

    const QList<Currency> &currencies() const { return m_currencies; }
    bool contains(const QString &code) const;
    QString nameOf(const QString &code) const;

private:
    QList<Currency> m_currencies;
};
