#include "invoice/InvoiceFieldTable.h"

#include "gateway/WireFields.h"
#include "invoice/InvoiceValidator.h"
#include "store/InvoiceSchema.h"

#include <algorithm>

namespace InvoiceFieldTable {
namespace {

// InvoiceFields has exactly this many members. A new member stops the line
// below from compiling until it has its row in the table and this count is
// raised: a member the table does not know would silently never reach the wire,
// the history or the defaults.
constexpr std::size_t MemberCount = 18;
[[maybe_unused]] void everyMemberHasARow(const InvoiceFields &f)
{
    [[maybe_unused]] const auto &[price, currency, orderId, email, title, description, test, addFeeToPrice,
                                  margin, expiryHours, pageTemplate, successUrl, cancelUrl, callbackUrl,
                                  merchantId, customerId, bannedCoins, whiteLabel] = f;
}

std::vector<FieldSpec> makeTable()
{
    namespace W = WireFields;
    namespace C = InvoiceSchema::Col;
    using F = InvoiceField;
    using T = TextFormat;
    using V = InvoiceValidator;
    const QLatin1String perSale; // not a till default
    constexpr bool required = true, optional = false;

    // id, member, wire name, column, defaults key, required, maximum length, text format
    return {
        // Special: the store also writes price_units (InvoiceStore's fieldColumns()).
        {F::Price, &InvoiceFields::price, W::PriceAmount, C::PriceAmount, perSale, required},
        {F::Currency, &InvoiceFields::currency, W::PriceCurrency, C::PriceCurrency, QLatin1String("currency"),
         required, 0, T::CurrencyCode},
        {F::OrderId, &InvoiceFields::orderId, W::OrderId, C::OrderId, perSale, required, V::MaxOrderId,
         T::SingleLine},
        {F::Email, &InvoiceFields::email, W::Email, C::Email, perSale, optional, 0, T::Email},
        {F::Title, &InvoiceFields::title, W::Title, C::Title, perSale, optional, V::MaxTitle},
        {F::Description, &InvoiceFields::description, W::Description, C::Description, perSale, optional,
         V::MaxDescription},
        // One sale's choice, never a default: a remembered tick made every later
        // sale a test that pays itself (TillSettings drops the old key).
        {F::Test, &InvoiceFields::test, W::Test, C::Test, perSale},
        {F::AddFeeToPrice, &InvoiceFields::addFeeToPrice, W::AddFeeToPrice, C::AddFee,
         QLatin1String("addFeeToPrice")},
        {F::Margin, &InvoiceFields::margin, W::MarginRatio, C::Margin, QLatin1String("margin")},
        // Special: hours on our side, sent as the gateway's expiration_date, which
        // also counts hours; 0 leaves it to the gateway and is not sent.
        {F::Expiry, &InvoiceFields::expiryHours, W::ExpirationDate, C::ExpiryHours, QLatin1String("expiryHours")},
        {F::PageTemplate, &InvoiceFields::pageTemplate, W::Template, C::Template, QLatin1String("template"),
         optional, 0, T::PageTemplate},
        {F::SuccessUrl, &InvoiceFields::successUrl, W::SuccessUrl, C::SuccessUrl, QLatin1String("successUrl"),
         optional, V::MaxUrl, T::WebAddress},
        {F::CancelUrl, &InvoiceFields::cancelUrl, W::CancelUrl, C::CancelUrl, QLatin1String("cancelUrl"),
         optional, V::MaxUrl, T::WebAddress},
        {F::CallbackUrl, &InvoiceFields::callbackUrl, W::CallbackUrl, C::CallbackUrl,
         QLatin1String("callbackUrl"), optional, V::MaxUrl, T::PublicWebAddress},
        {F::MerchantId, &InvoiceFields::merchantId, W::MerchantId, C::MerchantId, QLatin1String("merchantId"),
         optional, V::MaxMerchantId},
        {F::CustomerId, &InvoiceFields::customerId, W::CustomerId, C::CustomerId, perSale, optional,
         V::MaxCustomerIdDigits, T::Digits},
        // Special: a JSON array of coin codes, inside the form field on the wire
        // as in the column; a string list in the settings file.
        {F::BannedCoins, &InvoiceFields::bannedCoins, W::BannedCoins, C::BannedCoins,
         QLatin1String("bannedCoins")},
        {F::WhiteLabel, &InvoiceFields::whiteLabel, W::WhiteLabel, C::WhiteLabel, QLatin1String("whiteLabel")},
    };
}
} // namespace

const std::vector<FieldSpec> &fields()
{
    static const std::vector<FieldSpec> table = [] {
        std::vector<FieldSpec> rows = makeTable();
        Q_ASSERT(rows.size() == MemberCount);
        return rows;
    }();
    return table;
}

const FieldSpec &field(InvoiceField id)
{
    const std::vector<FieldSpec> &table = fields();
    const auto found = std::find_if(table.cbegin(), table.cend(), [id](const FieldSpec &s) { return s.id == id; });
    Q_ASSERT(found != table.cend());
    return *found;
}

void copy(const FieldSpec &spec, const InvoiceFields &from, InvoiceFields &to)
{
    std::visit([&](auto member) { to.*member = from.*member; }, spec.member);
}

bool same(const FieldSpec &spec, const InvoiceFields &a, const InvoiceFields &b)
{
    return std::visit([&](auto member) { return a.*member == b.*member; }, spec.member);
}
} // namespace InvoiceFieldTable
