// SalesReportBuilder against a real SQLite history: a day's sales in three
// currencies and three coins, in every state, test ones among them, checked
// against a brute-force sum over the same rows (exact, per currency), with the
// hours of a till in Berlin (23 and 25 of them on the days the clocks change)
// and the report's JSON read back equal. Also: payments of earlier invoices
// against their recorded changes of state, demo invoices said so, averages of
// prices with 7 decimals, labels that tell every bar apart (on the chart's
// axis too), and a report cancelled mid-way over a demo history of years.
#include "SalesHistory.h"

#include "reports/SalesReport.h"
#include "reports/SalesReportCsv.h"
#include "reports/SalesReportDocument.h"
#include "reports/ReportJob.h"
#include "reports/shifts/SalesReportBuilder.h"
#include "store/InvoiceStore.h"
#include "charts/SalesChart.h"
#include "history/DemoHistory.h"

#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <thread>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using SalesHistory::Sale;

namespace {
const QTimeZone Berlin("Europe/Berlin");

// A time on a Berlin till's clock, in UTC.
QDateTime at(int month, int day, int hour, int minute, int second = 0, int ms = 0, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Berlin).toUTC();
}

Amount amount(const char *text)
{
    return *Amount::fromCanonical(QString::fromLatin1(text));
}

const SalesReport::CurrencySales *salesIn(const SalesReport &report, const QString &currency)
{
    for (const auto &s : report.sales) {
        if (s.currency == currency)
            return &s;
    }
    return nullptr;
}

// RFC 4180 read the strict way: quoted fields with doubled quotes, CRLF line
// ends; nullopt for anything else.
std::optional<QList<QStringList>> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt;
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return std::nullopt;
            ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            return std::nullopt; // a bare LF
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return std::nullopt; // the last line must end in CRLF
    return rows;
}
}

class TestSalesReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<InvoiceStore> m_store; // the day of 10 March 2026 (dayOfSales)

    std::unique_ptr<InvoiceStore> freshStore()
    {
        auto store = std::make_unique<InvoiceStore>();
        const QString error = store->open(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_files)));
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return store;
    }

    // A shift from 09:00 to 17:00 on 10 March (CET, UTC+1), and a few sales
    // just outside it.
    static QList<Sale> dayOfSales()
    {
        using S = InvoiceState;
        const QString USD = QStringLiteral("USD"), EUR = QStringLiteral("EUR"), TRY = QStringLiteral("TRY");
        const QString BTC = QStringLiteral("BTC"), USDT = QStringLiteral("USDT"), ETH = QStringLiteral("ETH");
        return {
            {QStringLiteral("U1"), QStringLiteral("10.5"), USD, S::Paid, at(3, 10, 9, 5), false, QStringLiteral("0.00016"), BTC},
            {QStringLiteral("U2"), QStringLiteral("99.99999999"), USD, S::Paid, at(3, 10, 9, 40), false, QStringLiteral("99.99999999"), USDT},
            {QStringLiteral("U3"), QStringLiteral("25"), USD, S::PaidLate, at(3, 10, 11, 10), false, QStringLiteral("25"), USDT},
            {QStringLiteral("U4"), QStringLiteral("40"), USD, S::Underpaid, at(3, 10, 11, 30), false, QStringLiteral("0.0005"), BTC},
            {QStringLiteral("U5"), QStringLiteral("5"), USD, S::Open, at(3, 10, 12, 0)},
            {QStringLiteral("U6"), QStringLiteral("7.25"), USD, S::Expired, at(3, 10, 13, 0)},
            {QStringLiteral("U7"), QStringLiteral("3"), USD, S::Failed, at(3, 10, 13, 10)},
            {QStringLiteral("U8"), QStringLiteral("1"), USD, S::Sending, at(3, 10, 13, 20)},
            {QStringLiteral("U9"), QStringLiteral("1000"), USD, S::Paid, at(3, 10, 14, 0), true, QStringLiteral("1000"), USDT},
            {QStringLiteral("U10"), QStringLiteral("2"), USD, S::Unknown, at(3, 10, 14, 10)},
            {QStringLiteral("U11"), QStringLiteral("12"), USD, S::PaymentSeen, at(3, 10, 15, 0), false, QStringLiteral("0.000000000000000001"), ETH},
            {QStringLiteral("E1"), QStringLiteral("20"), EUR, S::Paid, at(3, 10, 10, 0), false, QStringLiteral("21.5"), USDT},
            {QStringLiteral("E2"), QStringLiteral("20.00000001"), EUR, S::Paid, at(3, 10, 10, 30)},
            {QStringLiteral("E3"), QStringLiteral("20.00000001"), EUR, S::Paid, at(3, 10, 10, 45)},
            {QStringLiteral("E4"), QStringLiteral("50"), EUR, S::Underpaid, at(3, 10, 10, 50), true, QStringLiteral("1"), BTC},
            {QStringLiteral("E5"), QStringLiteral("0.01"), EUR, S::Expired, at(3, 10, 16, 59, 59, 999)},
            {QStringLiteral("T1"), QStringLiteral("9999999999.99999999"), TRY, S::Paid, at(3, 10, 12, 30)},
            {QStringLiteral("T2"), QStringLiteral("9999999999.99999999"), TRY, S::Paid, at(3, 10, 12, 31), false, QStringLiteral("0.123456789012345678"), ETH},
            {QStringLiteral("T3"), QStringLiteral("1"), TRY, S::Underpaid, at(3, 10, 16, 0)},
            // Outside [09:00, 17:00): the end is excluded.
            {QStringLiteral("O1"), QStringLiteral("500"), USD, S::Paid, at(3, 10, 8, 59, 59, 999), false, QStringLiteral("7"), BTC},
            {QStringLiteral("O2"), QStringLiteral("500"), USD, S::Paid, at(3, 10, 17, 0)},
            {QStringLiteral("O3"), QStringLiteral("500"), EUR, S::Paid, at(3, 11, 10, 0)},
        };
    }

    SalesReport dayReport(const QDateTime &from = at(3, 10, 9, 0))
    {
        SalesReportBuilder builder(m_store->connectionName());
        const auto report = builder.build(SalesReport::Kind::Period, from, at(3, 10, 17, 0), Berlin,
                                          QStringLiteral("Till 1"), at(3, 10, 17, 5));
        if (!report)
            qFatal("%s", qPrintable(builder.lastError()));
        return *report;
    }

private slots:
    // The average is shown with as many decimals as the prices have; the
    // report itself (and its CSV) keeps the exact figure.
    void averageShownAsPricesAre()
    {
        SalesReport report;
        report.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
        report.to = report.from.addDays(1);
        report.zoneId = QStringLiteral("UTC");
        report.totals.add(InvoiceState::Paid, QStringLiteral("USD"), *Amount::fromCanonical(QStringLiteral("30.01")), false);
        SalesReport::CurrencySales usd;
        usd.currency = QStringLiteral("USD");
        usd.count = 3;
        usd.largest = *Amount::fromCanonical(QStringLiteral("10.01"));
        usd.largestOrderId = QStringLiteral("A3");
        usd.average = *Amount::fromCanonical(QStringLiteral("10.00333333"));
        usd.priceDecimals = 2;
        report.sales = {usd};
        const QStringList lines = SalesReportDocument::make(report, QLocale::c()).lines();
        QVERIFY2(lines.contains(QStringLiteral("Average sale (3) 10.00 USD")), qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(report.sales.first().average.toCanonical(), QStringLiteral("10.00333333"));
    }
    void initTestCase()
    {
        QVERIFY(Berlin.isValid());
        m_store = freshStore();
        for (const Sale &sale : dayOfSales())
            QVERIFY2(SalesHistory::add(*m_store, sale) > 0, qPrintable(m_store->lastError()));
    }

    void totalsMatchABruteForceSum()
    {
        const SalesReport report = dayReport();
        const QList<InvoiceRecord> rows = SalesHistory::inPeriod(*m_store, at(3, 10, 9, 0), at(3, 10, 17, 0));
        QCOMPARE(rows.size(), 19);
        QCOMPARE(report.totals, SalesHistory::bruteTotals(rows));
        QCOMPARE(report.states, SalesHistory::bruteStates(rows));
        QCOMPARE(report.received, SalesHistory::bruteReceived(rows));

        // The same figures written out, so that the oracle is checked too.
        QCOMPARE(report.totals.count, 19);
        QCOMPARE(report.totals.testCount, 2);
        QCOMPARE(report.liveCount(), 17);
        QCOMPARE(report.totals.currencies.size(), 3);
        const HistoryTotals::Currency &eur = report.totals.currencies.at(0);
        const HistoryTotals::Currency &tl = report.totals.currencies.at(1);
        const HistoryTotals::Currency &usd = report.totals.currencies.at(2);
        QCOMPARE(eur.currency, QStringLiteral("EUR"));
        QCOMPARE(eur.paid.amount.toCanonical(), QStringLiteral("60.00000002"));
        QCOMPARE(eur.paid.count, 3);
        QCOMPARE(eur.unpaid.amount.toCanonical(), QStringLiteral("0.01"));
        QCOMPARE(eur.underpaid.count, 0); // E4 is a test invoice
        QCOMPARE(tl.currency, QStringLiteral("TRY"));
        // Past a double's 15-16 digits, still exact.
        QCOMPARE(tl.paid.amount.toCanonical(), QStringLiteral("19999999999.99999998"));
        QCOMPARE(tl.underpaid.amount.toCanonical(), QStringLiteral("1"));
        QCOMPARE(usd.paid.amount.toCanonical(), QStringLiteral("135.49999999"));
        QCOMPARE(usd.paid.count, 3); // paid and paid late, not the test one
        QCOMPARE(usd.underpaid.amount.toCanonical(), QStringLiteral("40"));
        QCOMPARE(usd.unpaid.amount.toCanonical(), QStringLiteral("24.25")); // open, expired, payment seen
        QCOMPARE(usd.unpaid.count, 3);

        QCOMPARE(report.states.size(), 9);
        QCOMPARE(report.states.at(0), (SalesReport::StateCount{InvoiceState::Sending, 1}));
        QCOMPARE(report.states.at(2), (SalesReport::StateCount{InvoiceState::Paid, 7}));

        QCOMPARE(report.received.size(), 3);
        QCOMPARE(report.received.at(0), (SalesReport::CoinReceived{QStringLiteral("BTC"), amount("0.00066"), 2}));
        QCOMPARE(report.received.at(1), (SalesReport::CoinReceived{QStringLiteral("ETH"), amount("0.123456789012345679"), 2}));
        QCOMPARE(report.received.at(2), (SalesReport::CoinReceived{QStringLiteral("USDT"), amount("146.49999999"), 3}));
    }

    void largestAndAverageSale()
    {
        const SalesReport report = dayReport();
        QCOMPARE(report.sales.size(), 3);
        const auto *usd = salesIn(report, QStringLiteral("USD"));
        QVERIFY(usd);
        QCOMPARE(usd->count, 3);
        QCOMPARE(usd->largest.toCanonical(), QStringLiteral("99.99999999"));
        QCOMPARE(usd->largestOrderId, QStringLiteral("U2"));
        // 135.49999999 / 3 = 45.166666663…
        QCOMPARE(usd->average.toCanonical(), QStringLiteral("45.16666666"));
        const auto *eur = salesIn(report, QStringLiteral("EUR"));
        QVERIFY(eur);
        // A tie keeps the first sale; 60.00000002 / 3 = 20.0000000066… rounds up.
        QCOMPARE(eur->largestOrderId, QStringLiteral("E2"));
        QCOMPARE(eur->average.toCanonical(), QStringLiteral("20.00000001"));
        const auto *tl = salesIn(report, QStringLiteral("TRY"));
        QVERIFY(tl);
        QCOMPARE(tl->average.toCanonical(), QStringLiteral("9999999999.99999999"));

        // Brute force: the average is sum/count, half up at 8 decimals.
        const QList<InvoiceRecord> rows = SalesHistory::inPeriod(*m_store, at(3, 10, 9, 0), at(3, 10, 17, 0));
        for (const auto &s : report.sales) {
            Amount sum, largest;
            qint64 count = 0;
            for (const InvoiceRecord &r : rows) {
                if (r.fields.test || r.fields.currency != s.currency || HistoryTotals::sumOf(r.state) != HistoryTotals::Sum::Paid)
                    continue;
                sum = sum + r.fields.price;
                largest = std::max(largest, r.fields.price);
                ++count;
            }
            QCOMPARE(s.count, count);
            QCOMPARE(s.largest, largest);
            QCOMPARE(s.average, *sum.mulDiv(1, count, 8, Amount::Rounding::HalfUp));
        }
    }

    void hoursOfTheTillsClock()
    {
        const SalesReport report = dayReport();
        QCOMPARE(report.bucketing, SalesReport::Bucketing::Hour);
        QCOMPARE(report.zoneId, QStringLiteral("Europe/Berlin"));
        QCOMPARE(report.buckets.size(), 8); // 09:00 to 16:00, the empty hour at 14:00 too
        const QList<InvoiceRecord> rows = SalesHistory::inPeriod(*m_store, at(3, 10, 9, 0), at(3, 10, 17, 0));
        for (int i = 0; i < report.buckets.size(); ++i) {
            const SalesReport::Bucket &b = report.buckets.at(i);
            QCOMPARE(b.start, at(3, 10, 9 + i, 0));
            SalesReport::Bucket expected;
            expected.start = b.start;
            QMap<QString, Amount> paid;
            for (const InvoiceRecord &r : rows) {
                if (r.fields.test || r.createdAt.toTimeZone(Berlin).time().hour() != 9 + i)
                    continue;
                switch (HistoryTotals::sumOf(r.state)) {
                case HistoryTotals::Sum::Paid:
                    ++expected.paid;
                    paid[r.fields.currency] = paid.value(r.fields.currency) + r.fields.price;
                    break;
                case HistoryTotals::Sum::Underpaid: ++expected.underpaid; break;
                case HistoryTotals::Sum::Unpaid: ++expected.unpaid; break;
                case HistoryTotals::Sum::None: break;
                }
            }
            for (auto it = paid.cbegin(); it != paid.cend(); ++it)
                expected.paidAmounts.append({it.key(), it.value()});
            QCOMPARE(b, expected);
        }
        QCOMPARE(report.buckets.at(0).paidAmounts, (QList<QPair<QString, Amount>>{{QStringLiteral("USD"), amount("110.49999999")}}));
        QCOMPARE(report.buckets.at(3).paid, 2);
        QCOMPARE(report.buckets.at(5), (SalesReport::Bucket{at(3, 10, 14, 0), 0, 0, 0, {}}));
        QCOMPARE(report.buckets.at(7).unpaid, 1);
        QCOMPARE(report.buckets.at(7).underpaid, 1);

        // A shift opened at 09:17 still shows the hour from 09:00.
        const SalesReport late = dayReport(at(3, 10, 9, 17));
        QCOMPARE(late.buckets.size(), 8);
        QCOMPARE(late.buckets.first().start, at(3, 10, 9, 0));
        QCOMPARE(late.buckets.first().paid, 1); // U1 at 09:05 is before the shift
    }

    void daysWhenTheClocksChange()
    {
        auto store = freshStore();
        // 29 March 2026: 02:00 CET becomes 03:00 CEST. 25 October: 03:00 CEST
        // becomes 02:00 CET, and 02:30 happens twice.
        QVERIFY(SalesHistory::add(*store, {QStringLiteral("S1"), QStringLiteral("1"), QStringLiteral("EUR"), InvoiceState::Paid, at(3, 29, 3, 30)}) > 0);
        const QDateTime firstHalfPastTwo = QDateTime(QDate(2026, 10, 25), QTime(0, 30), QTimeZone::utc()); // 02:30 CEST
        const QDateTime secondHalfPastTwo = QDateTime(QDate(2026, 10, 25), QTime(1, 30), QTimeZone::utc()); // 02:30 CET
        QVERIFY(SalesHistory::add(*store, {QStringLiteral("F1"), QStringLiteral("1"), QStringLiteral("EUR"), InvoiceState::Paid, firstHalfPastTwo}) > 0);
        QVERIFY(SalesHistory::add(*store, {QStringLiteral("F2"), QStringLiteral("2"), QStringLiteral("EUR"), InvoiceState::Underpaid, secondHalfPastTwo}) > 0);
        QVERIFY(SalesHistory::add(*store, {QStringLiteral("F3"), QStringLiteral("3"), QStringLiteral("EUR"), InvoiceState::Expired, secondHalfPastTwo.addSecs(60)}) > 0);

        SalesReportBuilder builder(store->connectionName());
        const auto day = [](int month, int d) { return QDate(2026, month, d).startOfDay(Berlin).toUTC(); };

        const auto spring = builder.build(SalesReport::Kind::Period, day(3, 29), day(3, 30), Berlin, QString(), day(3, 30));
        QVERIFY2(spring, qPrintable(builder.lastError()));
        QCOMPARE(spring->buckets.size(), 23);
        QList<int> hours;
        for (const auto &b : spring->buckets)
            hours << b.start.toTimeZone(Berlin).time().hour();
        QCOMPARE(hours.mid(0, 4), (QList<int>{0, 1, 3, 4}));
        QCOMPARE(spring->buckets.at(2).paid, 1); // 03:30 CEST is in the hour from 03:00
        for (int i = 1; i < spring->buckets.size(); ++i)
            QCOMPARE(spring->buckets.at(i - 1).start.secsTo(spring->buckets.at(i).start), 3600);

        const auto autumn = builder.build(SalesReport::Kind::Period, day(10, 25), day(10, 26), Berlin, QString(), day(10, 26));
        QVERIFY2(autumn, qPrintable(builder.lastError()));
        QCOMPARE(autumn->buckets.size(), 25);
        hours.clear();
        for (const auto &b : autumn->buckets)
            hours << b.start.toTimeZone(Berlin).time().hour();
        QCOMPARE(hours.mid(0, 5), (QList<int>{0, 1, 2, 2, 3}));
        for (int i = 1; i < autumn->buckets.size(); ++i)
            QCOMPARE(autumn->buckets.at(i - 1).start.secsTo(autumn->buckets.at(i).start), 3600);
        // Each 02:30 in its own hour.
        QCOMPARE(autumn->buckets.at(2).paid, 1);
        QCOMPARE(autumn->buckets.at(2).underpaid, 0);
        QCOMPARE(autumn->buckets.at(3).underpaid, 1);
        QCOMPARE(autumn->buckets.at(3).unpaid, 1);

        // A month is counted in days; the day of the change is 23 hours long.
        const auto march = builder.build(SalesReport::Kind::Period, day(3, 1), day(4, 1), Berlin, QString(), day(4, 1));
        QVERIFY2(march, qPrintable(builder.lastError()));
        QCOMPARE(march->bucketing, SalesReport::Bucketing::Day);
        QCOMPARE(march->buckets.size(), 31);
        QCOMPARE(march->buckets.at(27).start.secsTo(march->buckets.at(28).start), 24 * 3600);
        QCOMPARE(march->buckets.at(28).start.secsTo(march->buckets.at(29).start), 23 * 3600);
        QCOMPARE(march->buckets.at(28).paid, 1);
        QCOMPARE(march->buckets.at(28).paidAmounts, (QList<QPair<QString, Amount>>{{QStringLiteral("EUR"), amount("1")}}));
        qint64 paid = 0;
        for (const auto &b : march->buckets)
            paid += b.paid + b.underpaid + b.unpaid;
        QCOMPARE(paid, 1);
    }

    void hoursOrDays()
    {
        const QDateTime from = at(3, 10, 0, 0);
        QCOMPARE(SalesReportBuilder::bucketingFor(from, from.addDays(2)), SalesReport::Bucketing::Hour);
        QCOMPARE(SalesReportBuilder::bucketingFor(from, from.addDays(2).addMSecs(1)), SalesReport::Bucketing::Day);
        QCOMPARE(SalesReportBuilder::bucketStarts(from, from.addDays(2), Berlin, SalesReport::Bucketing::Hour).size(), 48);
        // A period that starts and ends inside days still shows those whole days.
        QCOMPARE(SalesReportBuilder::bucketStarts(at(3, 10, 12, 0), at(3, 13, 1, 0), Berlin, SalesReport::Bucketing::Day).size(), 4);
        // Half-hour zones: the till's hours start at :30 in UTC.
        const QTimeZone kolkata("Asia/Kolkata");
        const auto starts = SalesReportBuilder::bucketStarts(QDateTime(QDate(2026, 3, 10), QTime(3, 45), QTimeZone::utc()),
                                                             QDateTime(QDate(2026, 3, 10), QTime(6, 0), QTimeZone::utc()), kolkata,
                                                             SalesReport::Bucketing::Hour);
        QCOMPARE(starts.size(), 3);
        QCOMPARE(starts.first(), QDateTime(QDate(2026, 3, 10), QTime(3, 30), QTimeZone::utc()));
        QCOMPARE(starts.first().toTimeZone(kolkata).time(), QTime(9, 0));
    }

    void jsonRoundTrip()
    {
        SalesReport report = dayReport();
        report.kind = SalesReport::Kind::Z;
        report.zNumber = 12;
        report.openedBy = QStringLiteral("Ayşe Yılmaz");
        report.openingNote = QStringLiteral("Float: 100 \"EUR\", new roll");
        report.closedBy = QStringLiteral("Jane");
        const QJsonObject json = report.toJson();
        QCOMPARE(SalesReport::fromJson(json), std::optional<SalesReport>(report));

        // Through text, as the Z report is stored.
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const auto back = SalesReport::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back);
        QCOMPARE(*back, report);
        QCOMPARE(back->zone().id(), QByteArray("Europe/Berlin"));

        // Amounts are exact text, times the history's UTC text.
        QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-10T08:00:00.000Z"));
        const QJsonObject tl = json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("currencies")).toArray().at(1).toObject();
        QCOMPARE(tl.value(QStringLiteral("paid")).toObject().value(QStringLiteral("amount")), QJsonValue(QStringLiteral("19999999999.99999998")));
        QVERIFY(text.contains("\"0.123456789012345679\""));

        // Any difference is seen.
        SalesReport other = report;
        other.buckets[0].paidAmounts[0].second = amount("110.49999998");
        QVERIFY(!(other == report));
        other = report;
        other.zNumber.reset();
        QVERIFY(!(other == report));

        // Damage is refused, not guessed.
        QJsonObject damaged = json;
        damaged.insert(QStringLiteral("format"), 3);
        QVERIFY(!SalesReport::fromJson(damaged));
        damaged = json;
        damaged.insert(QStringLiteral("kind"), QStringLiteral("y"));
        QVERIFY(!SalesReport::fromJson(damaged));
        damaged = json;
        QJsonArray received = damaged.value(QStringLiteral("received")).toArray();
        QJsonObject coin = received.at(0).toObject();
        coin.insert(QStringLiteral("amount"), 0.00066); // a double, not exact text
        received[0] = coin;
        damaged.insert(QStringLiteral("received"), received);
        QVERIFY(!SalesReport::fromJson(damaged));
        damaged = json;
        damaged.remove(QStringLiteral("to"));
        QVERIFY(!SalesReport::fromJson(damaged));
        QVERIFY(!SalesReport::fromJson(QJsonObject()));
    }

    void printedDocument()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        SalesReport report = dayReport();
        PrintDocument doc = SalesReportDocument::make(report, english);
        QCOMPARE(doc.title, QStringLiteral("Sales report"));
        QStringList lines = doc.lines();
        const QString all = lines.join(QLatin1Char('\n'));
        for (const QString &expected : {
                 QStringLiteral("Till Till 1"),
                 QStringLiteral("Test invoices, not in any total: 2"),
                 QStringLiteral("Totals in TRY"),
                 QStringLiteral("Paid (2) 19999999999.99999998 TRY"),
                 QStringLiteral("Paid (3) 135.49999999 USD"),
                 QStringLiteral("Underpaid (1) 40.00 USD"),
                 QStringLiteral("Unpaid (3) 24.25 USD"),
                 QStringLiteral("Largest sale (U2) 99.99999999 USD"),
                 QStringLiteral("Average sale (3) 45.16666666 USD"),
                 QStringLiteral("ETH (payments: 2) 0.123456789012345679 ETH"),
                 QStringLiteral("USDT (payments: 3) 146.49999999 USDT"),
                 QStringLiteral("Invoices 17"),
                 QStringLiteral("Paid late 1"),
                 QStringLiteral("Paid per hour"),
                 QStringLiteral("09:00 110.49999999 USD"),
                 QStringLiteral("12:00 19999999999.99999998 TRY"),
             })
            QVERIFY2(lines.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + all));
        QVERIFY2(all.contains(QStringLiteral("CET")), qPrintable(all)); // the period on the till's clock
        QVERIFY(!all.contains(QStringLiteral("1000.00"))); // the test sale is in no sum

        int charts = 0;
        for (const PrintBlock &block : doc.blocks) {
            if (block.kind != PrintBlock::Kind::Chart)
                continue;
            ++charts;
            QCOMPARE(block.chart.title, QStringLiteral("Sales per hour"));
            QCOMPARE(block.chart.labels.size(), 8);
            QCOMPARE(block.chart.labels.first(), QStringLiteral("09:00"));
            QCOMPARE(block.chart.labels.last(), QStringLiteral("16:00"));
            QCOMPARE(block.chart.series.size(), 3);
            QCOMPARE(block.chart.series.at(0).values, (QList<qint64>{2, 3, 1, 2, 0, 0, 0, 0}));
            QCOMPARE(block.chart.series.at(1).values, (QList<qint64>{0, 0, 1, 0, 0, 0, 0, 1}));
            QCOMPARE(block.chart.series.at(2).values, (QList<qint64>{0, 0, 0, 1, 1, 0, 1, 1}));
        }
        QCOMPARE(charts, 1);

        report.kind = SalesReport::Kind::Z;
        report.zNumber = 12;
        report.closedBy = QStringLiteral("Jane");
        doc = SalesReportDocument::make(report, english);
        QCOMPARE(doc.title, QStringLiteral("Z report No. 12"));
        QVERIFY(doc.lines().contains(QStringLiteral("Closed by Jane")));
        report.kind = SalesReport::Kind::X;
        QCOMPARE(SalesReportDocument::make(report, english).title, QStringLiteral("X report — not a close"));

        // The hour the clocks go back is shown twice, each with its zone.
        SalesReport autumn;
        autumn.zoneId = QStringLiteral("Europe/Berlin");
        for (int i = 0; i < 4; ++i)
            autumn.buckets.append({QDateTime(QDate(2026, 10, 24), QTime(22 + 0, 0), QTimeZone::utc()).addSecs(3600 * i), 0, 0, 0, {}});
        const ChartData chart = SalesReportDocument::chart(autumn, english);
        QCOMPARE(chart.labels, (QStringList{QStringLiteral("00:00"), QStringLiteral("01:00"), QStringLiteral("02:00 CEST"),
                                           QStringLiteral("02:00 CET")}));
    }

    void csvAnAccountantCanSum()
    {
        SalesReport report = dayReport();
        report.till = QStringLiteral("=HYPERLINK(\"x\"), till 1");
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(SalesReportCsv::write(report, &buffer, &error), qPrintable(error));
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const auto rows = readCsv(bytes.mid(3));
        QVERIFY(rows);
        QCOMPARE(rows->first(), (QStringList{QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("currency"),
                                             QStringLiteral("count"), QStringLiteral("amount"), QStringLiteral("value")}));
        QMap<QString, Amount> paidTotals, paidPerHour;
        QMap<QString, QString> meta;
        qint64 states = 0;
        for (const QStringList &row : rows->mid(1)) {
            QCOMPARE(row.size(), 6);
            const QString &section = row.at(0);
            if (section == QStringLiteral("report"))
                meta.insert(row.at(1), row.at(5));
            else if (section == QStringLiteral("state"))
                states += row.at(3).toLongLong();
            else if (section == QStringLiteral("total") && row.at(1) == QStringLiteral("paid"))
                paidTotals[row.at(2)] = paidTotals.value(row.at(2)) + *Amount::fromCanonical(row.at(4));
            else if (section == QStringLiteral("hour") && row.at(5) == QStringLiteral("paid_amount"))
                paidPerHour[row.at(2)] = paidPerHour.value(row.at(2)) + *Amount::fromCanonical(row.at(4));
        }
        QCOMPARE(meta.value(QStringLiteral("kind")), QStringLiteral("period"));
        QCOMPARE(meta.value(QStringLiteral("from")), QStringLiteral("2026-03-10T08:00:00.000Z"));
        QCOMPARE(meta.value(QStringLiteral("till")), QStringLiteral("'=HYPERLINK(\"x\"), till 1")); // guarded
        QCOMPARE(states, report.liveCount());
        QCOMPARE(paidTotals.size(), 3);
        QCOMPARE(paidTotals.value(QStringLiteral("TRY")).toCanonical(), QStringLiteral("19999999999.99999998"));
        // The hours add up to the totals, to the last decimal.
        QCOMPARE(paidPerHour, paidTotals);
        for (const auto &c : report.totals.currencies)
            QCOMPARE(paidTotals.value(c.currency), c.paid.amount);
        QVERIFY(bytes.contains("received,ETH,ETH,2,0.123456789012345679,\r\n"));
        QVERIFY(bytes.contains("sale,largest,USD,,99.99999999,U2\r\n"));
        QVERIFY(bytes.contains("total,unpaid,EUR,1,0.01,\r\n"));
        QVERIFY(bytes.contains("hour,2026-03-10T09:00:00+01:00,,2,,paid\r\n"));
        // "invoices" is the printed "Invoices": live ones; test ones apart.
        QVERIFY2(bytes.contains("total,invoices,,17,,\r\n"), bytes.constData());
        QVERIFY(bytes.contains("total,test_invoices,,2,,\r\n"));
        QVERIFY(bytes.contains("total,demo_invoices,,0,,\r\n"));
        QVERIFY(!bytes.contains("earlier"));

        // A device that refuses the bytes is reported, not taken for written.
        QBuffer closed;
        QVERIFY(!SalesReportCsv::write(report, &closed, &error));
        QVERIFY(!error.isEmpty());
    }

    // Format 2's fields go through the stored text and back; a report stored
    // in format 1 (without them) still reads, with what they meant then.
    void jsonOfTheNewFieldsAndFormatOne()
    {
        SalesReport report = dayReport();
        report.kind = SalesReport::Kind::Z;
        report.zNumber = 13;
        report.previousZ = 12;
        report.openedAt = at(3, 10, 9, 30);
        report.demoCount = 4;
        report.earlierPaid = {{QStringLiteral("EUR"), {amount("40"), 1}, {amount("0.5"), 2}}};
        report.earlierReceived = {{QStringLiteral("USDT"), amount("43.1"), 1}};
        QCOMPARE(report.sales.first().priceDecimals, 8); // EUR: 20.00000001
        report.sales[1].priceDecimals = 3;
        const QByteArray text = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(SalesReport::fromJson(QJsonDocument::fromJson(text).object()), std::optional<SalesReport>(report));
        SalesReport other = report;
        other.earlierReceived.clear();
        QVERIFY(!(other == report));

        // As a console of format 1 stored it.
        QJsonObject old = report.toJson();
        old.insert(QStringLiteral("format"), 1);
        for (const char *key : {"openedAt", "previousZ", "demoCount", "earlierPaid", "earlierReceived"})
            old.remove(QString::fromLatin1(key));
        QJsonArray sales = old.value(QStringLiteral("sales")).toArray();
        for (qsizetype i = 0; i < sales.size(); ++i) {
            QJsonObject o = sales.at(i).toObject();
            o.remove(QStringLiteral("priceDecimals"));
            sales[i] = o;
        }
        old.insert(QStringLiteral("sales"), sales);
        const auto read = SalesReport::fromJson(old);
        QVERIFY(read);
        QVERIFY(!read->openedAt.isValid() && !read->previousZ);
        QCOMPARE(read->demoCount, 0);
        QVERIFY(read->earlierPaid.isEmpty() && read->earlierReceived.isEmpty());
        for (const auto &s : read->sales)
            QCOMPARE(s.priceDecimals, 8); // its average is shown as it was: exact
        QCOMPARE(read->totals, report.totals);

        QJsonObject damaged = report.toJson();
        sales = damaged.value(QStringLiteral("sales")).toArray();
        QJsonObject first = sales.at(0).toObject();
        first.insert(QStringLiteral("priceDecimals"), 19);
        sales[0] = first;
        damaged.insert(QStringLiteral("sales"), sales);
        QVERIFY(!SalesReport::fromJson(damaged));
        damaged = report.toJson();
        QJsonArray earlier = damaged.value(QStringLiteral("earlierPaid")).toArray();
        QJsonObject eur = earlier.at(0).toObject();
        eur.insert(QStringLiteral("paid"), QJsonObject{{QStringLiteral("amount"), 40.0}, {QStringLiteral("count"), 1}});
        earlier[0] = eur;
        damaged.insert(QStringLiteral("earlierPaid"), earlier);
        QVERIFY(!SalesReport::fromJson(damaged));
        damaged = report.toJson();
        damaged.insert(QStringLiteral("demoCount"), -1);
        QVERIFY(!SalesReport::fromJson(damaged));
    }

    // Prices of 7 decimals (a shop pricing in ETH): the average was shown
    // rounded to the largest sale's decimals, "0.01 ETH" for 0.00951737.
    void averageOfSevenDecimalPrices()
    {
        auto store = freshStore();
        const QString ETH = QStringLiteral("ETH");
        for (const Sale &sale : QList<Sale>{{QStringLiteral("H1"), QStringLiteral("0.01"), ETH, InvoiceState::Paid, at(3, 10, 9, 10)},
                                            {QStringLiteral("H2"), QStringLiteral("0.0095174"), ETH, InvoiceState::Paid, at(3, 10, 9, 20)},
                                            {QStringLiteral("H3"), QStringLiteral("0.0090347"), ETH, InvoiceState::PaidLate, at(3, 10, 9, 30)},
                                            {QStringLiteral("H4"), QStringLiteral("0.123456789"), ETH, InvoiceState::Expired, at(3, 10, 9, 40)},
                                            {QStringLiteral("D1"), QStringLiteral("12"), QStringLiteral("USD"), InvoiceState::Paid, at(3, 10, 9, 50)}})
            QVERIFY(SalesHistory::add(*store, sale) > 0);
        SalesReportBuilder builder(store->connectionName());
        const auto report = builder.build(SalesReport::Kind::Period, at(3, 10, 9, 0), at(3, 10, 17, 0), Berlin, QString(),
                                          at(3, 10, 17, 0));
        QVERIFY2(report, qPrintable(builder.lastError()));
        const auto *eth = salesIn(*report, ETH);
        QVERIFY(eth);
        // 0.0285521 / 3 = 0.00951736666…; the expired price's 9 decimals are no sale's.
        QCOMPARE(eth->average.toCanonical(), QStringLiteral("0.00951737"));
        QCOMPARE(eth->priceDecimals, 7);
        QCOMPARE(salesIn(*report, QStringLiteral("USD"))->priceDecimals, 0);
        const QStringList lines = SalesReportDocument::make(*report, QLocale::c()).lines();
        QVERIFY2(lines.contains(QStringLiteral("Average sale (3) 0.0095174 ETH")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("Average sale (1) 12.00 USD"))); // at least two, as fiat is read
        QCOMPARE(SalesReport::fromJson(report->toJson())->sales, report->sales);
    }

    // Invoices made before the period and paid in it: apart from the period's
    // totals, per currency, with what came in per coin; checked against every
    // recorded change of state, the slow way.
    void earlierInvoicesPaidInThePeriod()
    {
        auto store = freshStore();
        using S = InvoiceState;
        const QString EUR = QStringLiteral("EUR"), USD = QStringLiteral("USD");
        const auto add = [&](const Sale &sale) {
            const qint64 id = SalesHistory::add(*store, sale);
            if (id < 0)
                qFatal("%s", qPrintable(store->lastError()));
            return id;
        };
        const auto pay = [&](qint64 id, S state, const QDateTime &when, const QString &paid = QString(),
                             const QString &coin = QString()) {
            if (!SalesHistory::pay(*store, id, state, when, paid, coin))
                qFatal("%s", qPrintable(store->lastError()));
        };
        // Made the day before, paid during the period.
        pay(add({QStringLiteral("P1"), QStringLiteral("40"), EUR, S::Open, at(3, 9, 16, 55)}), S::Paid, at(3, 10, 10, 0),
            QStringLiteral("43.1"), QStringLiteral("USDT"));
        // Paid the day before: that day's.
        add({QStringLiteral("P2"), QStringLiteral("15"), EUR, S::Paid, at(3, 9, 12, 0), false, {}, {}, at(3, 9, 13, 0)});
        // Underpaid the day before, topped up in the period: paid now.
        const qint64 p3 = add({QStringLiteral("P3"), QStringLiteral("20"), USD, S::Underpaid, at(3, 9, 15, 0), false,
                               QStringLiteral("15"), QStringLiteral("USDT"), at(3, 9, 15, 30)});
        pay(p3, S::Paid, at(3, 10, 11, 0), QStringLiteral("20"), QStringLiteral("USDT"));
        // Underpaid in the period, not topped up by its end.
        const qint64 p4 = add({QStringLiteral("P4"), QStringLiteral("30"), USD, S::Open, at(3, 8, 12, 0)});
        pay(p4, S::Underpaid, at(3, 10, 12, 0), QStringLiteral("0.0001"), QStringLiteral("BTC"));
        pay(p4, S::Paid, at(3, 10, 17, 30), QStringLiteral("0.0004"), QStringLiteral("BTC")); // after the end
        // A test invoice is in no sum.
        pay(add({QStringLiteral("P5"), QStringLiteral("1000"), EUR, S::Open, at(3, 9, 10, 0), true}), S::Paid,
            at(3, 10, 10, 5), QStringLiteral("1000"), QStringLiteral("USDT"));
        // Paid at the period's end, which it excludes.
        pay(add({QStringLiteral("P6"), QStringLiteral("6"), EUR, S::Open, at(3, 9, 10, 0)}), S::Paid, at(3, 10, 17, 0));
        // Made in the period: its own totals, not an earlier one.
        pay(add({QStringLiteral("P7"), QStringLiteral("7"), EUR, S::Open, at(3, 10, 10, 0)}), S::Paid, at(3, 10, 11, 0));
        // Paid late (after its expiry), a minute before the end.
        const qint64 p8 = add({QStringLiteral("P8"), QStringLiteral("8.25"), EUR, S::Expired, at(3, 9, 9, 0)});
        pay(p8, S::PaidLate, at(3, 10, 16, 59), QStringLiteral("8.9"), QStringLiteral("USDT"));
        // Paid the day before; a later poll in the period only adds what came in.
        const qint64 p9 = add({QStringLiteral("P9"), QStringLiteral("9"), EUR, S::Paid, at(3, 9, 14, 0)});
        pay(p9, S::Paid, at(3, 10, 10, 0), QStringLiteral("9.7"), QStringLiteral("USDT"));

        SalesReportBuilder builder(store->connectionName());
        const QDateTime from = at(3, 10, 9, 0), to = at(3, 10, 17, 0);
        const auto report = builder.build(SalesReport::Kind::Period, from, to, Berlin, QString(), to);
        QVERIFY2(report, qPrintable(builder.lastError()));
        const SalesHistory::Earlier brute = SalesHistory::bruteEarlier(*store, from, to);
        QCOMPARE(brute.orderIds, (QList<QString>{QStringLiteral("P1"), QStringLiteral("P3"), QStringLiteral("P4"), QStringLiteral("P8")}));
        QCOMPARE(report->earlierPaid, brute.paid);
        QCOMPARE(report->earlierReceived, brute.received);
        // The same, written out.
        QCOMPARE(report->earlierPaid.size(), 2);
        QCOMPARE(report->earlierPaid.at(0), (SalesReport::EarlierPayment{EUR, {amount("48.25"), 2}, {}}));
        QCOMPARE(report->earlierPaid.at(1), (SalesReport::EarlierPayment{USD, {amount("20"), 1}, {amount("30"), 1}}));
        // P4's 0.0004 BTC is what the gateway says now (the poll after the end).
        QCOMPARE(report->earlierReceived, (QList<SalesReport::CoinReceived>{{QStringLiteral("BTC"), amount("0.0004"), 1},
                                                                           {QStringLiteral("USDT"), amount("72"), 3}}));
        // The period's own figures are the invoices made in it, as before.
        QCOMPARE(report->totals.count, 1);
        QCOMPARE(report->totals.currencies.value(0).paid.amount.toCanonical(), QStringLiteral("7"));

        const QStringList lines = SalesReportDocument::make(*report, QLocale::c()).lines();
        const QString all = lines.join(QLatin1Char('\n'));
        for (const QString &expected : {QStringLiteral("Paid in this period for earlier invoices"),
                                        QStringLiteral("EUR paid (2) 48.25 EUR"), QStringLiteral("USD paid (1) 20.00 USD"),
                                        QStringLiteral("USD underpaid (1) 30.00 USD"),
                                        QStringLiteral("Received by them in all, in USDT (payments: 3) 72 USDT"),
                                        QStringLiteral("Paid (1) 7.00 EUR")})
            QVERIFY2(lines.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + all));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(SalesReportCsv::write(*report, &buffer, nullptr));
        const QByteArray csv = buffer.data();
        QVERIFY2(csv.contains("earlier,paid,EUR,2,48.25,\r\n"), csv.constData());
        QVERIFY(csv.contains("earlier,underpaid,USD,1,30.00,\r\n"));
        QVERIFY(csv.contains("earlier_received_in_all,USDT,USDT,3,72,\r\n"));
        QVERIFY(csv.contains("total,paid,EUR,1,7.00,\r\n")); // never added into the period's own
        QCOMPARE(SalesReport::fromJson(report->toJson()), report);

        // The next day's report does not count them again.
        const auto next = builder.build(SalesReport::Kind::Period, to, to.addDays(1), Berlin, QString(), to.addDays(1));
        QVERIFY(next);
        QCOMPARE(next->earlierPaid, SalesHistory::bruteEarlier(*store, to, to.addDays(1)).paid);
        QCOMPARE(next->earlierPaid.size(), 2); // P6 (EUR, paid at 17:00) and P4 (USD, topped up at 17:30)
        QCOMPARE(next->earlierPaid.at(1), (SalesReport::EarlierPayment{USD, {amount("30"), 1}, {}}));
    }

    // Made-up invoices of the demo history are in the figures (the demo is
    // there to show reports), and the report says so first.
    void demoInvoicesAreSaidSo()
    {
        auto store = freshStore();
        QVERIFY(SalesHistory::add(*store, {QStringLiteral("REAL1"), QStringLiteral("10"), QStringLiteral("EUR"),
                                           InvoiceState::Paid, at(3, 10, 12, 0)}) > 0);
        DemoHistory demo(store.get());
        DemoHistory::Options options;
        options.invoices = 2000;
        options.force = true;
        options.zone = Berlin;
        options.now = at(3, 10, 17, 0);
        options.years = 1;
        const auto result = demo.fill(options);
        QCOMPARE(int(result.outcome), int(DemoHistory::Outcome::Done));
        const QDateTime from = at(3, 1, 0, 0), to = at(3, 11, 0, 0);
        qint64 demoLive = 0;
        for (const InvoiceRecord &r : SalesHistory::inPeriod(*store, from, to))
            demoLive += !r.fields.test && r.gateway == DemoHistory::gatewayName();
        const SalesHistory::Earlier earlier = SalesHistory::bruteEarlier(*store, from, to);
        qint64 demoEarlier = 0;
        const QList<InvoiceRecord> all = store->recent(-1).value();
        for (const InvoiceRecord &r : all)
            demoEarlier += r.gateway == DemoHistory::gatewayName() && earlier.orderIds.contains(r.fields.orderId);
        QVERIFY(demoLive > 10);

        SalesReportBuilder builder(store->connectionName());
        const auto report = builder.build(SalesReport::Kind::Period, from, to, Berlin, QString(), to);
        QVERIFY2(report, qPrintable(builder.lastError()));
        QCOMPARE(report->demoCount, demoLive + demoEarlier);
        const qint64 n = report->demoCount;
        const QStringList lines = SalesReportDocument::make(*report, QLocale::c()).lines();
        // At the top, under the title.
        QCOMPARE(lines.value(1), QStringLiteral("DEMO DATA"));
        QCOMPARE(lines.value(2), QStringLiteral("Includes %1 made-up demo invoice(s) — not real sales.").arg(n));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(SalesReportCsv::write(*report, &buffer, nullptr));
        QVERIFY(buffer.data().contains(QStringLiteral("total,demo_invoices,,%1,,\r\n").arg(n).toUtf8()));
        QCOMPARE(SalesReport::fromJson(report->toJson())->demoCount, n);

        // A report of the real sale alone says nothing of the kind.
        const auto real = builder.build(SalesReport::Kind::Period, at(3, 10, 12, 0), at(3, 10, 12, 0).addMSecs(1), Berlin,
                                        QString(), to);
        QVERIFY(real);
        QCOMPARE(real->liveCount(), 1);
        QCOMPARE(real->demoCount, 0);
        QVERIFY(!SalesReportDocument::make(*real, QLocale::c()).lines().join(QLatin1Char('\n')).contains(QStringLiteral("demo")));
    }

    // A label says as much as it takes to tell its bar from the others: the
    // day for hours of more than one day, the year for days of more than one;
    // the chart's axis (a QCategoryAxis keeps one category per text) then
    // shows every label it was meant to.
    void labelsTellTheirBarsApart()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        // A 40-hour shift.
        SalesReport shift;
        shift.kind = SalesReport::Kind::X;
        shift.zoneId = QStringLiteral("Europe/Berlin");
        shift.from = QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::utc());
        shift.to = shift.from.addSecs(40 * 3600);
        shift.bucketing = SalesReportBuilder::bucketingFor(shift.from, shift.to);
        QCOMPARE(shift.bucketing, SalesReport::Bucketing::Hour);
        for (const QDateTime &start : SalesReportBuilder::bucketStarts(shift.from, shift.to, Berlin, shift.bucketing))
            shift.buckets.append({start, 1, 0, 0, {}});
        QCOMPARE(shift.buckets.size(), 40);
        ChartData data = SalesReportDocument::chart(shift, english);
        QCOMPARE(data.labels.first(), QStringLiteral("27 Nov 09:00"));
        QCOMPARE(data.labels.at(15), QStringLiteral("28 Nov 00:00"));
        QCOMPARE(QSet<QString>(data.labels.begin(), data.labels.end()).size(), 40);
        const auto axisLabels = [](const ChartData &data) {
            std::unique_ptr<QChart> chart(SalesChart::make(data));
            for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
                if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
                    return categories->categoriesLabels();
            }
            return QStringList();
        };
        // A label every 4th bar: 10 of them, the second day's too.
        QStringList shown = axisLabels(data);
        QCOMPARE(shown.size(), 10);
        QVERIFY2(shown.contains(QStringLiteral("28 Nov 09:00")), qPrintable(shown.join(QStringLiteral(", "))));

        // Two years of days.
        SalesReport years;
        years.zoneId = QStringLiteral("Europe/Berlin");
        years.from = QDate(2025, 1, 1).startOfDay(Berlin).toUTC();
        years.to = QDate(2027, 1, 1).startOfDay(Berlin).toUTC();
        years.bucketing = SalesReportBuilder::bucketingFor(years.from, years.to);
        for (const QDateTime &start : SalesReportBuilder::bucketStarts(years.from, years.to, Berlin, years.bucketing))
            years.buckets.append({start, 0, 1, 0, {}});
        QCOMPARE(years.buckets.size(), 730);
        data = SalesReportDocument::chart(years, english);
        QCOMPARE(QSet<QString>(data.labels.begin(), data.labels.end()).size(), 730);
        QVERIFY(data.labels.contains(QStringLiteral("1 Dec 2025")));
        QVERIFY(data.labels.contains(QStringLiteral("1 Dec 2026")));
        shown = axisLabels(data);
        QCOMPARE(shown.size(), 12); // every 61st of 730

        // One year, one day: as short as before.
        SalesReport month = years;
        month.from = QDate(2026, 3, 1).startOfDay(Berlin).toUTC();
        month.to = QDate(2026, 4, 1).startOfDay(Berlin).toUTC();
        month.buckets.clear();
        for (const QDateTime &start : SalesReportBuilder::bucketStarts(month.from, month.to, Berlin, month.bucketing))
            month.buckets.append({start, 0, 1, 0, {}});
        QCOMPARE(SalesReportDocument::chart(month, english).labels.first(), QStringLiteral("1 Mar"));
        QCOMPARE(SalesReportDocument::chart(dayReport(), english).labels.first(), QStringLiteral("09:00"));

        // Even labels that read alike are all kept on the axis.
        data.labels = QStringList(data.labels.size(), QStringLiteral("same"));
        QCOMPARE(axisLabels(data).size(), 12);
    }

    // A build can be stopped from another thread; ReportJob stops the one a
    // newer request supersedes, and the one under way when it is deleted
    // (the window closing), instead of counting it to its end.
    void aReportCanBeCancelled()
    {
        auto store = freshStore();
        SalesReportBuilder builder(store->connectionName());
        std::atomic<bool> cancelled{true};
        QVERIFY(!builder.build(SalesReport::Kind::Period, at(3, 10, 9, 0), at(3, 10, 17, 0), Berlin, QString(),
                               at(3, 10, 17, 0), &cancelled));
        QVERIFY(builder.wasCancelled());
        QVERIFY2(builder.lastError().contains(QStringLiteral("cancelled")), qPrintable(builder.lastError()));
        cancelled = false;
        QVERIFY(builder.build(SalesReport::Kind::Period, at(3, 10, 9, 0), at(3, 10, 17, 0), Berlin, QString(),
                              at(3, 10, 17, 0), &cancelled));
        QVERIFY(!builder.wasCancelled());

        // Years of a busy shop: long enough to see a report stop.
        DemoHistory demo(store.get());
        DemoHistory::Options options;
        options.invoices = 150000;
        options.zone = Berlin;
        options.now = QDateTime::currentDateTimeUtc();
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(int(demo.fill(options).outcome), int(DemoHistory::Outcome::Done));
        qInfo("%lld demo invoices written in %lld ms", options.invoices, clock.elapsed());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime fiveYears = now.addYears(-5);
        clock.restart();
        QVERIFY(builder.build(SalesReport::Kind::Period, fiveYears, now, Berlin, QString(), now));
        const qint64 whole = clock.elapsed();
        qInfo("five years counted in %lld ms", whole);
        QVERIFY2(whole > 400, "the history is too small to see a report stop");

        // From another thread, mid-way.
        cancelled = false;
        std::thread canceller([&cancelled] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            cancelled = true;
        });
        clock.restart();
        const auto stopped = builder.build(SalesReport::Kind::Period, fiveYears, now, Berlin, QString(), now, &cancelled);
        const qint64 stoppedAfter = clock.elapsed();
        canceller.join();
        QVERIFY(!stopped);
        QVERIFY(builder.wasCancelled());
        qInfo("a build cancelled after 100 ms stopped after %lld ms", stoppedAfter);
        QVERIFY(stoppedAfter < 100 + whole / 3);

        // A newer request: its answer comes without waiting for the five years,
        // and the five years' never comes.
        {
            ReportJob job(store->connectionName());
            QSignalSpy ready(&job, &ReportJob::ready);
            QSignalSpy failed(&job, &ReportJob::failed);
            clock.restart();
            job.request({fiveYears, now, Berlin, QStringLiteral("T")});
            QTest::qWait(100);
            job.request({now.addSecs(-3600), now, Berlin, QStringLiteral("T")});
            QVERIFY(ready.wait(30000));
            const qint64 answered = clock.elapsed();
            qInfo("the last hour's report, asked for 100 ms after five years', came after %lld ms", answered);
            QVERIFY(answered < 100 + whole / 2);
            QCOMPARE(ready.size(), 1);
            QCOMPARE(ready.first().first().value<SalesReport>().from, now.addSecs(-3600));
            QVERIFY(failed.isEmpty());
            QTest::qWait(50);
            QCOMPARE(ready.size(), 1);
            QVERIFY(!job.isBusy());
        }
        // Deleting the job (closing the window) waits only for the stop.
        auto *job = new ReportJob(store->connectionName());
        job->request({fiveYears, now, Berlin, QStringLiteral("T")});
        QTest::qWait(100);
        QVERIFY(job->isBusy());
        clock.restart();
        delete job;
        const qint64 closing = clock.elapsed();
        qInfo("deleting a job counting five years took %lld ms", closing);
        QVERIFY(closing < whole / 3);
    }

    void anEmptyPeriodAndErrors()
    {
        auto store = freshStore();
        SalesReportBuilder builder(store->connectionName());
        const auto empty = builder.build(SalesReport::Kind::X, at(3, 10, 9, 0), at(3, 10, 9, 0, 0, 1), Berlin,
                                         QStringLiteral("Till"), at(3, 10, 9, 0));
        QVERIFY2(empty, qPrintable(builder.lastError()));
        QCOMPARE(empty->buckets.size(), 1);
        QCOMPARE(empty->totals, HistoryTotals());
        QVERIFY(empty->states.isEmpty() && empty->sales.isEmpty() && empty->received.isEmpty());
        QCOMPARE(empty->till, QStringLiteral("Till"));
        QCOMPARE(empty->generatedAt, at(3, 10, 9, 0));

        QVERIFY(!builder.build(SalesReport::Kind::Period, at(3, 10, 9, 0), at(3, 10, 9, 0), Berlin, QString(), at(3, 10, 9, 0)));
        QVERIFY(!builder.lastError().isEmpty());
        QVERIFY(!builder.build(SalesReport::Kind::Period, QDateTime(), at(3, 10, 9, 0), Berlin, QString(), at(3, 10, 9, 0)));
        QVERIFY(!builder.build(SalesReport::Kind::Period, at(1, 1, 0, 0, 0, 0, 1900), at(1, 1, 0, 0, 0, 0, 2026), Berlin,
                               QString(), at(3, 10, 9, 0)));
        QVERIFY(builder.lastError().contains(QStringLiteral("too long")));

        // A history that cannot be read says so.
        SalesReportBuilder nowhere(QStringLiteral("no-such-connection"));
        QVERIFY(!nowhere.build(SalesReport::Kind::Period, at(3, 10, 9, 0), at(3, 10, 17, 0), Berlin, QString(), at(3, 10, 17, 0)));
        QVERIFY(!nowhere.lastError().isEmpty());
    }
};

QTEST_MAIN(TestSalesReport)
#include "tst_salesreport.moc"
