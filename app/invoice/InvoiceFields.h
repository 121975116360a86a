#pragma once

#include "invoice/Amount.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

// What a cashier asks the gateway for: every field of create_invoice, already in
// exact form (amounts as Amount, not text in some locale). Each member has its
// row in InvoiceFieldTable, which the wire form, the history, the till's
// defaults, the validator and operator== read.
struct InvoiceFields
{
    Amount price;
    QString currency = QStringLiteral("USD");
    QString orderId;
    QString email;
    QString title;
    QString description;
    bool test = false;
    bool addFeeToPrice = false;
    std::optional<Amount> margin;
    int expiryHours = 0; // 0: leave it to the gateway
    QString pageTemplate; // empty: the gateway's default page
    QString successUrl;
    QString cancelUrl;
    QString callbackUrl;
    QString merchantId;
    QString customerId;
    QStringList bannedCoins;
    bool whiteLabel = false;

    friend bool operator==(const InvoiceFields &a, const InvoiceFields &b);
};
Q_DECLARE_METATYPE(InvoiceFields)

// Names each field of InvoiceFields, so that a problem can be shown next to its
// field and the field table (InvoiceFieldTable.h) can say which field a row is.
// A new member of InvoiceFields gets a name here and a row in that table.
enum class InvoiceField {
    Price,
    Currency,
    OrderId,
    Email,
    Title,
    Description,
    Margin,
    Expiry,
    PageTemplate,
    SuccessUrl,
    CancelUrl,
    CallbackUrl,
    MerchantId,
    CustomerId,
    BannedCoins,
    // No rule of the validator concerns these; added after the others so that
    // the numbers above stay as they were.
    Test,
    AddFeeToPrice,
    WhiteLabel,
};

struct FieldIssue
{
    InvoiceField field;
    QString message;
};
