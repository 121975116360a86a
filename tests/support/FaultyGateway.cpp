#include "FaultyGateway.h"

#include "gateway/WireFields.h"
#include "invoice/Amount.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QTcpSocket>

#include <sys/socket.h>

namespace {
QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
    return out + '"';
}

QByteArray stringOrNull(const QString &text)
{
    return text.isEmpty() ? QByteArrayLiteral("null") : jsonString(text);
}

QByteArray errorJson(const QStringList &messages)
{
    QByteArray list;
    for (const QString &message : messages)
        list += (list.isEmpty() ? "" : ",") + jsonString(message);
    return "{\"status\":\"error\",\"message\":[" + list + "]}";
}

QString gatewayTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 404: return "Not Found";
    case 421: return "Misdirected Request";
    case 422: return "Unprocessable Entity";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    default: return "Status";
    }
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QString eightDecimals(const QString &text)
{
    const auto amount = Amount::fromCanonical(text);
    return amount ? amount->toFixed(8) : text;
}

bool connectionFault(FaultyGateway::Fault fault)
{
    using F = FaultyGateway::Fault;
    switch (fault) {
    case F::NeverAnswer:
    case F::StallAfterHeaders:
    case F::ResetAfterRequest:
    case F::ResetMidBody:
    case F::Redirect301SameHost:
    case F::Redirect302OtherHost:
    case F::Redirect307SameHost:
    case F::Redirect307OtherHost:
        return true;
    default:
        return false;
    }
}
} // namespace

FaultyGateway::FaultyGateway(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultyGateway::onNewConnection);
}

FaultyGateway::~FaultyGateway()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_stalled)) {
        if (socket)
            socket->abort();
    }
}

QString FaultyGateway::start()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return m_server.errorString();
    return QString();
}

QUrl FaultyGateway::apiBase() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(port()));
}

void FaultyGateway::queueFault(Fault fault, const QString &command)
{
    m_faults.append({fault, command});
}

void FaultyGateway::setPayment(const QString &orderId, const QString &amount, const QString &coin, int status)
{
    for (Entry &entry : m_account) {
        if (entry.orderId == orderId) {
            entry.amount = amount;
            entry.amountCurrency = amount.isEmpty() ? QString() : coin;
            entry.status = status;
        }
    }
}

int FaultyGateway::received(const QString &command) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&command](const Request &r) { return r.command == command; }));
}

FaultyGateway::Request FaultyGateway::lastRequest(const QString &command) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (it->command == command)
            return *it;
    }
    return Request();
}

void FaultyGateway::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FaultyGateway::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qsizetype length = 0;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return; // the body is still on its way
    Request request;
    request.method = requestLine.value(0);
    request.path = QString::fromLatin1(requestLine.value(1));
    request.command = request.path.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
    request.form = FormBody::decode(buffer.mid(headerEnd + 4, length));
    request.at = QDateTime::currentDateTimeUtc();
    buffer.clear();
    // One request per connection: every answer closes it (or never comes).
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    m_requests.append(request);
    handle(socket, request);
}

FaultyGateway::Fault FaultyGateway::takeFault(const QString &command)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        if (m_faults.at(i).command.isEmpty() || m_faults.at(i).command == command)
            return m_faults.takeAt(i).fault;
    }
    return Fault::None;
}

void FaultyGateway::handle(QTcpSocket *socket, const Request &request)
{
    const Fault fault = takeFault(request.command);
    // What went wrong on the way back: the gateway still did what was asked.
    const Answer answer = answerFor(request, connectionFault(fault) ? Fault::None : fault);
    switch (fault) {
    case Fault::NeverAnswer:
        m_stalled.append(socket);
        return;
    case Fault::ResetAfterRequest:
        reset(socket);
        return;
    case Fault::Redirect301SameHost:
    case Fault::Redirect302OtherHost:
    case Fault::Redirect307SameHost:
    case Fault::Redirect307OtherHost: {
        const bool sameHost = fault == Fault::Redirect301SameHost || fault == Fault::Redirect307SameHost;
        Answer redirect;
        redirect.status = fault == Fault::Redirect301SameHost ? 301 : fault == Fault::Redirect302OtherHost ? 302 : 307;
        redirect.contentType = "text/html";
        redirect.body = "<html><body>Moved</body></html>";
        redirect.location = sameHost
                ? QStringLiteral("http://127.0.0.1:%1/api/v1/moved/%2").arg(port()).arg(request.command).toLatin1()
                : QStringLiteral("http://127.0.0.2:%1/api/v1/%2").arg(port()).arg(request.command).toLatin1();
        send(socket, redirect, fault);
        return;
    }
    default:
        send(socket, answer, fault);
    }
}

void FaultyGateway::reset(QTcpSocket *socket)
{
    // SO_LINGER with a zero time-out makes close() send RST instead of FIN.
    const struct linger hard = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

QDateTime FaultyGateway::gatewayNow(Fault fault) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return fault == Fault::ClockSkew ? now.addSecs(-m_skewSecs) : now;
}

void FaultyGateway::send(QTcpSocket *socket, const Answer &answer, Fault fault)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n";
    head += "Date: " + QLocale::c().toString(gatewayNow(fault), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1() + "\r\n";
    head += "Server: faulty-gateway\r\n";
    head += "Content-Type: " + answer.contentType + "\r\n";
    if (!answer.location.isEmpty())
        head += "Location: " + answer.location + "\r\n";
    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (fault == Fault::StallAfterHeaders) {
        socket->write(answer.body.left(8));
        m_stalled.append(socket);
        return;
    }
    if (fault == Fault::ResetMidBody) {
        socket->write(answer.body.left(answer.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(answer.body);
    socket->disconnectFromHost(); // after what is written has gone
}

FaultyGateway::Answer FaultyGateway::answerFor(const Request &request, Fault fault)
{
    switch (fault) {
    case Fault::Error421Json:
        return {421, errorJson({QStringLiteral("The price amount must be at least 0.0001."),
                                QStringLiteral("Invalid currency.")})};
    case Fault::Error422String:
        return {422, "{\"status\":\"error\",\"message\":\"Unprocessable request.\"}"};
    case Fault::Error500Json:
        return {500, errorJson({QStringLiteral("Internal error, please try again later.")})};
    case Fault::Error200Json:
        return {200, errorJson({QStringLiteral("Service temporarily unavailable.")})};
    default:
        break;
    }
    // The gateway acts on the request; what comes back may still be spoiled.
    Answer answer;
    if (request.command == GatewayCommands::CreateInvoice)
        answer = createInvoice(request.form, fault);
    else if (request.command == GatewayCommands::GetInvoices)
        answer = getInvoices(request.form, fault);
    else if (request.command == GatewayCommands::GetAddress)
        answer = getAddress(request.form, fault);
    else
        answer = {404, errorJson({QStringLiteral("Unknown command.")})};
    switch (fault) {
    case Fault::Html500:
        return {500, "<!doctype html><html><body><h1>500 Internal Server Error</h1></body></html>", "text/html"};
    case Fault::Error502Json:
        return {502, "{\"error\":\"Bad Gateway\",\"code\":502}"};
    case Fault::Html502:
        return {502, "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                     "</center><hr><center>nginx</center></body></html>", "text/html"};
    case Fault::Garbage200:
        return {200, "OK<br>\nWarning: Undefined index in /var/www/api.php on line 12\n", "text/html"};
    case Fault::Huge200:
        return {200, "{\"status\":\"success\",\"message\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}"};
    default:
        return answer;
    }
}

FaultyGateway::Answer FaultyGateway::createInvoice(const FormBody &form, Fault fault)
{
    using namespace WireFields;
    if (form.value(PublicKey) != publicKey())
        return {421, errorJson({QStringLiteral("Invalid public key.")})};
    if (form.value(PrivateKey) != privateKey())
        return {421, errorJson({QStringLiteral("Invalid private key.")})};
    const auto price = Amount::fromCanonical(form.value(PriceAmount));
    if (!price || *price < Amount::fromDecimal(1, 4))
        return {421, errorJson({QStringLiteral("The price amount must be at least 0.0001.")})};
    Entry entry;
    entry.id = m_nextId++;
    entry.orderId = form.value(OrderId);
    entry.price = form.value(PriceAmount);
    entry.currency = form.value(PriceCurrency).isEmpty() ? QStringLiteral("USD") : form.value(PriceCurrency);
    entry.email = form.value(Email);
    entry.title = form.value(Title);
    entry.whiteLabel = form.value(WhiteLabel) == QLatin1String("1");
    entry.createdAt = QDateTime::currentDateTimeUtc();
    const int hours = form.value(ExpirationDate).toInt();
    entry.expiresAt = entry.createdAt.addSecs(qint64(hours > 0 ? hours : 48) * 3600);
    m_account.append(entry);

    if (entry.whiteLabel) {
        // The coin list: a string holding JSON, invoice_id a JSON integer.
        const QByteArray id = fault == Fault::StringsForNumbers ? '"' + QByteArray::number(entry.id) + '"'
                                                               : QByteArray::number(entry.id);
        const QByteArray coins = "[{\"name\":\"USDT\",\"network\":\"TRC20\",\"invoice_id\":" + id
                + "},{\"name\":\"BTC\",\"network\":\"BTC\",\"invoice_id\":" + id
                + "},{\"name\":\"ETH\",\"network\":\"ETH\",\"invoice_id\":" + id + "}]";
        return {200, "{\"status\":\"success\",\"message\":" + jsonString(QString::fromLatin1(coins)) + '}'};
    }
    if (fault == Fault::NumbersForStrings) // a number where the address is expected
        return {200, "{\"status\":\"success\",\"message\":" + QByteArray::number(entry.id) + '}'};
    const QString url = QStringLiteral("http://127.0.0.1:%1/invoice/fg%2").arg(port()).arg(entry.id);
    return {200, "{\"status\":\"success\",\"message\":" + jsonString(url) + '}'};
}

QByteArray FaultyGateway::entryJson(const Entry &e, Fault fault) const
{
    const bool numbers = fault == Fault::NumbersForStrings;
    const bool strings = fault == Fault::StringsForNumbers;
    auto integer = [strings](qint64 value) {
        return strings ? '"' + QByteArray::number(value) + '"' : QByteArray::number(value);
    };
    auto amount = [numbers](const QString &text) {
        return numbers ? text.toLatin1() : jsonString(text);
    };
    QDateTime created = e.createdAt;
    QDateTime expires = e.expiresAt;
    if (fault == Fault::ClockSkew) { // dates in the gateway's own (slow) clock
        created = created.addSecs(-m_skewSecs);
        expires = expires.addSecs(-m_skewSecs);
    }
    QByteArray o = "{";
    o += "\"id\":" + integer(e.id);
    o += ",\"user_id\":" + integer(4242);
    o += ",\"email\":" + stringOrNull(e.email);
    o += ",\"merchant_id\":null";
    o += ",\"order_id\":" + jsonString(e.orderId);
    o += ",\"customer_id\":null";
    o += ",\"price_amount\":" + (numbers ? Amount::fromCanonical(e.price).value_or(Amount()).toCanonical().toLatin1()
                                         : jsonString(eightDecimals(e.price)));
    o += ",\"price_currency\":" + jsonString(e.currency);
    o += ",\"amount\":" + (e.amount.isEmpty() ? QByteArrayLiteral("null") : amount(e.amount));
    o += ",\"amount_currency\":" + stringOrNull(e.amountCurrency);
    o += ",\"add_fee_to_price\":" + integer(0);
    o += ",\"title\":" + stringOrNull(e.title);
    o += ",\"description\":null,\"ref_url\":null,\"cancel_url\":null,\"success_url\":null,\"callback_url\":null";
    o += ",\"ip\":\"127.0.0.1\"";
    o += ",\"test\":" + integer(0);
    o += ",\"created_at\":" + jsonString(gatewayTime(created));
    o += ",\"expiration_date\":" + jsonString(gatewayTime(expires));
    o += ",\"status\":" + integer(e.status);
    o += '}';
    return o;
}

FaultyGateway::Answer FaultyGateway::getInvoices(const FormBody &form, Fault fault)
{
    using namespace WireFields;
    if (form.value(PublicKey) != publicKey())
        return {421, errorJson({QStringLiteral("Invalid public key.")})};
    if (form.value(PrivateKey) != privateKey())
        return {421, errorJson({QStringLiteral("Invalid private key.")})};
    const QString orderId = form.value(OrderId);
    QList<QByteArray> entries;
    for (const Entry &entry : std::as_const(m_account)) {
        if (!orderId.isEmpty() && entry.orderId != orderId)
            continue;
        switch (fault) {
        case Fault::DuplicateEntries:
            entries << entryJson(entry, fault) << entryJson(entry, fault);
            break;
        case Fault::DuplicatesDisagree: {
            Entry other = entry;
            other.status = entry.status == 1 ? 0 : 1;
            if (other.status == 0) {
                other.amount.clear();
                other.amountCurrency.clear();
            } else if (other.amount.isEmpty()) {
                other.amount = eightDecimals(entry.price);
                other.amountCurrency = QStringLiteral("USDT");
            }
            entries << entryJson(entry, fault) << entryJson(other, fault);
            break;
        }
        case Fault::OtherInvoiceData: {
            // Another sale under the same order number: another price and currency, paid.
            Entry other = entry;
            other.id = entry.id + 1000;
            other.price = QStringLiteral("99");
            other.currency = entry.currency == QLatin1String("EUR") ? QStringLiteral("USD") : QStringLiteral("EUR");
            other.amount = QStringLiteral("99.00000000");
            other.amountCurrency = QStringLiteral("USDT");
            other.status = 1;
            entries << entryJson(other, fault);
            break;
        }
        case Fault::AmountInCoin: {
            Entry paidInCoin = entry;
            const Amount price = Amount::fromCanonical(entry.price).value_or(Amount());
            paidInCoin.amount = price.mulDiv(1, 60000, 8, Amount::Rounding::HalfUp).value_or(Amount()).toFixed(8);
            paidInCoin.amountCurrency = QStringLiteral("BTC");
            entries << entryJson(paidInCoin, fault);
            break;
        }
        default:
            entries << entryJson(entry, fault);
        }
    }
    const QByteArray array = '[' + entries.join(',') + ']';
    return {200, "{\"status\":\"success\",\"message\":" + jsonString(QString::fromUtf8(array)) + '}'};
}

FaultyGateway::Answer FaultyGateway::getAddress(const FormBody &form, Fault fault)
{
    using namespace WireFields;
    // Found by exactly the digits the coin list gave ("98765.00000000" is not it).
    const QString invoiceId = form.value(InvoiceId);
    const Entry *entry = nullptr;
    for (const Entry &e : std::as_const(m_account)) {
        if (allDigits(invoiceId) && QString::number(e.id) == invoiceId)
            entry = &e;
    }
    if (!entry)
        return {421, errorJson({QStringLiteral("Invoice not found.")})};
    const QString coin = form.value(Coin);
    if (coin.isEmpty() || form.value(Network).isEmpty())
        return {421, errorJson({QStringLiteral("Coin and network are required.")})};
    const QByteArray hex = QCryptographicHash::hash((coin + invoiceId).toUtf8(), QCryptographicHash::Sha256).toHex();
    const QByteArray address = coin == QLatin1String("BTC") ? "bc1q" + hex.left(38) : "0x" + hex.left(40);
    const QByteArray amount = fault == Fault::NumbersForStrings ? m_addressAmount.toLatin1() : jsonString(m_addressAmount);
    return {200, "{\"status\":\"success\",\"address\":\"" + address + "\",\"amount\":" + amount + '}'};
}
