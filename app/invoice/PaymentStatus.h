#pragma once

#include "invoice/Amount.h"
#include "invoice/InvoiceState.h"

#include <QDateTime>
#include <QString>
#include <optional>

// What the gateway says of an invoice's payment: its state, its expiry and what
// came in. Read from an answer by PaymentRule, kept by the store.
struct PaymentStatus
{
    InvoiceState state = InvoiceState::Open;
    QDateTime expiresAt; // UTC; invalid until known
    std::optional<Amount> paidAmount;
    QString paidCurrency;

    friend bool operator==(const PaymentStatus &a, const PaymentStatus &b)
    {
        return a.state == b.state && a.expiresAt == b.expiresAt && a.paidAmount == b.paidAmount
                && a.paidCurrency == b.paidCurrency;
    }
    friend bool operator!=(const PaymentStatus &a, const PaymentStatus &b) { return !(a == b); }
};
