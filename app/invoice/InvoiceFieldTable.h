#pragma once

#include "invoice/InvoiceFields.h"

#include <QLatin1String>
#include <type_traits>
#include <variant>
#include <vector>

// Every field of InvoiceFields in one table: what it holds, how the gateway names
// it, which history column keeps it, whether the till remembers it as a default,
// and what the validator checks of it. The wire form, the history (write and
// read), the till's defaults, operator== and the validator all walk this table,
// so a new field is one row here, not a line in each of them.
//
// The names themselves stay where they are spelt once: WireFields (gateway),
// InvoiceSchema::Col (store); a row points at those constants. What each kind
// looks like on the wire, in SQL and in the settings file is decided by the
// reader of the table, per kind (see CreateInvoiceRequest.cpp, InvoiceStore.cpp,
// InvoiceRow.cpp, TillSettings.cpp).
namespace InvoiceFieldTable {

// Where a field lives in InvoiceFields. The alternative held says what it holds.
using Member = std::variant<QString InvoiceFields::*,               // Kind::Text
                            Amount InvoiceFields::*,                // Kind::Amount
                            std::optional<Amount> InvoiceFields::*, // Kind::OptionalAmount
                            bool InvoiceFields::*,                  // Kind::Flag
                            int InvoiceFields::*,                   // Kind::WholeNumber
                            QStringList InvoiceFields::*>;          // Kind::List

// In the order of Member's alternatives.
enum class Kind { Text, Amount, OptionalAmount, Flag, WholeNumber, List };

static_assert(std::is_same_v<std::variant_alternative_t<int(Kind::Text), Member>, QString InvoiceFields::*>);
static_assert(std::is_same_v<std::variant_alternative_t<int(Kind::Flag), Member>, bool InvoiceFields::*>);
static_assert(std::is_same_v<std::variant_alternative_t<int(Kind::List), Member>, QStringList InvoiceFields::*>);

// What the validator checks of a text field, besides its maximum length.
enum class TextFormat {
    Plain,            // any text (length only)
    SingleLine,       // no control characters: the order number
    Email,            // name@example.com
    Digits,           // digits only; the maximum length counts digits
    WebAddress,       // http(s)://host...
    PublicWebAddress, // the same, and a public domain name: the gateway calls it
    CurrencyCode,     // a code of the currency catalogue
    PageTemplate,     // one of InvoiceValidator::pageTemplates()
};

struct FieldSpec
{
    InvoiceField id;
    Member member;
    QLatin1String wireName; // WireFields::...
    QLatin1String column;   // InvoiceSchema::Col::...
    // The key under the till's "defaults/" group; empty: the field belongs to one
    // sale (price, order number, e-mail, title, description, customer, test) and
    // is never remembered as a till default.
    QLatin1String defaultsKey;
    // Always has a value and sits in a NOT NULL column: stored as given even when
    // empty. An optional text left empty is stored as NULL.
    bool required = false;
    // Text: the gateway's maximum length (0: no limit of its own).
    int maxLength = 0;
    TextFormat format = TextFormat::Plain;

    Kind kind() const { return Kind(member.index()); }
    bool isTillDefault() const { return defaultsKey.size() > 0; }
    // The text of a Text field; must not be called for another kind.
    const QString &text(const InvoiceFields &f) const { return f.*std::get<QString InvoiceFields::*>(member); }
    QString &text(InvoiceFields &f) const { return f.*std::get<QString InvoiceFields::*>(member); }
};

// Every field, in the order of InvoiceFields (which is the order of the wire form
// and of the validator's issues).
const std::vector<FieldSpec> &fields();
// The row of `id`; every InvoiceField has one.
const FieldSpec &field(InvoiceField id);

// Calls visitor(value) with the field's value in `f`, typed (const QString &,
// Amount, bool...): a reader of the table overloads on the type once per kind.
template <typename Fields, typename Visitor>
decltype(auto) visit(const FieldSpec &spec, Fields &f, Visitor &&visitor)
{
    return std::visit([&](auto member) -> decltype(auto) { return visitor(f.*member); }, spec.member);
}

// Copies one field from `from` into `to`.
void copy(const FieldSpec &spec, const InvoiceFields &from, InvoiceFields &to);
// Whether one field is the same in `a` and `b`.
bool same(const FieldSpec &spec, const InvoiceFields &a, const InvoiceFields &b);
} // namespace InvoiceFieldTable
