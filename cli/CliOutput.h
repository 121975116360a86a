#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Where a command's words go. Sentences on standard output; errors on standard
// error, one plain sentence with the gateway's own words beside it. With --json,
// standard output carries one JSON object instead, written at the end (errors
// still go to standard error as well). Nothing secret is ever handed to it.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    explicit CliOutput(bool json) : m_json(json) {}
    bool isJson() const { return m_json; }

    void setCommand(const QString &name) { m_object.insert(QStringLiteral("command"), name); }
    // A line for people; left out of --json output.
    void line(const QString &text);
    // A field of the JSON object; ignored without --json.
    void set(const QString &key, const QJsonValue &value);
    // Says what went wrong, on standard error and in the JSON object.
    void error(const QString &sentence, const QStringList &gatewayMessages = {});
    // A list too long to hold at once (list's million invoices): with --json,
    // its items go to standard output as they come, as the member `key` of the
    // one JSON object, whose other members follow at finish(). Ignored without
    // --json.
    void beginList(const QString &key);
    void listItem(const QJsonObject &item);
    // Writes the JSON object (with --json) and passes the exit code through.
    int finish(int exitCode);

private:
    bool m_json;
    QJsonObject m_object;
    bool m_listOpen = false;
    bool m_listEmpty = true;
    QByteArray m_listBytes; // written in blocks, not an item at a time
};
