#include "store/InvoiceSchema.h"
#include "store/InvoiceStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The history in a real SQLite file: what goes in comes out, every change of
// state is kept with its time and raw answer, and it all survives a reopen.
class TestInvoiceStore : public QObject
{
    Q_OBJECT

    InvoiceFields everyField()
    {
        InvoiceFields f;
        f.price = *Amount::fromCanonical(QStringLiteral("1234.56789"));
        f.currency = QStringLiteral("TRY");
        f.orderId = QStringLiteral("K7QD-261125-120301-X4M");
        f.email = QStringLiteral("anne+shop@example.com");
        f.title = QStringLiteral("Çay & simit");
        f.description = QStringLiteral("İki çay\nbir simit");
        f.test = true;
        f.addFeeToPrice = true;
        f.margin = Amount::fromCanonical(QStringLiteral("0.5"));
        f.expiryHours = 12;
        f.pageTemplate = QStringLiteral("paper");
        f.successUrl = QStringLiteral("https://shop.example/ok");
        f.cancelUrl = QStringLiteral("https://shop.example/cancel");
        f.callbackUrl = QStringLiteral("https://shop.example/hook");
        f.merchantId = QStringLiteral("shop-7");
        f.customerId = QStringLiteral("12345678901");
        f.bannedCoins = {QStringLiteral("USDT"), QStringLiteral("LTC")};
        f.whiteLabel = true;
        return f;
    }

private slots:
    void everyFieldRoundTripsAcrossAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history/invoices.sqlite"));
        qint64 id = -1;
        {
            InvoiceStore store;
            QCOMPARE(store.open(path), QString());
            store.setTill(QStringLiteral("Kasa 2 — kapı"));
            id = store.createSending(everyField());
            QVERIFY(id > 0);
            QVERIFY(store.markOpen(id, QStringLiteral("https://payid19.com/invoice/abc"), "{\"status\":\"success\"}"));
        }
        InvoiceStore reopened;
        QCOMPARE(reopened.open(path), QString());
        const auto record = reopened.find(id);
        QVERIFY(record);
        QVERIFY(record->fields == everyField());
        QCOMPARE(record->state, InvoiceState::Open);
        QCOMPARE(record->paymentUrl, QStringLiteral("https://payid19.com/invoice/abc"));
        QCOMPARE(record->till, QStringLiteral("Kasa 2 — kapı"));
        QCOMPARE(record->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(record->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    // The till a sale was made at stays with it; a till with no name (or a
    // store that was given none) leaves the column NULL, never "".
    void theTillIsKeptWithTheSale()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("i.sqlite"))), QString());
        const qint64 none = store.createSending(everyField());
        store.setTill(QStringLiteral("Front"));
        InvoiceFields other = everyField();
        other.orderId = QStringLiteral("T-2");
        const qint64 front = store.createSending(other);
        QVERIFY(store.markFailed(front, QStringLiteral("refused"), {}, "{}"));
        store.setTill(QStringLiteral("Back"));
        QCOMPARE(store.find(front)->till, QStringLiteral("Front")); // a change of state keeps it
        QVERIFY(store.resend(front, other)); // sent again from this till: its sale now
        QCOMPARE(store.find(front)->till, QStringLiteral("Back"));
        QCOMPARE(store.find(none)->till, QString());
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE till IS NULL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // The paged history and the exports read rows the same way.
        QCOMPARE(store.recent(-1).value().first().till, QStringLiteral("Back"));
    }

    void everyChangeIsKeptWithItsRawAnswer()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("i.sqlite"))), QString());
        QSignalSpy changed(&store, &InvoiceStore::invoiceChanged);
        const qint64 id = store.createSending(everyField());
        QVERIFY(store.markFailed(id, QStringLiteral("The gateway refused the request."),
                                 {QStringLiteral("Invalid currency.")}, "{\"status\":\"error\",\"message\":[\"Invalid currency.\"]}"));
        auto record = store.find(id);
        QCOMPARE(record->state, InvoiceState::Failed);
        QCOMPARE(record->gatewayMessages, QStringList{QStringLiteral("Invalid currency.")});

        InvoiceFields corrected = everyField();
        corrected.currency = QStringLiteral("EUR");
        QVERIFY(store.resend(id, corrected));
        QVERIFY(store.markUnknown(id, QStringLiteral("No answer"), QByteArray()));
        QVERIFY(!store.resend(id, corrected)); // only a failed invoice goes out again

        const QList<InvoiceEvent> events = store.events(id).value();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).state, InvoiceState::Sending);
        QCOMPARE(events.at(1).state, InvoiceState::Failed);
        QVERIFY(events.at(1).rawAnswer.contains(QStringLiteral("Invalid currency.")));
        QCOMPARE(events.at(2).state, InvoiceState::Sending);
        QCOMPARE(events.at(3).state, InvoiceState::Unknown);
        QCOMPARE(store.find(id)->fields.currency, QStringLiteral("EUR"));
        QCOMPARE(changed.count(), 4);
    }

    void orderIdsAreUnique()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("i.sqlite"))), QString());
        QVERIFY(store.createSending(everyField()) > 0);
        QVERIFY(store.isOrderIdTaken(everyField().orderId));
        QCOMPARE(store.createSending(everyField()), qint64(-1));
        QVERIFY(store.lastError().contains(everyField().orderId));
        QCOMPARE(store.recent(-1).value().size(), 1);
    }

    void recentIsNewestFirst()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("i.sqlite"))), QString());
        for (int i = 0; i < 5; ++i) {
            InvoiceFields f = everyField();
            f.orderId = QStringLiteral("N-%1").arg(i);
            store.createSending(f);
        }
        const QList<InvoiceRecord> two = store.recent(2).value();
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).fields.orderId, QStringLiteral("N-4"));
        QCOMPARE(two.at(1).fields.orderId, QStringLiteral("N-3"));
    }

    void schemaIsVersionedAndNewerFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("i.sqlite"));
        {
            InvoiceStore store;
            QCOMPARE(store.open(path), QString());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(InvoiceSchema::versionOf(db), InvoiceSchema::CurrentVersion);
            QSqlQuery(db).exec(QStringLiteral("UPDATE schema_meta SET version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        InvoiceStore newer;
        QVERIFY(newer.open(path).contains(QStringLiteral("newer version")));
    }

    void aVersionOneFileIsUpgradedKeepingItsInvoices()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // The schema as the first release wrote it, with one invoice in it.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_meta (version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_meta VALUES (1)")));
            QVERIFY(q.exec(QStringLiteral(
                    "CREATE TABLE invoices (id INTEGER PRIMARY KEY AUTOINCREMENT, order_id TEXT NOT NULL UNIQUE, "
                    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, state TEXT NOT NULL, price_amount TEXT NOT NULL, "
                    "price_currency TEXT NOT NULL, email TEXT, title TEXT, description TEXT, test INTEGER NOT NULL DEFAULT 0, "
                    "add_fee_to_price INTEGER NOT NULL DEFAULT 0, margin_ratio TEXT, expiry_hours INTEGER NOT NULL DEFAULT 0, "
                    "page_template TEXT, success_url TEXT, cancel_url TEXT, callback_url TEXT, merchant_id TEXT, customer_id TEXT, "
                    "banned_coins TEXT, white_label INTEGER NOT NULL DEFAULT 0, payment_url TEXT, failure_text TEXT, gateway_messages TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoice_events (id INTEGER PRIMARY KEY AUTOINCREMENT, invoice_id INTEGER NOT NULL, "
                                          "at TEXT NOT NULL, state TEXT NOT NULL, raw_answer TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invoices (order_id, created_at, updated_at, state, price_amount, price_currency, payment_url) "
                                          "VALUES ('OLD-1', '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:01.000Z', 'open', '7.5', 'EUR', 'https://payid19.com/invoice/old')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        InvoiceStore store;
        QCOMPARE(store.open(path), QString());
        const QList<InvoiceRecord> all = store.recent(-1).value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().fields.orderId, QStringLiteral("OLD-1"));
        QCOMPARE(all.first().fields.price.toCanonical(), QStringLiteral("7.5"));
        QVERIFY(!all.first().expiresAt.isValid());
        PaymentStatus paid{InvoiceState::Paid, QDateTime::currentDateTimeUtc(), Amount::fromCanonical(QStringLiteral("7.5")), QStringLiteral("USDT")};
        QVERIFY(store.recordPayment(all.first().id, paid, "{}"));
        QCOMPARE(store.find(all.first().id)->paidCurrency, QStringLiteral("USDT"));
        // Before schema 3 no gateway was recorded, so nothing ever followed it: the
        // account in use adopts it, and it is followed from then on.
        QCOMPARE(store.followKeys(QStringLiteral("https://payid19.com/api/v1 key=pk"), QDateTime::currentDateTimeUtc()).value().size(), 0);
        const qint64 open = store.createSending(everyField(), QString());
        store.markOpen(open, QStringLiteral("https://payid19.com/invoice/o"), "{}");
        const qint64 addressOnly = store.createSending([this] { InvoiceFields f = everyField(); f.orderId = QStringLiteral("V3-1"); return f; }(),
                                                       QStringLiteral("https://payid19.com/api/v1"));
        store.markOpen(addressOnly, QStringLiteral("https://payid19.com/invoice/v3"), "{}");
        // One whose fate is unknown is not adopted: a new account would answer
        // "none" for it and invite a second invoice of the same sale.
        const qint64 unknown = store.createSending([this] { InvoiceFields f = everyField(); f.orderId = QStringLiteral("V3-U"); return f; }(),
                                                   QStringLiteral("https://payid19.com/api/v1"));
        store.markUnknown(unknown, QStringLiteral("lost"), QByteArray());
        QCOMPARE(store.adoptLegacyInvoices(QStringLiteral("https://payid19.com/api/v1"),
                                           QStringLiteral("https://payid19.com/api/v1 key=pk")), 3);
        QCOMPARE(store.find(unknown)->gateway, QStringLiteral("https://payid19.com/api/v1"));
        QCOMPARE(store.followKeys(QStringLiteral("https://payid19.com/api/v1 key=pk"), QDateTime::currentDateTimeUtc()).value().size(), 2);
        QCOMPARE(store.adoptLegacyInvoices(QStringLiteral("https://payid19.com/api/v1"),
                                           QStringLiteral("https://payid19.com/api/v1 key=other")), 0);
    }

    // The history holds customers' e-mails: its folder and files are its owner's
    // alone, and files an older version left readable are tightened.
    void theHistoryIsPrivateToItsOwner()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data"));
        const QString path = folder + QStringLiteral("/invoices.sqlite");
        {
            InvoiceStore store;
            QCOMPARE(store.open(path), QString());
            store.createSending(everyField());
        }
        const auto ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (QFile::exists(file))
                QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
        }
        QVERIFY(QFile::permissions(path) & ownerOnlyFile);
        QFile::setPermissions(folder, QFile::permissions(folder) | QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(path, ownerOnlyFile | QFile::ReadGroup | QFile::ReadOther);
        InvoiceStore again;
        QCOMPARE(again.open(path), QString());
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
    }

    void unwritableLocationSaysSo()
    {
        InvoiceStore store;
        const QString error = store.open(QStringLiteral("/proc/no-such-dir/i.sqlite"));
        QVERIFY(!error.isEmpty());
    }

    void thePrivateKeyNeverReachesTheFile()
    {
        // Everything the console ever writes for an invoice, with a key-like text
        // nowhere in it: the file's bytes must not hold the key.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("i.sqlite"));
        const QByteArray secret = "sk_live_9f8e7d6c5b4a";
        {
            InvoiceStore store;
            QCOMPARE(store.open(path), QString());
            const qint64 id = store.createSending(everyField());
            store.markOpen(id, QStringLiteral("https://payid19.com/invoice/abc"),
                           "{\"status\":\"success\",\"message\":\"https://payid19.com/invoice/abc\"}");
        }
        QByteArray bytes;
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.size() > 0);
        QVERIFY(!bytes.contains(secret));
        QVERIFY(!bytes.contains("private_key"));
    }

    // A change refused at its commit (a full disk shows there) says why; the
    // lookup before it must not leave the reason empty (review).
    void aFailedCommitSaysWhy()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("i.sqlite"))), QString());
        InvoiceFields f;
        f.orderId = QStringLiteral("C-1");
        f.price = *Amount::fromCanonical(QStringLiteral("1"));
        const qint64 id = store.createSending(f);
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        // A deferred foreign key is checked at COMMIT: the commit fails.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE child (pid INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER spoil AFTER UPDATE ON invoices BEGIN INSERT INTO child VALUES (42); END")));
        PaymentStatus paid;
        paid.state = InvoiceState::Paid;
        QVERIFY(!store.recordPayment(id, paid, QByteArray()));
        QVERIFY2(store.lastError().contains(QStringLiteral("could not be saved")), qPrintable(store.lastError()));
        QCOMPARE(store.find(id)->state, InvoiceState::Sending); // nothing half-written
    }
};

QTEST_GUILESS_MAIN(TestInvoiceStore)
#include "tst_invoicestore.moc"
