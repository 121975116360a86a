// get_address from the bytes up: the envelope, then the address and amount at its
// top level (not inside "message"). The first byte picks the HTTP status.

#include "FuzzSupport.h"
#include "gateway/GatewayAnswerParser.h"
#include "gateway/GatewayResult.h"
#include "gateway/WhiteLabel.h"

using Fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::Answer answer = Fuzz::answerFrom(data, size);
    const GatewayResult result = GatewayAnswerParser::parse(answer.httpStatus, answer.body);
    const CoinAddress address = WhiteLabel::parseAddress(result);

    require(address.address.isEmpty() != address.error.isEmpty(), "an address and an error at once, or neither");
    if (address.address.isEmpty())
        return 0;
    require(result.isSuccess(), "an address from an answer that is not a success");
    require(!address.amount.isZero(), "an address to pay nothing to");
    require(Amount::fromCanonical(address.amount.toCanonical()) == address.amount, "the amount does not round-trip",
            address.amount.toCanonical());
    for (const char *coin : {"BTC", "LTC", "USDT"}) {
        const QString name = QString::fromLatin1(coin);
        if (WhiteLabel::hasPaymentUri(name))
            require(WhiteLabel::paymentUri(name, address.address, address.amount).contains(address.address),
                    "the payment URI lost the address");
    }
    return 0;
}
