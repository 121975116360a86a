#pragma once

#include "gateway/FormBody.h"
#include "invoice/InvoiceFields.h"

// The create_invoice fields of an invoice, as the gateway expects them on the wire
// (without the keys, which the client adds to every call).
namespace CreateInvoiceRequest {
FormBody form(const InvoiceFields &fields);
}
