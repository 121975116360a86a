#include "reports/shifts/SalesReportBuilder.h"

#include "history/DemoHistory.h"
#include "history/HistoryQuery.h"
#include "history/HistoryReader.h"
#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"

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

bool isCancelled(const std::atomic<bool> *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
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

std::nullopt_t SalesReportBuilder::fail(const QString &error) const
{
    m_lastError = error;
    m_cancelled = false;
    return std::nullopt;
}

std::nullopt_t SalesReportBuilder::stop() const
{
    //: A sales report was being counted when a newer request (or closing the window) made it unwanted
    m_lastError = tr("The report was cancelled.");
    m_cancelled = true;
    return std::nullopt;
}

std::optional<SalesReport> SalesReportBuilder::build(SalesReport::Kind kind, const QDateTime &from, const QDateTime &to,
                                                     const QTimeZone &zone, const QString &till,
                                                     const QDateTime &now, const std::atomic<bool> *cancelled) const
{
    if (!from.isValid() || !to.isValid() || from >= to)
        //: A sales report was asked for a period that ends before it begins
        return fail(tr("The report's period must end after it begins."));
    if (!zone.isValid())
        return fail(tr("The till's time zone is not known to this computer."));
    SalesReport report;
    report.kind = kind;
    report.from = from.toUTC();
    report.to = to.toUTC();
    report.zoneId = QString::fromUtf8(zone.id());
    report.till = till;
    report.generatedAt = now.toUTC();
    report.bucketing = bucketingFor(from, to);
    const QList<QDateTime> starts = bucketStarts(report.from, report.to, zone, report.bucketing);
    if (starts.size() > MaxBuckets)
        return fail(tr("The report's period is too long: at most %n days.", nullptr, MaxBuckets));
    for (const QDateTime &start : starts) {
        SalesReport::Bucket bucket;
        bucket.start = start;
        report.buckets << bucket;
    }
    return read(std::move(report), cancelled);
}

std::optional<SalesReport> SalesReportBuilder::read(SalesReport report, const std::atomic<bool> *cancelled) const
{
    if (isCancelled(cancelled))
        return stop();
    const Snapshot snapshot(m_connectionName);
    const HistoryReader reader(m_connectionName);
    HistoryFilter filter;
    filter.from = report.from;
    filter.to = report.to;
    filter.money = HistoryFilter::Money::LiveAndTest;

    const auto totals = reader.totals(filter);
    if (!totals)
        return fail(reader.lastError());
    report.totals = *totals;
    if (isCancelled(cancelled))
        return stop();

    std::array<qint64, 16> stateCounts{};
    QMap<QString, SalesReport::CoinReceived> received;
    QMap<QString, SalesReport::CurrencySales> sales;
    QMap<QString, Amount> salesSums;
    QMap<QString, int> priceDecimals;
    const QString demo = DemoHistory::gatewayName();
    bool stopped = false;
    QList<QDateTime> starts;
    starts.reserve(report.buckets.size());
    for (const SalesReport::Bucket &bucket : std::as_const(report.buckets))
        starts << bucket.start;

    const bool read = reader.forEach(filter, [&](const InvoiceRecord &r) {
        // A year of a busy shop is a million rows: a report nobody wants any
        // more stops at the next one.
        if (isCancelled(cancelled)) {
            stopped = true;
            return false;
        }
        if (r.fields.test)
            return true; // counted in totals.testCount, and nowhere else
        if (r.gateway == demo)
            ++report.demoCount;
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
            priceDecimals[currency] = std::max(priceDecimals.value(currency), r.fields.price.decimalsUsed());
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
    if (!read)
        return fail(reader.lastError());
    if (stopped)
        return stop();
    if (!readEarlierPayments(report, cancelled))
        return std::nullopt;

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
        if (!average)
            return fail(tr("The average sale in %1 could not be computed.").arg(it.key()));
        it->average = *average;
        it->priceDecimals = priceDecimals.value(it.key());
        report.sales << *it;
    }
    m_lastError.clear();
    m_cancelled = false;
    return report;
}

bool SalesReportBuilder::readEarlierPayments(SalesReport &report, const std::atomic<bool> *cancelled) const
{
    using namespace InvoiceSchema;
    using InvoiceRow::utcText;
    if (isCancelled(cancelled)) {
        stop();
        return false;
    }
    // An invoice made before the period counts here when its payment was
    // recorded in it: its first change to paid or paid late falls in the
    // period, or, not paid by the period's end, its first change to
    // underpaid does. Each payment is then in exactly one of a row of Z
    // reports that follow one another: in the one whose period holds the
    // invoice's making if it was paid by that one's close, else in the one
    // whose period holds the payment. The invoices are found from the events
    // of the period; every one of their payment events up to the period's end
    // says which came first.
    const QString paid = InvoiceStates::storageName(InvoiceState::Paid);
    const QString paidLate = InvoiceStates::storageName(InvoiceState::PaidLate);
    const QString underpaid = InvoiceStates::storageName(InvoiceState::Underpaid);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const QString columns = QStringLiteral("i.%1, i.%2, i.%3, i.%4, i.%5, i.%6, e.%7")
                                    .arg(Col::Id, Col::PriceCurrency, Col::PriceAmount, Col::PaidAmount,
                                         Col::PaidCurrency, Col::Gateway, Col::State);
    query.prepare(QStringLiteral("SELECT %1, MIN(e.%2) FROM %3 i JOIN %4 e ON e.%5 = i.%6 "
                                 "WHERE i.%6 IN (SELECT p.%5 FROM %4 p WHERE p.%7 IN (?, ?, ?) AND p.%2 >= ? AND p.%2 < ?) "
                                 "AND i.%8 < ? AND i.%9 = 0 AND e.%7 IN (?, ?, ?) AND e.%2 < ? "
                                 "GROUP BY %1 ORDER BY i.%6")
                          .arg(columns, Col::At, Invoices, Events, Col::InvoiceId, Col::Id, Col::State,
                               Col::CreatedAt, Col::Test));
    const QString from = utcText(report.from);
    const QString to = utcText(report.to);
    for (const QVariant &value : QVariantList{paid, paidLate, underpaid, from, to, from, paid, paidLate, underpaid, to})
        query.addBindValue(value);
    if (!query.exec()) {
        fail(tr("The payments of earlier invoices could not be read: %1").arg(query.lastError().text()));
        return false;
    }

    QMap<QString, SalesReport::EarlierPayment> byCurrency;
    QMap<QString, SalesReport::CoinReceived> byCoin;
    struct Invoice {
        qint64 id = -1;
        QString currency;
        QString price;
        QString paidAmount;
        QString coin;
        bool demo = false;
        QString firstPaid;      // the first change to paid or paid late, UTC text
        QString firstUnderpaid; // the first change to underpaid
    };
    const QString demo = DemoHistory::gatewayName();
    bool damaged = false;
    const auto settle = [&](const Invoice &invoice) {
        if (invoice.id < 0)
            return;
        HistoryTotals::Part SalesReport::EarlierPayment::*part = nullptr;
        if (!invoice.firstPaid.isEmpty())
            part = invoice.firstPaid >= from ? &SalesReport::EarlierPayment::paid : nullptr;
        else if (invoice.firstUnderpaid >= from)
            part = &SalesReport::EarlierPayment::underpaid;
        if (!part)
            return; // paid (or underpaid and not paid since) before the period
        const auto price = Amount::fromCanonical(invoice.price);
        if (!price) {
            damaged = true;
            return;
        }
        SalesReport::EarlierPayment &e = byCurrency[invoice.currency];
        e.currency = invoice.currency;
        (e.*part).amount = (e.*part).amount + *price;
        ++(e.*part).count;
        if (invoice.demo)
            ++report.demoCount;
        // What the gateway says came in for it, in all (a top-up of an
        // underpaid invoice is the whole sum again, not the difference).
        const auto received = Amount::fromCanonical(invoice.paidAmount);
        if (received && !received->isZero() && !invoice.coin.isEmpty()) {
            SalesReport::CoinReceived &coin = byCoin[invoice.coin];
            coin.coin = invoice.coin;
            coin.amount = coin.amount + *received;
            ++coin.count;
        }
    };
    Invoice current;
    qint64 rows = 0;
    while (query.next()) {
        if ((++rows % 1024) == 0 && isCancelled(cancelled)) {
            stop();
            return false;
        }
        const qint64 id = query.value(0).toLongLong();
        if (id != current.id) {
            settle(current);
            current = Invoice();
            current.id = id;
            current.currency = query.value(1).toString();
            current.price = query.value(2).toString();
            current.paidAmount = query.value(3).toString();
            current.coin = query.value(4).toString();
            current.demo = query.value(5).toString() == demo;
        }
        const QString state = query.value(6).toString();
        const QString at = query.value(7).toString();
        QString &first = state == underpaid ? current.firstUnderpaid : current.firstPaid;
        if (first.isEmpty() || at < first)
            first = at;
    }
    if (query.lastError().isValid()) {
        fail(tr("The payments of earlier invoices could not be read: %1").arg(query.lastError().text()));
        return false;
    }
    settle(current);
    if (damaged) {
        fail(tr("The payments of earlier invoices could not be read: a price is damaged."));
        return false;
    }
    for (const SalesReport::EarlierPayment &e : std::as_const(byCurrency))
        report.earlierPaid << e;
    for (const SalesReport::CoinReceived &c : std::as_const(byCoin))
        report.earlierReceived << c;
    return true;
}
