#include "gateway/PaymentRule.h"

#include <QTest>

// The rule that decides what the cashier reads: units never mixed, Paid only on
// the gateway's word, expiry provisional until the gateway confirms it, and an
// answer applied only to the sale it belongs to.
class TestPaymentRule : public QObject
{
    Q_OBJECT

    const QDateTime now{QDate(2026, 11, 25), QTime(12, 0), Qt::UTC};

    static Amount amount(const char *text) { return *Amount::fromCanonical(QString::fromLatin1(text)); }

    InvoiceRecord invoice(const char *price = "10", const char *currency = "USD")
    {
        InvoiceRecord r;
        r.id = 1;
        r.state = InvoiceState::Open;
        r.fields.orderId = QStringLiteral("TILL-1");
        r.fields.price = amount(price);
        r.fields.currency = QLatin1String(currency);
        r.expiresAt = now.addSecs(3600);
        return r;
    }

    RemoteInvoice entry(const char *price = "10", const char *currency = "USD")
    {
        RemoteInvoice e;
        e.orderId = QStringLiteral("TILL-1");
        e.price = amount(price);
        e.priceCurrency = QLatin1String(currency);
        e.expiresAt = now.addSecs(3600);
        return e;
    }

private slots:
    void aCoinPaymentIsNeverComparedWithAFiatPrice()
    {
        // A full bitcoin payment of a 10 USD invoice, not yet confirmed.
        RemoteInvoice e = entry();
        e.amount = amount("0.00016667");
        e.amountCurrency = QStringLiteral("BTC");
        const PaymentStatus seen = PaymentRule::statusOf(invoice(), e, now);
        QCOMPARE(seen.state, InvoiceState::PaymentSeen);
        QCOMPARE(seen.paid()->unit, QStringLiteral("BTC"));
        QVERIFY(!PaymentRule::missing(invoice(), *seen.paid()));
        // Confirmed: paid.
        e.paid = true;
        QCOMPARE(PaymentRule::statusOf(invoice(), e, now).state, InvoiceState::Paid);
    }

    void aPartPaymentInAnotherCoinIsSeenNotWaiting()
    {
        RemoteInvoice e = entry();
        e.amount = amount("13.3");
        e.amountCurrency = QStringLiteral("TRX");
        QCOMPARE(PaymentRule::statusOf(invoice(), e, now).state, InvoiceState::PaymentSeen);
        // Past its expiry, still unconfirmed: still "payment seen", and what came
        // in is kept (never "underpaid" by a made-up comparison, never expired).
        const PaymentStatus later = PaymentRule::statusOf(invoice(), e, now.addSecs(7200));
        QCOMPARE(later.state, InvoiceState::PaymentSeen);
        QVERIFY(!later.expiryConfirmed);
        QCOMPARE(later.paid()->amount, amount("13.3"));
    }

    // A bitcoin payment made on time waits for confirmations past the expiry:
    // it is never called expired, and once confirmed it is paid, not paid late.
    void aPaymentSeenOnTimeIsPaidWhenConfirmedAfterExpiry()
    {
        InvoiceRecord r = invoice();
        RemoteInvoice e = entry();
        e.amount = amount("0.00016667");
        e.amountCurrency = QStringLiteral("BTC");
        PaymentStatus status = PaymentRule::statusOf(r, e, now.addSecs(3540));
        QCOMPARE(status.state, InvoiceState::PaymentSeen);
        r.state = status.state;
        r.paidAmount = status.paidAmount;
        r.paidCurrency = status.paidCurrency;
        status = PaymentRule::statusOf(r, e, now.addSecs(3600 + 120));
        QCOMPARE(status.state, InvoiceState::PaymentSeen);
        QVERIFY(!status.expiryConfirmed);
        r.expiryConfirmed = status.expiryConfirmed;
        e.paid = true;
        QCOMPARE(PaymentRule::statusOf(r, e, now.addSecs(3600 + 3 * 3600)).state, InvoiceState::Paid);
    }

    void underpaidWhereTheCoinAmountAskedIsKnown()
    {
        InvoiceRecord r = invoice();
        r.fields.whiteLabel = true;
        r.coin = QStringLiteral("BTC");
        r.network = QStringLiteral("BTC");
        r.coinAmount = amount("0.00016667");
        RemoteInvoice e = entry();
        e.amount = amount("0.0001");
        e.amountCurrency = QStringLiteral("BTC");
        const PaymentStatus status = PaymentRule::statusOf(r, e, now);
        QCOMPARE(status.state, InvoiceState::Underpaid);
        const auto missing = PaymentRule::missing(r, *status.paid());
        QVERIFY(missing);
        QCOMPARE(missing->amount.toCanonical(), QStringLiteral("0.00006667"));
        QCOMPARE(missing->unit, QStringLiteral("BTC"));
        // All of it seen, not yet confirmed: waiting for the gateway, not underpaid.
        e.amount = amount("0.00016667");
        QCOMPARE(PaymentRule::statusOf(r, e, now).state, InvoiceState::PaymentSeen);
    }

    void theToleranceIsInUsdtAndOnlyForUsdt()
    {
        InvoiceRecord r = invoice("5");
        r.fields.whiteLabel = true;
        r.fields.margin = amount("1");
        r.coin = QStringLiteral("USDT");
        r.network = QStringLiteral("TRC20");
        r.coinAmount = amount("5");
        RemoteInvoice e = entry("5");
        e.amountCurrency = QStringLiteral("USDT-TRC20");
        e.amount = amount("4");
        QCOMPARE(PaymentRule::statusOf(r, e, now).state, InvoiceState::PaymentSeen);
        e.amount = amount("3");
        QCOMPARE(PaymentRule::statusOf(r, e, now).state, InvoiceState::Underpaid);
        // The same shortfall in bitcoin is not covered by a USDT tolerance.
        r.coin = QStringLiteral("BTC");
        r.network = QStringLiteral("BTC");
        r.coinAmount = amount("5");
        e.amountCurrency = QStringLiteral("BTC");
        e.amount = amount("4.5");
        QCOMPARE(PaymentRule::statusOf(r, e, now).state, InvoiceState::Underpaid);
    }

    void aPriceInTheCoinItselfCanBeShort()
    {
        RemoteInvoice e = entry("20", "USDT");
        e.amount = amount("12");
        e.amountCurrency = QStringLiteral("USDT");
        QCOMPARE(PaymentRule::statusOf(invoice("20", "USDT"), e, now).state, InvoiceState::Underpaid);
    }

    void expiryIsProvisionalUntilTheGatewaySaysSo()
    {
        // The till's countdown ran out before the next question; the gateway says
        // it was paid: paid, not paid late.
        InvoiceRecord r = invoice();
        r.state = InvoiceState::Expired;
        r.expiresAt = now.addSecs(-10);
        RemoteInvoice e = entry();
        e.expiresAt = r.expiresAt;
        e.paid = true;
        QCOMPARE(PaymentRule::statusOf(r, e, now).state, InvoiceState::Paid);
        // Once a gateway answer showed it unpaid past its expiry, a later payment
        // is paid late.
        e.paid = false;
        const PaymentStatus confirmed = PaymentRule::statusOf(r, e, now);
        QCOMPARE(confirmed.state, InvoiceState::Expired);
        QVERIFY(confirmed.expiryConfirmed);
        r.expiryConfirmed = true;
        e.paid = true;
        QCOMPARE(PaymentRule::statusOf(r, e, now).state, InvoiceState::PaidLate);
    }

    void expiryIsJudgedByTheGatewaysClock()
    {
        // The till's clock is three hours ahead of the gateway's (its answer's
        // Date); by the gateway's dates the invoice has an hour left.
        const QDateTime gatewayNow = now.addSecs(-3 * 3600);
        InvoiceRecord r = invoice();
        r.state = InvoiceState::Expired; // the countdown on the fast clock
        RemoteInvoice e = entry();
        e.expiresAt = gatewayNow.addSecs(3600);
        const PaymentStatus status = PaymentRule::statusOf(r, e, now, gatewayNow);
        QCOMPARE(status.state, InvoiceState::Open);
        QVERIFY(!status.expiryConfirmed);
        // The expiry is kept on the till's clock: the countdown shows an hour.
        QCOMPARE(status.expiresAt, now.addSecs(3600));
        // A second or two apart is the same clock.
        QCOMPARE(PaymentRule::statusOf(r, entry(), now, now.addSecs(-2)).expiresAt, entry().expiresAt);
        // The next answer's Date is a second off: the expiry learnt stays as it was.
        r.expiresAt = status.expiresAt;
        QCOMPARE(PaymentRule::statusOf(r, e, now.addSecs(5), gatewayNow.addSecs(4)).expiresAt, r.expiresAt);
    }

    void matchesOnOrderPriceAndCurrency()
    {
        const InvoiceRecord r = invoice();
        QVERIFY(!PaymentRule::match(r, {}).found);

        PaymentRule::Match m = PaymentRule::match(r, {entry()});
        QVERIFY(m.remote && m.conflict.isEmpty());

        // The same order number from another sale: another price or currency.
        RemoteInvoice other = entry("30");
        other.paid = true;
        m = PaymentRule::match(r, {other});
        QVERIFY(!m.remote);
        QVERIFY(m.found);
        QVERIFY(m.conflict.contains(QStringLiteral("TILL-1")));
        m = PaymentRule::match(r, {entry("10", "EUR")});
        QVERIFY(!m.remote && !m.conflict.isEmpty());
        // Ours beside another sale's: ours is the one that counts.
        // Match points into the list: keep the list alive while m.remote is read.
        const QList<RemoteInvoice> both{other, entry()};
        m = PaymentRule::match(r, both);
        QVERIFY(m.remote && !m.remote->paid);
        // Two entries of ours that agree: one; that disagree: a conflict.
        m = PaymentRule::match(r, {entry(), entry()});
        QVERIFY(m.remote && m.conflict.isEmpty());
        RemoteInvoice paidTwin = entry();
        paidTwin.paid = true;
        m = PaymentRule::match(r, {entry(), paidTwin});
        QVERIFY(!m.remote && !m.conflict.isEmpty());
        // Another order number is never ours.
        RemoteInvoice elsewhere = entry();
        elsewhere.orderId = QStringLiteral("TILL-2");
        QVERIFY(!PaymentRule::match(r, {elsewhere}).found);
    }

    void theGatewaysFeeMayRaiseThePrice()
    {
        InvoiceRecord r = invoice();
        const QList<RemoteInvoice> withFee{entry("10.3")};
        QVERIFY(PaymentRule::match(r, withFee).remote);
        const QList<RemoteInvoice> lower{entry("9.7")};
        QVERIFY(!PaymentRule::match(r, lower).remote);
        // More than twice the price is no fee, unless the fee was asked for.
        const QList<RemoteInvoice> muchHigher{entry("25")};
        QVERIFY(!PaymentRule::match(r, muchHigher).remote);
        r.fields.addFeeToPrice = true;
        QVERIFY(PaymentRule::match(r, muchHigher).remote);
        // Small prices in any currency (5 TRY is about 0.15 USD) get the fee by
        // themselves: not a conflict.
        const QList<RemoteInvoice> lira{entry("5.5", "TRY")};
        QVERIFY(PaymentRule::match(invoice("5", "TRY"), lira).remote);
        // The exact price wins over a higher one when both are there.
        const QList<RemoteInvoice> both{entry("10.3"), entry("10")};
        QCOMPARE(PaymentRule::match(invoice(), both).remote->price, amount("10"));
    }

    void aConflictKeepsWhatWasKnown()
    {
        InvoiceRecord r = invoice();
        r.paidAmount = amount("1");
        r.paidCurrency = QStringLiteral("USDT");
        const PaymentStatus status = PaymentRule::conflictOf(r, QStringLiteral("why"));
        QCOMPARE(status.state, InvoiceState::Conflict);
        QCOMPARE(status.note, QStringLiteral("why"));
        QCOMPARE(status.paidAmount, r.paidAmount);
    }
};

QTEST_GUILESS_MAIN(TestPaymentRule)
#include "tst_paymentrule.moc"
