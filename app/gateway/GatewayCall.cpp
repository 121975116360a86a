#include "gateway/GatewayCall.h"

#include "gateway/GatewayAnswerParser.h"

#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

GatewayCall::GatewayCall(QObject *parent) : QObject(parent)
{
}

GatewayCall::GatewayCall(QNetworkReply *reply, int timeoutMs, QObject *parent)
    : QObject(parent), m_reply(reply)
{
    reply->setParent(this);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_abortReason = GatewayResult::Failure::Timeout;
        m_abortDetail = tr("No answer after %n second(s).", nullptr, int(m_timeout.interval() / 1000));
        if (m_reply)
            m_reply->abort();
    });
    m_timeout.start(timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, this, &GatewayCall::onDownloadProgress);
    connect(reply, &QNetworkReply::finished, this, &GatewayCall::onReplyFinished);
}

GatewayCall *GatewayCall::failed(const GatewayResult &result, QObject *parent)
{
    auto *call = new GatewayCall(parent);
    QMetaObject::invokeMethod(call, [call, result] { call->finish(result); }, Qt::QueuedConnection);
    return call;
}

void GatewayCall::cancel()
{
    if (m_finished || !m_reply)
        return;
    m_abortReason = GatewayResult::Failure::Cancelled;
    m_reply->abort();
}

void GatewayCall::onDownloadProgress(qint64 received)
{
    if (received > MaxAnswerBytes && m_reply) {
        m_abortReason = GatewayResult::Failure::TooLarge;
        m_abortDetail = tr("More than %n byte(s).", nullptr, int(MaxAnswerBytes));
        m_reply->abort();
    }
}

void GatewayCall::onReplyFinished()
{
    m_timeout.stop();
    finish(resultFromReply());
}

namespace {
// The HTTP Date header ("Sun, 29 Nov 2026 08:13:33 GMT"), in UTC.
QDateTime httpDate(const QByteArray &header)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(header).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!time.isValid())
        return QDateTime();
    time.setTimeZone(QTimeZone::utc());
    return time;
}
}

GatewayResult GatewayCall::resultFromReply()
{
    GatewayResult result = readReply();
    result.serverTime = httpDate(m_reply->rawHeader(QByteArrayLiteral("Date")));
    return result;
}

GatewayResult GatewayCall::readReply()
{
    using Failure = GatewayResult::Failure;
    const int httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_abortReason != Failure::None)
        return GatewayResult::transportFailure(m_abortReason, m_abortDetail, httpStatus);

    const QNetworkReply::NetworkError error = m_reply->error();
    // An HTTP error status still carries the gateway's JSON: read it.
    if (error == QNetworkReply::NoError || (httpStatus >= 400 && error > QNetworkReply::UnknownProxyError)) {
        if (httpStatus >= 300 && httpStatus < 400) {
            return GatewayResult::transportFailure(
                    Failure::Redirected,
                    m_reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                    httpStatus);
        }
        const QByteArray body = m_reply->read(MaxAnswerBytes + 1);
        if (body.size() > MaxAnswerBytes)
            return GatewayResult::transportFailure(Failure::TooLarge, QString(), httpStatus);
        return GatewayAnswerParser::parse(httpStatus, body);
    }

    Failure failure = Failure::Other;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        failure = Failure::ConnectionRefused;
        break;
    case QNetworkReply::HostNotFoundError:
        failure = Failure::HostNotFound;
        break;
    case QNetworkReply::TimeoutError:
        failure = Failure::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        failure = Failure::Tls;
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // dropped before an answer; not sent again
        failure = Failure::ConnectionLost;
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        failure = Failure::Redirected;
        break;
    default:
        break;
    }
    return GatewayResult::transportFailure(failure, m_reply->errorString(), httpStatus);
}

void GatewayCall::finish(const GatewayResult &answer)
{
    if (m_finished)
        return;
    m_finished = true;
    GatewayResult result = answer;
    if (!m_secret.isEmpty() && result.body.contains(m_secret)) {
        const QByteArray removed = QByteArrayLiteral("[private key removed]");
        result.body.replace(m_secret, removed);
        const QString secret = QString::fromUtf8(m_secret);
        for (QString &message : result.messages)
            message.replace(secret, QString::fromLatin1(removed));
        result.detail.replace(secret, QString::fromLatin1(removed));
        if (result.payload.isString())
            result.payload = result.payload.toString().replace(secret, QString::fromLatin1(removed));
        for (auto it = result.object.begin(); it != result.object.end(); ++it) {
            if (it.value().isString() && it.value().toString().contains(secret))
                it.value() = it.value().toString().replace(secret, QString::fromLatin1(removed));
        }
    }
    emit finished(result);
    deleteLater();
}
