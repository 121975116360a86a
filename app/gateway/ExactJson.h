#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <optional>

// Reads the gateway's JSON without ever passing a number through a double:
// QJsonDocument would turn an invoice id 98765 into 98765.0 and an ETH amount of
// 0.123456789012345678 into 0.12345678901234568. Every number comes back as a
// string holding its own literal text ("98765", "0.123456789012345678"), which
// Amount::fromJsonNumber reads exactly; strings, booleans and nulls are as usual.
namespace ExactJson {
// The value in `text`, or nullopt with the reason in `error`.
std::optional<QJsonValue> parse(const QByteArray &text, QString *error = nullptr);
}
