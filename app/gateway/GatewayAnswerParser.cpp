#include "gateway/GatewayAnswerParser.h"

#include "gateway/WireFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QStringList messagesOf(const QJsonValue &message)
{
    QStringList result;
    if (message.isArray()) {
        const QJsonArray array = message.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString())
                result << item.toString();
            else if (item.isDouble())
                result << QString::number(item.toDouble());
            else if (item.isObject() || item.isArray())
                result << messagesOf(item);
        }
    } else if (message.isString()) {
        result << message.toString();
    } else if (message.isObject()) {
        // Some validation layers answer {"field": ["reason"]}; keep every reason.
        const QJsonObject object = message.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            result << messagesOf(it.value());
    }
    result.removeAll(QString());
    return result;
}
}

GatewayResult GatewayAnswerParser::parse(int httpStatus, const QByteArray &body)
{
    using Failure = GatewayResult::Failure;
    if (body.trimmed().isEmpty())
        return GatewayResult::transportFailure(Failure::EmptyBody, QString(), httpStatus, body);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return GatewayResult::transportFailure(Failure::NotJson, error.errorString(), httpStatus, body);

    const QJsonObject object = document.object();
    const QString status = object.value(WireFields::AnswerStatus).toString();
    GatewayResult result;
    result.httpStatus = httpStatus;
    result.body = body;
    if (status == WireFields::AnswerSuccess) {
        result.outcome = GatewayResult::Outcome::Success;
        result.payload = object.value(WireFields::AnswerMessage);
        return result;
    }
    if (status == WireFields::AnswerError) {
        result.outcome = GatewayResult::Outcome::Rejected;
        result.messages = messagesOf(object.value(WireFields::AnswerMessage));
        return result;
    }
    return GatewayResult::transportFailure(Failure::NoStatus, QString(), httpStatus, body);
}

QString GatewayAnswerParser::scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 8);
    return QString();
}

std::optional<QJsonValue> GatewayAnswerParser::decodeInnerJson(const QJsonValue &payload)
{
    if (!payload.isString())
        return payload; // already structured: accept it as it is
    const QByteArray inner = payload.toString().toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(inner, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (document.isArray())
        return document.array();
    return document.object();
}
