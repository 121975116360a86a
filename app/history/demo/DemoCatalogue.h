// What the demo shop sells, charges in, is paid with, and the names and sentences its invoices draw from.
#pragma once

#include <QtGlobal>

namespace Demo {
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

} // namespace Demo
