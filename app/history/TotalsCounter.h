#pragma once

#include "history/HistoryFilter.h"
#include "history/HistoryTotals.h"

#include <QFutureWatcher>
#include <QObject>

// Adds up what a filter shows, on a thread of its own: totals read every row the
// filter matches (a million for "all dates"), and the cashier keeps typing and
// scrolling meanwhile. Only the answer to the latest question is delivered.
class TotalsCounter : public QObject
{
    Q_OBJECT

public:
    // `storeConnection`: InvoiceStore::connectionName(), cloned for the thread.
    explicit TotalsCounter(const QString &storeConnection, QObject *parent = nullptr);
    ~TotalsCounter() override;

    void request(const HistoryFilter &filter);
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void ready(const HistoryTotals &totals);
    void failed(const QString &text);

private:
    struct Answer {
        std::optional<HistoryTotals> totals;
        QString error;
    };
    void start();
    void onFinished();

    QString m_storeConnection;
    QFutureWatcher<Answer> m_watcher;
    std::optional<HistoryFilter> m_next; // asked while another count ran
};
