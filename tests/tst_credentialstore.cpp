#include "settings/CredentialStore.h"
#include "settings/TillSettings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The private key: in the keychain when one answers; otherwise in a file that
// only its owner may read. Never in the settings file.
class TestCredentialStore : public QObject
{
    Q_OBJECT

    const QString secret = QStringLiteral("sk_test_0123456789abcdef");

private slots:
    void fileFallbackIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("secrets/private-key"));
        CredentialStore store(QStringLiteral("merchant-console-test"), keyFile, CredentialStore::Mode::FileOnly);
        QSignalSpy saved(&store, &CredentialStore::privateKeySaved);
        store.writePrivateKey(secret);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).toBool(), true);
        QVERIFY(!saved.first().at(1).toString().contains(secret));
        QCOMPARE(store.backend(), CredentialStore::Backend::OwnerOnlyFile);
        QCOMPARE(QFile(keyFile).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);

        CredentialStore again(QStringLiteral("merchant-console-test"), keyFile, CredentialStore::Mode::FileOnly);
        QSignalSpy loaded(&again, &CredentialStore::privateKeyLoaded);
        again.readPrivateKey();
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(again.privateKey(), secret);

        again.writePrivateKey(QString());
        QVERIFY(!QFile::exists(keyFile));
        QVERIFY(!again.hasPrivateKey());
    }

    void aKeyFileOthersCanReadIsTightened()
    {
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("private-key"));
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(secret.toUtf8());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        CredentialStore store(QStringLiteral("merchant-console-test"), keyFile, CredentialStore::Mode::FileOnly);
        store.readPrivateKey();
        QCOMPARE(store.privateKey(), secret);
        QCOMPARE(QFile(keyFile).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    }

    void withoutAKeychainServiceItFallsBackAndSaysWhy()
    {
        // No session bus to be had: QtKeychain fails at once, and the key still
        // lands somewhere safe, with the reason given to the cashier.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/merchant-console-test-bus");
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("private-key"));
        CredentialStore store(QStringLiteral("merchant-console-test"), keyFile, CredentialStore::Mode::KeychainFirst);
        QSignalSpy saved(&store, &CredentialStore::privateKeySaved);
        store.writePrivateKey(secret);
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        QCOMPARE(saved.first().at(0).toBool(), true);
        QCOMPARE(store.backend(), CredentialStore::Backend::OwnerOnlyFile);
        QVERIFY(!store.keychainProblem().isEmpty());
        QVERIFY(QFile::exists(keyFile));
    }

    // Forgetting the key where the keychain cannot be reached must not claim it
    // is gone when it was kept there (no key file: the keychain holds it).
    void forgettingWithoutTheKeychainSaysItFailed()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/merchant-console-test-bus");
        QTemporaryDir dir;
        CredentialStore store(QStringLiteral("merchant-console-test"), dir.filePath(QStringLiteral("private-key")),
                              CredentialStore::Mode::KeychainFirst);
        QSignalSpy saved(&store, &CredentialStore::privateKeySaved);
        store.writePrivateKey(QString());
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        QCOMPARE(saved.first().at(0).toBool(), false);
        QVERIFY(saved.first().at(1).toString().contains(QStringLiteral("keychain")));
        // Kept in the file (the keychain was away when it was saved): removed.
        CredentialStore fileStore(QStringLiteral("merchant-console-test"), dir.filePath(QStringLiteral("private-key")),
                                  CredentialStore::Mode::FileOnly);
        fileStore.writePrivateKey(QStringLiteral("sk_file"));
        saved.clear();
        store.writePrivateKey(QString());
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        QCOMPARE(saved.first().at(0).toBool(), true);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("private-key"))));
    }

    void theSettingsFileNeverHoldsTheKey()
    {
        QTemporaryDir dir;
        QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        TillSettings settings(&qsettings);
        settings.setPublicKey(QStringLiteral("pk_public"));
        CredentialStore store(QStringLiteral("merchant-console-test"), dir.filePath(QStringLiteral("private-key")),
                              CredentialStore::Mode::FileOnly);
        store.writePrivateKey(secret);
        qsettings.sync();
        QFile file(qsettings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("pk_public"));
        QVERIFY(!bytes.contains(secret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
