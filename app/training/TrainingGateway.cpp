#include "training/TrainingGateway.h"

#include "gateway/WireFields.h"
#include "invoice/Amount.h"
#include "invoice/CoinCatalogue.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QStringList &messages)
{
    return json({{WireFields::AnswerStatus, WireFields::AnswerError},
                 {WireFields::AnswerMessage, QJsonArray::fromStringList(messages)}});
}

QByteArray successBody(const QJsonValue &message)
{
    return json({{WireFields::AnswerStatus, WireFields::AnswerSuccess},
                 {WireFields::AnswerMessage, message}});
}

QString gatewayTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString eightDecimals(const Amount &amount)
{
    const qint64 units = amount.units();
    return QStringLiteral("%1.%2").arg(units / Amount::UnitsPerWhole)
            .arg(units % Amount::UnitsPerWhole, Amount::Decimals, 10, QLatin1Char('0'));
}

QString randomAlias()
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString alias;
    for (int i = 0; i < 16; ++i)
        alias += QLatin1Char(letters[QRandomGenerator::global()->bounded(36)]);
    return alias;
}
} // namespace

namespace {
template <typename Reply>
QHttpServerResponse responseOf(const Reply &reply)
{
    return QHttpServerResponse(reply.mimeType, reply.body, QHttpServerResponse::StatusCode(reply.status));
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
                    [this](const QString &command, const QHttpServerRequest &request) {
        const Reply reply = handleCommand(command, request.body());
        const int delay = m_delayMs + (m_jitterMs > 0 ? int(QRandomGenerator::global()->bounded(m_jitterMs + 1)) : 0);
        return QtConcurrent::run(&m_pool, [reply, delay] {
            if (delay > 0)
                QThread::msleep(delay);
            return responseOf(reply);
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
        return {json({{WireFields::AnswerStatus, WireFields::AnswerError},
                      {WireFields::AnswerMessage, QStringLiteral("Unprocessable request.")}}), 422};
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
        return {QByteArray(2 * 1024 * 1024, ' ') + successBody(QStringLiteral("x")), 200};
    }
    return {};
}

QList<TrainingGateway::Outcome> TrainingGateway::outcomes()
{
    return {Outcome::Automatic, Outcome::Paid, Outcome::Underpaid, Outcome::Expires, Outcome::PaidLate,
            Outcome::NeverPaid};
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
    }
    return QString();
}

void TrainingGateway::goDownForMs(int ms)
{
    m_downUntil = QDateTime::currentDateTimeUtc().addMSecs(ms);
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
    if (form.value(WireFields::PublicKey) != publicKey())
        return {errorBody({QStringLiteral("Invalid public key.")}), 421};
    if (form.value(WireFields::PrivateKey) != privateKey())
        return {errorBody({QStringLiteral("Invalid private key.")}), 421};
    if (command == GatewayCommands::CreateInvoice)
        return createInvoice(form);
    if (command == GatewayCommands::GetInvoices)
        return getInvoices(form);
    if (command == GatewayCommands::GetAddress)
        return getAddress(form);
    return {errorBody({QStringLiteral("Unknown command.")}), 404};
}

TrainingGateway::Reply TrainingGateway::createInvoice(const FormBody &form)
{
    using namespace WireFields;
    QStringList problems;
    const auto price = Amount::fromCanonical(form.value(PriceAmount));
    if (!price || price->units() < 10000)
        problems << QStringLiteral("The price amount must be at least 0.0001.");
    const QString email = form.value(Email);
    if (!email.isEmpty() && !email.contains(QLatin1Char('@')))
        problems << QStringLiteral("The email must be a valid email address.");
    if (form.value(Title).size() > 150)
        problems << QStringLiteral("The title may not be greater than 150 characters.");
    if (form.value(OrderId).size() > 100)
        problems << QStringLiteral("The order id may not be greater than 100 characters.");
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
    invoice.alias = randomAlias();
    invoice.fields = form;
    invoice.createdAt = QDateTime::currentDateTimeUtc();
    const int hours = form.value(ExpirationDate).toInt();
    invoice.expiresAt = invoice.createdAt.addSecs(qint64(hours > 0 ? hours : 48) * 3600);
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
    }
    m_invoices.append(invoice);

    if (form.value(WhiteLabel) == QLatin1String("1")) {
        // A coin list as a string that holds JSON, banned coins left out.
        const CoinCatalogue catalogue;
        QJsonArray coins;
        for (const ::Coin &coin : catalogue.coins()) {
            if (coin.isWholeCoin() || bannedCodes.contains(coin.code)
                || bannedCodes.contains(catalogue.parentOf(coin.code)))
                continue;
            coins.append(QJsonObject{{QStringLiteral("name"), coin.coin},
                                     {QStringLiteral("network"), coin.network},
                                     {QStringLiteral("invoice_id"), invoice.alias}});
        }
        return {successBody(QString::fromUtf8(QJsonDocument(coins).toJson(QJsonDocument::Compact)))};
    }
    QString url = QStringLiteral("http://127.0.0.1:%1/invoice/%2").arg(m_port).arg(invoice.alias);
    if (!form.value(Template).isEmpty())
        url += QLatin1Char('/') + form.value(Template);
    return {successBody(url)};
}

bool TrainingGateway::isPaid(const Invoice &invoice) const
{
    return invoice.paid || (!invoice.underpays && invoice.paysAt.isValid()
                            && invoice.paysAt <= QDateTime::currentDateTimeUtc());
}

bool TrainingGateway::hasUnderpaid(const Invoice &invoice) const
{
    return !invoice.paid && invoice.underpays && invoice.paysAt <= QDateTime::currentDateTimeUtc();
}

QJsonObject TrainingGateway::invoiceObject(const Invoice &invoice) const
{
    using namespace WireFields;
    const bool paid = isPaid(invoice);
    const Amount price = Amount::fromCanonical(invoice.fields.value(PriceAmount)).value_or(Amount());
    QJsonObject object;
    object.insert(QStringLiteral("id"), invoice.alias);
    object.insert(OrderId, invoice.fields.value(OrderId));
    object.insert(PriceAmount, eightDecimals(price));
    object.insert(PriceCurrency, invoice.fields.value(PriceCurrency));
    QJsonValue amount;
    if (paid)
        amount = eightDecimals(price);
    else if (hasUnderpaid(invoice))
        amount = eightDecimals(Amount::fromUnits(price.units() / 10 * 9));
    object.insert(QStringLiteral("amount"), amount);
    object.insert(QStringLiteral("amount_currency"), amount.isNull() ? QJsonValue() : QJsonValue(QStringLiteral("USDT")));
    object.insert(Status, paid ? 1 : 0);
    object.insert(Test, invoice.fields.value(Test) == QLatin1String("1") ? 1 : 0);
    object.insert(Title, invoice.fields.value(Title));
    object.insert(QStringLiteral("created_at"), gatewayTime(invoice.createdAt));
    object.insert(ExpirationDate, gatewayTime(invoice.expiresAt));
    return object;
}

TrainingGateway::Reply TrainingGateway::getInvoices(const FormBody &form)
{
    const QString orderId = form.value(WireFields::OrderId);
    QJsonArray found;
    for (const Invoice &invoice : qAsConst(m_invoices)) {
        if (orderId.isEmpty() || invoice.fields.value(WireFields::OrderId) == orderId)
            found.append(invoiceObject(invoice));
    }
    return {successBody(QString::fromUtf8(QJsonDocument(found).toJson(QJsonDocument::Compact)))};
}

TrainingGateway::Reply TrainingGateway::getAddress(const FormBody &form)
{
    using namespace WireFields;
    if (std::exchange(m_refuseNextAddress, false)) {
        return {json({{AnswerStatus, AnswerError},
                      {QStringLiteral("title"), QStringLiteral("Network busy")},
                      {AnswerMessage, QJsonArray{QStringLiteral("No address is available for this coin right now.")}}}),
                421};
    }
    Invoice *invoice = findByAlias(form.value(InvoiceId));
    if (!invoice)
        return {errorBody({QStringLiteral("Invoice not found.")}), 421};
    const QString coin = form.value(WireFields::Coin);
    const QString network = form.value(Network);
    if (coin.isEmpty() || network.isEmpty())
        return {errorBody({QStringLiteral("Coin and network are required.")}), 421};
    // Addresses shaped as each network writes them, and amounts at fixed
    // training rates (coin per US dollar as a fraction).
    struct Rate { const char *coin; const char *prefix; qint64 num; qint64 den; };
    static const Rate rates[] = {
        {"BTC", "bc1q", 1, 60000}, {"LTC", "ltc1q", 1, 80}, {"ETH", "0x", 1, 3000},
        {"BNB", "0x", 1, 600}, {"TRX", "T", 25, 3}, {"USDT", "", 1, 1},
    };
    Rate rate{"USDT", "", 1, 1};
    for (const Rate &r : rates) {
        if (coin == QLatin1String(r.coin))
            rate = r;
    }
    QString prefix = QLatin1String(rate.prefix);
    if (coin == QLatin1String("USDT"))
        prefix = network == QLatin1String("TRC20") ? QStringLiteral("T") : QStringLiteral("0x");
    const QString hex = QString::fromLatin1(QCryptographicHash::hash((coin + network + invoice->alias).toUtf8(),
                                                                     QCryptographicHash::Sha256).toHex());
    const QString address = (prefix + hex).left(prefix == QLatin1String("0x") ? 42 : 40);
    const Amount price = Amount::fromCanonical(invoice->fields.value(PriceAmount)).value_or(Amount());
    const Amount amount = Amount::fromUnits(price.units() * rate.num / rate.den);
    return {json({{AnswerStatus, AnswerSuccess},
                  {QStringLiteral("address"), address},
                  {QStringLiteral("amount"), eightDecimals(amount)}})};
}

TrainingGateway::Invoice *TrainingGateway::findByAlias(const QString &alias)
{
    for (Invoice &invoice : m_invoices) {
        if (invoice.alias == alias)
            return &invoice;
    }
    return nullptr;
}

TrainingGateway::Reply TrainingGateway::paymentPage(const QString &alias)
{
    const Invoice *invoice = findByAlias(alias);
    if (!invoice)
        return {QByteArrayLiteral("<!doctype html><title>Not found</title><p>No such invoice.</p>"), 404,
                QByteArrayLiteral("text/html; charset=utf-8")};
    const bool paid = isPaid(*invoice);
    const QString page = QStringLiteral(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
            "<style>body{font-family:sans-serif;max-width:32em;margin:3em auto}"
            ".banner{background:#ffd54f;padding:.6em;font-weight:bold}</style></head><body>"
            "<p class=\"banner\">Training gateway: no real money moves.</p>"
            "<h1>%2 %3</h1><p>%1</p><p>Order %4</p><p>Status: <strong>%5</strong></p>"
            "<form method=\"post\" action=\"/invoice/%6/pay\"><button>Pay now (training)</button></form>"
            "</body></html>")
            .arg(invoice->fields.value(WireFields::Title).toHtmlEscaped(),
                 invoice->fields.value(WireFields::PriceAmount).toHtmlEscaped(),
                 invoice->fields.value(WireFields::PriceCurrency).toHtmlEscaped(),
                 invoice->fields.value(WireFields::OrderId).toHtmlEscaped(),
                 paid ? QStringLiteral("paid") : QStringLiteral("waiting for payment"), alias);
    return {page.toUtf8(), 200, QByteArrayLiteral("text/html; charset=utf-8")};
}
