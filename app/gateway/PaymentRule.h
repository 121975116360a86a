#pragma once

#include "gateway/RemoteInvoice.h"
#include "invoice/InvoiceState.h"
#include "invoice/PaymentStatus.h"

#include <QDateTime>

// The robust reading of an invoice's payment (shared/payid19-api.md): paid when
// the gateway says status 1; underpaid when an amount came in below the price less
// the tolerance; expired when unpaid past its expiry; otherwise still waiting.
// A payment seen after the invoice was already expired reads "paid late".
namespace PaymentRule {
InvoiceState stateOf(const RemoteInvoice &remote, const std::optional<Amount> &margin,
                     InvoiceState previous, const QDateTime &nowUtc);

// The whole status an answer gives: the state by the rule above, the expiry and
// what came in.
PaymentStatus statusOf(const RemoteInvoice &remote, const std::optional<Amount> &margin,
                       InvoiceState previous, const QDateTime &nowUtc);

// What is still missing (price less what came in), zero when nothing is missing.
Amount missing(const Amount &price, const std::optional<Amount> &paid);
Amount missing(const RemoteInvoice &remote);
// Whether the shortfall is inside the invoice's tolerance.
bool withinMargin(const RemoteInvoice &remote, const std::optional<Amount> &margin);
}
