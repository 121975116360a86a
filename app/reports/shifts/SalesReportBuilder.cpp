#include "reports/shifts/SalesReportBuilder.h"

#include "history/HistoryQuery.h"
#include "history/HistoryReader.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <array>

namespace {
constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

// The start of the till's hour that holds `time`, in UTC. By the offset in
// force at `time`, not by building a local time: in the hour a clock goes
// back, 02:30 happens twice, and only the offset says which one this is.
QDateTime hourStart(const QDateTime &time, const QTimeZone &zone)
{
    const qint64 offsetMs = qint64(zone.offsetFromUtc(time)) * 1000;
    const qint64 local = time.toMSecsSinceEpoch() + offsetMs;
    const qint64 floored = local - (((local % HourMs) + HourMs) % HourMs);
    return QDateTime::fromMSecsSinceEpoch(floored - offsetMs, QTimeZone::utc());
}

// Adds `amount` to the (currency, sum) pair of a list kept sorted by currency.
void addTo(QList<QPair<QString, Amount>> &list, const QString &currency, const Amount &amount)
{
    auto it = std::lower_bound(list.begin(), list.end(), currency,
                               [](const QPair<QString, Amount> &p, const QString &code) { return p.first < code; });
    if (it == list.end() || it->first != currency)
        it = list.insert(it, {currency, Amount()});
    it->second = it->second + amount;
}

// One snapshot for the whole report on SQLite (a savepoint opens a read
// transaction, or nests inside the caller's); elsewhere each query reads on
// its own.
class Snapshot
{
public:
    explicit Snapshot(const QString &connectionName) : m_db(QSqlDatabase::database(connectionName, false))
    {
        if (HistoryQuery::dialectOf(m_db) == HistoryQuery::Dialect::SQLite)
            m_open = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT sales_report"));
    }
    ~Snapshot()
    {
        // Nothing was written: releasing or rolling back is the same, and a
        // release that fails leaves the caller's transaction as it was.
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("RELEASE SAVEPOINT sales_report"));
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
} // namespace

SalesReportBuilder::SalesReportBuilder(const QString &connectionName) : m_connectionName(connectionName)
{
}

SalesReport::Bucketing SalesReportBuilder::bucketingFor(const QDateTime &from, const QDateTime &to)
{
    return from.msecsTo(to) > 2 * DayMs ? SalesReport::Bucketing::Day : SalesReport::Bucketing::Hour;
}

QList<QDateTime> SalesReportBuilder::bucketStarts(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                                  SalesReport::Bucketing bucketing)
{
    QList<QDateTime> starts;
    if (!from.isValid() || !to.isValid() || from >= to || !zone.isValid())
        return starts;
    if (bucketing == SalesReport::Bucketing::Day) {
        QDate day = from.toTimeZone(zone).date();
        for (QDateTime start = day.startOfDay(zone).toUTC(); start < to && starts.size() <= MaxBuckets;) {
            starts << start;
            day = day.addDays(1);
            start = day.startOfDay(zone).toUTC();
        }
        return starts;
    }
    for (QDateTime start = hourStart(from, zone); start < to && starts.size() <= MaxBuckets;) {
        starts << start;
        QDateTime next = hourStart(start.addMSecs(HourMs), zone);
        // A zone whose clocks move by half an hour can floor back onto this
        // hour: the next bucket then starts an hour on.
        if (next <= start)
            next = start.addMSecs(HourMs);
        start = next;
    }
    return starts;
}

std::optional<SalesReport> SalesReportBuilder::build(SalesReport::Kind kind, const QDateTime &from, const QDateTime &to,
                                                     const QTimeZone &zone, const QString &till,
                                                     const QDateTime &now) const
{
    if (!from.isValid() || !to.isValid() || from >= to) {
        //: A sales report was asked for a period that ends before it begins
        m_lastError = tr("The report's period must end after it begins.");
        return std::nullopt;
    }
    if (!zone.isValid()) {
        m_lastError = tr("The till's time zone is not known to this computer.");
        return std::nullopt;
    }
    SalesReport report;
    report.kind = kind;
    report.from = from.toUTC();
    report.to = to.toUTC();
    report.zoneId = QString::fromUtf8(zone.id());
    report.till = till;
    report.generatedAt = now.toUTC();
    report.bucketing = bucketingFor(from, to);
    const QList<QDateTime> starts = bucketStarts(report.from, report.to, zone, report.bucketing);
    if (starts.size() > MaxBuckets) {
        m_lastError = tr("The report's period is too long: at most %n days.", nullptr, MaxBuckets);
        return std::nullopt;
    }
    for (const QDateTime &start : starts) {
        SalesReport::Bucket bucket;
        bucket.start = start;
        report.buckets << bucket;
    }
    return read(std::move(report));
}

std::optional<SalesReport> SalesReportBuilder::read(SalesReport report) const
{
    const Snapshot snapshot(m_connectionName);
    const HistoryReader reader(m_connectionName);
    HistoryFilter filter;
    filter.from = report.from;
    filter.to = report.to;
    filter.money = HistoryFilter::Money::LiveAndTest;

    const auto totals = reader.totals(filter);
    if (!totals) {
        m_lastError = reader.lastError();
        return std::nullopt;
    }
    report.totals = *totals;

    std::array<qint64, 16> stateCounts{};
    QMap<QString, SalesReport::CoinReceived> received;
    QMap<QString, SalesReport::CurrencySales> sales;
    QMap<QString, Amount> salesSums;
    QList<QDateTime> starts;
    starts.reserve(report.buckets.size());
    for (const SalesReport::Bucket &bucket : std::as_const(report.buckets))
        starts << bucket.start;

    const bool read = reader.forEach(filter, [&](const InvoiceRecord &r) {
        if (r.fields.test)
            return true; // counted in totals.testCount, and nowhere else
        const int state = int(r.state);
        if (state >= 0 && state < int(stateCounts.size()))
            ++stateCounts[std::size_t(state)];

        // What came in, as the gateway said, in whatever state it left the
        // invoice: money that arrived is in the till even if too little.
        if (const auto paid = r.paid(); paid && !paid->unit.isEmpty()) {
            SalesReport::CoinReceived &coin = received[paid->unit];
            coin.coin = paid->unit;
            coin.amount = coin.amount + paid->amount;
            ++coin.count;
        }

        const HistoryTotals::Sum sum = HistoryTotals::sumOf(r.state);
        const QString &currency = r.fields.currency;
        if (sum == HistoryTotals::Sum::Paid) {
            SalesReport::CurrencySales &s = sales[currency];
            s.currency = currency;
            ++s.count;
            salesSums[currency] = salesSums.value(currency) + r.fields.price;
            // Rows come oldest first: a tie keeps the first sale.
            if (s.count == 1 || r.fields.price > s.largest) {
                s.largest = r.fields.price;
                s.largestOrderId = r.fields.orderId;
            }
        }

        // The last bucket starting at or before the invoice's creation.
        const auto after = std::upper_bound(starts.cbegin(), starts.cend(), r.createdAt);
        if (after != starts.cbegin()) {
            SalesReport::Bucket &bucket = report.buckets[std::distance(starts.cbegin(), after) - 1];
            switch (sum) {
            case HistoryTotals::Sum::Paid:
                ++bucket.paid;
                addTo(bucket.paidAmounts, currency, r.fields.price);
                break;
            case HistoryTotals::Sum::Underpaid:
                ++bucket.underpaid;
                break;
            case HistoryTotals::Sum::Unpaid:
                ++bucket.unpaid;
                break;
            case HistoryTotals::Sum::None:
                break;
            }
        }
        return true;
    });
    if (!read) {
        m_lastError = reader.lastError();
        return std::nullopt;
    }

    for (InvoiceState state : InvoiceStates::all()) {
        if (const qint64 count = stateCounts[std::size_t(int(state))])
            report.states.append({state, count});
    }
    for (const SalesReport::CoinReceived &coin : std::as_const(received))
        report.received << coin;
    for (auto it = sales.begin(); it != sales.end(); ++it) {
        // The sum of a shop's prices has at most 20 whole digits and a count
        // is far below mulDiv's bound: the quotient always fits.
        const auto average = salesSums.value(it.key()).mulDiv(1, it->count, 8, Amount::Rounding::HalfUp);
        if (!average) {
            m_lastError = tr("The average sale in %1 could not be computed.").arg(it.key());
            return std::nullopt;
        }
        it->average = *average;
        report.sales << *it;
    }
    m_lastError.clear();
    return report;
}
