#pragma once

#include "reports/SalesReport.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

// Computes a report of any period on a thread of its own, through a connection
// of its own: a year of a busy shop's history takes seconds, and the window
// keeps answering meanwhile. Only the answer to the latest request arrives: a
// newer request cancels the one being counted (it stops at its next row), and
// so does deleting the job, which then waits only for that stop.
class ReportJob : public QObject
{
    Q_OBJECT

public:
    struct Request {
        QDateTime from; // UTC, included
        QDateTime to;   // UTC, excluded
        QTimeZone zone;
        QString till;
    };

    // `storeConnection`: InvoiceStore::connectionName(), cloned for the thread.
    explicit ReportJob(const QString &storeConnection, QObject *parent = nullptr);
    ~ReportJob() override;

    void request(const Request &request);
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void ready(const SalesReport &report);
    void failed(const QString &error);

private:
    struct Answer {
        std::optional<SalesReport> report;
        QString error;
        bool cancelled = false;
    };
    void start();
    void onFinished();

    QString m_storeConnection;
    QFutureWatcher<Answer> m_watcher;
    std::optional<Request> m_next;
    // The running build's token, shared with its thread.
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
