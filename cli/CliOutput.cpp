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

int CliOutput::finish(int exitCode)
{
    if (m_json) {
        m_object.insert(QStringLiteral("ok"), exitCode == 0);
        m_object.insert(QStringLiteral("exit_code"), exitCode);
        write(stdout, QString::fromUtf8(QJsonDocument(m_object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    }
    return exitCode;
}
