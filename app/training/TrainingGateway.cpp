#include "training/TrainingGateway.h"

#include "gateway/WireFields.h"
#include "invoice/CoinCatalogue.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <utility>

namespace {
// The answers are written as JSON text here rather than through QJsonDocument,
// which would pass every number through a double (98765 would stay, but an ETH
// amount of 0.003333333333333333 would not) and reorder the fields.
void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (uchar(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(uchar(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
}

QByteArray jsonString(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    appendEscaped(out, utf8);
    out += '"';
    return out;
}

QByteArray jsonString(const QString &text)
{
    return jsonString(text.toUtf8());
}

// A JSON string, or null when the field was not sent.
QByteArray stringOrNull(const QString &text)
{
    return text.isEmpty() ? QByteArrayLiteral("null") : jsonString(text);
}

QByteArray errorBody(const QStringList &messages)
{
    QByteArray list;
    for (const QString &message : messages)
        list += (list.isEmpty() ? "" : ",") + jsonString(message);
    return "{\"status\":\"error\",\"message\":[" + list + "]}";
}

// `message` is JSON text already (a string literal, or anything else).
QByteArray successBody(const QByteArray &message)
{
    return "{\"status\":\"success\",\"message\":" + message + '}';
}

QString gatewayTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QString randomAlias()
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString alias;
    for (int i = 0; i < 16; ++i)
        alias += QLatin1Char(letters[QRandomGenerator::global()->bounded(36)]);
    return alias;
}

// Training rates, fixed so that tests can predict every amount: what one unit of
// a fiat currency and one coin are worth in US dollars, as exact fractions.
struct FiatRate { const char *code; qint64 usdNum; qint64 usdDen; };
const FiatRate fiatRates[] = {
    {"USD", 1, 1}, {"EUR", 108, 100}, {"GBP", 127, 100}, {"TRY", 31, 1000}, {"CHF", 113, 100},
    {"CAD", 73, 100}, {"AUD", 66, 100}, {"JPY", 67, 10000}, {"INR", 12, 1000}, {"BRL", 20, 100},
};

struct CoinRate { const char *coin; qint64 usdNum; qint64 usdDen; int decimals; const char *prefix; };
const CoinRate coinRates[] = {
    {"USDT", 1, 1, 6, ""}, {"BTC", 60000, 1, 8, "bc1q"}, {"ETH", 3000, 1, 18, "0x"},
    {"TRX", 12, 100, 6, "T"}, {"LTC", 80, 1, 8, "ltc1q"}, {"BNB", 600, 1, 18, "0x"},
};

const CoinRate *coinRate(const QString &coin)
{
    for (const CoinRate &rate : coinRates) {
        if (coin == QLatin1String(rate.coin))
            return &rate;
    }
    return nullptr;
}

FiatRate fiatRate(const QString &currency)
{
    for (const FiatRate &rate : fiatRates) {
        if (currency == QLatin1String(rate.code))
            return rate;
    }
    return {"USD", 1, 1}; // any other code: worth a dollar, for training
}

bool isValidNetwork(const QString &coin, const QString &network)
{
    if (coin == QLatin1String("USDT"))
        return network == QLatin1String("TRC20") || network == QLatin1String("ERC20")
                || network == QLatin1String("BEP20");
    return coinRate(coin) && network == coin;
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}
} // namespace

namespace {
QHttpServerResponse responseOf(const TrainingGateway::Reply &reply)
{
    QHttpServerResponse response(reply.mimeType, reply.body, QHttpServerResponse::StatusCode(reply.status));
    // Real servers date every answer; the console may judge expiry by it.
    response.addHeader(QByteArrayLiteral("Date"), httpDate(QDateTime::currentDateTimeUtc()));
    return response;
}
}

TrainingGateway::TrainingGateway(QObject *parent)
    : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
    m_pool.setMaxThreadCount(8);
}

TrainingGateway::~TrainingGateway()
{
    m_server.reset();
    m_pool.waitForDone();
}

QString TrainingGateway::start(quint16 port)
{
    m_server->route(QStringLiteral("/api/v1/<arg>"), QHttpServerRequest::Method::Post,
                    [this](const QString &command, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const Reply reply = handleCommand(command, request.body());
        const int delay = m_delayMs + (m_jitterMs > 0 ? int(QRandomGenerator::global()->bounded(m_jitterMs + 1)) : 0);
        if (delay <= 0) {
            responseOf(reply).write(std::move(responder));
            return;
        }
        // A late answer waits on a timer and goes out only if the client is still
        // there: Qt 6.4's QHttpServer writes a QFuture's answer to a socket it has
        // already deleted when the client hung up first (a crash under the kill loop).
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        const QPointer<QTcpSocket> socket = held->socket();
        QTimer::singleShot(delay, this, [held, socket, reply] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                responseOf(reply).write(std::move(*held));
        });
    });
    m_server->route(QStringLiteral("/invoice/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString &alias) {
        return responseOf(paymentPage(alias));
    });
    m_server->route(QStringLiteral("/invoice/<arg>/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString &alias, const QString &) {
        return responseOf(paymentPage(alias));
    });
    m_server->route(QStringLiteral("/invoice/<arg>/pay"), QHttpServerRequest::Method::Post,
                    [this](const QString &alias) {
        if (Invoice *invoice = findByAlias(alias))
            invoice->paid = true;
        return responseOf(paymentPage(alias));
    });
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        return tr("The training gateway could not start on this computer.");
    return QString();
}

QUrl TrainingGateway::apiBase() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(m_port));
}

GatewayEndpoint TrainingGateway::endpoint() const
{
    GatewayEndpoint endpoint;
    endpoint.base = apiBase();
    endpoint.training = true;
    endpoint.publicKey = publicKey();
    endpoint.privateKey = privateKey();
    return endpoint;
}

TrainingGateway::Reply TrainingGateway::spoiled(Answer answer) const
{
    switch (answer) {
    case Answer::Normal:
        break;
    case Answer::ErrorArray421:
        return {errorBody({QStringLiteral("The price amount must be at least 0.0001."),
                           QStringLiteral("Invalid currency.")}), 421};
    case Answer::ErrorString422:
        return {QByteArrayLiteral("{\"status\":\"error\",\"message\":\"Unprocessable request.\"}"), 422};
    case Answer::ErrorAt200:
        return {errorBody({QStringLiteral("Service temporarily unavailable.")}), 200};
    case Answer::Html502:
        return {QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                                  "<h1>502 Bad Gateway</h1></body></html>"),
                502, QByteArrayLiteral("text/html")};
    case Answer::Empty:
        return {QByteArray(), 200};
    case Answer::BrokenJson:
        return {QByteArrayLiteral("{\"status\": \"success\", \"message\": "), 200};
    case Answer::NoStatus:
        return {QByteArrayLiteral("{\"result\": \"ok\"}"), 200};
    case Answer::Oversized:
        return {QByteArray(2 * 1024 * 1024, ' ') + successBody(QByteArrayLiteral("\"x\"")), 200};
    }
    return {};
}

QList<TrainingGateway::Outcome> TrainingGateway::outcomes()
{
    return {Outcome::Automatic, Outcome::Paid, Outcome::Underpaid, Outcome::Expires, Outcome::PaidLate,
            Outcome::NeverPaid, Outcome::PartlyPaid, Outcome::Unconfirmed};
}

QString TrainingGateway::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Automatic: return tr("As the real gateway (test invoices pay themselves)");
    case Outcome::Paid: return tr("Paid after a few seconds");
    case Outcome::Underpaid: return tr("Underpaid");
    case Outcome::Expires: return tr("Expires unpaid");
    case Outcome::PaidLate: return tr("Paid after it expired");
    case Outcome::NeverPaid: return tr("Never paid");
    case Outcome::PartlyPaid: return tr("Partly paid (40 percent), never completed");
    case Outcome::Unconfirmed: return tr("Paid, then confirmed after a while");
    }
    return QString();
}

QStringList TrainingGateway::payCoins()
{
    QStringList coins;
    for (const CoinRate &rate : coinRates)
        coins << QLatin1String(rate.coin);
    return coins;
}

void TrainingGateway::goDownForMs(int ms)
{
    m_downUntil = QDateTime::currentDateTimeUtc().addMSecs(ms);
}

TrainingGateway::Reply TrainingGateway::answer(const QString &command, const QByteArray &body)
{
    return handleCommand(command, body);
}

TrainingGateway::Reply TrainingGateway::handleCommand(const QString &command, const QByteArray &body)
{
    m_requestCounts[command] += 1;
    const FormBody form = FormBody::decode(body);
    m_lastRequest = form;
    emit requestReceived(command, form);
    if (m_downUntil.isValid() && QDateTime::currentDateTimeUtc() < m_downUntil) {
        return {QByteArrayLiteral("<html><body><h1>503 Service Unavailable</h1></body></html>"), 503,
                QByteArrayLiteral("text/html")};
    }
    if (!m_queued.isEmpty()) {
        const Answer answer = m_queued.takeFirst();
        if (answer != Answer::Normal)
            return spoiled(answer);
    }
    // get_address is what the gateway's own checkout page calls, with email,
    // coin, invoice_id and network only: it needs no keys. The account's calls do.
    if (command == GatewayCommands::GetAddress)
        return getAddress(form);
    if (command != GatewayCommands::CreateInvoice && command != GatewayCommands::GetInvoices)
        return {errorBody({QStringLiteral("Unknown command.")}), 404};
    if (form.value(WireFields::PublicKey) != publicKey())
        return {errorBody({QStringLiteral("Invalid public key.")}), 421};
    if (form.value(WireFields::PrivateKey) != privateKey())
        return {errorBody({QStringLiteral("Invalid private key.")}), 421};
    if (command == GatewayCommands::CreateInvoice)
        return createInvoice(form);
    return getInvoices(form);
}

QString TrainingGateway::nextPayCoin()
{
    if (m_payCoin != rotateCoins())
        return coinRate(m_payCoin) ? m_payCoin : QStringLiteral("USDT");
    const QStringList coins = payCoins();
    return coins.at(m_rotation++ % coins.size());
}

void TrainingGateway::addInvoice(const Invoice &invoice)
{
    const int index = int(m_invoices.size());
    m_invoices.append(invoice);
    const QString orderId = invoice.fields.value(WireFields::OrderId);
    if (!orderId.isEmpty())
        m_byOrderId.insert(orderId, index);
    if (!invoice.alias.isEmpty())
        m_byAlias.insert(invoice.alias, index);
    m_byId.insert(invoice.id, index);
}

TrainingGateway::Reply TrainingGateway::createInvoice(const FormBody &form)
{
    using namespace WireFields;
    QStringList problems;
    const auto price = Amount::fromCanonical(form.value(PriceAmount));
    if (!price || *price < Amount::fromDecimal(1, 4))
        problems << QStringLiteral("The price amount must be at least 0.0001.");
    const QString email = form.value(Email);
    if (!email.isEmpty() && !email.contains(QLatin1Char('@')))
        problems << QStringLiteral("The email must be a valid email address.");
    if (form.value(Title).size() > 150)
        problems << QStringLiteral("The title may not be greater than 150 characters.");
    if (form.value(Description).size() > 300)
        problems << QStringLiteral("The description may not be greater than 300 characters.");
    if (form.value(OrderId).size() > 100)
        problems << QStringLiteral("The order id may not be greater than 100 characters.");
    if (form.value(MerchantId).size() > 150)
        problems << QStringLiteral("The merchant id may not be greater than 150 characters.");
    const QString customerId = form.value(CustomerId);
    if (!customerId.isEmpty() && (!allDigits(customerId) || customerId.size() > 11))
        problems << QStringLiteral("The customer id must be an integer of at most 11 digits.");
    const QString banned = form.value(BannedCoins);
    QStringList bannedCodes;
    if (!banned.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(banned.toUtf8());
        if (!document.isArray())
            problems << QStringLiteral("The banned coins must be a JSON array.");
        for (const QJsonValue &code : document.array())
            bannedCodes << code.toString();
    }
    if (!problems.isEmpty())
        return {errorBody(problems), 421};

    Invoice invoice;
    invoice.id = m_nextId++;
    invoice.alias = randomAlias();
    // Only the first 180 characters of a description are kept.
    for (const FormBody::Field &field : form.fields()) {
        if (field.first == PublicKey || field.first == PrivateKey)
            continue; // the account's secret is never kept with an invoice
        invoice.fields.add(field.first, field.first == Description ? field.second.left(180) : field.second);
    }
    invoice.createdAt = QDateTime::currentDateTimeUtc();
    const int hours = form.value(ExpirationDate).toInt();
    invoice.expiresAt = invoice.createdAt.addSecs(qint64(hours > 0 ? hours : 48) * 3600);
    const bool whiteLabel = form.value(WhiteLabel) == QLatin1String("1");
    // A hosted invoice is paid in the coin the gateway is set to; a white-label
    // one in the coin chosen through get_address (USDT until one is chosen).
    invoice.payCoin = whiteLabel ? QStringLiteral("USDT") : nextPayCoin();
    const bool test = form.value(Test) == QLatin1String("1");
    switch (std::exchange(m_nextOutcome, Outcome::Automatic)) {
    case Outcome::Automatic:
        if (test)
            invoice.paysAt = invoice.createdAt.addMSecs(m_testPaysAfterMs);
        break;
    case Outcome::Paid:
        invoice.paysAt = invoice.createdAt.addMSecs(m_testPaysAfterMs);
        break;
    case Outcome::Underpaid:
        invoice.paysAt = invoice.createdAt.addMSecs(m_testPaysAfterMs);
        invoice.underpays = true;
        break;
    case Outcome::Expires:
        invoice.expiresAt = invoice.createdAt.addMSecs(m_shortExpiryMs);
        break;
    case Outcome::PaidLate:
        invoice.expiresAt = invoice.createdAt.addMSecs(m_shortExpiryMs);
        invoice.paysAt = invoice.expiresAt.addMSecs(m_testPaysAfterMs);
        break;
    case Outcome::NeverPaid:
        break;
    case Outcome::PartlyPaid:
        invoice.paysAt = invoice.createdAt.addMSecs(m_testPaysAfterMs);
        invoice.partial = true;
        break;
    case Outcome::Unconfirmed:
        invoice.paysAt = invoice.createdAt.addMSecs(m_testPaysAfterMs);
        invoice.confirmsAt = invoice.paysAt.addMSecs(m_confirmAfterMs);
        break;
    }
    addInvoice(invoice);

    if (whiteLabel) {
        // A coin list as a string that holds JSON, banned coins left out.
        const CoinCatalogue catalogue;
        QByteArray coins;
        for (const ::Coin &coin : catalogue.coins()) {
            if (coin.isWholeCoin() || bannedCodes.contains(coin.code)
                || bannedCodes.contains(catalogue.parentOf(coin.code)))
                continue;
            coins += (coins.isEmpty() ? "" : ",");
            coins += "{\"name\":" + jsonString(coin.coin) + ",\"network\":" + jsonString(coin.network)
                    + ",\"invoice_id\":" + idJson(invoice.id) + '}';
        }
        return {successBody(jsonString('[' + coins + ']'))};
    }
    QString url = QStringLiteral("http://127.0.0.1:%1/invoice/%2").arg(m_port).arg(invoice.alias);
    if (!form.value(Template).isEmpty())
        url += QLatin1Char('/') + form.value(Template);
    return {successBody(jsonString(url))};
}

QString TrainingGateway::quote(const QString &price, const QString &currency, const QString &coin) const
{
    const CoinRate *rate = coinRate(coin);
    const auto amount = Amount::fromCanonical(price);
    if (!rate || !amount)
        return QString();
    const FiatRate fiat = fiatRate(currency.isEmpty() ? QStringLiteral("USD") : currency);
    const int decimals = m_numbersAsJson ? rate->decimals : std::min(rate->decimals, 8);
    const auto converted = amount->mulDiv(fiat.usdNum * rate->usdDen, fiat.usdDen * rate->usdNum, decimals,
                                          Amount::Rounding::HalfUp);
    return converted ? amountText(*converted, decimals) : QString();
}

QString TrainingGateway::amountText(const Amount &amount, int decimals) const
{
    // As strings the gateway writes 8 decimals ("2.00000000"); as JSON numbers,
    // the exact literal without padding ("0.003333333333333333").
    return m_numbersAsJson ? amount.roundedTo(decimals, Amount::Rounding::HalfUp).toCanonical()
                           : amount.toFixed(8, Amount::Rounding::HalfUp);
}

QByteArray TrainingGateway::numberOrString(const Amount &amount, int decimals) const
{
    if (!m_numbersAsJson)
        return jsonString(amount.toFixed(8, Amount::Rounding::HalfUp));
    return amount.roundedTo(decimals, Amount::Rounding::HalfUp).toCanonical().toLatin1();
}

QByteArray TrainingGateway::idJson(qint64 id) const
{
    const QByteArray digits = QByteArray::number(id);
    return m_numbersAsJson ? digits : jsonString(digits);
}

std::optional<Amount> TrainingGateway::received(const Invoice &invoice, const QDateTime &now, bool *confirmed) const
{
    *confirmed = false;
    const bool arrived = invoice.paid || (invoice.paysAt.isValid() && invoice.paysAt <= now);
    if (!arrived)
        return std::nullopt;
    const CoinRate *rate = coinRate(invoice.payCoin);
    const int decimals = rate ? (m_numbersAsJson ? rate->decimals : std::min(rate->decimals, 8)) : 8;
    Amount full;
    if (invoice.quotedAmount) {
        full = *invoice.quotedAmount; // exactly what get_address asked for
    } else {
        const FiatRate fiat = fiatRate(invoice.fields.value(WireFields::PriceCurrency));
        const Amount price = Amount::fromCanonical(invoice.fields.value(WireFields::PriceAmount)).value_or(Amount());
        full = price.mulDiv(fiat.usdNum * (rate ? rate->usdDen : 1), fiat.usdDen * (rate ? rate->usdNum : 1),
                            decimals, Amount::Rounding::HalfUp).value_or(Amount());
    }
    if (invoice.paid) {
        *confirmed = true;
        return full;
    }
    if (invoice.underpays)
        return full.mulDiv(9, 10, decimals, Amount::Rounding::Down);
    if (invoice.partial)
        return full.mulDiv(4, 10, decimals, Amount::Rounding::Down);
    *confirmed = !invoice.confirmsAt.isValid() || invoice.confirmsAt <= now;
    return full;
}

bool TrainingGateway::isPaid(const Invoice &invoice) const
{
    bool confirmed = false;
    received(invoice, QDateTime::currentDateTimeUtc(), &confirmed);
    return confirmed;
}

QByteArray TrainingGateway::invoiceJson(const Invoice &invoice, const QDateTime &now) const
{
    using namespace WireFields;
    const FormBody &f = invoice.fields;
    bool confirmed = false;
    const std::optional<Amount> amount = received(invoice, now, &confirmed);
    const CoinRate *rate = coinRate(invoice.payCoin);
    const int decimals = rate ? rate->decimals : 8;
    const Amount price = Amount::fromCanonical(f.value(PriceAmount)).value_or(Amount());
    const QString customerId = f.value(CustomerId);
    const QString currency = f.value(PriceCurrency);

    QByteArray o;
    o.reserve(640);
    auto field = [&o](const char *name, const QByteArray &json) {
        o += o.isEmpty() ? "{\"" : ",\"";
        o += name;
        o += "\":";
        o += json;
    };
    // Every field the callback carries, in its order, without the private key.
    field("id", idJson(invoice.id));
    field("user_id", idJson(UserId));
    field("email", stringOrNull(f.value(Email)));
    field("merchant_id", stringOrNull(f.value(MerchantId)));
    field("order_id", stringOrNull(f.value(OrderId)));
    field("customer_id", customerId.isEmpty() ? QByteArrayLiteral("null")
                         : m_numbersAsJson && allDigits(customerId) ? customerId.toLatin1()
                                                                    : jsonString(customerId));
    field("price_amount", numberOrString(price, Amount::Decimals));
    field("price_currency", jsonString(currency.isEmpty() ? QStringLiteral("USD") : currency));
    field("amount", amount ? numberOrString(*amount, decimals) : QByteArrayLiteral("null"));
    field("amount_currency", amount ? jsonString(invoice.payCoin) : QByteArrayLiteral("null"));
    field("add_fee_to_price", f.value(AddFeeToPrice) == QLatin1String("1") ? "1" : "0");
    field("title", stringOrNull(f.value(Title)));
    field("description", stringOrNull(f.value(Description)));
    field("ref_url", QByteArrayLiteral("null"));
    field("cancel_url", stringOrNull(f.value(CancelUrl)));
    field("success_url", stringOrNull(f.value(SuccessUrl)));
    field("callback_url", stringOrNull(f.value(CallbackUrl)));
    field("ip", jsonString(QByteArrayLiteral("127.0.0.1")));
    field("test", f.value(Test) == QLatin1String("1") ? "1" : "0");
    field("created_at", jsonString(gatewayTime(invoice.createdAt)));
    field("expiration_date", jsonString(gatewayTime(invoice.expiresAt)));
    field("status", confirmed ? "1" : "0");
    o += '}';
    return o;
}

QByteArray TrainingGateway::invoicesJson(const QString &orderId, const QString &statusFilter) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<int> indexes;
    if (orderId.isEmpty()) {
        indexes.reserve(m_invoices.size());
        for (int i = 0; i < m_invoices.size(); ++i)
            indexes.append(i);
    } else {
        indexes = m_byOrderId.values(orderId);
        std::sort(indexes.begin(), indexes.end()); // oldest first, as created
    }
    QByteArray array = "[";
    if (orderId.isEmpty())
        array.reserve(qsizetype(m_invoices.size()) * 620);
    for (const int index : std::as_const(indexes)) {
        const Invoice &invoice = m_invoices.at(index);
        if (!statusFilter.isEmpty()) {
            bool confirmed = false;
            received(invoice, now, &confirmed);
            if ((statusFilter == QLatin1String("1")) != confirmed)
                continue;
        }
        if (array.size() > 1)
            array += ',';
        array += invoiceJson(invoice, now);
    }
    array += ']';
    return array;
}

TrainingGateway::Reply TrainingGateway::getInvoices(const FormBody &form)
{
    // The payload is a string that holds the JSON array, as on the real gateway.
    const QByteArray array = invoicesJson(form.value(WireFields::OrderId), form.value(WireFields::Status));
    QByteArray body;
    body.reserve(array.size() + array.size() / 8 + 40);
    body += "{\"status\":\"success\",\"message\":\"";
    appendEscaped(body, array);
    body += "\"}";
    return {body};
}

TrainingGateway::Reply TrainingGateway::getAddress(const FormBody &form)
{
    using namespace WireFields;
    if (std::exchange(m_refuseNextAddress, false)) {
        return {"{\"status\":\"error\",\"title\":\"Network busy\",\"message\":["
                + jsonString(QStringLiteral("No address is available for this coin right now.")) + "]}",
                421};
    }
    Invoice *invoice = findById(form.value(InvoiceId));
    if (!invoice)
        return {errorBody({QStringLiteral("Invoice not found.")}), 421};
    const QString coin = form.value(WireFields::Coin);
    const QString network = form.value(Network);
    if (coin.isEmpty() || network.isEmpty())
        return {errorBody({QStringLiteral("Coin and network are required.")}), 421};
    const CoinRate *rate = coinRate(coin);
    if (!rate || !isValidNetwork(coin, network))
        return {errorBody({QStringLiteral("This coin or network is not supported.")}), 421};
    // Addresses shaped as each network writes them.
    QString prefix = QLatin1String(rate->prefix);
    if (coin == QLatin1String("USDT"))
        prefix = network == QLatin1String("TRC20") ? QStringLiteral("T") : QStringLiteral("0x");
    const QString hex = QString::fromLatin1(QCryptographicHash::hash((coin + network + invoice->alias
                                                                      + QString::number(invoice->id)).toUtf8(),
                                                                     QCryptographicHash::Sha256).toHex());
    const QString address = (prefix + hex).left(prefix == QLatin1String("0x") ? 42 : 40);
    const QString text = quote(invoice->fields.value(PriceAmount), invoice->fields.value(PriceCurrency), coin);
    const std::optional<Amount> amount = Amount::fromCanonical(text);
    if (!amount)
        return {errorBody({QStringLiteral("No rate for this coin.")}), 421};
    // Until something is paid, the customer may switch coins; what is paid then
    // is exactly the amount given here.
    bool confirmed = false;
    if (!received(*invoice, QDateTime::currentDateTimeUtc(), &confirmed)) {
        invoice->payCoin = coin;
        invoice->network = network;
        invoice->quotedAmount = amount;
    }
    const int decimals = m_numbersAsJson ? rate->decimals : std::min(rate->decimals, 8);
    return {"{\"status\":\"success\",\"address\":" + jsonString(address)
            + ",\"amount\":" + numberOrString(*amount, decimals) + '}'};
}

TrainingGateway::Invoice *TrainingGateway::findByAlias(const QString &alias)
{
    const auto found = m_byAlias.constFind(alias);
    return found == m_byAlias.cend() ? nullptr : &m_invoices[*found];
}

TrainingGateway::Invoice *TrainingGateway::findById(const QString &invoiceId)
{
    // Exactly the digits the coin list gave: "98765.00000000" is another text.
    if (!allDigits(invoiceId))
        return findByAlias(invoiceId);
    bool ok = false;
    const qint64 id = invoiceId.toLongLong(&ok);
    const auto found = ok ? m_byId.constFind(id) : m_byId.cend();
    return found == m_byId.cend() ? nullptr : &m_invoices[*found];
}

void TrainingGateway::seedAccount(int count)
{
    using namespace WireFields;
    // Names and common values shared between the invoices (Qt's implicit
    // sharing), so that 100,000 of them fit in a few tens of megabytes.
    const QString orderKey = OrderId, priceKey = PriceAmount, currencyKey = PriceCurrency, titleKey = Title;
    const QString prices[] = {QStringLiteral("5"), QStringLiteral("12.5"), QStringLiteral("25"), QStringLiteral("99.99")};
    const QString currencies[] = {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("TRY")};
    const QString title = QStringLiteral("Earlier sale");
    const QStringList coins = payCoins();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_invoices.reserve(m_invoices.size() + count);
    m_byOrderId.reserve(m_byOrderId.size() + count);
    m_byId.reserve(m_byId.size() + count);
    for (int i = 0; i < count; ++i) {
        Invoice invoice;
        invoice.id = m_nextId++;
        invoice.fields.add(orderKey, QStringLiteral("OLD-") + QString::number(invoice.id));
        invoice.fields.add(priceKey, prices[i % 4]);
        invoice.fields.add(currencyKey, currencies[(i / 4) % 4]);
        invoice.fields.add(titleKey, title);
        // Oldest first, a minute apart, all expired at least a day ago.
        invoice.createdAt = now.addSecs(-qint64(count - i) * 60 - 3 * 86400);
        invoice.expiresAt = invoice.createdAt.addSecs(48 * 3600);
        invoice.payCoin = coins.at(i % coins.size());
        if (i % 3 != 2) // two in three were paid, in various coins
            invoice.paysAt = invoice.createdAt.addSecs(600);
        addInvoice(invoice);
    }
}

TrainingGateway::Reply TrainingGateway::paymentPage(const QString &alias)
{
    const Invoice *invoice = findByAlias(alias);
    if (!invoice)
        return {QByteArrayLiteral("<!doctype html><title>Not found</title><p>No such invoice.</p>"), 404,
                QByteArrayLiteral("text/html; charset=utf-8")};
    const bool paid = isPaid(*invoice);
    const QString coinAmount = quote(invoice->fields.value(WireFields::PriceAmount),
                                     invoice->fields.value(WireFields::PriceCurrency), invoice->payCoin);
    const QString page = QStringLiteral(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
            "<style>body{font-family:sans-serif;max-width:32em;margin:3em auto}"
            ".banner{background:#ffd54f;padding:.6em;font-weight:bold}</style></head><body>"
            "<p class=\"banner\">Training gateway: no real money moves.</p>"
            "<h1>%2 %3</h1><p>%1</p><p>Order %4</p><p>Pay %7 %8</p><p>Status: <strong>%5</strong></p>"
            "<form method=\"post\" action=\"/invoice/%6/pay\"><button>Pay now (training)</button></form>"
            "</body></html>")
            .arg(invoice->fields.value(WireFields::Title).toHtmlEscaped(),
                 invoice->fields.value(WireFields::PriceAmount).toHtmlEscaped(),
                 invoice->fields.value(WireFields::PriceCurrency).toHtmlEscaped(),
                 invoice->fields.value(WireFields::OrderId).toHtmlEscaped(),
                 paid ? QStringLiteral("paid") : QStringLiteral("waiting for payment"), alias,
                 coinAmount, invoice->payCoin);
    return {page.toUtf8(), 200, QByteArrayLiteral("text/html; charset=utf-8")};
}
