#include "history/DemoHistory.h"

#include "gateway/GatewayResult.h"
#include "gateway/PaymentRule.h"
#include "gateway/RemoteInvoice.h"
#include "invoice/Amount.h"
#include "invoice/InvoiceState.h"
#include "store/InvoiceRecord.h"
#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"
#include "store/InvoiceStore.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <vector>

using namespace InvoiceSchema;

namespace {
using State = InvoiceState;

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

// ---------------------------------------------------------------------------
// What the shop sells, what it charges in and what its customers pay with.
// Prices in US cents; converted to the invoice's currency and rounded the way
// shops round them.

struct Item {
    const char *title;
    int minCents;
    int maxCents; // 0: one of GiftCardCents
    int weight;
};
const Item Items[] = {
    {"Espresso", 250, 380, 140},        {"Double espresso", 320, 450, 60},  {"Cappuccino", 350, 520, 120},
    {"Latte macchiato", 380, 560, 80},  {"Tea", 250, 350, 50},              {"Croissant", 220, 350, 60},
    {"Sandwich", 550, 990, 70},         {"Lunch menu", 990, 1650, 90},      {"Salad bowl", 890, 1390, 40},
    {"Pizza Margherita", 900, 1400, 40}, {"Burger menu", 1190, 1690, 40},   {"Dinner for two", 4500, 9500, 25},
    {"Bottle of wine", 1800, 6500, 15}, {"Haircut", 2500, 4500, 45},        {"Beard trim", 1500, 2500, 20},
    {"Manicure", 2500, 4000, 15},       {"Massage, 60 min", 5500, 9000, 12}, {"T-shirt", 1500, 3500, 25},
    {"Jeans", 4900, 11900, 15},         {"Sneakers", 6900, 17900, 12},      {"Winter jacket", 12900, 34900, 6},
    {"Headphones", 4900, 29900, 8},     {"Phone case", 1290, 3490, 12},     {"Phone repair", 4900, 18900, 8},
    {"Bicycle service", 3500, 12000, 6}, {"Book", 990, 2990, 15},           {"Flowers", 1990, 5990, 12},
    {"Gift card", 0, 0, 8},             {"Concert ticket", 3500, 12000, 8}, {"Taxi ride", 800, 4500, 15},
    {"Parking", 300, 1200, 15},         {"Car wash", 1200, 3500, 10},       {"Gym, one month", 2900, 5900, 8},
    {"Language course", 19000, 49000, 3}, {"Laptop", 69900, 189900, 2},     {"Watch", 24900, 149900, 2},
};
const int GiftCardCents[] = {2500, 5000, 10000, 25000};

// Units of the price currencies and coins, in millionths of a US dollar.
struct Currency {
    const char *code;
    int weight;
    qint64 usdMicros;
    int decimals; // of its prices: 2 for money, 8 for a coin
};
const Currency Currencies[] = {
    {"USD", 600, 1'000'000, 2}, {"EUR", 190, 1'080'000, 2}, {"GBP", 80, 1'270'000, 2}, {"TRY", 90, 30'000, 2},
    // Priced in a coin: a few shops do.
    {"USDT", 30, 1'000'000, 2}, {"BTC", 6, 60'000'000'000, 8}, {"ETH", 4, 3'000'000'000, 8},
};

enum class AddressKind { Tron, Hex, Bitcoin, Litecoin };
struct PayCoin {
    const char *coin;
    const char *network;
    int weight;
    qint64 usdMicros;
    int decimals;
    AddressKind address;
};
const PayCoin PayCoins[] = {
    {"USDT", "TRC20", 40, 1'000'000, 6, AddressKind::Tron},
    {"USDT", "ERC20", 8, 1'000'000, 6, AddressKind::Hex},
    {"USDT", "BEP20", 7, 1'000'000, 6, AddressKind::Hex},
    {"BTC", "BTC", 15, 60'000'000'000, 8, AddressKind::Bitcoin},
    {"ETH", "ETH", 10, 3'000'000'000, 8, AddressKind::Hex},
    {"TRX", "TRX", 8, 120'000, 6, AddressKind::Tron},
    {"LTC", "LTC", 6, 80'000'000, 8, AddressKind::Litecoin},
    {"BNB", "BNB", 6, 550'000'000, 8, AddressKind::Hex},
};

const char *const FirstNames[] = {
    "anna", "ben", "carla", "david", "elif", "felix", "greta", "hasan", "ines", "jonas", "kerem", "lena",
    "marco", "nina", "oscar", "paula", "quentin", "rosa", "selin", "tom", "ulla", "victor", "wanda", "yusuf",
    "zeynep", "alex", "maria", "james", "sofia", "lucas", "emma", "noah", "mia", "leon", "clara", "omar",
    "julia", "mehmet", "sarah", "daniel", "ayse", "peter", "laura", "emre", "hannah", "luis", "olga", "ivan",
};
const char *const LastNames[] = {
    "smith", "mueller", "yilmaz", "garcia", "rossi", "dubois", "novak", "kaya", "schmidt", "jones", "demir",
    "fischer", "martin", "lopez", "weber", "brown", "celik", "wagner", "bianchi", "moreau", "sahin", "becker",
    "taylor", "hoffmann", "silva", "kowalski", "ozturk", "schulz", "wilson", "romano", "petrov", "arslan",
    "meyer", "lambert", "costa", "nielsen", "aydin", "koch", "evans", "ferrari", "jansen", "dogan", "bauer",
    "walker", "russo", "berg", "polat", "klein",
};
const char *const Domains[] = {"example.com", "example.org", "example.net", "mail.example"};
const char *const Descriptions[] = {"Take away", "Gift wrapped", "Regular customer", "Booked by phone",
                                    "Deposit", "Size M", "Size L", "Birthday", "Staff discount applied"};
const char *const Templates[] = {"slate", "paper", "mint"};
// Refusals as a gateway words them (its "message" array).
const char *const Refusals[] = {"Price amount must be at least 0.0001", "Too many requests, try again later",
                                "The email must be a valid email address.", "Invalid price currency",
                                "Merchant account is not active"};

// ---------------------------------------------------------------------------

class Random
{
public:
    explicit Random(quint32 seed) : m_generator(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_generator.bounded(quint32(n))); }
    qint64 below64(qint64 n) { return n <= 1 ? 0 : qint64(m_generator.bounded(quint64(n))); }
    int between(int low, int high) { return low + below(high - low + 1); }
    double unit() { return m_generator.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N]) { return items[below(int(N))]; }
    // An index into `items` by their weights.
    template<typename T, size_t N>
    int weighted(const T (&items)[N])
    {
        int total = 0;
        for (const T &item : items)
            total += item.weight;
        int roll = below(total);
        for (size_t i = 0; i < N; ++i) {
            if ((roll -= items[i].weight) < 0)
                return int(i);
        }
        return int(N) - 1;
    }

private:
    QRandomGenerator m_generator;
};

// When invoices are made: years of days, more lately, more on Fridays and
// Saturdays and before Christmas, between 8:00 and 22:00 in the till's zone with
// rushes at lunch and in the evening.
class Calendar
{
public:
    Calendar(qint64 nowMs, const QTimeZone &zone, int years)
    {
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
        const QDate first = today.addYears(-std::max(1, years));
        const qint64 days = first.daysTo(today) + 1;
        double total = 0;
        for (QDate day = first; day <= today; day = day.addDays(1)) {
            // Summer time changes at night: the offset at noon holds all day long.
            const int offset = zone.offsetFromUtc(QDateTime(day, QTime(12, 0), zone));
            m_dayStart.push_back((day.toJulianDay() - 2440588) * DayMs - offset * SecondMs);
            const double age = double(m_cumulative.size()) / double(days); // 0 oldest, 1 today
            double weight = std::exp(std::log(4.0) * age); // a shop that grew fourfold
            static const double weekday[] = {0, 0.9, 0.9, 0.95, 1.0, 1.15, 1.3, 0.75};
            weight *= weekday[day.dayOfWeek()];
            if (day.month() == 12)
                weight *= day.day() == 25 ? 0.05 : 1.25;
            else if (day.month() == 1)
                weight *= day.day() == 1 ? 0.05 : 0.85;
            total += weight;
            m_cumulative.push_back(total);
        }
        double hours = 0;
        for (double weight : HourWeights)
            m_hourCumulative.push_back(hours += weight);
    }

    qint64 firstMs() const { return m_dayStart.front(); }

    // A moment of trade within [low, high].
    qint64 sample(Random &random, qint64 low, qint64 high) const
    {
        if (high <= low)
            return low;
        const int firstDay = dayOf(low);
        const int lastDay = dayOf(high);
        const double base = firstDay > 0 ? m_cumulative[size_t(firstDay - 1)] : 0.0;
        const double span = m_cumulative[size_t(lastDay)] - base;
        for (int attempt = 0; attempt < 200; ++attempt) {
            const double roll = base + random.unit() * span;
            const auto day = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), roll) - m_cumulative.begin();
            const double hourRoll = random.unit() * m_hourCumulative.back();
            const auto hour = std::upper_bound(m_hourCumulative.begin(), m_hourCumulative.end(), hourRoll)
                    - m_hourCumulative.begin();
            const qint64 at = m_dayStart[size_t(std::min<qint64>(day, qint64(m_dayStart.size()) - 1))]
                    + (OpensAt + hour) * HourMs + random.below64(HourMs);
            if (at >= low && at <= high)
                return at;
        }
        return low + random.below64(high - low + 1);
    }

private:
    static constexpr int OpensAt = 8;
    static constexpr double HourWeights[] = {1, 2, 3, 4, 8, 8, 4, 3, 3, 4, 6, 7, 6, 3}; // 8:00 to 21:59

    int dayOf(qint64 ms) const
    {
        const auto it = std::upper_bound(m_dayStart.begin(), m_dayStart.end(), ms);
        return int(std::clamp<qint64>(it - m_dayStart.begin() - 1, 0, qint64(m_dayStart.size()) - 1));
    }

    std::vector<qint64> m_dayStart; // UTC ms of each local midnight
    std::vector<double> m_cumulative;
    std::vector<double> m_hourCumulative;
};

// How many invoices of each state: mostly paid, and a share of each other fate.
// Open and "payment seen" are of the last day or so: older ones would long have
// been settled. Never `sending`: the reconciler settles those at start.
std::vector<State> statesFor(qint64 count, Random &random)
{
    struct Share {
        State state;
        double fraction;
    };
    const Share shares[] = {
        {State::Expired, 0.085},  {State::Failed, 0.025},      {State::Underpaid, 0.02},
        {State::PaidLate, 0.012}, {State::Conflict, 0.0015},   {State::Unknown, 0.0001},
        {State::PaymentSeen, 0.0001}, {State::Open, 0.00005},
    };
    std::vector<State> states;
    states.reserve(size_t(count));
    for (const Share &share : shares) {
        qint64 n = std::llround(double(count) * share.fraction);
        if (count >= 100)
            n = std::max<qint64>(n, 1); // every state shows in any sizeable history
        for (qint64 i = 0; i < n && qint64(states.size()) < count; ++i)
            states.push_back(share.state);
    }
    while (qint64(states.size()) < count)
        states.push_back(State::Paid);
    for (qint64 i = count - 1; i > 0; --i)
        std::swap(states[size_t(i)], states[size_t(random.below64(i + 1))]);
    return states;
}

struct Slot {
    qint64 createdMs;
    State state;
};

// ---------------------------------------------------------------------------
// Text as SQLite keeps it (UTF-8), made without a QString per value: a million
// invoices hold some forty million values.

struct Civil {
    int year;
    int month;
    int day;
};
// The civil date of a day counted from 1970-01-01 (H. Hinnant's algorithm).
Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 ofEra = days - era * 146097;
    const qint64 yearOfEra = (ofEra - ofEra / 1460 + ofEra / 36524 - ofEra / 146096) / 365;
    const qint64 dayOfYear = ofEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shifted + 2) / 5 + 1);
    const int month = int(shifted < 10 ? shifted + 3 : shifted - 9);
    return {int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

void appendDigits(std::string &out, qint64 value, int width)
{
    char digits[20];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int pad = count; pad < width; ++pad)
        out += '0';
    while (count > 0)
        out += digits[--count];
}

// The parts of a UTC moment, for the formats below.
struct Moment {
    Civil date;
    qint64 msOfDay;
    explicit Moment(qint64 ms)
        : date(civilFromDays(ms >= 0 ? ms / DayMs : (ms - DayMs + 1) / DayMs)),
          msOfDay(ms - (ms >= 0 ? ms / DayMs : (ms - DayMs + 1) / DayMs) * DayMs)
    {
    }
    int hour() const { return int(msOfDay / HourMs); }
    int minute() const { return int(msOfDay / MinuteMs % 60); }
    int second() const { return int(msOfDay / SecondMs % 60); }
};

// The history's time format, as InvoiceRow::utcText writes it
// ("2025-06-13T15:42:07.123Z"): fill() checks that the two agree before it
// writes anything, so a change of format there cannot go unnoticed here.
void appendUtc(std::string &out, qint64 ms)
{
    const Moment m(ms);
    appendDigits(out, m.date.year, 4);
    out += '-';
    appendDigits(out, m.date.month, 2);
    out += '-';
    appendDigits(out, m.date.day, 2);
    out += 'T';
    appendDigits(out, m.hour(), 2);
    out += ':';
    appendDigits(out, m.minute(), 2);
    out += ':';
    appendDigits(out, m.second(), 2);
    out += '.';
    appendDigits(out, m.msOfDay % 1000, 3);
    out += 'Z';
}

std::string utcString(qint64 ms)
{
    std::string text;
    appendUtc(text, ms);
    return text;
}

// The gateway's own date format: "2025-06-13 15:42:07", no zone.
void appendGatewayTime(std::string &out, qint64 ms)
{
    const size_t start = out.size();
    appendUtc(out, ms);
    out.resize(start + 19);
    out[start + 10] = ' ';
}

void appendAmount(std::string &out, const Amount &amount)
{
    out += amount.toCanonical().toStdString();
}

void appendFixed(std::string &out, const Amount &amount, int decimals)
{
    out += amount.toFixed(decimals).toStdString();
}

// One value of a row: NULL, a whole number, or text in the batch's buffer.
struct Cell {
    qint64 number = 0;
    qint32 offset = 0;
    qint32 length = Null;
    static constexpr qint32 Null = -1;
    static constexpr qint32 Number = -2;
};

// Invoices made by the generator's thread and written by the caller's.
struct Batch {
    struct Event {
        qint32 row;
        Cell at;
        Cell state;
        Cell raw;
    };
    std::string text;
    std::vector<Cell> cells; // Generator::ValueCount per invoice
    std::vector<Event> events;
    qint32 rows = 0;

    void clear()
    {
        text.clear();
        cells.clear();
        events.clear();
        rows = 0;
    }
    Cell number(qint64 value) const
    {
        Cell cell;
        cell.number = value;
        cell.length = Cell::Number;
        return cell;
    }
    Cell put(const std::string &value)
    {
        const Cell cell = open();
        text += value;
        return close(cell);
    }
    Cell put(const char *value)
    {
        const Cell cell = open();
        text += value;
        return close(cell);
    }
    // A text made by appending to `text` between open() and close().
    Cell open() const
    {
        Cell cell;
        cell.offset = qint32(text.size());
        return cell;
    }
    Cell close(Cell cell) const
    {
        cell.length = qint32(text.size()) - cell.offset;
        return cell;
    }
    std::string string(const Cell &cell) const { return text.substr(size_t(cell.offset), size_t(cell.length)); }
};

struct Customer {
    std::string email;
    std::string id;
};

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

// ---------------------------------------------------------------------------

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
    static QList<QLatin1String> columns()
    {
        using namespace Col;
        return {OrderId, CreatedAt, UpdatedAt, Col::State, PriceAmount, PriceUnits, PriceCurrency, Email, Title,
                Description, Test, AddFee, Margin, ExpiryHours, Template, CustomerId, BannedCoins, WhiteLabel,
                PaymentUrl, FailureText, GatewayMessages, ExpiresAt, PaidAmount, PaidCurrency, Gateway,
                CoinOffers, Coin, Network, CoinAddress, CoinAmount, ExpiryConfirmed};
    }

    Generator(const DemoHistory::Options &options, qint64 nowMs, qint64 customers)
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

    // Makes the invoice of `slot` at the end of `batch`.
    void make(const Slot &slot, Batch &batch)
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

    void finish(Cell *v, Batch &batch, State state)
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

    // TILL-YYMMDD-HHMMSS-XXX, as OrderIdGenerator makes them, unique among the
    // demo invoices: only those of the same second can share one, and they
    // come one after the other.
    Cell orderId(qint64 createdMs, Batch &batch)
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

    Cell invoicesAnswer(Batch &batch, const Answer &a, bool paid, const std::optional<Amount> &amount, const char *coin)
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

    static void appendEscaped(std::string &out, const std::string &text)
    {
        for (char c : text) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
    }

    void appendRandom(std::string &out, int length, const char *alphabet)
    {
        const int size = int(qstrlen(alphabet));
        for (int i = 0; i < length; ++i)
            out += alphabet[m_random.below(size)];
    }

    void appendAddress(std::string &out, AddressKind kind)
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

// Batches travel from the generator's thread to the writer and back.
class Pipe
{
public:
    explicit Pipe(int batches)
    {
        for (int i = 0; i < batches; ++i) {
            m_all.push_back(std::make_unique<Batch>());
            m_spare.push_back(m_all.back().get());
        }
    }
    // For the generator: an empty batch, or null once the writer stopped.
    Batch *takeSpare()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_spare.empty() || m_stopped; });
        if (m_stopped)
            return nullptr;
        Batch *batch = m_spare.front();
        m_spare.pop_front();
        return batch;
    }
    void giveReady(Batch *batch)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_ready.push_back(batch);
        m_changed.notify_all();
    }
    void finish()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // For the writer: a full batch, or null when there are no more.
    Batch *takeReady()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return nullptr;
        Batch *batch = m_ready.front();
        m_ready.pop_front();
        return batch;
    }
    void giveSpare(Batch *batch)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_spare.push_back(batch);
        m_changed.notify_all();
    }
    void stop()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<Batch>> m_all;
    std::deque<Batch *> m_spare;
    std::deque<Batch *> m_ready;
    bool m_finished = false;
    bool m_stopped = false;
};

// A connection of the demo's own to the history's file, through the sqlite3
// library itself: Qt Sql's binding of each value costs more than the
// database's own work for it, and a million invoices hold forty million.
class Connection
{
public:
    ~Connection()
    {
        for (sqlite3_stmt *statement : m_statements)
            sqlite3_finalize(statement);
        if (m_db)
            sqlite3_close(m_db);
    }
    bool open(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            return false;
        // The window may be writing: wait for it rather than fail.
        sqlite3_busy_timeout(m_db, 10000);
        // Nothing typed by a cashier is at stake: a crash mid-load loses the
        // load, never what was committed before. The price index is filled in
        // random order: room for it in memory (a larger cache measured no
        // faster).
        return run("PRAGMA synchronous=OFF") && run("PRAGMA cache_size=-65536") && run("PRAGMA temp_store=MEMORY");
    }
    bool run(const QString &sql) { return run(sql.toUtf8().constData()); }
    bool run(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    sqlite3_stmt *prepare(const QString &sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            return nullptr;
        m_statements.push_back(statement);
        return statement;
    }
    static void bind(sqlite3_stmt *statement, int index, const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        sqlite3_bind_text(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    static void bind(sqlite3_stmt *statement, int index, const Batch &batch, const Cell &cell)
    {
        if (cell.length == Cell::Null)
            sqlite3_bind_null(statement, index);
        else if (cell.length == Cell::Number)
            sqlite3_bind_int64(statement, index, cell.number);
        else
            sqlite3_bind_text(statement, index, batch.text.data() + cell.offset, cell.length, SQLITE_STATIC);
    }
    // Steps a statement that returns no rows, and makes it ready again.
    bool write(sqlite3_stmt *statement)
    {
        const int status = sqlite3_step(statement);
        sqlite3_reset(statement);
        return status == SQLITE_DONE;
    }
    qint64 lastId() const { return sqlite3_last_insert_rowid(m_db); }
    qint64 changes() const { return sqlite3_changes64(m_db); }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

// Many rows in one INSERT: the work of a statement itself (its start, the
// AUTOINCREMENT counter, its end) is done once for all of them. The values
// stay in their batch until flush().
class RowsInsert
{
public:
    RowsInsert(Connection &db, const QString &table, const QStringList &columns, int rowsPerStatement)
        : m_db(db),
          m_head(QStringLiteral("INSERT OR ROLLBACK INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')))),
          m_columns(int(columns.size())),
          m_rows(rowsPerStatement)
    {
        m_pending.reserve(size_t(m_columns * m_rows));
    }
    bool add(const Batch &batch, const Cell *row)
    {
        m_pending.insert(m_pending.end(), row, row + m_columns);
        return int(m_pending.size()) < m_columns * m_rows || flush(batch);
    }
    // One row with one value given as text of its own (after the rows before it).
    bool writeAlone(const Batch &batch, const Cell *row, int column, const std::string &text)
    {
        if (!flush(batch))
            return false;
        m_pending.assign(row, row + m_columns);
        sqlite3_stmt *statement = statementFor(1);
        if (!statement)
            return false;
        for (int i = 0; i < m_columns; ++i)
            Connection::bind(statement, i + 1, batch, m_pending[size_t(i)]);
        sqlite3_bind_text(statement, column + 1, text.data(), int(text.size()), SQLITE_STATIC);
        m_pending.clear();
        return m_db.write(statement);
    }
    bool flush(const Batch &batch)
    {
        const int rows = int(m_pending.size()) / m_columns;
        if (rows == 0)
            return true;
        sqlite3_stmt *statement = statementFor(rows);
        if (!statement)
            return false;
        for (size_t i = 0; i < m_pending.size(); ++i)
            Connection::bind(statement, int(i) + 1, batch, m_pending[i]);
        m_pending.clear();
        return m_db.write(statement);
    }

private:
    sqlite3_stmt *statementFor(int rows)
    {
        sqlite3_stmt *&statement = m_statements[rows];
        if (!statement) {
            QStringList marks, values;
            for (int i = 0; i < m_columns; ++i)
                marks << QStringLiteral("?");
            const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
            for (int i = 0; i < rows; ++i)
                values << row;
            statement = m_db.prepare(m_head + values.join(QLatin1Char(',')));
        }
        return statement;
    }

    Connection &m_db;
    const QString m_head;
    const int m_columns;
    const int m_rows;
    std::vector<Cell> m_pending;
    std::map<int, sqlite3_stmt *> m_statements; // by rows, finalized by the connection
};

// Makes sure the generator's thread ends whatever way fill() leaves.
class Worker
{
public:
    Worker(Pipe &pipe) : m_pipe(pipe) {}
    ~Worker() { join(); }
    template<typename Function>
    void start(Function function) { m_thread = std::thread(std::move(function)); }
    void join()
    {
        if (m_thread.joinable()) {
            m_pipe.stop();
            m_thread.join();
        }
    }

private:
    Pipe &m_pipe;
    std::thread m_thread;
};
} // namespace

DemoHistory::DemoHistory(InvoiceStore *store) : m_store(store)
{
}

QString DemoHistory::gatewayName()
{
    return QStringLiteral("demo");
}

std::optional<qint64> DemoHistory::countReal() const
{
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName(), false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NULL OR %2 <> ?").arg(Invoices, Col::Gateway));
    query.addBindValue(gatewayName());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

DemoHistory::Result DemoHistory::fill(const Options &options, const Progress &progress) const
{
    Result result;
    const QSqlDatabase store = QSqlDatabase::database(m_store->connectionName(), false);
    if (options.invoices < 0 || options.invoices > MaxInvoices) {
        result.error = tr("The number of demo invoices must be from 0 to %1.").arg(MaxInvoices);
        return result;
    }
    if (!store.isOpen()) {
        result.error = tr("The invoice history is not open.");
        return result;
    }
    if (store.driverName() != QLatin1String("QSQLITE")) {
        result.error = tr("Demo invoices can only be written into a history kept in a file on this computer (SQLite).");
        return result;
    }
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // One place knows the history's time format: make sure this one agrees.
    for (const qint64 probe : {nowMs, qint64(951782400123) /* 2000-02-29 */, nowMs - 5 * 366 * DayMs}) {
        if (QString::fromStdString(utcString(probe))
            != InvoiceRow::utcText(QDateTime::fromMSecsSinceEpoch(probe, Qt::UTC))) {
            result.error = tr("The demo invoices would not be written in the history's time format.");
            return result;
        }
    }

    Connection db;
    auto failed = [&](const QString &error) {
        db.run("ROLLBACK");
        result.outcome = Outcome::Failed;
        result.error = tr("The demo invoices could not be written: %1").arg(error);
        return result;
    };
    if (!db.open(store.databaseName()))
        return failed(db.error());
    // Take the write lock at once; the question below and the writing are one.
    if (!db.run("BEGIN IMMEDIATE"))
        return failed(db.error());
    sqlite3_stmt *real = db.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NULL OR %2 <> ?")
                                            .arg(Invoices, Col::Gateway));
    if (!real)
        return failed(db.error());
    Connection::bind(real, 1, gatewayName());
    if (sqlite3_step(real) != SQLITE_ROW)
        return failed(db.error());
    result.realInvoices = sqlite3_column_int64(real, 0);
    sqlite3_reset(real);
    if (result.realInvoices > 0 && !options.force) {
        db.run("ROLLBACK");
        result.outcome = Outcome::Refused;
        result.error = tr("The history holds %n real invoice(s), so no demo invoices were written. Add --force to "
                          "add demo invoices beside them (the real ones are kept).",
                          nullptr, int(std::min<qint64>(result.realInvoices, INT_MAX)));
        return result;
    }

    // The search index's triggers would flush the index once per row written
    // (FTS5 writes its pending terms at every statement's savepoint), which
    // costs more than all the rest: they are off during the load, and the
    // index is rebuilt once at the end, as the schema first builds it. Their
    // own text, read from the file, puts them back unchanged; all of it within
    // the transaction, so a failure leaves them as they were.
    QStringList searchTriggers;
    {
        sqlite3_stmt *triggers = db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"));
        if (!triggers)
            return failed(db.error());
        Connection::bind(triggers, 1, QString(Invoices));
        QStringList names;
        while (sqlite3_step(triggers) == SQLITE_ROW) {
            const QString sql = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(triggers, 1)));
            if (sql.contains(Search)) {
                names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(triggers, 0)));
                searchTriggers << sql;
            }
        }
        sqlite3_reset(triggers);
        for (const QString &name : std::as_const(names)) {
            if (!db.run(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
                return failed(db.error());
        }
    }

    // The earlier demo invoices go; the real ones stay. With none of those,
    // both tables are emptied whole, which SQLite does without visiting rows.
    const QString onlyDemo = result.realInvoices > 0 ? QStringLiteral(" WHERE %1 = ?").arg(Col::Gateway) : QString();
    sqlite3_stmt *dropEvents = db.prepare(QStringLiteral("DELETE FROM %1%2")
                                                  .arg(Events, result.realInvoices > 0
                                                                   ? QStringLiteral(" WHERE %1 IN (SELECT %2 FROM %3%4)")
                                                                             .arg(Col::InvoiceId, Col::Id, Invoices, onlyDemo)
                                                                   : QString()));
    sqlite3_stmt *dropInvoices = db.prepare(QStringLiteral("DELETE FROM %1%2").arg(Invoices, onlyDemo));
    if (!dropEvents || !dropInvoices)
        return failed(db.error());
    if (result.realInvoices > 0) {
        Connection::bind(dropEvents, 1, gatewayName());
        Connection::bind(dropInvoices, 1, gatewayName());
    }
    if (!db.write(dropEvents) || !db.write(dropInvoices))
        return failed(db.error());
    result.replaced = db.changes();

    // Ids are given, not drawn one statement at a time, so that many rows go
    // in one statement; AUTOINCREMENT's counter follows them.
    qint64 nextId = 1;
    {
        sqlite3_stmt *last = db.prepare(QStringLiteral("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), "
                                                       "COALESCE((SELECT MAX(%1) FROM %2), 0))")
                                                .arg(Col::Id, Invoices));
        if (!last)
            return failed(db.error());
        Connection::bind(last, 1, QString(Invoices));
        if (sqlite3_step(last) != SQLITE_ROW)
            return failed(db.error());
        nextId = sqlite3_column_int64(last, 0) + 1;
        sqlite3_reset(last);
    }
    QStringList invoiceColumns{Col::Id};
    for (QLatin1String column : Generator::columns())
        invoiceColumns << column;
    RowsInsert invoices(db, Invoices, invoiceColumns, 64);
    RowsInsert events(db, Events, {Col::InvoiceId, Col::At, Col::State, Col::RawAnswer}, 256);
    sqlite3_stmt *taken = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(Invoices, Col::OrderId));
    if (!taken)
        return failed(db.error());

    // When each invoice was made, by its fate, then in time order (the history
    // pages by id: creation order).
    const qint64 total = options.invoices;
    Random random(options.seed);
    const Calendar calendar(nowMs, options.zone, options.years);
    std::vector<Slot> timeline;
    timeline.reserve(size_t(total));
    {
        const std::vector<State> states = statesFor(total, random);
        const qint64 first = calendar.firstMs();
        for (State state : states) {
            qint64 low = first, high = nowMs - HourMs;
            switch (state) {
            case State::Open: low = nowMs - 6 * HourMs; high = nowMs - MinuteMs; break;
            case State::PaymentSeen: low = nowMs - 3 * DayMs; high = nowMs - 30 * MinuteMs; break;
            case State::Expired:
            case State::PaidLate: high = nowMs - 50 * HourMs; break;
            default: break;
            }
            timeline.push_back({calendar.sample(random, std::max(low, first), std::max(high, first)), state});
        }
    }
    std::stable_sort(timeline.begin(), timeline.end(), [](const Slot &a, const Slot &b) { return a.createdMs < b.createdMs; });

    // The invoices are made on a thread of their own while this one writes
    // them: the two cores share the work.
    constexpr qint32 BatchRows = 2048;
    Pipe pipe(4);
    Worker worker(pipe);
    // Regular customers: about one for every 25 sales.
    auto generator = std::make_shared<Generator>(options, nowMs, std::clamp<qint64>(total / 25, 20, 40000));
    worker.start([&pipe, &timeline, generator, total] {
        qint64 next = 0;
        while (next < total) {
            Batch *batch = pipe.takeSpare();
            if (!batch)
                return;
            batch->clear();
            for (qint32 i = 0; i < BatchRows && next < total; ++i)
                generator->make(timeline[size_t(next++)], *batch);
            pipe.giveReady(batch);
        }
        pipe.finish();
    });

    const qint64 step = std::max<qint64>(1, total / 100);
    Random renamer(options.seed ^ 0x85ebca6bu);
    while (Batch *batch = pipe.takeReady()) {
        size_t nextEvent = 0;
        for (qint32 row = 0; row < batch->rows; ++row) {
            const Cell *cells = batch->cells.data() + size_t(row) * Generator::ValueCount;
            const qint64 id = nextId++;
            std::array<Cell, Generator::ValueCount + 1> values;
            values[0] = batch->number(id);
            std::copy(cells, cells + Generator::ValueCount, values.begin() + 1);
            // With --force, a real invoice may hold the order number already.
            std::string renamed;
            if (result.realInvoices > 0) {
                std::string orderId = batch->string(cells[Generator::OrderIdV]);
                for (;;) {
                    sqlite3_bind_text(taken, 1, orderId.data(), int(orderId.size()), SQLITE_STATIC);
                    const int found = sqlite3_step(taken);
                    sqlite3_reset(taken);
                    if (found == SQLITE_DONE)
                        break;
                    if (found != SQLITE_ROW)
                        return failed(db.error());
                    // Four characters where the generator writes three: never a
                    // demo invoice's.
                    orderId.resize(orderId.size() - 3);
                    for (int i = 0; i < 4; ++i)
                        orderId += "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"[renamer.below(32)];
                    renamed = orderId;
                }
            }
            if (!renamed.empty() ? !invoices.writeAlone(*batch, values.data(), 1 + Generator::OrderIdV, renamed)
                                 : !invoices.add(*batch, values.data()))
                return failed(db.error());
            for (; nextEvent < batch->events.size() && batch->events[nextEvent].row == row; ++nextEvent) {
                const Batch::Event &change = batch->events[nextEvent];
                const Cell eventValues[] = {batch->number(id), change.at, change.state, change.raw};
                if (!events.add(*batch, eventValues))
                    return failed(db.error());
                ++result.events;
            }
            ++result.invoices;
            if (progress && (result.invoices % step == 0 || result.invoices == total)
                && !progress(result.invoices, total)) {
                db.run("ROLLBACK");
                return Result{Outcome::Cancelled, 0, 0, 0, result.realInvoices, tr("Stopped; no demo invoices were written.")};
            }
        }
        // The batch's text is bound in place: written before it goes back.
        if (!invoices.flush(*batch) || !events.flush(*batch))
            return failed(db.error());
        pipe.giveSpare(batch);
    }
    worker.join();
    if (!searchTriggers.isEmpty()) {
        if (!db.run(QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(Search)))
            return failed(db.error());
        for (const QString &sql : std::as_const(searchTriggers)) {
            if (!db.run(sql))
                return failed(db.error());
        }
    }
    if (!db.run("COMMIT"))
        return failed(db.error());
    // One big transaction leaves a WAL file as large as the data: give the
    // space back now that the history holds it.
    db.run("PRAGMA wal_checkpoint(TRUNCATE)");
    result.outcome = Outcome::Done;
    return result;
}
