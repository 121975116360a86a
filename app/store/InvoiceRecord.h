#pragma once

#include "invoice/InvoiceFields.h"
#include "invoice/InvoiceState.h"
#include "invoice/PaymentStatus.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

// An invoice as the history keeps it: what was asked, and what became of it.
struct InvoiceRecord
{
    qint64 id = -1;
    InvoiceFields fields;
    InvoiceState state = InvoiceState::Sending;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString paymentUrl;
    QString failureText;          // the console's sentence for the cashier
    QStringList gatewayMessages;  // the gateway's own words, when it refused
    QDateTime expiresAt;          // UTC, as the gateway reports it; invalid until known
    std::optional<Amount> paidAmount; // what came in, in paidCurrency (a coin)
    QString paidCurrency;
    QString gateway; // GatewayEndpoint::name() of the gateway it was sent to
    // White label: the coins offered (the gateway's JSON), and the one chosen.
    QString coinOffers;
    QString coin;
    QString network;
    QString coinAddress;
    std::optional<Amount> coinAmount;
    // A gateway answer showed it unpaid past its expiry (see PaymentStatus).
    bool expiryConfirmed = false;
    // The console that last sent it (LiveSenders' token); empty before schema 6.
    QString sender;
    // The till's name where the sale was made, for its receipts (a reprint on
    // another till, or after a rename, names the right one); empty before
    // schema 8, for demo invoices, and when the till has no name.
    QString till;

    PaymentStatus paymentStatus() const
    {
        return {state, expiresAt, paidAmount, paidCurrency, expiryConfirmed,
                state == InvoiceState::Conflict ? failureText : QString()};
    }
    // What came in, with its unit; nullopt while nothing has.
    std::optional<Money> paid() const { return paymentStatus().paid(); }
};
Q_DECLARE_METATYPE(InvoiceRecord)

// One change of state, with the gateway's raw answer that caused it.
struct InvoiceEvent
{
    QDateTime at; // UTC
    InvoiceState state = InvoiceState::Sending;
    QString rawAnswer;
};
