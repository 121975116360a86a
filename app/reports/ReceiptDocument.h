#pragma once

#include "reports/PrintDocument.h"
#include "reports/ReceiptSettings.h"
#include "store/InvoiceRecord.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

// The receipt of one invoice, as both kinds of printer print it: the shop, when,
// which order, at which till it was sold (the till the history kept, none
// before tills were kept), what was asked and what came in, and what state it
// is in. First and largest, before the date and the total: DEMO — NOT A SALE
// for a made-up demo invoice, TEST — NO MONEY for a test invoice, DUPLICATE
// for a reprint, then the state (NOT PAID, UNDERPAID, NOT CONFIRMED for one
// that may be paid, PAID), so that none is taken for proof of a payment.
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    enum class Copy { Original, Duplicate };

    static PrintDocument make(const InvoiceRecord &invoice, const ShopProfile &shop, Copy copy,
                              const QLocale &locale, const QTimeZone &zone);
    // What the QR code on the receipt holds: the payment page, or the coin
    // address of a white-label invoice; empty when the gateway gave neither.
    static QString qrPayload(const InvoiceRecord &invoice);
    // Whether a receipt may be read as proof that the money came in.
    static bool isPaid(InvoiceState state);
};
