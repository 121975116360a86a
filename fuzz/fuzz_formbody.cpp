// The form-body decoder (the training gateway reads every request with it, as a
// PHP server would). What it decodes must encode and decode back to the same
// fields, and the encoding must keep '+' and every reserved character escaped.

#include "FuzzSupport.h"
#include "gateway/FormBody.h"

#include <algorithm>

namespace {
using Fuzz::require;

bool unreservedOrEscape(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~' || c == '%' || c == '&' || c == '=';
}
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const FormBody decoded = FormBody::decode(body);

    // The lookups are linear: check a few fields, or long inputs would be quadratic.
    for (const FormBody::Field &field : decoded.fields().mid(0, 8))
        require(decoded.contains(field.first), "contains() misses a decoded field", field.first);
    if (!decoded.fields().isEmpty()) {
        const FormBody::Field &first = decoded.fields().constFirst();
        require(decoded.value(first.first) == first.second, "value() is not the first field of that name", first.first);
    }

    const QByteArray encoded = decoded.encoded();
    // (The detail text is built once, not once per character: inputs run to 4 KiB.)
    const bool escaped = std::all_of(encoded.cbegin(), encoded.cend(), unreservedOrEscape);
    require(escaped, "encoded() left a reserved character unescaped", escaped ? QString() : QString::fromLatin1(encoded));

    const QString shown = QString::fromLatin1(encoded);
    const FormBody again = FormBody::decode(encoded);
    require(again.fields() == decoded.fields(), "decode(encoded()) differs from what was decoded", shown);
    require(again.encoded() == encoded, "encoding is not stable", shown);

    // What a client builds with add() must reach the server intact, '+' included.
    FormBody built;
    for (const FormBody::Field &field : decoded.fields())
        built.add(field.first, field.second);
    const QByteArray sent = built.encoded();
    require(FormBody::decode(sent).fields() == built.fields(), "a field added changed on the way", QString::fromLatin1(sent));
    return 0;
}
