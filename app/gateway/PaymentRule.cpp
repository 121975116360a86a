#include "gateway/PaymentRule.h"

Amount PaymentRule::missing(const Amount &price, const std::optional<Amount> &paid)
{
    return Amount::fromUnits(std::max<qint64>(0, price.units() - (paid ? paid->units() : 0)));
}

Amount PaymentRule::missing(const RemoteInvoice &remote)
{
    return missing(remote.price, remote.amount);
}

bool PaymentRule::withinMargin(const RemoteInvoice &remote, const std::optional<Amount> &margin)
{
    return margin && missing(remote).units() <= margin->units();
}

PaymentStatus PaymentRule::statusOf(const RemoteInvoice &remote, const std::optional<Amount> &margin,
                                    InvoiceState previous, const QDateTime &nowUtc)
{
    return {stateOf(remote, margin, previous, nowUtc), remote.expiresAt, remote.amount, remote.amountCurrency};
}

InvoiceState PaymentRule::stateOf(const RemoteInvoice &remote, const std::optional<Amount> &margin,
                                  InvoiceState previous, const QDateTime &nowUtc)
{
    if (remote.paid) {
        return previous == InvoiceState::Expired || previous == InvoiceState::PaidLate
                ? InvoiceState::PaidLate
                : InvoiceState::Paid;
    }
    if (remote.amount && !remote.amount->isZero() && !withinMargin(remote, margin))
        return InvoiceState::Underpaid;
    if (remote.expiresAt.isValid() && remote.expiresAt <= nowUtc)
        return InvoiceState::Expired;
    return InvoiceState::Open;
}
