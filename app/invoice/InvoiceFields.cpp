#include "invoice/InvoiceFields.h"

bool operator==(const InvoiceFields &a, const InvoiceFields &b)
{
    return a.price == b.price && a.currency == b.currency && a.orderId == b.orderId
            && a.email == b.email && a.title == b.title && a.description == b.description
            && a.test == b.test && a.addFeeToPrice == b.addFeeToPrice && a.margin == b.margin
            && a.expiryHours == b.expiryHours && a.pageTemplate == b.pageTemplate
            && a.successUrl == b.successUrl && a.cancelUrl == b.cancelUrl
            && a.callbackUrl == b.callbackUrl && a.merchantId == b.merchantId
            && a.customerId == b.customerId && a.bannedCoins == b.bannedCoins
            && a.whiteLabel == b.whiteLabel;
}
