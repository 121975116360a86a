#pragma once

#include "gateway/GatewayResult.h"

#include <QJsonValue>
#include <optional>

// Reads the gateway's answer envelope. The "status" field decides, not the HTTP
// code: errors come at 421, 422, 200 or anything else, and "message" may be an
// array of strings or a single string.
namespace GatewayAnswerParser {
GatewayResult parse(int httpStatus, const QByteArray &body);

// Several payloads are a string that holds JSON: decode that second layer.
// An empty optional means the inner text is not JSON.
std::optional<QJsonValue> decodeInnerJson(const QJsonValue &payload);

// A scalar field as text: strings trimmed (numbers arrive as their own text, see
// ExactJson), anything else empty.
QString scalarText(const QJsonValue &value);
}
