#pragma once

#include <QObject>
#include <QString>

// Keeps the gateway's private key (which also authorises withdrawals) in the
// operating system's keychain through QtKeychain. Where no keychain service
// answers, it says so and keeps the key in a file that only its owner may read.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Keychain, OwnerOnlyFile };
    enum class Mode { KeychainFirst, FileOnly };

    CredentialStore(const QString &service, const QString &fallbackFile, Mode mode,
                    QObject *parent = nullptr);

    // Asynchronous: each answers with a signal.
    void readPrivateKey();
    void writePrivateKey(const QString &key);

    QString privateKey() const { return m_key; }
    bool hasPrivateKey() const { return !m_key.isEmpty(); }
    Backend backend() const { return m_backend; }
    QString fallbackFile() const { return m_fallbackFile; }
    // Why the keychain was not used, for the Settings dialog; empty when it was.
    QString keychainProblem() const { return m_keychainProblem; }
    // Where the key is kept now, in a sentence for the cashier.
    QString storageDescription() const;

signals:
    void privateKeyLoaded();
    void privateKeySaved(bool ok, const QString &message);

private:
    bool readFile(QString *key, QString *error) const;
    bool writeFile(const QString &key, QString *error) const;
    void finishWrite(const QString &key, bool ok, const QString &message);

    QString m_service;
    QString m_fallbackFile;
    Mode m_mode;
    Backend m_backend = Backend::Keychain;
    QString m_key;
    QString m_keychainProblem;
};
