#include "invoice/InvoiceState.h"

QString InvoiceStates::storageName(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Sending: return QStringLiteral("sending");
    case InvoiceState::Open: return QStringLiteral("open");
    case InvoiceState::Paid: return QStringLiteral("paid");
    case InvoiceState::Underpaid: return QStringLiteral("underpaid");
    case InvoiceState::Expired: return QStringLiteral("expired");
    case InvoiceState::PaidLate: return QStringLiteral("paid-late");
    case InvoiceState::Failed: return QStringLiteral("failed");
    case InvoiceState::Unknown: return QStringLiteral("unknown");
    case InvoiceState::PaymentSeen: return QStringLiteral("payment-seen");
    case InvoiceState::Conflict: return QStringLiteral("conflict");
    }
    return QString();
}

std::optional<InvoiceState> InvoiceStates::fromStorageName(const QString &name)
{
    for (InvoiceState state : all()) {
        if (storageName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString InvoiceStates::displayName(InvoiceState state)
{
    switch (state) {
    //: Invoice state: the request is on its way to the gateway
    case InvoiceState::Sending: return tr("Sending");
    //: Invoice state: waiting for the customer to pay
    case InvoiceState::Open: return tr("Waiting for payment");
    case InvoiceState::Paid: return tr("Paid");
    case InvoiceState::Underpaid: return tr("Underpaid");
    case InvoiceState::Expired: return tr("Expired");
    //: Invoice state: the payment came in after the invoice had expired
    case InvoiceState::PaidLate: return tr("Paid late");
    //: Invoice state: the gateway refused it or it could not be sent
    case InvoiceState::Failed: return tr("Not sent");
    //: Invoice state: the answer was lost; the gateway may or may not have it
    case InvoiceState::Unknown: return tr("Unconfirmed");
    //: Invoice state: a payment arrived but the gateway has not confirmed it yet
    case InvoiceState::PaymentSeen: return tr("Payment seen");
    //: Invoice state: the gateway holds a different invoice under this order number
    case InvoiceState::Conflict: return tr("Order number conflict");
    }
    return QString();
}

QList<InvoiceState> InvoiceStates::all()
{
    return {InvoiceState::Sending, InvoiceState::Open, InvoiceState::Paid, InvoiceState::Underpaid,
            InvoiceState::Expired, InvoiceState::PaidLate, InvoiceState::Failed, InvoiceState::Unknown, InvoiceState::PaymentSeen, InvoiceState::Conflict};
}
