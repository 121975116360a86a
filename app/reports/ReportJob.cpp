#include "reports/ReportJob.h"

#include "history/HistoryReader.h"
#include "reports/shifts/SalesReportBuilder.h"

#include <QtConcurrent>

ReportJob::ReportJob(const QString &storeConnection, QObject *parent)
    : QObject(parent), m_storeConnection(storeConnection)
{
    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this, &ReportJob::onFinished);
}

ReportJob::~ReportJob()
{
    // Closing the window: the report is not wanted; wait only for the build
    // to notice (its next row), not for it to count to the end.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ReportJob::request(const Request &request)
{
    m_next = request;
    if (!m_watcher.isRunning())
        start();
    else if (m_cancel)
        m_cancel->store(true); // superseded: its answer would be dropped anyway
}

void ReportJob::start()
{
    const Request request = *m_next;
    m_next.reset();
    const QString source = m_storeConnection;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run([source, request, cancel = m_cancel]() -> Answer {
        const HistoryConnection connection(source);
        if (!connection.isOpen())
            return {std::nullopt, connection.error()};
        const SalesReportBuilder builder(connection.name());
        auto report = builder.build(SalesReport::Kind::Period, request.from, request.to, request.zone, request.till,
                                    QDateTime::currentDateTimeUtc(), cancel.get());
        return {report, report ? QString() : builder.lastError(), builder.wasCancelled()};
    }));
}

void ReportJob::onFinished()
{
    const Answer answer = m_watcher.result();
    if (m_next) {
        start();
        return;
    }
    if (answer.cancelled)
        return; // only a newer request or the destructor cancels: nobody waits for this one
    if (answer.report)
        emit ready(*answer.report);
    else
        emit failed(answer.error);
}
