#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace {
void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
}

void CliOutput::line(const QString &text)
{
    if (!m_json)
        write(stdout, text + QLatin1Char('\n'));
}

void CliOutput::set(const QString &key, const QJsonValue &value)
{
    m_object.insert(key, value);
}

void CliOutput::error(const QString &sentence, const QStringList &gatewayMessages)
{
    QString text = QStringLiteral("merchant-console-cli: ") + sentence + QLatin1Char('\n');
    if (!gatewayMessages.isEmpty()) {
        //: Before the gateway's own words, quoted as it sent them
        text += QStringLiteral("  ") + tr("The gateway said: %1").arg(gatewayMessages.join(QStringLiteral(" / ")))
                + QLatin1Char('\n');
    }
    write(stderr, text);
    m_object.insert(QStringLiteral("error"), sentence);
    if (!gatewayMessages.isEmpty())
        m_object.insert(QStringLiteral("messages"), QJsonArray::fromStringList(gatewayMessages));
}

void CliOutput::beginList(const QString &key)
{
    if (!m_json || m_listOpen)
        return;
    m_listOpen = true;
    const QByteArray quoted = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact); // ["key"]
    m_listBytes = '{' + quoted.mid(1, quoted.size() - 2) + ":[";
}

void CliOutput::listItem(const QJsonObject &item)
{
    if (!m_listOpen)
        return;
    if (!m_listEmpty)
        m_listBytes += ',';
    m_listEmpty = false;
    m_listBytes += QJsonDocument(item).toJson(QJsonDocument::Compact);
    if (m_listBytes.size() >= 64 * 1024) {
        std::fwrite(m_listBytes.constData(), 1, size_t(m_listBytes.size()), stdout);
        m_listBytes.clear();
    }
}

int CliOutput::finish(int exitCode)
{
    if (m_json) {
        m_object.insert(QStringLiteral("ok"), exitCode == 0);
        m_object.insert(QStringLiteral("exit_code"), exitCode);
        QByteArray object = QJsonDocument(m_object).toJson(QJsonDocument::Compact);
        if (m_listOpen) {
            // The list came first: the other members follow it in the same object.
            object[0] = ',';
            object = m_listBytes + ']' + object;
        }
        write(stdout, QString::fromUtf8(object) + QLatin1Char('\n'));
    }
    return exitCode;
}
