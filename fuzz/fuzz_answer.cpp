// The gateway's answer envelope, as every call reads it (create_invoice's answer
// is exactly this plus the page address in "message"). The first byte of an input
// picks the HTTP status, the rest is the body.

#include "FuzzSupport.h"
#include "gateway/GatewayAnswerParser.h"
#include "gateway/GatewayResult.h"

#include <QUrl>

using Fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::Answer answer = Fuzz::answerFrom(data, size);
    const GatewayResult result = GatewayAnswerParser::parse(answer.httpStatus, answer.body);

    require(result.body == answer.body, "the raw answer is not kept for diagnosis");
    require(result.httpStatus == answer.httpStatus, "the HTTP status is not kept");
    switch (result.outcome) {
    case GatewayResult::Outcome::Success:
        require(result.failure == GatewayResult::Failure::None, "a success with a failure");
        require(result.messages.isEmpty(), "a success with refusal messages");
        break;
    case GatewayResult::Outcome::Rejected:
        require(result.failure == GatewayResult::Failure::None, "a refusal with a transport failure");
        for (const QString &message : result.messages)
            require(!message.isEmpty(), "an empty refusal message");
        require(!result.cashierText().isEmpty(), "a refusal without a sentence for the cashier");
        break;
    case GatewayResult::Outcome::Transport:
        require(result.failure != GatewayResult::Failure::None, "a transport failure without its kind");
        require(!result.cashierText().isEmpty(), "a transport failure without a sentence for the cashier");
        break;
    }
    (void)result.mayHaveReachedGateway();

    if (result.isSuccess()) {
        // create_invoice: the payment page address, read as the checkout reads it.
        const QUrl url(result.payload.toString().trimmed(), QUrl::StrictMode);
        if (url.isValid())
            (void)url.toString();
        // The other calls: a string that may hold JSON, and scalar fields.
        if (const auto inner = GatewayAnswerParser::decodeInnerJson(result.payload))
            (void)GatewayAnswerParser::scalarText(*inner);
        (void)GatewayAnswerParser::scalarText(result.payload);
    }
    return 0;
}
