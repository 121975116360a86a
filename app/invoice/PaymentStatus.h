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
    QString paidCurrency; // the unit of paidAmount: the coin that came in
    // True once a gateway answer showed the invoice unpaid past its expiry. The
    // till's own countdown only makes expiry provisional: "paid late" needs this.
    bool expiryConfirmed = false;
    // Why the state is Conflict, in a sentence for staff; empty otherwise.
    QString note;

    std::optional<Money> paid() const
    {
        if (!paidAmount || paidAmount->isZero())
            return std::nullopt;
        return Money{*paidAmount, paidCurrency};
    }

    friend bool operator==(const PaymentStatus &a, const PaymentStatus &b)
    {
        return a.state == b.state && a.expiresAt == b.expiresAt && a.paidAmount == b.paidAmount
                && a.paidCurrency == b.paidCurrency && a.expiryConfirmed == b.expiryConfirmed
                && a.note == b.note;
    }
    friend bool operator!=(const PaymentStatus &a, const PaymentStatus &b) { return !(a == b); }
};
