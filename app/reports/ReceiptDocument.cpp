#include "reports/ReceiptDocument.h"

#include "history/DemoHistory.h"

namespace {
using Align = PrintBlock::Align;
using Size = PrintBlock::Size;
} // namespace

bool ReceiptDocument::isPaid(InvoiceState state)
{
    return state == InvoiceState::Paid || state == InvoiceState::PaidLate;
}

QString ReceiptDocument::qrPayload(const InvoiceRecord &invoice)
{
    if (!invoice.paymentUrl.isEmpty())
        return invoice.paymentUrl;
    return invoice.coinAddress;
}

PrintDocument ReceiptDocument::make(const InvoiceRecord &invoice, const ShopProfile &shop, Copy copy,
                                    const QLocale &locale, const QTimeZone &zone)
{
    const InvoiceFields &f = invoice.fields;
    PrintDocument doc;
    //: The title of a receipt's PDF and print job: "Receipt 7K2-0041"
    doc.title = tr("Receipt %1").arg(f.orderId);

    //: The head of a receipt when Settings give no shop name
    doc.text(shop.name.isEmpty() ? tr("Receipt") : shop.name, Align::Center, Size::Large, true);
    for (const QString &line : shop.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        doc.text(line.trimmed(), Align::Center);
    if (!shop.taxNumber.isEmpty())
        //: On a receipt, under the shop's address
        doc.text(tr("Tax number: %1").arg(shop.taxNumber), Align::Center);

    // The marks that say what this paper is worth come first and largest,
    // before the date and the total, so that no one reads the total of a bill
    // as paid before reading NOT PAID: a demo or test invoice, a reprint, then
    // the state.
    if (invoice.gateway == DemoHistory::gatewayName())
        //: Receipt banner of an invoice the demo history made up: no customer, no money
        doc.banner(tr("DEMO — NOT A SALE"));
    if (f.test)
        //: Receipt banner of a test invoice: no money moved
        doc.banner(tr("TEST — NO MONEY"));
    if (copy == Copy::Duplicate)
        //: Receipt banner of a reprint
        doc.banner(tr("DUPLICATE"));
    switch (invoice.state) {
    case InvoiceState::Paid:
        //: Receipt: the invoice is paid
        doc.text(tr("PAID"), Align::Center, Size::Huge, true);
        break;
    case InvoiceState::PaidLate:
        //: Receipt: paid after the invoice expired
        doc.text(tr("PAID (LATE)"), Align::Center, Size::Huge, true);
        break;
    case InvoiceState::Underpaid:
        //: Receipt banner: less came in than was asked
        doc.banner(tr("UNDERPAID"));
        break;
    case InvoiceState::Unknown:
    case InvoiceState::PaymentSeen:
        // It may well be paid: NOT PAID would be untrue, PAID unproven.
        //: Receipt banner of an invoice whose payment the gateway has not confirmed (it may be paid)
        doc.banner(tr("NOT CONFIRMED"));
        doc.text(InvoiceStates::displayName(invoice.state), Align::Center, Size::Large, true);
        break;
    default:
        //: Receipt banner of an invoice that is not paid
        doc.banner(tr("NOT PAID"));
        doc.text(InvoiceStates::displayName(invoice.state), Align::Center, Size::Large, true);
        break;
    }

    doc.rule();
    const QDateTime made = invoice.createdAt.toTimeZone(zone);
    //: Receipt: when the invoice was made
    doc.columns(tr("Date"), locale.toString(made, QLocale::ShortFormat) + QLatin1Char(' ')
                                    + zone.abbreviation(made));
    //: Receipt: the invoice's order number
    doc.columns(tr("Order"), f.orderId);
    // The till the sale was made at, as the history kept it: a reprint on
    // another till, or after a rename, names the right one; a sale from
    // before tills were kept names none rather than a wrong one.
    if (!invoice.till.isEmpty())
        //: Receipt: the till the sale was made at
        doc.columns(tr("Till"), invoice.till);
    if (!f.title.isEmpty())
        doc.text(f.title);
    doc.rule();
    //: Receipt: the price asked, with its currency
    doc.columns(tr("Total"), f.price.withUnit(f.currency, locale, 2), true);
    if (const auto paid = invoice.paid())
        //: Receipt: what came in, in the coin it came in
        doc.columns(tr("Received"), paid->amount.withUnit(paid->unit, locale, 2));
    else if (invoice.coinAmount && !invoice.coin.isEmpty())
        //: Receipt: the amount to pay in the coin the customer chose
        doc.columns(tr("To pay"), invoice.coinAmount->withUnit(invoice.coin, locale, 2));
    if (!invoice.coin.isEmpty() && !invoice.network.isEmpty())
        //: Receipt: the coin and its network, e.g. "USDT (TRC20)"
        doc.columns(tr("Coin"), QStringLiteral("%1 (%2)").arg(invoice.coin, invoice.network));

    const QString payload = qrPayload(invoice);
    if (!payload.isEmpty()) {
        doc.space();
        doc.qr(payload);
        doc.text(payload, Align::Center);
    }
    doc.space();
    //: The last line of a receipt
    doc.text(tr("Thank you"), Align::Center);
    return doc;
}
