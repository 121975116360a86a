#pragma once

#include "invoice/InvoiceFields.h"

#include <QObject>
#include <QUrl>

class QSettings;

// The till's preferences, typed. The private key is not here: CredentialStore
// keeps it, so this file may be copied or shown without revealing a secret.
class TillSettings : public QObject
{
    Q_OBJECT

public:
    explicit TillSettings(QSettings *settings, QObject *parent = nullptr);

    QUrl apiBase() const;
    void setApiBase(const QUrl &base);

    QString publicKey() const;
    void setPublicKey(const QString &key);

    // Empty: follow the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    // A short code that starts every order id this till makes up; made once.
    QString tillCode();

    // The fields that the "more options" section remembers between sales.
    InvoiceFields invoiceDefaults() const;
    void setInvoiceDefaults(const InvoiceFields &defaults);

    QByteArray historyHeaderState() const;
    void setHistoryHeaderState(const QByteArray &state);

    QString settingsFilePath() const;

signals:
    void gatewayChanged();

private:
    QSettings *m_settings;
};
