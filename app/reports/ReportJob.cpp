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
    m_watcher.waitForFinished();
}

void ReportJob::request(const Request &request)
{
    m_next = request;
    if (!m_watcher.isRunning())
        start();
}

void ReportJob::start()
{
    const Request request = *m_next;
    m_next.reset();
    const QString source = m_storeConnection;
    m_watcher.setFuture(QtConcurrent::run([source, request]() -> Answer {
        const HistoryConnection connection(source);
        if (!connection.isOpen())
            return {std::nullopt, connection.error()};
        const SalesReportBuilder builder(connection.name());
        auto report = builder.build(SalesReport::Kind::Period, request.from, request.to, request.zone, request.till,
                                    QDateTime::currentDateTimeUtc());
        return {report, report ? QString() : builder.lastError()};
    }));
}

void ReportJob::onFinished()
{
    const Answer answer = m_watcher.result();
    if (m_next) {
        start();
        return;
    }
    if (answer.report)
        emit ready(*answer.report);
    else
        emit failed(answer.error);
}
