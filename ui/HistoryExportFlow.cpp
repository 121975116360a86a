#include "HistoryExportFlow.h"

#include "history/export/ExportJob.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

HistoryExportFlow::HistoryExportFlow(const QString &storeConnection, QWidget *window)
    : QObject(window), m_window(window), m_job(new ExportJob(storeConnection, this))
{
    connect(m_job, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        // QProgressDialog counts in int: a share of a thousand is precise enough.
        m_progress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
        m_progress->setLabelText(tr("Writing invoice %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_job, &ExportJob::finished, this, [this](bool ok, const QString &message, const QString &) {
        if (m_progress) {
            m_progress->reset();
            m_progress->deleteLater();
        }
        if (!ok && m_job->result().status == HistoryExport::Result::Status::Failed)
            QMessageBox::warning(m_window, tr("Export failed"), message);
        emit finished(ok, message);
    });
}

void HistoryExportFlow::exportFiltered(const HistoryFilter &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString csv = tr("CSV file (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString chosen = csv;
    //: Suggested name of an exported history file; %1 is today's date
    const QString name = tr("invoices-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export invoices"), QDir(folder).filePath(name),
                                                csv + QStringLiteral(";;") + xlsx, &chosen);
    if (path.isEmpty())
        return;
    auto format = HistoryExport::formatOf(path);
    if (!format) {
        // A name without the ending: the type chosen in the dialog gives it.
        format = chosen == xlsx ? HistoryExport::Format::Xlsx : HistoryExport::Format::Csv;
        path += QLatin1Char('.') + HistoryExport::suffix(*format);
    }
    start(filter, *format, path);
}

bool HistoryExportFlow::start(const HistoryFilter &filter, HistoryExport::Format format, const QString &path)
{
    if (!m_job->start(filter, format, path))
        return false;
    m_progress = new QProgressDialog(tr("Writing invoices…"), tr("Cancel"), 0, 1000, m_window);
    m_progress->setWindowTitle(tr("Export invoices"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300); // a small export needs no window
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ExportJob::cancel);
    m_progress->setValue(0);
    return true;
}
