// Makes the demo invoices and their changes of state, row by row, into batches.
#pragma once

#include "history/DemoHistory.h"
#include "history/demo/DemoBatch.h"
#include "history/demo/DemoCalendar.h"
#include "history/demo/DemoCatalogue.h"
#include "history/demo/DemoRandom.h"
#include "invoice/Amount.h"

#include <QLatin1String>
#include <QList>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace Demo {
struct Customer {
    std::string email;
    std::string id;
};

class Generator
{
public:
    // The columns written, in the order of Value.
    enum Value {
        OrderIdV, CreatedAtV, UpdatedAtV, StateV, PriceAmountV, PriceUnitsV, PriceCurrencyV, EmailV, TitleV,
        DescriptionV, TestV, AddFeeV, MarginV, ExpiryHoursV, TemplateV, CustomerIdV, BannedCoinsV, WhiteLabelV,
        PaymentUrlV, FailureTextV, GatewayMessagesV, ExpiresAtV, PaidAmountV, PaidCurrencyV, GatewayV,
        CoinOffersV, CoinV, NetworkV, CoinAddressV, CoinAmountV, ExpiryConfirmedV, ValueCount
    };
    static QList<QLatin1String> columns();

    Generator(const DemoHistory::Options &options, qint64 nowMs, qint64 customers);

    // Makes the invoice of `slot` at the end of `batch`.
    void make(const Slot &slot, Batch &batch);

private:
    struct Event {
        qint64 atMs;
        State state;
        Cell raw;
    };
    // What a get_invoices answer says of the invoice.
    struct Answer {
        Amount price;
        std::string currency;
        const Customer *customer;
        qint64 created;
        qint64 expires;
        bool test;
        qint64 gatewayId;
        Cell orderId;
        Cell title;
    };

    void finish(Cell *v, Batch &batch, State state);

    // TILL-YYMMDD-HHMMSS-XXX, as OrderIdGenerator makes them, unique among the
    // demo invoices: only those of the same second can share one, and they
    // come one after the other.
    Cell orderId(qint64 createdMs, Batch &batch);

    Cell invoicesAnswer(Batch &batch, const Answer &a, bool paid, const std::optional<Amount> &amount, const char *coin);

    static void appendEscaped(std::string &out, const std::string &text);

    void appendRandom(std::string &out, int length, const char *alphabet);

    void appendAddress(std::string &out, AddressKind kind);

    // No 0/O or 1/I, as OrderIdGenerator: the number is read aloud.
    static constexpr const char *OrderAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    Random m_random;
    std::string m_tillCode;
    qint64 m_nowMs;
    std::vector<Customer> m_customers;
    std::string m_refusedText;
    std::string m_unreachableText;
    std::string m_timeoutText;
    std::string m_lostText;
    std::string m_gateway;
    std::vector<std::string> m_refusals;
    std::array<std::string, 16> m_stateNames;
    std::vector<Event> m_events;
    qint64 m_second = -1;
    std::vector<std::string> m_usedThisSecond;
};
} // namespace Demo
