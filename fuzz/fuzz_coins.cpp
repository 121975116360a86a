// The white-label coin list from the bytes up: the create_invoice envelope, then
// its payload (a string that holds a JSON array of coins). The first byte picks
// the HTTP status. A body that is not a success envelope is also read as the inner
// JSON text itself. What is read must survive the trip through the history, which
// keeps the offers as WhiteLabel::toJson() text and reads them with fromJson().

#include "FuzzSupport.h"
#include "gateway/GatewayAnswerParser.h"
#include "gateway/WhiteLabel.h"
#include "invoice/CoinCatalogue.h"

#include <QJsonDocument>

namespace {
using Fuzz::require;

void check(const QJsonValue &payload)
{
    static const CoinCatalogue catalogue;
    const CoinOfferList list = WhiteLabel::parseOffers(payload, catalogue);
    require(list.error.isEmpty() != list.offers.isEmpty(), "offers and an error at once, or neither");
    for (const CoinOffer &offer : list.offers) {
        require(!offer.coin.isEmpty() && !offer.network.isEmpty() && !offer.invoiceId.isEmpty(),
                "an offer without coin, network or invoice id");
        require(!offer.name.isEmpty(), "an offer without a readable name", offer.coin);
    }

    const QString stored = QString::fromUtf8(QJsonDocument(WhiteLabel::toJson(list.offers)).toJson(QJsonDocument::Compact));
    const QList<CoinOffer> back = WhiteLabel::fromJson(stored, catalogue);
    require(back.size() == list.offers.size(), "offers lost in the history", stored);
    for (qsizetype i = 0; i < back.size(); ++i) {
        const CoinOffer &a = list.offers.at(i);
        const CoinOffer &b = back.at(i);
        require(a.coin == b.coin && a.network == b.network && a.invoiceId == b.invoiceId && a.name == b.name,
                "an offer changed in the history", stored);
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
