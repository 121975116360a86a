#include "HistoryOracle.h"
#include "history/HistoryReader.h"
#include "history/InvoiceHistoryModel.h"
#include "history/TotalsCounter.h"
#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"
#include "store/InvoiceStore.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {
const QLocale English(QLocale::English, QLocale::UnitedStates);

Amount amount(const char *text)
{
    return *Amount::fromCanonical(QString::fromLatin1(text));
}

// Every row the model can give, fetching to the end as a scrolling view would.
QList<qint64> allIds(InvoiceHistoryModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.recordAt(row).id;
    return ids;
}

using HistoryOracle::passes;
}

class TestHistoryModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    InvoiceFields invoice(const QString &orderId, const QString &price, const QString &currency = QStringLiteral("USD"))
    {
        InvoiceFields f;
        f.orderId = orderId;
        f.price = *Amount::fromCanonical(price);
        f.currency = currency;
        f.title = QStringLiteral("Title ") + orderId;
        return f;
    }

    std::unique_ptr<InvoiceStore> freshStore()
    {
        auto store = std::make_unique<InvoiceStore>();
        const QString path = m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_files));
        const QString error = store->open(path);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return store;
    }

    void setCreatedAt(InvoiceStore &store, qint64 id, const QDateTime &at)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        query.prepare(QStringLiteral("UPDATE invoices SET created_at = ? WHERE id = ?"));
        query.addBindValue(InvoiceRow::utcText(at));
        query.addBindValue(id);
        QVERIFY(query.exec());
    }

    // A varied history: states, currencies, test, prices with ties, e-mails,
    // white-label addresses and dates over two years.
    void fillVaried(InvoiceStore &store, int count)
    {
        QRandomGenerator random(42);
        const QStringList currencies{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("TRY")};
        const QStringList prices{QStringLiteral("0.1"), QStringLiteral("0.2"), QStringLiteral("9.5"),
                                 QStringLiteral("12.00000001"), QStringLiteral("100"), QStringLiteral("9.5")};
        const QStringList names{QStringLiteral("ayse.yilmaz"), QStringLiteral("john.smith"), QStringLiteral("Jane.Doe")};
        const QDateTime start(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            InvoiceFields f = invoice(QStringLiteral("ORD-%1").arg(i, 4, 10, QLatin1Char('0')), prices.at(i % prices.size()),
                                      currencies.at(random.bounded(currencies.size())));
            f.email = QStringLiteral("%1%2@example.com").arg(names.at(i % names.size())).arg(i);
            f.customerId = QStringLiteral("CUST%1").arg(i % 17);
            f.test = random.bounded(10) == 0;
            f.title = i % 5 == 0 ? QStringLiteral("Çay 50%_off") : QStringLiteral("Espresso \"double\"");
            const qint64 id = store.createSending(f);
            QVERIFY(id > 0);
            setCreatedAt(store, id, start.addSecs(qint64(i) * 3 * 3600 + random.bounded(3600)));
            switch (random.bounded(6)) {
            case 0:
                break; // sending
            case 1:
                store.markFailed(id, QStringLiteral("No"), {}, QByteArray());
                break;
            default: {
                store.markOpen(id, QStringLiteral("https://payid19.com/invoice/%1").arg(i), QByteArray());
                if (i % 7 == 0)
                    store.recordCoinChoice(id, QStringLiteral("USDT"), QStringLiteral("TRC20"),
                                           QStringLiteral("TXaddr%1zz").arg(i), amount("1.5"), QByteArray());
                PaymentStatus status;
                const InvoiceState states[] = {InvoiceState::Paid, InvoiceState::Underpaid, InvoiceState::Expired,
                                               InvoiceState::PaidLate, InvoiceState::Open};
                status.state = states[random.bounded(5)];
                if (status.state != InvoiceState::Open)
                    store.recordPayment(id, status, QByteArray());
            }
            }
        }
    }

    QList<qint64> bruteIds(InvoiceStore &store, const HistoryFilter &filter)
    {
        QList<qint64> ids;
        for (const InvoiceRecord &r : QList<InvoiceRecord>(store.recent(-1).value())) {
            if (passes(filter, r))
                ids << r.id;
        }
        return ids; // newest first, as recent() reads them
    }

private slots:
    void followsTheStore()
    {
        auto store = freshStore();
        const qint64 first = store->createSending(invoice(QStringLiteral("A"), QStringLiteral("9.5")));
        InvoiceHistoryModel model(store.get(), English);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);

        store->createSending(invoice(QStringLiteral("B"), QStringLiteral("100")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, InvoiceHistoryModel::OrderId).data().toString(), QStringLiteral("B"));

        store->markOpen(first, QStringLiteral("https://payid19.com/invoice/a"), QByteArray());
        const QModelIndex status = model.index(1, InvoiceHistoryModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Waiting for payment"));
        QCOMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("open"));
        QCOMPARE(status.data(InvoiceHistoryModel::PaymentUrlRole).toString(), QStringLiteral("https://payid19.com/invoice/a"));
        QCOMPARE(model.index(1, InvoiceHistoryModel::Amount).data().toString(), QStringLiteral("9.50 USD"));
        QCOMPARE(model.index(1, InvoiceHistoryModel::Amount).data(Qt::EditRole).toString(), QStringLiteral("9.5"));
        QCOMPARE(model.headerData(InvoiceHistoryModel::Status, Qt::Horizontal).toString(), QStringLiteral("Status"));
    }

    void readsOnlyAPageAtStart()
    {
        auto store = freshStore();
        fillVaried(*store, 250);
        InvoiceHistoryModel model(store.get(), English);
        QCOMPARE(model.rowCount(), InvoiceHistoryModel::PageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 2 * InvoiceHistoryModel::PageSize);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(allIds(model), bruteIds(*store, HistoryFilter()));
        // The tester fetches greedily on every change: all of it, exactly once.
        InvoiceHistoryModel tested(store.get(), English);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(allIds(tested), bruteIds(*store, HistoryFilter()));
    }

    void pagesMeetExactlyAtTheEdges_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("a page less one") << InvoiceHistoryModel::PageSize - 1;
        QTest::newRow("exactly a page") << InvoiceHistoryModel::PageSize;
        QTest::newRow("a page and one") << InvoiceHistoryModel::PageSize + 1;
        QTest::newRow("two pages") << 2 * InvoiceHistoryModel::PageSize;
    }

    void pagesMeetExactlyAtTheEdges()
    {
        QFETCH(int, count);
        auto store = freshStore();
        for (int i = 0; i < count; ++i)
            store->createSending(invoice(QStringLiteral("E%1").arg(i), QStringLiteral("5")));
        // Every order, and every price the same: the id alone keeps pages apart.
        for (int column : {InvoiceHistoryModel::Time, InvoiceHistoryModel::Amount, InvoiceHistoryModel::Status,
                           InvoiceHistoryModel::OrderId}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                InvoiceHistoryModel model(store.get(), English);
                QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
                model.sort(column, order);
                const QList<qint64> ids = allIds(model);
                QCOMPARE(ids.size(), count);
                QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), count);
                QVERIFY(!model.canFetchMore(QModelIndex()));
            }
        }
    }

    void sortsInSqlAcrossPages()
    {
        auto store = freshStore();
        fillVaried(*store, 260);
        const QList<InvoiceRecord> all = store->recent(-1).value();
        InvoiceHistoryModel model(store.get(), English);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(InvoiceHistoryModel::Amount, order);
            QList<InvoiceRecord> expected = all;
            std::sort(expected.begin(), expected.end(), [order](const InvoiceRecord &a, const InvoiceRecord &b) {
                if (a.fields.price != b.fields.price)
                    return order == Qt::AscendingOrder ? a.fields.price < b.fields.price : a.fields.price > b.fields.price;
                return order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
            });
            QList<qint64> expectedIds;
            for (const InvoiceRecord &r : expected)
                expectedIds << r.id;
            QCOMPARE(allIds(model), expectedIds);
        }
        // Order numbers sort as text, with the id behind them.
        model.sort(InvoiceHistoryModel::OrderId, Qt::AscendingOrder);
        QCOMPARE(model.index(0, InvoiceHistoryModel::OrderId).data().toString(), QStringLiteral("ORD-0000"));
        // Title is no order a shop looks up by: the order stays.
        model.sort(InvoiceHistoryModel::Title, Qt::DescendingOrder);
        QCOMPARE(model.historySort().key, HistorySort::Key::OrderId);
    }

    // A loaded row whose sort value changes must neither move where the next
    // page starts (rows skipped) nor be read again further down (shown twice).
    void changedRowsNeitherSkipNorRepeatRows()
    {
        auto store = freshStore();
        QList<qint64> failed, sending;
        for (int i = 0; i < 150; ++i) {
            const qint64 id = store->createSending(invoice(QStringLiteral("F%1").arg(i), QStringLiteral("1")));
            store->markFailed(id, QStringLiteral("No"), {}, QByteArray());
            failed << id;
        }
        for (int i = 0; i < 100; ++i)
            store->createSending(invoice(QStringLiteral("S%1").arg(i), QStringLiteral("1")));
        for (int changed : {InvoiceHistoryModel::PageSize - 1, 5}) {
            InvoiceHistoryModel model(store.get(), English);
            model.sort(InvoiceHistoryModel::Status, Qt::AscendingOrder); // "failed" before "sending"
            QCOMPARE(model.rowCount(), InvoiceHistoryModel::PageSize);
            const qint64 id = model.recordAt(changed).id;
            store->markOpen(id, QStringLiteral("https://p/%1").arg(id), QByteArray()); // "open": between the two
            const QList<qint64> ids = allIds(model);
            QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
            QCOMPARE(ids.size(), 250);
            QCOMPARE(model.recordAt(changed).state, InvoiceState::Open);
            store->markFailed(id, QStringLiteral("No"), {}, QByteArray());
            store->resend(id, invoice(QStringLiteral("again%1").arg(id), QStringLiteral("1")));
            store->markFailed(id, QStringLiteral("No"), {}, QByteArray());
        }
    }

    void everyFilterMatchesABruteForceCount_data()
    {
        QTest::addColumn<HistoryFilter>("filter");
        const QDateTime may(QDate(2025, 5, 1), QTime(0, 0), Qt::UTC);
        HistoryFilter f;
        QTest::newRow("everything") << f;
        f = {};
        f.from = may;
        f.to = may.addDays(10);
        QTest::newRow("ten days of May") << f;
        f = {};
        f.to = may;
        QTest::newRow("before May") << f;
        f = {};
        f.states = {InvoiceState::Paid, InvoiceState::PaidLate};
        QTest::newRow("paid") << f;
        f = {};
        f.states = {InvoiceState::Failed};
        QTest::newRow("failed") << f;
        f = {};
        f.currency = QStringLiteral("EUR");
        QTest::newRow("euro") << f;
        f = {};
        f.money = HistoryFilter::Money::TestOnly;
        QTest::newRow("test only") << f;
        f = {};
        f.money = HistoryFilter::Money::LiveOnly;
        QTest::newRow("live only") << f;
        f = {};
        f.minPrice = amount("9.5");
        f.maxPrice = amount("12.00000001");
        QTest::newRow("9.50 to 12.00000001") << f;
        f = {};
        f.minPrice = amount("0.15");
        QTest::newRow("from 0.15") << f;
        f = {};
        f.text = QStringLiteral("yilmaz1");
        QTest::newRow("e-mail fragment") << f;
        f = {};
        f.text = QStringLiteral("JANE.doe");
        QTest::newRow("another case") << f;
        f = {};
        f.text = QStringLiteral("ş");
        QTest::newRow("short word") << f;
        f = {};
        f.text = QStringLiteral("50%_");
        QTest::newRow("LIKE characters") << f;
        f = {};
        f.text = QStringLiteral("\"double\"");
        QTest::newRow("quotes") << f;
        f = {};
        f.text = QStringLiteral("AND OR NOT * ^");
        QTest::newRow("FTS operators") << f;
        f = {};
        f.text = QStringLiteral("cust1 ORD-01");
        QTest::newRow("two words") << f;
        f = {};
        f.text = QStringLiteral("TXaddr14z");
        QTest::newRow("coin address") << f;
        f = {};
        f.text = QStringLiteral("çay");
        QTest::newRow("non-ASCII") << f;
        f = {};
        f.text = QStringLiteral("ç");
        QTest::newRow("short non-ASCII, lower") << f;
        f = {};
        f.text = QStringLiteral("ÇA");
        QTest::newRow("short non-ASCII, upper") << f;
        f = {};
        f.from = may;
        f.states = {InvoiceState::Paid};
        f.currency = QStringLiteral("USD");
        f.money = HistoryFilter::Money::LiveOnly;
        f.text = QStringLiteral("example");
        QTest::newRow("all together") << f;
    }

    void everyFilterMatchesABruteForceCount()
    {
        QFETCH(HistoryFilter, filter);
        static std::unique_ptr<InvoiceStore> store;
        if (!store) {
            store = freshStore();
            fillVaried(*store, 400);
        }
        InvoiceHistoryModel model(store.get(), English);
        model.setFilter(filter);
        const QList<qint64> expected = bruteIds(*store, filter);
        QCOMPARE(allIds(model), expected);
        HistoryReader reader(store->connectionName());
        QCOMPARE(reader.count(filter).value(), qint64(expected.size()));
        // Each row the filter shows is one the reader says it matches.
        for (qint64 id : expected.mid(0, 5))
            QVERIFY(reader.matches(filter, id).value());
        // Totals: the same sums added one by one.
        HistoryTotals brute;
        for (const InvoiceRecord &r : QList<InvoiceRecord>(store->recent(-1).value())) {
            if (passes(filter, r))
                brute.add(r.state, r.fields.currency, r.fields.price, r.fields.test);
        }
        QCOMPARE(reader.totals(filter).value(), brute);
    }

    void totalsAreExact()
    {
        auto store = freshStore();
        // 0.1 + 0.2 is 0.3 here, not 0.30000000000000004.
        for (const char *price : {"0.1", "0.2", "0.00000001"}) {
            const qint64 id = store->createSending(invoice(QString::fromLatin1(price), QString::fromLatin1(price)));
            store->markOpen(id, QStringLiteral("https://p/x"), QByteArray());
            PaymentStatus paid;
            paid.state = InvoiceState::Paid;
            store->recordPayment(id, paid, QByteArray());
        }
        HistoryReader reader(store->connectionName());
        const HistoryTotals totals = reader.totals(HistoryFilter()).value();
        QCOMPARE(totals.count, 3);
        QCOMPARE(totals.currencies.size(), 1);
        QCOMPARE(totals.currencies.first().paid.amount.toCanonical(), QStringLiteral("0.30000001"));
        QCOMPARE(totals.summary(English), QStringLiteral("Invoices: 3 · paid 0.30000001 USD"));

        // Sums past 64 bits (a hundred invoices of nearly ten billion each)
        // are still exact: SQL refuses, the reader adds in 128 bits instead.
        for (int i = 0; i < 100; ++i) {
            const qint64 id = store->createSending(invoice(QStringLiteral("BIG%1").arg(i), QStringLiteral("9999999999.99999999")));
            store->markOpen(id, QStringLiteral("https://p/x"), QByteArray());
        }
        HistoryFilter open;
        open.states = {InvoiceState::Open};
        const HistoryTotals big = reader.totals(open).value();
        QCOMPARE(big.currencies.first().unpaid.amount.toCanonical(), QStringLiteral("999999999999.999999"));
        QCOMPARE(big.currencies.first().unpaid.count, 100);
    }

    void testInvoicesAreCountedButNotSummed()
    {
        auto store = freshStore();
        InvoiceFields f = invoice(QStringLiteral("T"), QStringLiteral("5"));
        f.test = true;
        const qint64 id = store->createSending(f);
        store->markOpen(id, QStringLiteral("https://p/x"), QByteArray());
        PaymentStatus paid;
        paid.state = InvoiceState::Paid;
        store->recordPayment(id, paid, QByteArray());
        const HistoryTotals totals = HistoryReader(store->connectionName()).totals(HistoryFilter()).value();
        QCOMPARE(totals.count, 1);
        QCOMPARE(totals.testCount, 1);
        QVERIFY(totals.currencies.isEmpty());
        QCOMPARE(totals.summary(English), QStringLiteral("Invoices: 1 · test invoices not counted: 1"));
    }

    void newInvoicesAppearOnlyWhereTheyBelong()
    {
        auto store = freshStore();
        store->createSending(invoice(QStringLiteral("OLD"), QStringLiteral("1")));
        InvoiceHistoryModel euros(store.get(), English);
        QAbstractItemModelTester tester(&euros, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryFilter filter;
        filter.currency = QStringLiteral("EUR");
        euros.setFilter(filter);
        QCOMPARE(euros.rowCount(), 0);
        store->createSending(invoice(QStringLiteral("D1"), QStringLiteral("2")));
        QCOMPARE(euros.rowCount(), 0);
        store->createSending(invoice(QStringLiteral("E1"), QStringLiteral("2"), QStringLiteral("EUR")));
        QCOMPARE(euros.rowCount(), 1);
        QCOMPARE(euros.recordAt(0).fields.orderId, QStringLiteral("E1"));
    }

    void aRowLimitedViewKeepsTheNewest()
    {
        auto store = freshStore();
        for (int i = 0; i < 8; ++i)
            store->createSending(invoice(QStringLiteral("R%1").arg(i), QStringLiteral("1")));
        InvoiceHistoryModel recent(store.get(), English, 5);
        QAbstractItemModelTester tester(&recent, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(recent.rowCount(), 5);
        QVERIFY(!recent.canFetchMore(QModelIndex()));
        QCOMPARE(recent.recordAt(0).fields.orderId, QStringLiteral("R7"));
        const qint64 id = store->createSending(invoice(QStringLiteral("NEW"), QStringLiteral("1")));
        QCOMPARE(recent.rowCount(), 5);
        QCOMPARE(recent.recordAt(0).fields.orderId, QStringLiteral("NEW"));
        QCOMPARE(recent.recordAt(4).fields.orderId, QStringLiteral("R4"));
        QSignalSpy changed(&recent, &QAbstractItemModel::dataChanged);
        store->markOpen(id, QStringLiteral("https://p/new"), QByteArray());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(recent.recordAt(0).state, InvoiceState::Open);
    }

    void totalsComeFromAnotherThread()
    {
        auto store = freshStore();
        fillVaried(*store, 120);
        TotalsCounter counter(store->connectionName());
        QSignalSpy ready(&counter, &TotalsCounter::ready);
        HistoryFilter euros;
        euros.currency = QStringLiteral("EUR");
        HistoryFilter paid;
        paid.states = {InvoiceState::Paid};
        // Asked three times in a row: the last question's answer is the one given.
        counter.request(HistoryFilter());
        counter.request(euros);
        counter.request(paid);
        QTRY_VERIFY(!ready.isEmpty() && !counter.isBusy());
        QTest::qWait(50);
        const auto last = ready.constLast().first().value<HistoryTotals>();
        QCOMPARE(last, HistoryReader(store->connectionName()).totals(paid).value());
    }

    void readErrorsAreReportedNotEmpty()
    {
        auto store = freshStore();
        store->createSending(invoice(QStringLiteral("A"), QStringLiteral("1")));
        QSqlQuery(QSqlDatabase::database(store->connectionName())).exec(QStringLiteral("DROP TABLE invoice_events"));
        QVERIFY(!store->events(1).has_value());
        QVERIFY(store->lastError().contains(QStringLiteral("could not be read")));
        QSqlQuery(QSqlDatabase::database(store->connectionName())).exec(QStringLiteral("ALTER TABLE invoices RENAME TO gone"));
        InvoiceHistoryModel model(store.get(), English);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
        QVERIFY(!store->recent(5).has_value());
    }

    void periodsFollowTheTillsTimeZone()
    {
        const QTimeZone newYork("America/New_York");
        // 8 March 2026, 10:00 in New York: the day summer time begins (23 hours).
        const QDateTime now = QDateTime(QDate(2026, 3, 8), QTime(10, 0), newYork);
        const auto today = HistoryPeriods::range(HistoryPeriods::Today, now, newYork);
        QCOMPARE(today.from, QDateTime(QDate(2026, 3, 8), QTime(5, 0), Qt::UTC));
        QCOMPARE(today.to, QDateTime(QDate(2026, 3, 9), QTime(4, 0), Qt::UTC));
        const auto yesterday = HistoryPeriods::range(HistoryPeriods::Yesterday, now, newYork);
        QCOMPARE(yesterday.from, QDateTime(QDate(2026, 3, 7), QTime(5, 0), Qt::UTC));
        QCOMPARE(yesterday.to, today.from);
        // A Sunday: with weeks from Monday, the week began six days ago.
        const auto week = HistoryPeriods::range(HistoryPeriods::ThisWeek, now, newYork, Qt::Monday);
        QCOMPARE(week.from, QDateTime(QDate(2026, 3, 2), QTime(5, 0), Qt::UTC));
        const auto sundayWeek = HistoryPeriods::range(HistoryPeriods::ThisWeek, now, newYork, Qt::Sunday);
        QCOMPARE(sundayWeek.from, today.from);
        const auto month = HistoryPeriods::range(HistoryPeriods::ThisMonth, now, newYork);
        QCOMPARE(month.from, QDateTime(QDate(2026, 3, 1), QTime(5, 0), Qt::UTC));
        const auto chosen = HistoryPeriods::range(HistoryPeriods::Custom, now, newYork, Qt::Monday,
                                                  QDate(2026, 1, 1), QDate(2026, 1, 31));
        QCOMPARE(chosen.from, QDateTime(QDate(2026, 1, 1), QTime(5, 0), Qt::UTC));
        QCOMPARE(chosen.to, QDateTime(QDate(2026, 2, 1), QTime(5, 0), Qt::UTC));
        QVERIFY(!HistoryPeriods::range(HistoryPeriods::Everything, now, newYork).from.isValid());
    }

    void anOlderHistoryGainsSearchAndExactPrices()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.sqlite"));
        {
            InvoiceStore store;
            QCOMPARE(store.open(path), QString());
            InvoiceFields f = invoice(QStringLiteral("OLD-1"), QStringLiteral("12.34567891"));
            f.email = QStringLiteral("mehmet.kaya@example.org");
            QVERIFY(store.createSending(f) > 0);
            // Back to how version 6 kept it.
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            for (const char *sql : {"DROP TRIGGER invoice_search_insert", "DROP TRIGGER invoice_search_delete",
                                    "DROP TRIGGER invoice_search_update", "DROP TABLE invoice_search",
                                    "DROP INDEX invoices_price", "DROP INDEX invoices_currency", "DROP INDEX invoices_totals",
                                    "ALTER TABLE invoices DROP COLUMN price_units", "UPDATE schema_meta SET version = 6"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        InvoiceStore store;
        QCOMPARE(store.open(path), QString());
        HistoryFilter filter;
        filter.text = QStringLiteral("kaya@exa");
        filter.minPrice = amount("12.34567891");
        filter.maxPrice = amount("12.34567891");
        QCOMPARE(HistoryReader(store.connectionName()).count(filter).value(), 1);
    }

    // The one writer of the history's time text agrees with Qt's ISO form,
    // leap days, year ends and times before 1970 included.
    void timesAreWrittenInTheHistorysFormat()
    {
        QRandomGenerator random(7);
        QList<qint64> instants{0, -1, 951782400123 /* 2000-02-29 */, 4102444799999 /* 2099-12-31 */,
                               -86400000LL * 365 * 20 + 5};
        for (int i = 0; i < 2000; ++i)
            instants << qint64(random.bounded(4102444800000.0)) - 946684800000LL;
        for (qint64 ms : instants) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(InvoiceRow::utcText(time), time.toString(Qt::ISODateWithMs));
            QCOMPARE(InvoiceRow::fromUtcText(InvoiceRow::utcText(time)), time);
        }
        QCOMPARE(InvoiceRow::utcText(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
