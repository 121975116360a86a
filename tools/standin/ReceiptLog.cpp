#include "ReceiptLog.h"

#include <QDateTime>
#include <QDir>

QString ReceiptLog::open(const QString &path)
{
    m_file.setFileName(path);
    // Unbuffered: each line reaches the file at once, whatever happens next.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return tr("The log file %1 could not be opened: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
    return QString();
}

void ReceiptLog::record(const QString &orderId)
{
    if (!m_file.isOpen())
        return;
    const QString line = orderId + QLatin1Char('\t')
            + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char('\n');
    m_file.write(line.toUtf8());
    m_file.flush();
}
