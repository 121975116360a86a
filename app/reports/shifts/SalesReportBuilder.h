#pragma once

#include "reports/SalesReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <atomic>
#include <optional>

// Computes a SalesReport from the history, over the invoices *created* in
// [from, to): live invoices by state, the totals per price currency (test
// invoices counted apart, in no sum), what came in per coin, the largest and
// average sale per currency and the invoices per hour (or day) of the till's
// time zone; apart from those, the invoices made before `from` whose payment
// was recorded in [from, to) (invoice_events), and how many of all these are
// made-up demo invoices. Exact throughout: amounts are added as Amount, never
// as doubles.
//
// Reads through one connection, on the thread that opened it. The whole report
// is read from one snapshot of the history (a savepoint on SQLite), so its
// totals and its counts agree even while another console sells; inside a
// caller's transaction (the Z report's close) it reads that transaction's view.
class SalesReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SalesReportBuilder)

public:
    // Periods with more days than this are refused: a report is per shift,
    // day, month or year, not per century.
    static constexpr int MaxBuckets = 20000;

    explicit SalesReportBuilder(const QString &connectionName);

    // `till`: the till's name as printed; `now`: when the report is made (its
    // generatedAt). nullopt when the history could not be read or the period
    // is not one (see lastError()). `cancelled`, when given, is read between
    // rows from any thread: once true the build stops and answers nullopt
    // (lastError() says it was cancelled, wasCancelled() is true).
    std::optional<SalesReport> build(SalesReport::Kind kind, const QDateTime &from, const QDateTime &to,
                                     const QTimeZone &zone, const QString &till, const QDateTime &now,
                                     const std::atomic<bool> *cancelled = nullptr) const;

    // Hours for two days or less, days for longer.
    static SalesReport::Bucketing bucketingFor(const QDateTime &from, const QDateTime &to);
    // The start (UTC) of every hour or day of the till's zone that [from, to)
    // touches, the first one at or before `from`: 24 hours on most days, 23 or
    // 25 on a day the clocks change.
    static QList<QDateTime> bucketStarts(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                         SalesReport::Bucketing bucketing);

    QString connectionName() const { return m_connectionName; }
    QString lastError() const { return m_lastError; }
    // The last build stopped because it was cancelled (not a failure to tell).
    bool wasCancelled() const { return m_cancelled; }

private:
    std::optional<SalesReport> read(SalesReport report, const std::atomic<bool> *cancelled) const;
    bool readEarlierPayments(SalesReport &report, const std::atomic<bool> *cancelled) const;
    std::nullopt_t fail(const QString &error) const;
    std::nullopt_t stop() const;

    QString m_connectionName;
    mutable QString m_lastError;
    mutable bool m_cancelled = false;
};
