#include "settings/CredentialStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The private key in a real keychain (gnome-keyring on a private D-Bus session,
// see run-with-keyring.sh), and how it meets the owner-only file fallback.
class TestKeychain : public QObject
{
    Q_OBJECT

    const QString service = QStringLiteral("merchant-console-keychain-test");

    static bool save(CredentialStore &store, const QString &key)
    {
        QSignalSpy saved(&store, &CredentialStore::privateKeySaved);
        store.writePrivateKey(key);
        return (saved.count() == 1 || saved.wait(10000)) && saved.first().at(0).toBool();
    }

    static QString load(CredentialStore &store)
    {
        QSignalSpy loaded(&store, &CredentialStore::privateKeyLoaded);
        store.readPrivateKey();
        if (loaded.count() == 0 && !loaded.wait(10000))
            return QStringLiteral("<no answer>");
        return store.privateKey();
    }

private slots:
    void initTestCase()
    {
        // Under CI the keychain must be there: a skip would hide the keychain path.
        // gnome-keyring unlocks its login collection a moment after it starts:
        // give it a few seconds before calling the keychain absent.
        QTemporaryDir dir;
        CredentialStore store(service, dir.filePath(QStringLiteral("private-key")), CredentialStore::Mode::KeychainFirst);
        for (int attempt = 0; attempt < 20; ++attempt) {
            QVERIFY(save(store, QStringLiteral("probe")));
            if (store.backend() == CredentialStore::Backend::Keychain)
                break;
            QTest::qWait(500);
        }
        QVERIFY2(store.backend() == CredentialStore::Backend::Keychain,
                 qPrintable(QStringLiteral("no keychain service answered: ") + store.keychainProblem()));
    }

    void keptInTheKeychainAndNowhereElse()
    {
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("private-key"));
        CredentialStore store(service, keyFile, CredentialStore::Mode::KeychainFirst);
        QVERIFY(save(store, QStringLiteral("sk_keychain_1")));
        QCOMPARE(store.backend(), CredentialStore::Backend::Keychain);
        QVERIFY(!QFile::exists(keyFile));
        CredentialStore again(service, keyFile, CredentialStore::Mode::KeychainFirst);
        QCOMPARE(load(again), QStringLiteral("sk_keychain_1"));
    }

    // The keychain held an old key; later the keychain was away and a new key
    // went to the owner-only file. The newer key must win.
    void aNewerKeyInTheFileWinsOverAnOlderKeychainEntry()
    {
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("private-key"));
        CredentialStore first(service, keyFile, CredentialStore::Mode::KeychainFirst);
        QVERIFY(save(first, QStringLiteral("sk_old")));
        QCOMPARE(first.backend(), CredentialStore::Backend::Keychain);

        CredentialStore whileAway(service, keyFile, CredentialStore::Mode::FileOnly);
        QVERIFY(save(whileAway, QStringLiteral("sk_new")));
        QVERIFY(QFile::exists(keyFile));

        CredentialStore later(service, keyFile, CredentialStore::Mode::KeychainFirst);
        QCOMPARE(load(later), QStringLiteral("sk_new"));
        // Saved again with the keychain back: into the keychain, the file gone.
        QVERIFY(save(later, QStringLiteral("sk_newest")));
        QCOMPARE(later.backend(), CredentialStore::Backend::Keychain);
        QVERIFY(!QFile::exists(keyFile));
        CredentialStore last(service, keyFile, CredentialStore::Mode::KeychainFirst);
        QCOMPARE(load(last), QStringLiteral("sk_newest"));
    }

    void cleanupTestCase()
    {
        QTemporaryDir dir;
        CredentialStore store(service, dir.filePath(QStringLiteral("private-key")), CredentialStore::Mode::KeychainFirst);
        save(store, QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
