// The demo history: as many invoices as asked, in every state, each one as the
// engine itself would read it, found by the history's search, the same for the
// same seed, and never written over a history that holds real invoices unless
// forced.
#include "gateway/PaymentRule.h"
#include "history/DemoHistory.h"
#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"
#include "store/InvoiceStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceSchema;

class TestDemoHistory : public QObject
{
    Q_OBJECT

    // A fixed end, so that two runs can be compared row for row.
    const QDateTime m_now = QDateTime(QDate(2025, 6, 13), QTime(15, 42, 7), Qt::UTC);

    DemoHistory::Options options(qint64 invoices, quint32 seed = 7) const
    {
        DemoHistory::Options o;
        o.invoices = invoices;
        o.seed = seed;
        o.tillCode = QStringLiteral("K7QD");
        o.zone = QTimeZone("Europe/Istanbul");
        o.now = m_now;
        return o;
    }

    static QSqlQuery sql(InvoiceStore &store, const QString &text, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
        query.setForwardOnly(true);
        if (!query.prepare(text))
            qWarning() << "cannot prepare" << text;
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qWarning() << "cannot run" << text;
        return query;
    }
    static qint64 number(InvoiceStore &store, const QString &text, const QVariantList &values = {})
    {
        QSqlQuery query = sql(store, text, values);
        return query.next() ? query.value(0).toLongLong() : -1;
    }
    static qint64 count(InvoiceStore &store, const QString &table = Invoices)
    {
        return number(store, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    }

    // Every row of both tables as text, for comparing two histories.
    static QStringList dump(InvoiceStore &store)
    {
        QStringList rows;
        for (const QString &table : {QString(Invoices), QString(Events)}) {
            QSqlQuery query = sql(store, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, Col::Id));
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields << query.value(i).toString();
                rows << fields.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

    static bool isDone(const DemoHistory::Result &result)
    {
        if (result.outcome != DemoHistory::Outcome::Done)
            qWarning() << "not done:" << int(result.outcome) << result.error;
        return result.outcome == DemoHistory::Outcome::Done;
    }

    // FTS5 compares its index with the invoices table it indexes.
    static bool integrityChecked(InvoiceStore &store)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
        const bool ok = query.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(Search));
        if (!ok)
            qWarning() << query.lastError().text();
        return ok;
    }

    InvoiceFields realSale() const
    {
        InvoiceFields f;
        f.orderId = QStringLiteral("K7QD-250613-101010-ABC");
        f.price = *Amount::fromCanonical(QStringLiteral("4.20"));
        f.currency = QStringLiteral("USD");
        f.title = QStringLiteral("Real espresso");
        return f;
    }

private slots:
    void twoThousandInvoicesAsTheEngineReadsThem()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("invoices.sqlite"))), QString());
        qint64 lastWritten = 0;
        int calls = 0;
        const auto result = DemoHistory(&store).fill(options(2000), [&](qint64 written, qint64 total) {
            [&] { QVERIFY(written > lastWritten && total == 2000); }();
            lastWritten = written;
            ++calls;
            return true;
        });
        QVERIFY(isDone(result));
        QCOMPARE(result.invoices, qint64(2000));
        QCOMPARE(result.replaced, qint64(0));
        QCOMPARE(result.realInvoices, qint64(0));
        QCOMPARE(lastWritten, qint64(2000));
        QVERIFY(calls >= 10);
        QCOMPARE(count(store), qint64(2000));
        QCOMPARE(count(store, Events), result.events);
        QCOMPARE(number(store, QStringLiteral("SELECT COUNT(DISTINCT %1) FROM %2").arg(Col::OrderId, Invoices)), qint64(2000));
        QCOMPARE(number(store, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 <> ?").arg(Invoices, Col::Gateway),
                        {DemoHistory::gatewayName()}),
                 qint64(0));

        const auto records = store.recent(-1);
        QVERIFY(records);
        QCOMPARE(int(records->size()), 2000);
        QSet<int> states;
        QSet<QString> currencies;
        int whiteLabel = 0, test = 0, withEmail = 0, withCustomer = 0;
        QDateTime newer;
        const QRegularExpression orderForm(QStringLiteral("^K7QD-\\d{6}-\\d{6}-[2-9A-HJ-NP-Z]{3}$"));
        for (const InvoiceRecord &r : *records) { // newest first
            states.insert(int(r.state));
            currencies.insert(r.fields.currency);
            whiteLabel += r.fields.whiteLabel;
            test += r.fields.test;
            withEmail += !r.fields.email.isEmpty();
            withCustomer += !r.fields.customerId.isEmpty();
            QVERIFY2(orderForm.match(r.fields.orderId).hasMatch(), qPrintable(r.fields.orderId));
            // The order number carries the creation time, as OrderIdGenerator's do.
            QCOMPARE(r.fields.orderId.mid(5, 13), r.createdAt.toString(QStringLiteral("yyMMdd-HHmmss")));
            // Creation order is id order, which the history pages by.
            if (newer.isValid())
                QVERIFY(r.createdAt <= newer);
            newer = r.createdAt;
            QVERIFY(r.createdAt <= m_now && r.updatedAt <= m_now && r.createdAt <= r.updatedAt);
            QVERIFY(r.createdAt > m_now.addYears(-6));
            QVERIFY(!r.fields.price.isZero());
            QVERIFY(!r.fields.title.isEmpty());
            QCOMPARE(r.gateway, DemoHistory::gatewayName());
            const auto events = store.events(r.id);
            QVERIFY(events && events->size() >= 2 && events->size() <= 5);
            QCOMPARE(events->first().state, InvoiceState::Sending);
            QCOMPARE(events->last().state, r.state);
            QCOMPARE(events->last().at, r.updatedAt);
            switch (r.state) {
            case InvoiceState::Paid:
            case InvoiceState::PaidLate:
            case InvoiceState::PaymentSeen:
                QVERIFY(r.paid());
                break;
            case InvoiceState::Underpaid: {
                // Underpaid only where the payment's unit is the one asked in.
                QVERIFY(r.paid());
                const auto missing = PaymentRule::missing(r);
                QVERIFY2(missing && !missing->amount.isZero(), qPrintable(r.fields.orderId));
                break;
            }
            case InvoiceState::Expired:
                QVERIFY(r.expiryConfirmed && r.expiresAt < m_now && !r.paid());
                break;
            case InvoiceState::Open:
                // Not expired by the poller at the next start.
                QVERIFY(r.expiresAt > m_now.addSecs(12 * 3600));
                QVERIFY(r.createdAt > m_now.addDays(-1));
                break;
            case InvoiceState::Failed:
            case InvoiceState::Unknown:
            case InvoiceState::Conflict:
                QVERIFY(!r.failureText.isEmpty());
                QVERIFY(r.paymentUrl.isEmpty());
                break;
            case InvoiceState::Sending:
                QFAIL("a demo invoice is never sending: the reconciler would settle it");
            }
            if (r.fields.whiteLabel && (r.state == InvoiceState::Paid || r.state == InvoiceState::Underpaid)) {
                QVERIFY(!r.coin.isEmpty() && !r.network.isEmpty() && !r.coinAddress.isEmpty() && r.coinAmount);
                QVERIFY(!r.coinOffers.isEmpty());
            }
            if (!r.fields.whiteLabel && (r.state == InvoiceState::Paid || r.state == InvoiceState::Open))
                QVERIFY(r.paymentUrl.startsWith(QStringLiteral("https://payid19.com/invoice/")));
        }
        for (InvoiceState state : InvoiceStates::all()) {
            if (state != InvoiceState::Sending)
                QVERIFY2(states.contains(int(state)), qPrintable(InvoiceStates::storageName(state)));
        }
        for (const char *code : {"USD", "EUR", "GBP", "TRY", "USDT"})
            QVERIFY2(currencies.contains(QLatin1String(code)), code);
        QVERIFY(whiteLabel > 100 && whiteLabel < 400);
        QVERIFY(test > 20 && test < 120);
        QVERIFY(withEmail > 800 && withCustomer > 300);
        // Paid most, then expired.
        const auto inState = [&](InvoiceState state) {
            return number(store, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(Invoices, Col::State),
                          {InvoiceStates::storageName(state)});
        };
        QVERIFY(inState(InvoiceState::Paid) > 1500);
        QVERIFY(inState(InvoiceState::Expired) > inState(InvoiceState::Failed));

        // price_units is the exact price, for every row.
        QSqlQuery prices = sql(store, QStringLiteral("SELECT %1, %2 FROM %3").arg(Col::PriceAmount, Col::PriceUnits, Invoices));
        int checked = 0;
        while (prices.next()) {
            const auto price = Amount::fromCanonical(prices.value(0).toString());
            QVERIFY(price);
            QCOMPARE(prices.value(1).toLongLong(), price->sortKey());
            ++checked;
        }
        QCOMPARE(checked, 2000);
        // The search index holds exactly what the rows hold.
        QVERIFY(integrityChecked(store));

        // Nothing for the poller or the reconciler to act on.
        QVERIFY(store.openPastExpiry(m_now)->isEmpty());
        QVERIFY(store.inStates({InvoiceState::Sending})->isEmpty());
        QVERIFY(store.followKeys(QStringLiteral("training"), m_now.addYears(-10))->isEmpty());
        QVERIFY(store.adoptLegacyInvoices(QStringLiteral("https://payid19.com/api/v1"),
                                          QStringLiteral("https://payid19.com/api/v1 key=pub")) == 0);
    }

    void theSearchFindsAFragmentOfAnEmail()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("invoices.sqlite"))), QString());
        QVERIFY(isDone(DemoHistory(&store).fill(options(2000))));
        const QStringList emails = [&] {
            QStringList list;
            QSqlQuery query = sql(store, QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY %1")
                                                 .arg(Col::Email, Invoices));
            while (query.next())
                list << query.value(0).toString();
            return list;
        }();
        QVERIFY(emails.size() > 20);
        for (const QString &email : {emails.first(), emails.at(emails.size() / 2), emails.last()}) {
            const QString fragment = email.mid(2, 5); // inside the address, as a cashier remembers it
            const qint64 matched = number(store, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %1 MATCH ?").arg(Search),
                                          {QStringLiteral("%1 : \"%2\"").arg(Col::Email, fragment)});
            // instr(), not LIKE: an e-mail's '_' is a LIKE wildcard.
            const qint64 brute = number(store, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE instr(%2, ?) > 0").arg(Invoices, Col::Email),
                                        {fragment});
            QVERIFY2(brute > 0, qPrintable(fragment));
            QCOMPARE(matched, brute);
        }
        // The search holds the other columns too: an address of a white-label one.
        const QString address = [&] {
            QSqlQuery query = sql(store, QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL LIMIT 1").arg(Col::CoinAddress, Invoices));
            return query.next() ? query.value(0).toString() : QString();
        }();
        QVERIFY(!address.isEmpty());
        QCOMPARE(number(store, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %1 MATCH ?").arg(Search),
                        {QStringLiteral("\"%1\"").arg(address.mid(10, 12))}),
                 qint64(1));
    }

    void theSameSeedMakesTheSameHistory()
    {
        QTemporaryDir dir;
        InvoiceStore first, second, third;
        QCOMPARE(first.open(dir.filePath(QStringLiteral("a.sqlite"))), QString());
        QCOMPARE(second.open(dir.filePath(QStringLiteral("b.sqlite"))), QString());
        QCOMPARE(third.open(dir.filePath(QStringLiteral("c.sqlite"))), QString());
        QVERIFY(isDone(DemoHistory(&first).fill(options(500, 42))));
        QVERIFY(isDone(DemoHistory(&second).fill(options(500, 42))));
        QVERIFY(isDone(DemoHistory(&third).fill(options(500, 43))));
        const QStringList a = dump(first);
        QVERIFY(a.size() > 1000);
        QCOMPARE(dump(second), a);
        QVERIFY(dump(third) != a);
    }

    void aHistoryWithRealInvoicesIsRefusedUnlessForced()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("invoices.sqlite"))), QString());
        const qint64 real = store.createSending(realSale(), QStringLiteral("https://payid19.com/api/v1 key=pub"));
        QVERIFY(real > 0);
        const QStringList before = dump(store);

        DemoHistory demo(&store);
        QCOMPARE(demo.countReal(), std::optional<qint64>(1));
        auto result = demo.fill(options(300));
        QCOMPARE(int(result.outcome), int(DemoHistory::Outcome::Refused));
        QVERIFY2(result.error.contains(QStringLiteral("--force")), qPrintable(result.error));
        QCOMPARE(result.realInvoices, qint64(1));
        QCOMPARE(dump(store), before);

        DemoHistory::Options forced = options(300);
        forced.force = true;
        result = demo.fill(forced);
        QVERIFY(isDone(result));
        QCOMPARE(result.realInvoices, qint64(1));
        QCOMPARE(count(store), qint64(301));
        const auto kept = store.find(real);
        QVERIFY(kept);
        QCOMPARE(kept->fields.orderId, realSale().orderId);
        QCOMPARE(kept->state, InvoiceState::Sending);
        QCOMPARE(int(store.events(real)->size()), 1);
        QCOMPARE(demo.countReal(), std::optional<qint64>(1));

        // Again: the demo invoices are replaced, the real one stays.
        forced.invoices = 120;
        result = demo.fill(forced);
        QVERIFY(isDone(result));
        QCOMPARE(result.replaced, qint64(300));
        QCOMPARE(count(store), qint64(121));
        QCOMPARE(store.find(real)->fields.orderId, realSale().orderId);
        QCOMPARE(int(store.events(real)->size()), 1);
        QCOMPARE(count(store, Events), result.events + 1);
        QVERIFY(integrityChecked(store));
    }

    void aSecondRunReplacesTheDemoInvoices()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("invoices.sqlite"))), QString());
        DemoHistory demo(&store);
        QVERIFY(isDone(demo.fill(options(400))));
        const auto again = demo.fill(options(250, 8));
        QVERIFY(isDone(again));
        QCOMPARE(again.replaced, qint64(400));
        QCOMPARE(count(store), qint64(250));
        QCOMPARE(count(store, Events), again.events);
        // The search forgot the old ones too.
        QCOMPARE(number(store, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %1 MATCH 'K7QD'").arg(Search)), qint64(250));
        QVERIFY(integrityChecked(store));
    }

    void stoppedHalfWayLeavesTheHistoryAsItWas()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("invoices.sqlite"))), QString());
        DemoHistory demo(&store);
        QVERIFY(isDone(demo.fill(options(100))));
        const QStringList before = dump(store);
        const auto result = demo.fill(options(1000, 9), [](qint64 written, qint64) { return written < 500; });
        QCOMPARE(int(result.outcome), int(DemoHistory::Outcome::Cancelled));
        QCOMPARE(result.invoices, qint64(0));
        QCOMPARE(dump(store), before);
        // And the store writes as before (the load's settings are undone).
        QVERIFY(store.createSending(realSale()) > 0);
        QCOMPARE(number(store, QStringLiteral("PRAGMA synchronous")), qint64(1)); // NORMAL, as the store keeps it
    }

    void aHugeCountIsRefusedBeforeAnythingIsWritten()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("invoices.sqlite"))), QString());
        const auto result = DemoHistory(&store).fill(options(DemoHistory::MaxInvoices + 1));
        QCOMPARE(int(result.outcome), int(DemoHistory::Outcome::Failed));
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(count(store), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
