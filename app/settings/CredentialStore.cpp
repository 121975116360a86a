#include "settings/CredentialStore.h"

#include "store/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

namespace {
const QString KeyName = QStringLiteral("payid19-private-key");
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

CredentialStore::CredentialStore(const QString &service, const QString &fallbackFile, Mode mode,
                                 QObject *parent)
    : QObject(parent), m_service(service), m_fallbackFile(fallbackFile), m_mode(mode)
{
    if (mode == Mode::FileOnly) {
        m_backend = Backend::OwnerOnlyFile;
        m_keychainProblem = tr("The system keychain is not used on this till.");
    }
}

bool CredentialStore::readFile(QString *key, QString *error) const
{
    QFile file(m_fallbackFile);
    if (!file.exists()) {
        key->clear();
        return true;
    }
    // A key file that others can read is tightened before it is used.
    if ((file.permissions() & ~(OwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0)
        file.setPermissions(OwnerOnly);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The key file %1 could not be read: %2")
                         .arg(QDir::toNativeSeparators(m_fallbackFile), file.errorString());
        return false;
    }
    *key = QString::fromUtf8(file.readAll()).trimmed();
    return true;
}

bool CredentialStore::writeFile(const QString &key, QString *error) const
{
    if (key.isEmpty()) {
        if (QFile::exists(m_fallbackFile) && !QFile::remove(m_fallbackFile)) {
            *error = tr("The key file %1 could not be removed.").arg(QDir::toNativeSeparators(m_fallbackFile));
            return false;
        }
        return true;
    }
    const QString folderProblem = PrivateFiles::ensureFolder(QFileInfo(m_fallbackFile).absolutePath());
    if (!folderProblem.isEmpty()) {
        *error = folderProblem;
        return false;
    }
    QSaveFile file(m_fallbackFile);
    // Restrict the file before the secret is written into it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly)
        || file.write(key.toUtf8()) < 0 || !file.commit()) {
        *error = tr("The key file %1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(m_fallbackFile), file.errorString());
        return false;
    }
    return true;
}

QString CredentialStore::storageDescription() const
{
    if (m_backend == Backend::Keychain)
        return tr("The private key is kept in the system keychain.");
    if (m_keychainProblem.isEmpty())
        return tr("The private key is kept in %1, readable by you alone. Save it again to move it into the system keychain.")
                .arg(QDir::toNativeSeparators(m_fallbackFile));
    return tr("No keychain service answered (%1). The private key is kept in %2, readable by you alone.")
            .arg(m_keychainProblem, QDir::toNativeSeparators(m_fallbackFile));
}

void CredentialStore::readPrivateKey()
{
    auto readFromFile = [this] {
        QString key, error;
        m_backend = Backend::OwnerOnlyFile;
        if (readFile(&key, &error))
            m_key = key;
        emit privateKeyLoaded();
    };
    if (m_mode == Mode::FileOnly) {
        readFromFile();
        return;
    }
    // A save that reaches the keychain removes the file, so a key file that exists
    // holds the newest key (saved while the keychain was away): it wins over an
    // older keychain entry.
    QString fileKey, fileError;
    if (readFile(&fileKey, &fileError) && !fileKey.isEmpty()) {
        m_backend = Backend::OwnerOnlyFile;
        m_key = fileKey;
        emit privateKeyLoaded();
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(KeyName);
    connect(job, &QKeychain::Job::finished, this, [this, job, readFromFile] {
        if (job->error() == QKeychain::NoError) {
            m_backend = Backend::Keychain;
            m_keychainProblem.clear();
            m_key = job->textData();
            emit privateKeyLoaded();
        } else if (job->error() == QKeychain::EntryNotFound) {
            // A key saved earlier while the keychain was away stays usable.
            m_keychainProblem.clear();
            QString key, error;
            readFile(&key, &error);
            m_backend = key.isEmpty() ? Backend::Keychain : Backend::OwnerOnlyFile;
            m_key = key;
            emit privateKeyLoaded();
        } else {
            m_keychainProblem = job->errorString();
            readFromFile();
        }
    });
    job->start();
}

void CredentialStore::finishWrite(const QString &key, bool ok, const QString &message)
{
    if (ok)
        m_key = key;
    emit privateKeySaved(ok, message);
}

void CredentialStore::writePrivateKey(const QString &key)
{
    auto writeToFile = [this, key](const QString &why) {
        m_backend = Backend::OwnerOnlyFile;
        m_keychainProblem = why;
        QString error;
        if (!writeFile(key, &error)) {
            finishWrite(key, false, error);
            return;
        }
        finishWrite(key, true, key.isEmpty() ? tr("The private key was removed.") : storageDescription());
    };
    if (m_mode == Mode::FileOnly) {
        writeToFile(m_keychainProblem);
        return;
    }
    QKeychain::Job *job = nullptr;
    if (key.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(m_service, this);
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(key);
        job = write;
    }
    job->setAutoDelete(true);
    job->setKey(KeyName);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, writeToFile] {
        const bool removedNothing = key.isEmpty() && job->error() == QKeychain::EntryNotFound;
        if (key.isEmpty() && job->error() != QKeychain::NoError && !removedNothing) {
            // The keychain could not be asked to forget it. A key file means the
            // last key saved went there (saving to the keychain removes the file):
            // removing it forgets that key. Without one, the key is in the
            // keychain, still: saying "removed" would be a lie.
            const bool inFile = QFile::exists(m_fallbackFile);
            QString error;
            if (inFile && writeFile(QString(), &error)) {
                finishWrite(QString(), true, tr("The private key was removed."));
                return;
            }
            finishWrite(m_key, false, error.isEmpty()
                                ? tr("The private key could not be removed from the system keychain (%1). It is still "
                                     "there; try again where the keychain is available.").arg(job->errorString())
                                : error);
            return;
        }
        if (job->error() == QKeychain::NoError || removedNothing) {
            m_backend = Backend::Keychain;
            m_keychainProblem.clear();
            // No copy may stay behind in a file once the keychain holds the key.
            QString ignored;
            writeFile(QString(), &ignored);
            finishWrite(key, true, key.isEmpty() ? tr("The private key was removed.") : storageDescription());
        } else {
            writeToFile(job->errorString());
        }
    });
    job->start();
}
