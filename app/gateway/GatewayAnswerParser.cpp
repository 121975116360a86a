#include "gateway/GatewayAnswerParser.h"

#include "gateway/ExactJson.h"
#include "gateway/WireFields.h"

#include <QJsonArray>
#include <cmath>
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

    QString error;
    const std::optional<QJsonValue> document = ExactJson::parse(body, &error);
    if (!document || !document->isObject())
        return GatewayResult::transportFailure(Failure::NotJson, error, httpStatus, body);

    const QJsonObject object = document->toObject();
    const QString status = object.value(WireFields::AnswerStatus).toString();
    GatewayResult result;
    result.httpStatus = httpStatus;
    result.body = body;
    result.object = object;
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
    // Answers are read by ExactJson, which gives every number as its own text; a
    // double can only come from a value built in memory, and only a whole one is
    // printed exactly.
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Range first: converting a double outside qint64 is undefined (fuzz_address).
        if (std::abs(number) < 9007199254740992.0 && number == double(qint64(number)))
            return QString::number(qint64(number));
    }
    return QString();
}

std::optional<QJsonValue> GatewayAnswerParser::decodeInnerJson(const QJsonValue &payload)
{
    if (!payload.isString())
        return payload; // already structured: accept it as it is
    const std::optional<QJsonValue> inner = ExactJson::parse(payload.toString().toUtf8());
    if (!inner || (!inner->isArray() && !inner->isObject()))
        return std::nullopt;
    return inner;
}
