#pragma once

#include "history/HistoryFilter.h"
#include "history/export/HistoryExport.h"

#include <QAtomicInt>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

// A history export run in the background (HistoryExport on a worker thread) so
// the window stays alive for a million rows. It reads through a connection of
// its own (HistoryConnection, a clone of the store's, made and used on the
// worker thread), reports progress at most ~20 times a second, can be
// cancelled, and says how it ended in a sentence.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    // `storeConnection`: InvoiceStore::connectionName() of the open history.
    explicit ExportJob(const QString &storeConnection, QObject *parent = nullptr);
    // Cancels a running export and waits for it to end (its file removed).
    ~ExportJob() override;

    // Starts writing what `filter` shows to `path`; false when one is running.
    bool start(const HistoryFilter &filter, HistoryExport::Format format, const QString &path);
    bool isRunning() const;
    // The least time between two progress signals (default 50 ms: 20 a second;
    // 0: every HistoryExport::ProgressEvery rows).
    void setProgressIntervalMs(int ms) { m_intervalMs = ms; }
    // How the last export ended (valid after finished()).
    const HistoryExport::Result &result() const { return m_result; }

public slots:
    // Stops the running export soon; it finishes with ok false and no file.
    // Safe from any thread (also from a slot connected to progress directly).
    void cancel();

signals:
    // Emitted from the worker thread: queued to receivers on other threads.
    void progress(qint64 done, qint64 total);
    // On the job's own thread, once per start(). `path` is the file written
    // (empty unless ok); `message` says what happened, in every case.
    void finished(bool ok, const QString &message, const QString &path);

private:
    void onFinished();

    const QString m_storeConnection;
    QAtomicInt m_cancel{0};
    int m_intervalMs = 50;
    QFuture<HistoryExport::Result> m_future;
    QFutureWatcher<HistoryExport::Result> m_watcher;
    HistoryExport::Result m_result;
};
