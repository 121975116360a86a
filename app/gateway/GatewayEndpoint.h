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
    // Which gateway account this is, stable across runs: "training", or the API
    // address and the public key. An invoice is settled only by the account it
    // was sent to: another account at the same address knows none of its invoices.
    QString name() const;
    // The name an invoice stored before accounts were told apart carries: the
    // address alone (schema 3), for adopting those invoices.
    QString legacyName() const;
    bool training = false;
    QString publicKey;
    QString privateKey;
    int timeoutMs = DefaultTimeoutMs;

    QUrl commandUrl(const QString &command) const;

    // https anywhere; plain http only to this computer. Returns the reason when not.
    static QString whyNotAllowed(const QUrl &base);
    static bool isLoopbackHost(const QString &host);
};
