// get_invoices from the bytes up: the envelope, then its payload (a string that
// holds a JSON array, or the array itself) read into invoices. The first byte
// picks the HTTP status. A body that is not a success envelope is also read as
// the inner JSON text itself, so that the fuzzer reaches the invoice reader
// without having to escape every quote.

#include "FuzzSupport.h"
#include "gateway/GatewayAnswerParser.h"
#include "gateway/RemoteInvoice.h"

#include <QList>
#include <QTimeZone>

namespace {
using Fuzz::require;

// UTC, a zone without daylight saving and one with gaps and repeated hours.
const QList<QTimeZone> &zones()
{
    static const QList<QTimeZone> all{QTimeZone::utc(), QTimeZone("Europe/Istanbul"),
                                      QTimeZone("America/New_York")};
    return all;
}

void checkTime(const QDateTime &time, const char *what)
{
    require(!time.isValid() || time.timeSpec() == Qt::UTC, what, time.toString(Qt::ISODateWithMs));
}

void check(const QJsonValue &payload)
{
    for (const QTimeZone &zone : zones()) {
        const RemoteInvoiceList list = RemoteInvoiceParser::parse(payload, zone);
        require(list.error.isEmpty() || list.invoices.isEmpty(), "invoices read from a list that could not be read");
        for (const RemoteInvoice &invoice : list.invoices) {
            checkTime(invoice.createdAt, "created_at is not kept in UTC");
            checkTime(invoice.expiresAt, "expiration_date is not kept in UTC");
            require(Amount::fromCanonical(invoice.price.toCanonical()) == invoice.price, "the price does not round-trip");
            if (invoice.amount)
                require(Amount::fromCanonical(invoice.amount->toCanonical()) == *invoice.amount,
                        "the amount paid does not round-trip");
        }
    }
}
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::Answer answer = Fuzz::answerFrom(data, size);
    const GatewayResult result = GatewayAnswerParser::parse(answer.httpStatus, answer.body);
    if (result.isSuccess())
        check(result.payload);
    else
        check(QJsonValue(QString::fromUtf8(answer.body)));
    return 0;
}
