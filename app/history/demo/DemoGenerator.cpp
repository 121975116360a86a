#include "history/demo/DemoGenerator.h"

#include "gateway/GatewayResult.h"
#include "gateway/PaymentRule.h"
#include "gateway/RemoteInvoice.h"
#include "history/demo/DemoText.h"
#include "history/demo/DemoTime.h"
#include "store/InvoiceRecord.h"
#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"

#include <algorithm>

using namespace InvoiceSchema;

namespace Demo {
namespace {
// Rounds a price in cents as shops write them: 3.50, 2.99, 12.90, 149.00, 1,890.
qint64 shopCents(qint64 cents, Random &random)
{
    auto roundTo = [](qint64 value, qint64 step) { return std::max(step, (value + step / 2) / step * step); };
    if (cents < 1000) {
        const qint64 c = roundTo(cents, 10);
        return random.chance(0.3) ? c - 1 : c;
    }
    if (cents < 10000) {
        const qint64 c = roundTo(cents, 50);
        const double roll = random.unit();
        return roll < 0.35 ? c - 1 : roll < 0.55 ? roundTo(cents, 100) : c;
    }
    if (cents < 100000) {
        const qint64 c = roundTo(cents, 500);
        const double roll = random.unit();
        return roll < 0.3 ? c - 100 : roll < 0.5 ? c - 1 : c;
    }
    const qint64 c = roundTo(cents, 1000);
    return random.chance(0.4) ? c - 100 : c;
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}
} // namespace

QList<QLatin1String> Generator::columns()
{
    using namespace Col;
    return {OrderId, CreatedAt, UpdatedAt, Col::State, PriceAmount, PriceUnits, PriceCurrency, Email, Title,
            Description, Test, AddFee, Margin, ExpiryHours, Template, CustomerId, BannedCoins, WhiteLabel,
            PaymentUrl, FailureText, GatewayMessages, ExpiresAt, PaidAmount, PaidCurrency, Gateway,
            CoinOffers, Coin, Network, CoinAddress, CoinAmount, ExpiryConfirmed};
}

Generator::Generator(const DemoHistory::Options &options, qint64 nowMs, qint64 customers)
    : m_random(options.seed ^ 0x5bd1e995u), m_tillCode(utf8(options.tillCode)), m_nowMs(nowMs)
{
    Random people(options.seed ^ 0x27d4eb2fu);
    m_customers.reserve(size_t(customers));
    for (qint64 i = 0; i < customers; ++i) {
        const std::string first = people.pick(FirstNames);
        const std::string last = people.pick(LastNames);
        const std::string domain = people.pick(Domains);
        std::string number;
        appendDigits(number, people.between(1, 99), 2);
        std::string local;
        switch (people.below(5)) {
        case 0: local = first + '.' + last + number; break;
        case 1: local = first + '_' + last; break;
        case 2: local = first.substr(0, 1) + '.' + last; break;
        case 3: local = first + number; break;
        default: local = first + '.' + last; break;
        }
        Customer customer{local + '@' + domain, std::string()};
        if (people.chance(0.6))
            customer.id = std::to_string(people.between(10000, 99999999));
        m_customers.push_back(std::move(customer));
    }
    // The engine's own sentences, in the till's language.
    GatewayResult refused;
    refused.outcome = GatewayResult::Outcome::Rejected;
    m_refusedText = utf8(refused.cashierText());
    m_unreachableText = utf8(GatewayResult::transportFailure(GatewayResult::Failure::ConnectionRefused).cashierText());
    m_timeoutText = utf8(GatewayResult::transportFailure(GatewayResult::Failure::Timeout).cashierText());
    m_lostText = utf8(GatewayResult::transportFailure(GatewayResult::Failure::ConnectionLost).cashierText());
    m_gateway = utf8(DemoHistory::gatewayName());
    for (State state : InvoiceStates::all())
        m_stateNames[size_t(state)] = utf8(InvoiceStates::storageName(state));
    for (const char *message : Refusals)
        m_refusals.push_back(utf8(InvoiceRow::jsonList({QString::fromLatin1(message)})));
}

void Generator::make(const Slot &slot, Batch &batch)
{
    Random &r = m_random;
    std::string &t = batch.text;
    const size_t first = batch.cells.size();
    batch.cells.resize(first + ValueCount);
    Cell *v = batch.cells.data() + first;
    m_events.clear();
    const qint64 created = slot.createdMs;
    const State state = slot.state;

    v[OrderIdV] = orderId(created, batch);

    // What was sold, in which currency, for how much.
    const Item &item = Items[r.weighted(Items)];
    const qint64 usdCents = item.maxCents == 0 ? r.pick(GiftCardCents) : r.between(item.minCents, item.maxCents);
    int quantity = 1;
    if (item.maxCents != 0 && item.maxCents < 1000 && r.chance(0.18))
        quantity = r.between(2, 4);
    const Currency &currency = Currencies[r.weighted(Currencies)];
    Amount price;
    if (currency.decimals == 2) {
        const qint64 local = item.maxCents == 0 && currency.usdMicros == 1'000'000
                ? usdCents
                : shopCents(usdCents * 1'000'000 / currency.usdMicros, r);
        price = Amount::fromDecimal(local * quantity, 2);
    } else {
        // A coin price: 10^-8 units, rounded to a few significant digits.
        const qint64 units = usdCents * 1'000'000'000'000 / currency.usdMicros;
        const qint64 step = units >= 10'000'000 ? 100'000 : units >= 100'000 ? 1000 : 10;
        price = Amount::fromDecimal(std::max(step, units / step * step) * quantity, 8);
    }
    const std::string currencyCode = currency.code;
    const bool coinPriced = currency.decimals != 2 || currencyCode == "USDT";
    {
        const Cell title = batch.open();
        if (quantity > 1) {
            appendDigits(t, quantity, 1);
            t += " \xc3\x97 "; // ×
        }
        t += item.title;
        v[TitleV] = batch.close(title);
    }
    const Cell priceText = batch.open();
    appendAmount(t, price);
    v[PriceAmountV] = batch.close(priceText);
    v[PriceUnitsV] = batch.number(price.sortKey());
    v[PriceCurrencyV] = batch.put(currency.code);

    bool whiteLabel = r.chance(0.12);
    // "Underpaid" needs a payment in the unit asked: the chosen coin of a
    // white-label invoice, or the coin an invoice is priced in.
    if (state == State::Underpaid && !coinPriced)
        whiteLabel = true;
    const bool test = r.chance(0.03);
    if (r.chance(0.12)) {
        if (r.chance(0.4)) {
            const Cell table = batch.open();
            t += "Table ";
            appendDigits(t, r.between(1, 24), 1);
            v[DescriptionV] = batch.close(table);
        } else {
            v[DescriptionV] = batch.put(r.pick(Descriptions));
        }
    }
    const Customer *customer = nullptr;
    if (r.chance(0.55)) {
        // Regulars come back: a few customers make many of the sales.
        const double roll = r.unit();
        customer = &m_customers[size_t(double(m_customers.size()) * roll * roll)];
        v[EmailV] = batch.put(customer->email);
        if (!customer->id.empty())
            v[CustomerIdV] = batch.put(customer->id);
    }
    v[TestV] = batch.number(test);
    v[AddFeeV] = batch.number(r.chance(0.08));
    if (r.chance(0.04))
        v[MarginV] = batch.put(r.chance(0.5) ? "1" : "0.5");
    const double hoursRoll = r.unit();
    int expiryHours = hoursRoll < 0.6 ? 0 : hoursRoll < 0.85 ? 24 : hoursRoll < 0.95 ? 12 : 48;
    // An open one is of the last hours and must outlive the run by a day
    // or so: the poller expires what is past its time at start.
    if (state == State::Open && expiryHours == 12)
        expiryHours = 24;
    v[ExpiryHoursV] = batch.number(expiryHours);
    const char *pageTemplate = nullptr;
    if (!whiteLabel && r.chance(0.1)) {
        pageTemplate = r.pick(Templates);
        v[TemplateV] = batch.put(pageTemplate);
    }
    if (r.chance(0.05))
        v[BannedCoinsV] = batch.put(r.chance(0.5) ? "[\"BTC\"]" : "[\"ETH\",\"USDT-ERC20\"]");
    v[WhiteLabelV] = batch.number(whiteLabel);
    v[GatewayV] = batch.put(m_gateway);
    v[ExpiryConfirmedV] = batch.number(0);

    // Its life, change by change.
    const qint64 gatewayId = 100000 + r.below64(9'900'000);
    const qint64 expires = created + qint64(expiryHours == 0 ? 48 : expiryHours) * HourMs;
    const qint64 openedAt = created + r.between(250, 1500);
    m_events.push_back({created, State::Sending, Cell()});

    if (state == State::Failed) {
        const qint64 at = created + r.between(200, 3000);
        if (r.chance(0.7)) {
            const int which = r.below(int(m_refusals.size()));
            v[FailureTextV] = batch.put(m_refusedText);
            v[GatewayMessagesV] = batch.put(m_refusals[size_t(which)]);
            const Cell raw = batch.open();
            t += "{\"status\":\"error\",\"message\":";
            t += m_refusals[size_t(which)];
            t += '}';
            m_events.push_back({at, State::Failed, batch.close(raw)});
        } else {
            v[FailureTextV] = batch.put(m_unreachableText);
            m_events.push_back({at, State::Failed, Cell()});
        }
        return finish(v, batch, state);
    }
    if (state == State::Unknown) {
        v[FailureTextV] = batch.put(r.chance(0.7) ? m_timeoutText : m_lostText);
        m_events.push_back({created + 30 * SecondMs, State::Unknown, Cell()});
        return finish(v, batch, state);
    }

    // The gateway made it.
    const Cell expiresText = batch.open();
    appendUtc(t, expires);
    v[ExpiresAtV] = batch.close(expiresText);
    Answer answer{price, currencyCode, customer, created, expires, test, gatewayId, v[OrderIdV], v[TitleV]};
    if (state == State::Conflict) {
        // Sent, the answer lost, then found at the gateway under another sale.
        m_events.push_back({created + 30 * SecondMs, State::Unknown, Cell()});
        InvoiceRecord record;
        record.fields.orderId = QString::fromStdString(batch.string(v[OrderIdV]));
        record.fields.price = price;
        record.fields.currency = QString::fromStdString(currencyCode);
        RemoteInvoice other;
        other.orderId = record.fields.orderId;
        other.price = Amount::fromDecimal(price.sortKey() / 2 + 1, 8);
        other.priceCurrency = record.fields.currency;
        v[FailureTextV] = batch.put(utf8(PaymentRule::match(record, {other}).conflict));
        Answer theirs = answer;
        theirs.price = other.price;
        theirs.gatewayId = gatewayId + 1;
        m_events.push_back({created + r.between(2, 30) * MinuteMs, State::Conflict,
                            invoicesAnswer(batch, theirs, false, std::nullopt, nullptr)});
        return finish(v, batch, state);
    }
    Cell offers;
    if (whiteLabel) {
        offers = batch.open();
        t += '[';
        for (const PayCoin &offer : PayCoins) {
            if (&offer != PayCoins)
                t += ',';
            t += "{\"invoice_id\":\"";
            appendDigits(t, gatewayId, 1);
            t += "\",\"name\":\"";
            t += offer.coin;
            t += "\",\"network\":\"";
            t += offer.network;
            t += "\"}";
        }
        t += ']';
        v[CoinOffersV] = offers = batch.close(offers);
    } else {
        const Cell url = batch.open();
        t += "https://payid19.com/invoice/";
        appendRandom(t, 20, "abcdefghijklmnopqrstuvwxyz0123456789");
        if (pageTemplate) {
            t += '/';
            t += pageTemplate;
        }
        v[PaymentUrlV] = batch.close(url);
    }
    {
        // The create answer: the page's address, or the coin list as a
        // string that holds JSON.
        const std::string said = batch.string(whiteLabel ? offers : v[PaymentUrlV]);
        const Cell raw = batch.open();
        t += "{\"status\":\"success\",\"message\":\"";
        appendEscaped(t, said);
        t += "\"}";
        m_events.push_back({openedAt, State::Open, batch.close(raw)});
    }

    // The coin the customer pays with, and how much of it is asked.
    const PayCoin *coin = &PayCoins[r.weighted(PayCoins)];
    if (coinPriced && !whiteLabel && r.chance(0.8)) {
        for (const PayCoin &same : PayCoins) {
            if (currencyCode == same.coin) {
                coin = &same;
                break;
            }
        }
    }
    const Amount asked = currencyCode == coin->coin
            ? price
            : price.mulDiv(currency.usdMicros, coin->usdMicros, coin->decimals, Amount::Rounding::HalfUp).value_or(price);
    const bool choseCoin = whiteLabel && (state != State::Open && state != State::Expired ? true : r.chance(0.5));
    if (choseCoin) {
        v[CoinV] = batch.put(coin->coin);
        v[NetworkV] = batch.put(coin->network);
        const Cell address = batch.open();
        appendAddress(t, coin->address);
        v[CoinAddressV] = batch.close(address);
        const Cell amount = batch.open();
        appendAmount(t, asked);
        v[CoinAmountV] = batch.close(amount);
        const std::string where = batch.string(v[CoinAddressV]);
        const Cell raw = batch.open();
        t += "{\"status\":\"success\",\"address\":\"";
        t += where;
        t += "\",\"amount\":\"";
        appendFixed(t, asked, coin->decimals);
        t += "\"}";
        m_events.push_back({openedAt + r.between(15, 120) * SecondMs, State::Open, batch.close(raw)});
    }
    auto paidWith = [&](const Amount &amount) {
        const Cell paid = batch.open();
        appendAmount(t, amount);
        v[PaidAmountV] = batch.close(paid);
        v[PaidCurrencyV] = batch.put(coin->coin);
    };
    const qint64 lastChoice = m_events.back().atMs;
    switch (state) {
    case State::Paid: {
        // Now and then a little more than asked (a rounded transfer).
        const Amount amount = r.chance(0.05) ? asked + Amount::fromDecimal(1, coin->decimals) : asked;
        paidWith(amount);
        qint64 at = lastChoice + r.between(30, 900) * SecondMs;
        // Bitcoin is often seen before it is confirmed (not for a white-label
        // one, whose coin choice is already one more change).
        if (coin->address == AddressKind::Bitcoin && !whiteLabel && r.chance(0.5)) {
            m_events.push_back({at, State::PaymentSeen, invoicesAnswer(batch, answer, false, amount, coin->coin)});
            at += r.between(10, 40) * MinuteMs;
        }
        m_events.push_back({at, State::Paid, invoicesAnswer(batch, answer, true, amount, coin->coin)});
        break;
    }
    case State::Underpaid: {
        const Amount amount =
                asked.mulDiv(r.between(50, 98), 100, coin->decimals, Amount::Rounding::Down).value_or(Amount());
        paidWith(amount);
        m_events.push_back({lastChoice + r.between(60, 1800) * SecondMs, State::Underpaid,
                            invoicesAnswer(batch, answer, false, amount, coin->coin)});
        break;
    }
    case State::PaymentSeen:
        paidWith(asked);
        m_events.push_back({lastChoice + r.between(60, 900) * SecondMs, State::PaymentSeen,
                            invoicesAnswer(batch, answer, false, asked, coin->coin)});
        break;
    case State::Expired:
        v[ExpiryConfirmedV] = batch.number(1);
        m_events.push_back({expires + r.between(5, 900) * SecondMs, State::Expired,
                            invoicesAnswer(batch, answer, false, std::nullopt, nullptr)});
        break;
    case State::PaidLate: {
        v[ExpiryConfirmedV] = batch.number(1);
        const qint64 expiredAt = expires + r.between(5, 900) * SecondMs;
        m_events.push_back({expiredAt, State::Expired, invoicesAnswer(batch, answer, false, std::nullopt, nullptr)});
        paidWith(asked);
        m_events.push_back({expiredAt + r.between(10, 3 * 24 * 60) * MinuteMs, State::PaidLate,
                            invoicesAnswer(batch, answer, true, asked, coin->coin)});
        break;
    }
    default:
        break;
    }
    finish(v, batch, state);
}

void Generator::finish(Cell *v, Batch &batch, State state)
{
    std::string &t = batch.text;
    for (const Event &event : m_events) {
        const Cell at = batch.open();
        // Nothing happens after the moment the history ends.
        appendUtc(t, std::min(event.atMs, m_nowMs));
        batch.events.push_back({batch.rows, batch.close(at), batch.put(m_stateNames[size_t(event.state)]), event.raw});
    }
    v[StateV] = batch.put(m_stateNames[size_t(state)]);
    v[CreatedAtV] = batch.events[batch.events.size() - m_events.size()].at;
    v[UpdatedAtV] = batch.events.back().at;
    ++batch.rows;
}

Cell Generator::orderId(qint64 createdMs, Batch &batch)
{
    const qint64 second = createdMs / SecondMs;
    if (second != m_second) {
        m_second = second;
        m_usedThisSecond.clear();
    }
    std::string &t = batch.text;
    const Cell cell = batch.open();
    const Moment m(createdMs);
    t += m_tillCode;
    t += '-';
    appendDigits(t, m.date.year % 100, 2);
    appendDigits(t, m.date.month, 2);
    appendDigits(t, m.date.day, 2);
    t += '-';
    appendDigits(t, m.hour(), 2);
    appendDigits(t, m.minute(), 2);
    appendDigits(t, m.second(), 2);
    t += '-';
    const size_t suffix = t.size();
    do {
        t.resize(suffix);
        appendRandom(t, 3, OrderAlphabet);
    } while (std::find(m_usedThisSecond.begin(), m_usedThisSecond.end(), t.substr(suffix)) != m_usedThisSecond.end());
    m_usedThisSecond.push_back(t.substr(suffix));
    return batch.close(cell);
}

Cell Generator::invoicesAnswer(Batch &batch, const Answer &a, bool paid, const std::optional<Amount> &amount, const char *coin)
{
    // A string that holds a JSON array (payid19-api.md): quotes escaped.
    std::string &t = batch.text;
    const Cell cell = batch.open();
    t += "{\"status\":\"success\",\"message\":\"[{\\\"id\\\":";
    appendDigits(t, a.gatewayId, 1);
    t += ",\\\"order_id\\\":\\\"";
    t += batch.string(a.orderId);
    t += "\\\",\\\"email\\\":";
    if (a.customer) {
        t += "\\\"";
        t += a.customer->email;
        t += "\\\"";
    } else {
        t += "null";
    }
    t += ",\\\"title\\\":\\\"";
    t += batch.string(a.title);
    t += "\\\",\\\"price_amount\\\":\\\"";
    appendFixed(t, a.price, 8);
    t += "\\\",\\\"price_currency\\\":\\\"";
    t += a.currency;
    t += "\\\",\\\"amount\\\":";
    if (amount) {
        t += "\\\"";
        appendFixed(t, *amount, 8);
        t += "\\\",\\\"amount_currency\\\":\\\"";
        t += coin;
        t += "\\\"";
    } else {
        t += "null,\\\"amount_currency\\\":null";
    }
    t += paid ? ",\\\"status\\\":1" : ",\\\"status\\\":0";
    t += a.test ? ",\\\"test\\\":1" : ",\\\"test\\\":0";
    t += ",\\\"created_at\\\":\\\"";
    appendGatewayTime(t, a.created);
    t += "\\\",\\\"expiration_date\\\":\\\"";
    appendGatewayTime(t, a.expires);
    t += "\\\"}]\"}";
    return batch.close(cell);
}

void Generator::appendEscaped(std::string &out, const std::string &text)
{
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
}

void Generator::appendRandom(std::string &out, int length, const char *alphabet)
{
    const int size = int(qstrlen(alphabet));
    for (int i = 0; i < length; ++i)
        out += alphabet[m_random.below(size)];
}

void Generator::appendAddress(std::string &out, AddressKind kind)
{
    static const char Base58[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    static const char Bech32[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    switch (kind) {
    case AddressKind::Tron: out += 'T'; return appendRandom(out, 33, Base58);
    case AddressKind::Hex: out += "0x"; return appendRandom(out, 40, "0123456789abcdef");
    case AddressKind::Bitcoin: out += "bc1q"; return appendRandom(out, 38, Bech32);
    case AddressKind::Litecoin: out += "ltc1q"; return appendRandom(out, 38, Bech32);
    }
}
} // namespace Demo
