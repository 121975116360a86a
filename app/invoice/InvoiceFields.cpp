#include "invoice/InvoiceFields.h"

#include "invoice/InvoiceFieldTable.h"

#include <algorithm>

bool operator==(const InvoiceFields &a, const InvoiceFields &b)
{
    const auto &table = InvoiceFieldTable::fields();
    return std::all_of(table.cbegin(), table.cend(),
                       [&](const InvoiceFieldTable::FieldSpec &spec) { return InvoiceFieldTable::same(spec, a, b); });
}
