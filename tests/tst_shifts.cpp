// Shifts and Z reports in a real SQLite history: one shift open at a time, Z
// numbers 1, 2, 3 without gaps across restarts and consoles, a Z report printed
// again exactly as it was stored even after the history changed, and a Z
// report or a closed shift that SQL on the store's own connection cannot alter.
// Also the receipt log (reprints) and the upgrade of a version 7 file.
#include "SalesHistory.h"

#include "history/DemoHistory.h"
#include "reports/ReceiptLog.h"
#include "reports/SalesReportDocument.h"
#include "reports/shifts/SalesReportBuilder.h"
#include "reports/shifts/ShiftBook.h"
#include "store/InvoiceSchema.h"
#include "store/InvoiceStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <thread>

using SalesHistory::Sale;

namespace {
const QTimeZone Berlin("Europe/Berlin");

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Berlin).toUTC();
}

// A console: the store and the shift book over its connection.
struct Console
{
    InvoiceStore store;
    std::unique_ptr<ShiftBook> book;

    explicit Console(const QString &path)
    {
        const QString error = store.open(path);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        book = std::make_unique<ShiftBook>(store.connectionName(), SalesReportBuilder(store.connectionName()));
    }

    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        const bool ok = query.exec(sql);
        if (error)
            *error = query.lastError().text();
        return ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
};
}

class TestShifts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_files)); }

private slots:
    void openStatusAndClose()
    {
        Console console(freshPath());
        ShiftBook &book = *console.book;
        QSignalSpy changed(&book, &ShiftBook::shiftChanged);

        QVERIFY(!book.current());
        QCOMPARE(book.lastError(), QString()); // none open is not an error
        QVERIFY(!book.xReport(at(10, 9), Berlin, QStringLiteral("Till 1")));
        QVERIFY(book.lastError().contains(QStringLiteral("No shift")));
        QVERIFY(!book.closeShift(QStringLiteral("Jane"), at(10, 9), Berlin, QStringLiteral("Till 1")));
        QVERIFY(!book.lastZReport());
        QCOMPARE(book.lastError(), QString());
        QCOMPARE(book.zReports().value().size(), 0);

        QVERIFY(!book.openShift(QStringLiteral("  "), QString(), at(10, 9)));
        const auto shift = book.openShift(QStringLiteral("Ayşe"), QStringLiteral("Float 100 EUR"), at(10, 9));
        QVERIFY2(shift, qPrintable(book.lastError()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(shift->isOpen());
        const auto current = book.current();
        QVERIFY(current);
        QCOMPARE(current->id, shift->id);
        QCOMPARE(current->openedBy, QStringLiteral("Ayşe"));
        QCOMPARE(current->openingNote, QStringLiteral("Float 100 EUR"));
        QCOMPARE(current->openedAt, at(10, 9));

        // A second one is refused, naming who has the open one.
        QVERIFY(!book.openShift(QStringLiteral("Jane"), QString(), at(10, 10)));
        QVERIFY2(book.lastError().contains(QStringLiteral("Ayşe")), qPrintable(book.lastError()));
        QVERIFY(book.lastError().contains(QStringLiteral("already open")));
        // Not the computer's zone and language, which need not be the till's:
        // without the till's zone, UTC, said so.
        QVERIFY2(book.lastError().contains(QStringLiteral("2026-03-10 08:00 UTC")), qPrintable(book.lastError()));
        // With it, on the till's clock.
        QVERIFY(!book.xReport(at(10, 8), Berlin, QStringLiteral("Till 1")));
        QVERIFY2(book.lastError().contains(QStringLiteral("(2026-03-10 09:00 CET)")), qPrintable(book.lastError()));
        QCOMPARE(changed.size(), 1);

        QVERIFY(SalesHistory::add(console.store, {QStringLiteral("A1"), QStringLiteral("12.5"), QStringLiteral("EUR"),
                                                  InvoiceState::Paid, at(10, 9, 30), false, QStringLiteral("13"), QStringLiteral("USDT")}) > 0);
        QVERIFY(SalesHistory::add(console.store, {QStringLiteral("A2"), QStringLiteral("3"), QStringLiteral("EUR"),
                                                  InvoiceState::Paid, at(10, 9, 40), true}) > 0);
        QVERIFY(SalesHistory::add(console.store, {QStringLiteral("B0"), QStringLiteral("99"), QStringLiteral("EUR"),
                                                  InvoiceState::Paid, at(10, 8, 59)}) > 0); // before the shift

        const auto x = book.xReport(at(10, 11), Berlin, QStringLiteral("Till 1"));
        QVERIFY2(x, qPrintable(book.lastError()));
        QCOMPARE(x->kind, SalesReport::Kind::X);
        QVERIFY(!x->zNumber);
        // No Z report before: from the shift's opening; B0, sold before any
        // shift was kept, is for period reports.
        QCOMPARE(x->from, at(10, 9));
        QCOMPARE(x->openedAt, at(10, 9));
        QVERIFY(!x->previousZ);
        QCOMPARE(x->to, at(10, 11));
        QCOMPARE(x->openedBy, QStringLiteral("Ayşe"));
        QCOMPARE(x->openingNote, QStringLiteral("Float 100 EUR"));
        QCOMPARE(x->till, QStringLiteral("Till 1"));
        QCOMPARE(x->totals.count, 2);
        QCOMPARE(x->totals.testCount, 1);
        QCOMPARE(x->buckets.size(), 2);
        QVERIFY(book.current()); // an X report closes nothing
        QCOMPARE(book.zReports().value().size(), 0);

        const auto z = book.closeShift(QStringLiteral("Jane"), at(10, 17), Berlin, QStringLiteral("Till 1"));
        QVERIFY2(z, qPrintable(book.lastError()));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(z->kind, SalesReport::Kind::Z);
        QCOMPARE(z->zNumber, std::optional<qint64>(1));
        QCOMPARE(z->closedBy, QStringLiteral("Jane"));
        QCOMPARE(z->openedBy, QStringLiteral("Ayşe"));
        QCOMPARE(z->to, at(10, 17));
        QCOMPARE(z->generatedAt, at(10, 17));
        QCOMPARE(z->from, at(10, 9));
        QCOMPARE(z->openedAt, at(10, 9));
        QCOMPARE(z->totals.currencies.value(0).paid.amount.toCanonical(), QStringLiteral("12.5"));
        QVERIFY(!book.current());
        QCOMPARE(book.lastError(), QString());
        QVERIFY(!book.closeShift(QStringLiteral("Jane"), at(10, 18), Berlin, QStringLiteral("Till 1")));
        QVERIFY(book.lastError().contains(QStringLiteral("No shift")));

        const QList<ZReportEntry> list = book.zReports().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().number, 1);
        QCOMPARE(list.first().openedBy, QStringLiteral("Ayşe"));
        QCOMPARE(list.first().closedBy, QStringLiteral("Jane"));
        QCOMPARE(list.first().openedAt, at(10, 9));
        QCOMPARE(list.first().closedAt, at(10, 17));
        QCOMPARE(list.first().shiftId, shift->id);
        QCOMPARE(book.zReport(1), z);
        QCOMPARE(book.lastZReport(), z);
        // Not there is no error (as the store answers); damage is one (below).
        QVERIFY(!book.zReport(2));
        QCOMPARE(book.lastError(), QString());

        // The clock set back before the last close cannot open an overlapping shift.
        QVERIFY(!book.openShift(QStringLiteral("Jane"), QString(), at(10, 16)));
        QVERIFY(book.lastError().contains(QStringLiteral("clock")));
        QVERIFY(book.openShift(QStringLiteral("Jane"), QString(), at(10, 17)));
    }

    // Z reports follow one another without a gap: a sale made while no shift
    // was open (lunch) is in the next one, and the Z reports of a day add up
    // to the day's history. The document says why the period starts before
    // the shift opened.
    void aSaleBetweenShiftsIsInTheNextZReport()
    {
        Console c(freshPath());
        const auto add = [&](const char *order, const char *price, const QDateTime &when) {
            return SalesHistory::add(c.store, {QString::fromLatin1(order), QString::fromLatin1(price), QStringLiteral("EUR"),
                                               InvoiceState::Paid, when}) > 0;
        };
        QVERIFY(add("S0", "1", at(10, 8, 30))); // before shifts were kept
        QVERIFY(c.book->openShift(QStringLiteral("Ann"), QStringLiteral("Float 50"), at(10, 9)));
        QVERIFY(add("S1", "10", at(10, 10)));
        const auto z1 = c.book->closeShift(QStringLiteral("Ann"), at(10, 12), Berlin, QStringLiteral("T"));
        QVERIFY2(z1, qPrintable(c.book->lastError()));
        QCOMPARE(z1->from, at(10, 9)); // the first Z: from its shift's opening
        QVERIFY(!z1->previousZ);
        QVERIFY(add("S2", "25", at(10, 12, 30))); // lunch: no shift open
        QVERIFY(c.book->openShift(QStringLiteral("Bob"), QString(), at(10, 13)));
        QVERIFY(add("S3", "5", at(10, 14)));
        const auto x = c.book->xReport(at(10, 15), Berlin, QStringLiteral("T"));
        QVERIFY(x);
        QCOMPARE(x->from, at(10, 12));
        QCOMPARE(x->previousZ, std::optional<qint64>(1));
        QCOMPARE(x->totals.currencies.value(0).paid.amount.toCanonical(), QStringLiteral("30"));
        const auto z2 = c.book->closeShift(QStringLiteral("Bob"), at(10, 17), Berlin, QStringLiteral("T"));
        QVERIFY2(z2, qPrintable(c.book->lastError()));
        QCOMPARE(z2->from, z1->to);
        QCOMPARE(z2->openedAt, at(10, 13));
        QCOMPARE(z2->previousZ, std::optional<qint64>(1));
        QCOMPARE(z2->openedBy, QStringLiteral("Bob"));
        QCOMPARE(z2->totals.currencies.value(0).paid.amount.toCanonical(), QStringLiteral("30"));

        // From the first opening on, the Z reports add up to the history.
        const auto day = c.book->periodReport(at(10, 9), at(11, 0), Berlin, QStringLiteral("T"), at(10, 18));
        QVERIFY(day);
        const Amount zSum = z1->totals.currencies.value(0).paid.amount + z2->totals.currencies.value(0).paid.amount;
        QCOMPARE(zSum, day->totals.currencies.value(0).paid.amount);
        QCOMPARE(z1->liveCount() + z2->liveCount(), day->liveCount());

        const QStringList lines = SalesReportDocument::make(*z2, QLocale::c()).lines();
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("Since Z report No. 1: sales between shifts are counted too.")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Shift opened")), qPrintable(all));
        QVERIFY(SalesReportDocument::make(*z1, QLocale::c()).lines().contains(
                QStringLiteral("The first Z report starts at the shift's opening; earlier sales are in period reports.")));
        // Stored as made, opening and all.
        QCOMPARE(c.book->zReport(2), z2);
    }

    // An invoice made in one shift and paid in the next: unpaid in the first
    // Z report (as it was at its close), and its payment in the next one's
    // section for earlier invoices, apart from that shift's own totals.
    void aPaymentAfterTheCloseIsInTheNextZReport()
    {
        Console c(freshPath());
        QVERIFY(c.book->openShift(QStringLiteral("Ann"), QString(), at(11, 9)));
        const qint64 id = SalesHistory::add(c.store, {QStringLiteral("L1"), QStringLiteral("40"), QStringLiteral("EUR"),
                                                      InvoiceState::Open, at(11, 16, 55)});
        QVERIFY(id > 0);
        const auto z1 = c.book->closeShift(QStringLiteral("Ann"), at(11, 17), Berlin, QStringLiteral("T"));
        QVERIFY(z1);
        QCOMPARE(z1->totals.currencies.value(0).unpaid.amount.toCanonical(), QStringLiteral("40"));
        QVERIFY(z1->earlierPaid.isEmpty());
        QVERIFY(c.book->openShift(QStringLiteral("Bob"), QString(), at(11, 17, 1)));
        // The customer pays at 17:02, in Bob's shift.
        QVERIFY(SalesHistory::pay(c.store, id, InvoiceState::Paid, at(11, 17, 2), QStringLiteral("43.1"), QStringLiteral("USDT")));
        const auto z2 = c.book->closeShift(QStringLiteral("Bob"), at(11, 23), Berlin, QStringLiteral("T"));
        QVERIFY2(z2, qPrintable(c.book->lastError()));
        QCOMPARE(z2->totals.count, 0); // nothing made in Bob's shift
        QCOMPARE(z2->earlierPaid, (QList<SalesReport::EarlierPayment>{
                                          {QStringLiteral("EUR"), {*Amount::fromCanonical(QStringLiteral("40")), 1}, {}}}));
        QCOMPARE(z2->earlierReceived, (QList<SalesReport::CoinReceived>{
                                              {QStringLiteral("USDT"), *Amount::fromCanonical(QStringLiteral("43.1")), 1}}));
        QCOMPARE(c.book->zReport(2), z2);
        QVERIFY(SalesReportDocument::make(*z2, QLocale::c()).lines().contains(QStringLiteral("EUR paid (1) 40.00 EUR")));
        // And in no later one.
        QVERIFY(c.book->openShift(QStringLiteral("Ann"), QString(), at(12, 9)));
        const auto z3 = c.book->closeShift(QStringLiteral("Ann"), at(12, 17), Berlin, QStringLiteral("T"));
        QVERIFY(z3);
        QVERIFY(z3->earlierPaid.isEmpty());
    }

    // Invoices of the demo history in a shift's Z report are counted (the
    // demo is there to show reports) and said so.
    void demoInvoicesInAZReportAreSaidSo()
    {
        Console c(freshPath());
        QVERIFY(c.book->openShift(QStringLiteral("Ann"), QString(), at(10, 9)));
        qint64 ids[3];
        for (int i = 0; i < 3; ++i) {
            ids[i] = SalesHistory::add(c.store, {QStringLiteral("M%1").arg(i), QStringLiteral("10"), QStringLiteral("EUR"),
                                                 InvoiceState::Paid, at(10, 10 + i)});
            QVERIFY(ids[i] > 0);
        }
        QVERIFY(SalesHistory::markDemo(c.store, ids[0], DemoHistory::gatewayName()));
        QVERIFY(SalesHistory::markDemo(c.store, ids[2], DemoHistory::gatewayName()));
        const auto z = c.book->closeShift(QStringLiteral("Ann"), at(10, 17), Berlin, QStringLiteral("T"));
        QVERIFY(z);
        QCOMPARE(z->liveCount(), 3);
        QCOMPARE(z->demoCount, 2);
        QCOMPARE(c.book->zReport(1)->demoCount, 2);
        QVERIFY(SalesReportDocument::make(*z, QLocale::c()).lines().contains(
                QStringLiteral("Includes 2 made-up demo invoice(s) — not real sales.")));
    }

    void zNumbersHaveNoGapsAcrossRestartsAndConsoles()
    {
        const QString path = freshPath();
        for (int day = 1; day <= 3; ++day) {
            Console console(path); // a restart each day
            QVERIFY(console.book->openShift(QStringLiteral("Ayşe"), QString(), at(day, 9)));
            QVERIFY(SalesHistory::add(console.store, {QStringLiteral("D%1").arg(day), QStringLiteral("%1").arg(day),
                                                      QStringLiteral("USD"), InvoiceState::Paid, at(day, 10)}) > 0);
            const auto z = console.book->closeShift(QStringLiteral("Jane"), at(day, 17), Berlin, QStringLiteral("Till"));
            QVERIFY2(z, qPrintable(console.book->lastError()));
            QCOMPARE(z->zNumber, std::optional<qint64>(day));
            QCOMPARE(z->totals.currencies.value(0).paid.amount.toCanonical(), QString::number(day));
        }
        // Two consoles on the same history: they share one shift and one count.
        Console a(path);
        Console b(path);
        QVERIFY(a.book->openShift(QStringLiteral("Ayşe"), QString(), at(4, 9)));
        QVERIFY(b.book->current());
        QVERIFY(!b.book->openShift(QStringLiteral("Jane"), QString(), at(4, 9, 5)));
        QVERIFY(b.book->lastError().contains(QStringLiteral("Ayşe")));
        const auto z4 = b.book->closeShift(QStringLiteral("Jane"), at(4, 17), Berlin, QStringLiteral("Till 2"));
        QVERIFY2(z4, qPrintable(b.book->lastError()));
        QCOMPARE(z4->zNumber, std::optional<qint64>(4));
        QVERIFY(!a.book->current());
        QVERIFY(!a.book->closeShift(QStringLiteral("Ayşe"), at(4, 18), Berlin, QStringLiteral("Till 1")));
        QVERIFY(a.book->openShift(QStringLiteral("Ayşe"), QString(), at(5, 9)));
        QCOMPARE(a.book->closeShift(QStringLiteral("Ayşe"), at(5, 17), Berlin, QStringLiteral("Till 1"))->zNumber,
                 std::optional<qint64>(5));

        QList<qint64> numbers;
        const QList<ZReportEntry> entries = b.book->zReports().value();
        for (const ZReportEntry &entry : entries)
            numbers << entry.number;
        QCOMPARE(numbers, (QList<qint64>{5, 4, 3, 2, 1}));
        QCOMPARE(b.book->lastZReport()->zNumber, std::optional<qint64>(5));
        QCOMPARE(a.value(QStringLiteral("SELECT COUNT(*) FROM shifts WHERE closed_at IS NOT NULL")).toInt(), 5);
    }

    void aReprintIsTheStoredReportEvenAfterTheHistoryChanged()
    {
        const QString path = freshPath();
        Console console(path);
        ShiftBook &book = *console.book;
        QVERIFY(book.openShift(QStringLiteral("Ayşe"), QString(), at(10, 9)));
        const qint64 late = SalesHistory::add(console.store, {QStringLiteral("L1"), QStringLiteral("40"), QStringLiteral("USD"),
                                                              InvoiceState::Expired, at(10, 10)});
        QVERIFY(late > 0);
        QVERIFY(SalesHistory::add(console.store, {QStringLiteral("L2"), QStringLiteral("60"), QStringLiteral("USD"),
                                                  InvoiceState::Paid, at(10, 11)}) > 0);
        const auto z = book.closeShift(QStringLiteral("Jane"), at(10, 17), Berlin, QStringLiteral("Till"));
        QVERIFY(z);
        QCOMPARE(z->totals.currencies.value(0).paid.amount.toCanonical(), QStringLiteral("60"));

        // The customer pays after the close: the invoice is paid late now.
        PaymentStatus status;
        status.state = InvoiceState::PaidLate;
        status.paidAmount = Amount::fromCanonical(QStringLiteral("40"));
        status.paidCurrency = QStringLiteral("USDT");
        QVERIFY(console.store.recordPayment(late, status, "{}"));
        const auto now = book.periodReport(z->from, z->to, Berlin, QStringLiteral("Till"), at(10, 18));
        QVERIFY(now);
        QCOMPARE(now->totals.currencies.value(0).paid.amount.toCanonical(), QStringLiteral("100"));

        // Z 1 stays as it was printed.
        const auto reprint = book.zReport(1);
        QVERIFY2(reprint, qPrintable(book.lastError()));
        QCOMPARE(*reprint, *z);
        QCOMPARE(reprint->totals.currencies.value(0).paid.amount.toCanonical(), QStringLiteral("60"));
        QCOMPARE(reprint->generatedAt, at(10, 17));
        // And after a restart.
        Console again(path);
        QCOMPARE(again.book->zReport(1), z);
    }

    void twoConsolesRacingGetNumbersOneAfterTheOther()
    {
        // Two consoles (threads, each with its own connection to the file)
        // open and close shifts as fast as they can: every close that
        // succeeds has its own number, and the numbers have no gaps.
        const QString path = freshPath();
        { Console create(path); }
        QList<qint64> numbers[2];
        QStringList errors[2];
        const auto run = [&](int who) {
            Console console(path);
            const QString name = who ? QStringLiteral("Jane") : QStringLiteral("Ayşe");
            for (int i = 0; i < 30; ++i) {
                console.book->openShift(name, QString(), QDateTime::currentDateTimeUtc());
                if (const auto z = console.book->closeShift(name, QDateTime::currentDateTimeUtc(), Berlin, QString()))
                    numbers[who] << z->zNumber.value_or(-1);
                else if (console.book->lastError().contains(QStringLiteral("locked")))
                    errors[who] << console.book->lastError();
            }
        };
        std::thread a(run, 0), b(run, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable((errors[0] + errors[1]).join(QLatin1Char('\n'))));
        QList<qint64> all = numbers[0] + numbers[1];
        std::sort(all.begin(), all.end());
        QVERIFY(all.size() >= 30);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i), qint64(i + 1));
        Console check(path);
        QCOMPARE(check.book->zReports().value().size(), all.size());
        QCOMPARE(check.value(QStringLiteral("SELECT COUNT(*) FROM shifts WHERE closed_at IS NOT NULL")).toInt(), all.size());
        qInfo("%lld and %lld Z reports closed by the two consoles", qint64(numbers[0].size()), qint64(numbers[1].size()));
    }

    void sqlCannotAlterAZReportOrAClosedShift()
    {
        Console console(freshPath());
        ShiftBook &book = *console.book;
        const auto shift = book.openShift(QStringLiteral("Ayşe"), QString(), at(10, 9));
        QVERIFY(shift);
        // While open, the database also refuses a second open shift.
        QString error;
        QVERIFY(!console.exec(QStringLiteral("INSERT INTO shifts (opened_at, opened_by) VALUES ('2026-03-10T09:00:00.000Z', 'Mallory')"), &error));
        QVERIFY2(error.contains(QStringLiteral("only one shift can be open")), qPrintable(error));
        QVERIFY(!console.exec(QStringLiteral("INSERT OR REPLACE INTO shifts (opened_at, opened_by) VALUES ('2026-03-10T09:00:00.000Z', 'Mallory')")));
        QCOMPARE(book.current()->id, shift->id);
        const auto z = book.closeShift(QStringLiteral("Jane"), at(10, 17), Berlin, QStringLiteral("Till"));
        QVERIFY(z);
        const QString stored = console.value(QStringLiteral("SELECT report FROM z_reports WHERE number = 1")).toString();
        QVERIFY(stored.startsWith(QLatin1Char('{')));

        QVERIFY(!console.exec(QStringLiteral("UPDATE z_reports SET report = '{}' WHERE number = 1"), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be changed")), qPrintable(error));
        QVERIFY(!console.exec(QStringLiteral("UPDATE z_reports SET number = 7"), &error));
        QVERIFY(!console.exec(QStringLiteral("DELETE FROM z_reports"), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be deleted")), qPrintable(error));
        QVERIFY(!console.exec(QStringLiteral("INSERT OR REPLACE INTO z_reports (number, shift_id, closed_at, report) "
                                             "VALUES (1, %1, '2026-03-10T16:00:00.000Z', '{}')").arg(shift->id)));
        QVERIFY(!console.exec(QStringLiteral("INSERT INTO z_reports (number, shift_id, closed_at, report) "
                                             "VALUES (2, %1, '2026-03-10T16:00:00.000Z', '{}')").arg(shift->id)));
        // A closed shift cannot be reopened, changed or removed.
        QVERIFY(!console.exec(QStringLiteral("UPDATE shifts SET closed_at = NULL, z_number = NULL WHERE id = %1").arg(shift->id), &error));
        QVERIFY2(error.contains(QStringLiteral("closed shift")), qPrintable(error));
        QVERIFY(!console.exec(QStringLiteral("UPDATE shifts SET opened_by = 'Mallory' WHERE id = %1").arg(shift->id)));
        QVERIFY(!console.exec(QStringLiteral("DELETE FROM shifts")));
        // REPLACE deletes what is in its way without delete triggers: refused too.
        QVERIFY(!console.exec(QStringLiteral("INSERT OR REPLACE INTO shifts (id, opened_at, opened_by) "
                                             "VALUES (%1, '2026-03-10T09:00:00.000Z', 'Mallory')").arg(shift->id), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be replaced")), qPrintable(error));
        QVERIFY(console.exec(QStringLiteral("INSERT INTO shifts (opened_at, opened_by) VALUES ('2026-03-10T17:00:00.000Z', 'Mallory')")));
        const qint64 mallory = console.value(QStringLiteral("SELECT MAX(id) FROM shifts")).toLongLong();
        QVERIFY(!console.exec(QStringLiteral("UPDATE OR REPLACE shifts SET z_number = 1 WHERE id = %1").arg(mallory)));
        QVERIFY(!console.exec(QStringLiteral("UPDATE OR REPLACE shifts SET id = %1 WHERE id = %2").arg(shift->id).arg(mallory)));
        QVERIFY(!console.exec(QStringLiteral("REPLACE INTO z_reports (number, shift_id, closed_at, report) "
                                             "VALUES (5, %1, '2026-03-10T16:00:00.000Z', '{}')").arg(shift->id)));
        QCOMPARE(console.value(QStringLiteral("SELECT z_number FROM shifts WHERE id = %1").arg(shift->id)).toInt(), 1);
        QVERIFY(console.exec(QStringLiteral("UPDATE shifts SET opened_by = 'Jane' WHERE id = %1").arg(mallory))); // open: may change

        QCOMPARE(console.value(QStringLiteral("SELECT report FROM z_reports WHERE number = 1")).toString(), stored);
        QCOMPARE(console.value(QStringLiteral("SELECT COUNT(*) FROM z_reports")).toInt(), 1);
        QCOMPARE(book.zReport(1), z);
        QCOMPARE(book.current()->id, mallory); // opened by hand in SQL, as the rules allow
        const auto entry = book.zReports().value().value(0);
        QCOMPARE(entry.openedBy, QStringLiteral("Ayşe"));

        // The next shift is a new document, numbered on.
        QCOMPARE(book.current()->openedBy, QStringLiteral("Jane"));
        QCOMPARE(book.closeShift(QStringLiteral("Jane"), at(10, 18), Berlin, QStringLiteral("Till"))->zNumber, std::optional<qint64>(2));
    }

    void aDamagedStoredReportIsNotShown()
    {
        // Written past the triggers (as a disk fault might leave it): refused
        // with a sentence, never shown half read.
        Console console(freshPath());
        QVERIFY(console.book->openShift(QStringLiteral("Ayşe"), QString(), at(10, 9)));
        QVERIFY(console.book->closeShift(QStringLiteral("Jane"), at(10, 10), Berlin, QString()));
        QVERIFY(console.exec(QStringLiteral("DROP TRIGGER z_reports_no_update")));
        QVERIFY(console.exec(QStringLiteral("UPDATE z_reports SET report = '{\"format\":1}'")));
        QVERIFY(!console.book->zReport(1));
        QVERIFY(console.book->lastError().contains(QStringLiteral("damaged")));
        // Damage is a sentence; a number not there is none.
        QVERIFY(!console.book->zReport(2));
        QCOMPARE(console.book->lastError(), QString());
    }

    void receiptPrintsAreCounted()
    {
        Console console(freshPath());
        const qint64 one = SalesHistory::add(console.store, {QStringLiteral("R1"), QStringLiteral("5"), QStringLiteral("USD"),
                                                             InvoiceState::Paid, at(10, 9)});
        const qint64 two = SalesHistory::add(console.store, {QStringLiteral("R2"), QStringLiteral("5"), QStringLiteral("USD"),
                                                             InvoiceState::Paid, at(10, 9)});
        QVERIFY(one > 0 && two > 0);
        ReceiptLog log(console.store.connectionName());
        QCOMPARE(log.timesPrinted(one), std::optional<int>(0));
        QVERIFY2(log.record(one, QStringLiteral("pdf:/tmp/r1.pdf"), false, at(10, 9, 1)), qPrintable(log.lastError()));
        QCOMPARE(log.timesPrinted(one), std::optional<int>(1));
        QVERIFY(log.record(one, QStringLiteral("escpos:127.0.0.1:9100"), true, at(10, 9, 2)));
        QCOMPARE(log.timesPrinted(one), std::optional<int>(2));
        QCOMPARE(log.timesPrinted(two), std::optional<int>(0));
        // Only invoices the history holds.
        QVERIFY(!log.record(99999, QStringLiteral("pdf:/tmp/x.pdf"), false, at(10, 9)));
        QVERIFY(!log.lastError().isEmpty());
        QCOMPARE(console.value(QStringLiteral("SELECT printed_at FROM receipt_prints WHERE duplicate = 1")).toString(),
                 InvoiceRow::utcText(at(10, 9, 2)));
        // Another console sees them.
        InvoiceStore other;
        QCOMPARE(other.open(QSqlDatabase::database(console.store.connectionName()).databaseName()), QString());
        QCOMPARE(ReceiptLog(other.connectionName()).timesPrinted(one), std::optional<int>(2));
    }

    void aVersionSevenFileIsUpgraded()
    {
        const QString path = freshPath();
        qint64 invoice = -1;
        {
            // A history as version 7 left it: today's file with schema 8's
            // tables taken out again.
            Console console(path);
            invoice = SalesHistory::add(console.store, {QStringLiteral("OLD-7"), QStringLiteral("7.5"), QStringLiteral("EUR"),
                                                        InvoiceState::Paid, at(9, 12)});
            QVERIFY(invoice > 0);
            for (const char *sql : {"DROP TABLE receipt_prints", "DROP TABLE z_reports", "DROP TABLE shifts",
                                    "UPDATE schema_meta SET version = 7"})
                QVERIFY2(console.exec(QString::fromLatin1(sql)), sql);
            QSqlDatabase db = QSqlDatabase::database(console.store.connectionName());
            QCOMPARE(InvoiceSchema::versionOf(db), 7);
            QVERIFY(!db.tables().contains(QStringLiteral("shifts")));
        }
        Console console(path);
        QSqlDatabase db = QSqlDatabase::database(console.store.connectionName());
        QCOMPARE(InvoiceSchema::versionOf(db), 8);
        for (const QString &table : {QStringLiteral("shifts"), QStringLiteral("z_reports"), QStringLiteral("receipt_prints")})
            QVERIFY2(db.tables().contains(table), qPrintable(table));
        QCOMPARE(console.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                                              "AND tbl_name IN ('shifts', 'z_reports')")).toInt(), 7);
        QCOMPARE(console.store.find(invoice)->fields.orderId, QStringLiteral("OLD-7"));
        QVERIFY(console.book->openShift(QStringLiteral("Ayşe"), QString(), at(9, 9)));
        const auto z = console.book->closeShift(QStringLiteral("Jane"), at(9, 17), Berlin, QString());
        QVERIFY2(z, qPrintable(console.book->lastError()));
        QCOMPARE(z->zNumber, std::optional<qint64>(1));
        QCOMPARE(z->totals.currencies.value(0).paid.amount.toCanonical(), QStringLiteral("7.5"));
        QVERIFY(ReceiptLog(console.store.connectionName()).record(invoice, QStringLiteral("pdf:x"), false, at(9, 18)));
    }
};

QTEST_GUILESS_MAIN(TestShifts)
#include "tst_shifts.moc"
