#pragma once

#include "invoice/CoinCatalogue.h"
#include "invoice/CurrencyCatalogue.h"
#include "invoice/InvoiceFields.h"

#include <QCoreApplication>
#include <QList>

namespace InvoiceFieldTable {
struct FieldSpec;
}

// Checks every limit the gateway sets on create_invoice before anything is sent,
// and says what is wrong in words for the field it concerns.
class InvoiceValidator
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceValidator)

public:
    // The gateway's own limits (see shared/payid19-api.md).
    static constexpr int MaxOrderId = 100;
    static constexpr int MaxMerchantId = 150;
    static constexpr int MaxCustomerIdDigits = 11;
    static constexpr int MaxTitle = 150;
    static constexpr int MaxDescription = 300;
    static constexpr int ShownDescription = 180;
    static constexpr int MaxUrl = 300;
    static constexpr int MaxExpiryHours = 48;
    static Amount minimumPrice() { return Amount::fromDecimal(1, 4); }     // 0.0001
    static Amount minimumMargin() { return Amount::fromDecimal(1, 2); }  // 0.01
    // The largest amount a cashier can type: ten whole digits, eight decimals.
    static Amount maximumPrice() { return *Amount::fromCanonical(QStringLiteral("9999999999.99999999")); }
    static QStringList pageTemplates();

    InvoiceValidator(const CurrencyCatalogue *currencies, const CoinCatalogue *coins);

    QList<FieldIssue> validate(const InvoiceFields &fields) const;

    static bool isPlausibleEmail(const QString &email);

private:
    void checkText(QList<FieldIssue> &issues, const InvoiceFieldTable::FieldSpec &spec, const QString &text) const;
    void checkRule(QList<FieldIssue> &issues, InvoiceField field, const InvoiceFields &fields) const;
    void checkUrl(QList<FieldIssue> &issues, const InvoiceFieldTable::FieldSpec &spec, const QString &url,
                  bool mustBePublic) const;

    const CurrencyCatalogue *m_currencies;
    const CoinCatalogue *m_coins;
};
