#pragma once

#include "gateway/RemoteInvoice.h"
#include "invoice/PaymentStatus.h"
#include "store/InvoiceRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// How an invoice stands, read from what get_invoices says of it (see
// shared/payid19-api.md). The rules that keep the word "Paid" trustworthy:
// - Paid only on the gateway's own paid status.
// - An amount carries its unit: what came in (in a coin) is compared only with
//   what was asked in that same coin (the amount get_address gave a white-label
//   invoice, or a price set in that very currency). Otherwise nothing is said to
//   be missing: "payment seen, waiting for the gateway to confirm".
// - Expiry is judged by the gateway's clock and data; the till's countdown only
//   makes it provisional. "Paid late" only after a gateway answer showed the
//   invoice unpaid past its expiry.
// - An answer belongs to an invoice only when order id, price and currency agree;
//   anything else is a conflict, shown and never guessed.
class PaymentRule
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRule)

public:
    // The gateway's entry for `record` among `entries`, or why none can be used.
    struct Match {
        const RemoteInvoice *remote = nullptr; // null: none to apply
        bool found = false;                    // the gateway has the order id at all
        QString conflict;                      // non-empty: entries contradict the invoice
    };
    static Match match(const InvoiceRecord &record, const QList<RemoteInvoice> &entries);

    // The status the gateway's entry gives the invoice at `tillNow`. The
    // gateway's dates are in its own clock; `gatewayNow` (its answer's Date) tells
    // how far that clock is from the till's, and the expiry is moved onto the
    // till's clock, so that neither a fast till nor a slow gateway expires an
    // invoice early and the countdown shows the time really left.
    static PaymentStatus statusOf(const InvoiceRecord &record, const RemoteInvoice &remote,
                                  const QDateTime &tillNow, const QDateTime &gatewayNow = QDateTime());
    // Clocks closer than this are taken as equal (Date has whole seconds).
    static constexpr qint64 ClockToleranceSecs = 30;
    // The status a conflict gives it: what was known stays, the state says so.
    static PaymentStatus conflictOf(const InvoiceRecord &record, const QString &conflict);

    // What the customer was asked to pay in `unit`, when the console knows it.
    static std::optional<Money> askedIn(const InvoiceRecord &record, const QString &unit);
    // What is still missing of what was asked, in the unit that came in; nullopt
    // when nothing came in or when no amount in that unit was asked for.
    static std::optional<Money> missing(const InvoiceRecord &record);
    static std::optional<Money> missing(const InvoiceRecord &record, const Money &paid);
    // Whether `unit` (as amount_currency spells it: "USDT", "USDT-TRC20") is the
    // coin `coin` on `network`.
    static bool isCoin(const QString &unit, const QString &coin, const QString &network);
};
