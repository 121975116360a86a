#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where the gateway is and who the console is to it.
struct GatewayEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(GatewayEndpoint)

public:
    static QUrl defaultBase() { return QUrl(QStringLiteral("https://payid19.com/api/v1/")); }
    static constexpr int DefaultTimeoutMs = 30000;

    QUrl base = defaultBase();
    // Which gateway this is, stable across runs ("training", or the API address):
    // an invoice is settled only by the gateway it was sent to.
    QString name() const;
    bool training = false;
    QString publicKey;
    QString privateKey;
    int timeoutMs = DefaultTimeoutMs;

    QUrl commandUrl(const QString &command) const;

    // https anywhere; plain http only to this computer. Returns the reason when not.
    static QString whyNotAllowed(const QUrl &base);
    static bool isLoopbackHost(const QString &host);
};
