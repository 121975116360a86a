#pragma once

#include <QDialog>
#include <QLocale>

class CoinCatalogue;
class CredentialStore;
class FieldMessage;
class InvoiceOptions;
class QCheckBox;
class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class ReceiptSettingsBox;
class TillSettings;

// Where the gateway is, the till's keys, its default invoice options and the
// language. The private key is never shown: the field stays empty and says
// whether a key is saved and where it is kept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(TillSettings *settings, CredentialStore *credentials, const CoinCatalogue *coins,
                   const QLocale &locale, QWidget *parent = nullptr);

    QLineEdit *apiBaseEdit() const { return m_apiBase; }
    QLineEdit *publicKeyEdit() const { return m_publicKey; }
    QLineEdit *privateKeyEdit() const { return m_privateKey; }
    ReceiptSettingsBox *receiptSettings() const { return m_receipts; }

public slots:
    void accept() override;

private:
    void forgetKeys();

    TillSettings *m_settings;
    CredentialStore *m_credentials;
    QLineEdit *m_apiBase;
    FieldMessage *m_apiBaseMessage;
    QLineEdit *m_publicKey;
    FieldMessage *m_publicKeyMessage;
    QLineEdit *m_privateKey;
    QLabel *m_keyStorage;
    QComboBox *m_language;
    QSpinBox *m_pollSeconds;
    QComboBox *m_timeZone;
    FieldMessage *m_timeZoneMessage;
    QCheckBox *m_muted;
    QLineEdit *m_shopName;
    QComboBox *m_customerScreen;
    InvoiceOptions *m_defaults;
    ReceiptSettingsBox *m_receipts;
    bool m_forget = false;
};
