#include "history/export/ExportJob.h"

#include "history/HistoryReader.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

ExportJob::ExportJob(const QString &storeConnection, QObject *parent)
    : QObject(parent), m_storeConnection(storeConnection)
{
    connect(&m_watcher, &QFutureWatcher<HistoryExport::Result>::finished, this, &ExportJob::onFinished);
}

ExportJob::~ExportJob()
{
    cancel();
    m_watcher.disconnect(this);
    m_future.waitForFinished();
}

bool ExportJob::isRunning() const
{
    return m_future.isRunning();
}

void ExportJob::cancel()
{
    m_cancel.storeRelaxed(1);
}

bool ExportJob::start(const HistoryFilter &filter, HistoryExport::Format format, const QString &path)
{
    if (isRunning())
        return false;
    m_cancel.storeRelaxed(0);
    m_result = HistoryExport::Result();
    const QString storeConnection = m_storeConnection;
    const int intervalMs = m_intervalMs;
    m_future = QtConcurrent::run([this, storeConnection, intervalMs, filter, format, path]() {
        // Qt Sql connections belong to the thread that made them: this one is
        // made, used and closed here.
        HistoryConnection connection(storeConnection);
        if (!connection.isOpen()) {
            HistoryExport::Result result;
            result.message = HistoryExport::tr("The invoice history could not be opened for the export: %1")
                                     .arg(connection.error());
            return result;
        }
        const HistoryReader reader(connection.name());
        QElapsedTimer clock;
        clock.start();
        qint64 last = -1;
        return HistoryExport::toFile(reader, filter, format, path, [&](qint64 done, qint64 total) {
            if (m_cancel.loadRelaxed())
                return false;
            const qint64 now = clock.elapsed();
            if (last < 0 || done >= total || now - last >= intervalMs) {
                last = now;
                emit progress(done, total);
            }
            return !m_cancel.loadRelaxed();
        });
    });
    m_watcher.setFuture(m_future);
    return true;
}

void ExportJob::onFinished()
{
    m_result = m_future.result();
    emit finished(m_result.ok(), m_result.message, m_result.path);
}
