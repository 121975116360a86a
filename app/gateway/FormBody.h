#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// An application/x-www-form-urlencoded body as the gateway's official clients send
// it: every value a string, empty values left out, and everything outside the
// unreserved characters percent-encoded (so '+' travels as %2B, never as a space).
class FormBody
{
public:
    using Field = QPair<QString, QString>;

    void add(const QString &name, const QString &value);
    void add(QLatin1String name, const QString &value) { add(QString(name), value); }

    const QList<Field> &fields() const { return m_fields; }
    QString value(const QString &name) const;
    bool contains(const QString &name) const;

    QByteArray encoded() const;
    // Reads a body the way a PHP server does ('+' is a space): used by the
    // training gateway, so a client bug shows up there as it would on the real one.
    static FormBody decode(const QByteArray &body);

private:
    QList<Field> m_fields;
};
