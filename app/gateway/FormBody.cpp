#include "gateway/FormBody.h"

#include <QUrl>

void FormBody::add(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return;
    m_fields.append({name, value});
}

QString FormBody::value(const QString &name) const
{
    for (const Field &field : m_fields) {
        if (field.first == name)
            return field.second;
    }
    return QString();
}

bool FormBody::contains(const QString &name) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [&name](const Field &f) { return f.first == name; });
}

QByteArray FormBody::encoded() const
{
    QByteArray body;
    for (const Field &field : m_fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first);
        body += '=';
        body += QUrl::toPercentEncoding(field.second);
    }
    return body;
}

FormBody FormBody::decode(const QByteArray &body)
{
    FormBody result;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        result.m_fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                                QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return result;
}
