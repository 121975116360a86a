#include "gateway/ExactJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <nlohmann/json.hpp>
#include <vector>

namespace {
// Answers nest a few levels; anything deeper is not the gateway talking.
constexpr std::size_t MaxDepth = 256;

// Builds Qt's JSON values from nlohmann's SAX events, keeping number texts.
class Builder : public nlohmann::json_sax<nlohmann::json>
{
public:
    std::optional<QJsonValue> result;
    QString error;

    bool null() override { return add(QJsonValue(QJsonValue::Null)); }
    bool boolean(bool value) override { return add(QJsonValue(value)); }
    bool number_integer(number_integer_t value) override
    {
        return add(QString::number(qlonglong(value)));
    }
    bool number_unsigned(number_unsigned_t value) override
    {
        return add(QString::number(qulonglong(value)));
    }
    bool number_float(number_float_t, const string_t &text) override
    {
        return add(QString::fromStdString(text));
    }
    bool string(string_t &value) override { return add(QString::fromStdString(value)); }
    bool binary(binary_t &) override { return false; }
    bool start_object(std::size_t) override { return open(true); }
    bool key(string_t &name) override
    {
        m_frames.back().key = QString::fromStdString(name);
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &) override
    {
        error = QStringLiteral("not JSON at byte %1").arg(qulonglong(position));
        return false;
    }

private:
    struct Frame {
        bool isObject = false;
        QJsonObject object;
        QJsonArray array;
        QString key;
    };

    bool open(bool isObject)
    {
        if (m_frames.size() >= MaxDepth) {
            error = QStringLiteral("nested too deeply");
            return false;
        }
        m_frames.push_back(Frame{isObject, {}, {}, {}});
        return true;
    }

    bool close()
    {
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        return add(frame.isObject ? QJsonValue(frame.object) : QJsonValue(frame.array));
    }

    bool add(const QJsonValue &value)
    {
        if (m_frames.empty()) {
            result = value;
            return true;
        }
        Frame &parent = m_frames.back();
        if (parent.isObject)
            parent.object.insert(parent.key, value); // a repeated key: the last wins
        else
            parent.array.append(value);
        return true;
    }

    std::vector<Frame> m_frames;
};
} // namespace

std::optional<QJsonValue> ExactJson::parse(const QByteArray &text, QString *error)
{
    Builder builder;
    const bool ok = nlohmann::json::sax_parse(text.constBegin(), text.constEnd(), &builder);
    if (!ok || !builder.result) {
        if (error)
            *error = builder.error.isEmpty() ? QStringLiteral("not JSON") : builder.error;
        return std::nullopt;
    }
    return builder.result;
}
