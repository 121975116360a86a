#include "gateway/PaymentRule.h"

#include <cstdlib>

namespace {
bool sameCode(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The gateway may add its fee to the price (when asked, and by itself below
// about 0.40 USD, a threshold the console cannot convert into every currency),
// so its price may be higher than the one sent, never lower. Without the fee
// asked for, a fee is never more than the price itself.
bool priceAgrees(const InvoiceRecord &record, const RemoteInvoice &remote)
{
    if (remote.price.isZero())
        return true; // not reported: nothing contradicts
    const Amount sent = record.fields.price;
    if (remote.price == sent)
        return true;
    if (remote.price < sent)
        return false;
    return record.fields.addFeeToPrice || remote.price <= sent + sent;
}

bool currencyAgrees(const InvoiceRecord &record, const RemoteInvoice &remote)
{
    return remote.priceCurrency.isEmpty() || sameCode(remote.priceCurrency, record.fields.currency);
}

bool sameReport(const RemoteInvoice &a, const RemoteInvoice &b)
{
    return a.paid == b.paid && a.amount == b.amount && sameCode(a.amountCurrency, b.amountCurrency)
            && a.expiresAt == b.expiresAt;
}
} // namespace

bool PaymentRule::isCoin(const QString &unit, const QString &coin, const QString &network)
{
    if (unit.isEmpty() || coin.isEmpty())
        return false;
    if (sameCode(unit, coin))
        return true;
    return !network.isEmpty()
            && (sameCode(unit, coin + QLatin1Char('-') + network) || sameCode(unit, coin + network));
}

PaymentRule::Match PaymentRule::match(const InvoiceRecord &record, const QList<RemoteInvoice> &entries)
{
    Match result;
    QList<const RemoteInvoice *> sameSale;
    const RemoteInvoice *other = nullptr;
    for (const RemoteInvoice &entry : entries) {
        if (entry.orderId != record.fields.orderId)
            continue;
        result.found = true;
        if (priceAgrees(record, entry) && currencyAgrees(record, entry))
            sameSale.append(&entry);
        else
            other = &entry;
    }
    if (sameSale.isEmpty()) {
        if (other) {
            //: %1 order number, %2 the gateway's price, %3 this invoice's price
            result.conflict = tr("The gateway holds another invoice under order number %1 (%2, not %3). "
                                 "Do not hand over the goods; ask a manager.")
                                      .arg(record.fields.orderId,
                                           other->price.withUnit(other->priceCurrency, QLocale::c(), 2),
                                           record.fields.price.withUnit(record.fields.currency, QLocale::c(), 2));
        }
        return result;
    }
    // An entry at the very price sent is this sale before one the fee may explain.
    QList<const RemoteInvoice *> exact;
    for (const RemoteInvoice *entry : std::as_const(sameSale)) {
        if (entry->price == record.fields.price)
            exact.append(entry);
    }
    if (!exact.isEmpty())
        sameSale = exact;
    for (const RemoteInvoice *entry : std::as_const(sameSale)) {
        if (!sameReport(*entry, *sameSale.first())) {
            result.conflict = tr("The gateway holds %n invoice(s) under order number %1 that disagree about the payment. "
                                 "Do not hand over the goods; ask a manager.", nullptr, int(sameSale.size()))
                                      .arg(record.fields.orderId);
            return result;
        }
    }
    result.remote = sameSale.first();
    return result;
}

std::optional<Money> PaymentRule::askedIn(const InvoiceRecord &record, const QString &unit)
{
    if (record.coinAmount && isCoin(unit, record.coin, record.network))
        return Money{*record.coinAmount, unit};
    if (sameCode(unit, record.fields.currency))
        return Money{record.fields.price, unit};
    return std::nullopt;
}

std::optional<Money> PaymentRule::missing(const InvoiceRecord &record, const Money &paid)
{
    const auto asked = askedIn(record, paid.unit);
    if (!asked)
        return std::nullopt;
    return Money{Amount::shortfall(asked->amount, paid.amount), paid.unit};
}

std::optional<Money> PaymentRule::missing(const InvoiceRecord &record)
{
    const auto paid = record.paymentStatus().paid();
    return paid ? missing(record, *paid) : std::nullopt;
}

PaymentStatus PaymentRule::statusOf(const InvoiceRecord &record, const RemoteInvoice &remote,
                                    const QDateTime &tillNow, const QDateTime &gatewayNow)
{
    qint64 skewSecs = gatewayNow.isValid() ? gatewayNow.secsTo(tillNow) : 0;
    if (std::abs(skewSecs) < ClockToleranceSecs)
        skewSecs = 0;
    PaymentStatus status;
    status.expiresAt = remote.expiresAt.isValid() ? remote.expiresAt.addSecs(skewSecs) : record.expiresAt;
    // The Date header has whole seconds and each answer travels its own time:
    // a moved expiry jitters by a second or two from answer to answer. What was
    // learnt stays unless it really moved, so no answer is stored as a change.
    if (skewSecs != 0 && record.expiresAt.isValid()
        && std::abs(record.expiresAt.secsTo(status.expiresAt)) < ClockToleranceSecs)
        status.expiresAt = record.expiresAt;
    status.paidAmount = remote.amount;
    status.paidCurrency = remote.amountCurrency;
    status.expiryConfirmed = record.paymentStatus().expiryConfirmed;
    const bool pastExpiry = status.expiresAt.isValid() && status.expiresAt <= tillNow;

    if (remote.paid) {
        status.state = status.expiryConfirmed ? InvoiceState::PaidLate : InvoiceState::Paid;
        return status;
    }
    if (const auto paid = status.paid()) {
        // Something came in before the gateway called it paid: a bitcoin payment
        // waits for confirmations, often past the invoice's expiry. It is neither
        // expired nor, once confirmed, paid late; it stays followed.
        const auto short_ = missing(record, *paid);
        // The tolerance (margin_ratio) is in USDT, so it only covers USDT.
        const bool inUsdt = paid->unit.startsWith(QLatin1String("USDT"), Qt::CaseInsensitive);
        const bool withinTolerance = short_ && inUsdt && record.fields.margin
                && short_->amount <= *record.fields.margin;
        if (short_ && !short_->amount.isZero() && !withinTolerance)
            status.state = InvoiceState::Underpaid;
        else
            status.state = InvoiceState::PaymentSeen;
        return status;
    }
    if (pastExpiry)
        status.expiryConfirmed = true; // the gateway itself still calls it unpaid, with nothing in
    status.state = pastExpiry ? InvoiceState::Expired : InvoiceState::Open;
    return status;
}

PaymentStatus PaymentRule::conflictOf(const InvoiceRecord &record, const QString &conflict)
{
    PaymentStatus status = record.paymentStatus();
    status.state = InvoiceState::Conflict;
    status.note = conflict;
    return status;
}
