#pragma once

#include "reports/PrintDocument.h"
#include "reports/ReceiptSettings.h"
#include "store/InvoiceRecord.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

// The receipt of one invoice, as both kinds of printer print it: the shop, when,
// which order, what was asked and what came in, and what state it is in; an
// unpaid invoice says so in large letters, a reprint says DUPLICATE and a test
// invoice TEST — NO MONEY, so that none is taken for proof of a payment.
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
