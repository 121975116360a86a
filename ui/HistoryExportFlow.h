#pragma once

#include "history/HistoryFilter.h"
#include "history/export/HistoryExport.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class ExportJob;
class QWidget;

// What Export in the history does: asks where to write (CSV or Excel), writes
// what the filter shows in the background with a progress bar and Cancel, and
// says how it ended. The file appears only when complete (ExportJob).
class HistoryExportFlow : public QObject
{
    Q_OBJECT

public:
    // `storeConnection`: the open history's connection (cloned by the job).
    HistoryExportFlow(const QString &storeConnection, QWidget *window);

    // Asks for the file, then starts().
    void exportFiltered(const HistoryFilter &filter);
    // Starts writing without asking (the file dialog's answer, or a test's).
    bool start(const HistoryFilter &filter, HistoryExport::Format format, const QString &path);
    QProgressDialog *progressDialog() const { return m_progress; }
    ExportJob *job() const { return m_job; }

signals:
    // A sentence for the status bar (written, cancelled); failures also open
    // a message box, since nothing was written.
    void finished(bool ok, const QString &message);

private:
    QWidget *m_window;
    ExportJob *m_job;
    QPointer<QProgressDialog> m_progress;
};
