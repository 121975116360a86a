#include "reports/ReceiptLog.h"

#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace InvoiceSchema;

ReceiptLog::ReceiptLog(const QString &connectionName) : m_connectionName(connectionName)
{
}

std::optional<int> ReceiptLog::timesPrinted(qint64 invoiceId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(ReceiptPrints, Col::InvoiceId));
    query.addBindValue(invoiceId);
    if (!query.exec() || !query.next()) {
        m_lastError = tr("The receipts printed could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    m_lastError.clear();
    return query.value(0).toInt();
}

bool ReceiptLog::record(qint64 invoiceId, const QString &target, bool duplicate, const QDateTime &at)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES (?, ?, ?, ?)")
                          .arg(ReceiptPrints, Col::InvoiceId, Col::PrintedAt, Col::Target, Col::Duplicate));
    query.addBindValue(invoiceId);
    query.addBindValue(InvoiceRow::utcText(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
    query.addBindValue(target);
    query.addBindValue(duplicate ? 1 : 0);
    if (!query.exec()) {
        m_lastError = tr("The receipt's print could not be noted: %1").arg(query.lastError().text());
        return false;
    }
    m_lastError.clear();
    return true;
}
