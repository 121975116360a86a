#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// Where an invoice is in its life (shared/design.md, "Invoice life cycle").
enum class InvoiceState {
    Sending,   // stored, request on its way
    Open,      // the gateway made it; payment page address known
    Paid,
    Underpaid,
    Expired,
    PaidLate,  // paid after it had expired: staff decide what to do
    Failed,    // the gateway said no, or it never left; may be corrected and resent
    Unknown,   // the request may or may not have reached the gateway
    // Something came in, in a coin, but the gateway has not called it paid yet and
    // there is no amount in the same unit to compare it with: never "underpaid".
    PaymentSeen,
    // The gateway holds a different invoice under this order number (another
    // price or currency, or entries that disagree): shown, never guessed.
    Conflict,
};

class InvoiceStates
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceStates)

public:
    // The stable word kept in the database; never translated.
    static QString storageName(InvoiceState state);
    static std::optional<InvoiceState> fromStorageName(const QString &name);
    static QString displayName(InvoiceState state);
    static QList<InvoiceState> all();
};
