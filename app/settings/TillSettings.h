#pragma once

#include "invoice/InvoiceFields.h"
#include "reports/ReceiptSettings.h"

#include <QObject>
#include <QTimeZone>
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

    // The till's own options that the form starts each sale with (currency and
    // the "more options"). Never what belongs to one sale: `test` is always false.
    InvoiceFields invoiceDefaults() const;
    void setInvoiceDefaults(const InvoiceFields &defaults);

    // The gateway writes dates without a zone; this is the zone they are read in.
    QTimeZone gatewayTimeZone() const;
    void setGatewayTimeZone(const QTimeZone &zone);
    // How often the invoice on screen is asked about.
    int pollIntervalSecs() const;
    void setPollIntervalSecs(int secs);
    bool soundsMuted() const;
    void setSoundsMuted(bool muted);
    // Shown on the customer display between sales.
    QString shopName() const;
    void setShopName(const QString &name);
    // The screen that faces the customer, by name; empty: the second screen if any.
    QString customerScreen() const;
    void setCustomerScreen(const QString &name);

    // The head of every receipt: the shop's name (shopName()), address, tax
    // number, and the till's name (the till code until one is given).
    ShopProfile shopProfile();
    void setShopProfile(const ShopProfile &profile);
    // Where receipts are printed, and whether paid invoices print by themselves.
    ReceiptPrinterChoice receiptPrinter() const;
    void setReceiptPrinter(const ReceiptPrinterChoice &choice);
    // The till's time zone: receipts, reports and the history's days are read in it.
    QTimeZone tillTimeZone() const;

    QByteArray historyHeaderState() const;
    void setHistoryHeaderState(const QByteArray &state);


signals:
    void gatewayChanged();
    void pollingChanged();
    void receiptsChanged();

private:
    QSettings *m_settings;
};
