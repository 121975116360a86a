#include "reports/ReceiptLog.h"

#include "store/WriteLock.h"

#include "history/HistoryQuery.h"
#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace InvoiceSchema;

namespace {
const QString Printing = QStringLiteral("printing");
const QString Printed = QStringLiteral("printed");
} // namespace

ReceiptLog::ReceiptLog(const QString &connectionName) : m_connectionName(connectionName)
{
}

ReceiptLog::Kind ReceiptLog::kindOf(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Paid:
    case InvoiceState::PaidLate:
        return Kind::Paid;
    case InvoiceState::Underpaid:
        return Kind::Underpaid;
    default:
        // Open, expired, unconfirmed, a payment seen but not confirmed, a
        // conflict...: a receipt that proves no payment.
        return Kind::NotPaid;
    }
}

bool ReceiptLog::fail(const QString &error) const
{
    m_lastError = error;
    return false;
}

bool ReceiptLog::begin() const
{
    // The write lock from the first read: two consoles cannot both read "no
    // receipt yet" and both print the original (as ShiftBook for Z numbers).
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString error = WriteLock::begin(db, ReceiptPrints);
    return error.isEmpty() || fail(error);
}

bool ReceiptLog::commit() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString error = WriteLock::commit(db);
    return error.isEmpty() || fail(error);
}

void ReceiptLog::rollback() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    WriteLock::rollback(db);
}

std::optional<QList<ReceiptLog::Print>> ReceiptLog::prints(qint64 invoiceId, const QDateTime &now) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE %6 = ?")
                          .arg(Col::State, Col::Paper, Col::Status, Col::PrintedAt, ReceiptPrints, Col::InvoiceId));
    query.addBindValue(invoiceId);
    if (!query.exec()) {
        fail(tr("The receipts printed could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    const QDateTime stale = now.addSecs(-ClaimLifetimeSecs);
    QList<Print> result;
    while (query.next()) {
        Print print;
        print.state = InvoiceStates::fromStorageName(query.value(0).toString()).value_or(InvoiceState::Unknown);
        print.kind = kindOf(print.state);
        print.paper = query.value(1).toInt() != 0;
        print.printed = query.value(2).toString() == Printed;
        print.at = InvoiceRow::fromUtcText(query.value(3).toString());
        if (print.printed || print.at > stale)
            result.append(print);
    }
    if (query.lastError().isValid()) {
        fail(tr("The receipts printed could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    m_lastError.clear();
    return result;
}

ReceiptLog::Claim ReceiptLog::claim(qint64 invoiceId, const QString &target, bool paper, Request request,
                                    bool waitForClaims, const QDateTime &now)
{
    Claim claim;
    if (!begin()) {
        m_lastError = tr("The receipt's print could not be noted: %1").arg(m_lastError);
        return claim;
    }
    const auto failed = [this, &claim](const QString &error) {
        rollback();
        fail(error);
        claim.outcome = Claim::Outcome::Failed;
        return claim;
    };
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        // The invoice as it is now, under the lock: the receipt prints the
        // state its claim names.
        QSqlQuery read(db);
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(Invoices, Col::Id));
        read.addBindValue(invoiceId);
        if (!read.exec())
            return failed(tr("The invoice history could not be read: %1").arg(read.lastError().text()));
        if (!read.next()) {
            return failed(read.lastError().isValid()
                                  ? tr("The invoice history could not be read: %1").arg(read.lastError().text())
                                  : tr("This invoice is not in the history."));
        }
        claim.invoice = InvoiceRowReader(read.record()).read(read);
    }
    const std::optional<QList<Print>> earlier = prints(invoiceId, now);
    if (!earlier)
        return failed(m_lastError);

    const Kind kind = kindOf(claim.invoice.state);
    bool printedPaper = false;
    bool claimedPaper = false;
    bool anyPaid = false;
    for (const Print &print : *earlier) {
        anyPaid = anyPaid || print.kind == Kind::Paid;
        // A copy only of paper that said the same: a bill (waiting for
        // payment) is not the original of the expired, unconfirmed or paid
        // receipt that follows it.
        if (print.state != claim.invoice.state || !print.paper)
            continue;
        printedPaper = printedPaper || print.printed;
        claimedPaper = claimedPaper || !print.printed;
    }
    if (request == Request::PaidByItself && (kind != Kind::Paid || anyPaid)) {
        rollback();
        claim.outcome = Claim::Outcome::Skip;
        return claim;
    }
    if (!printedPaper && claimedPaper && waitForClaims) {
        rollback();
        claim.outcome = Claim::Outcome::Wait;
        return claim;
    }
    claim.duplicate = printedPaper || claimedPaper;

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8) VALUES (?, ?, ?, ?, ?, ?, ?)")
                           .arg(ReceiptPrints, Col::InvoiceId, Col::PrintedAt, Col::Target, Col::Duplicate, Col::State,
                                Col::Paper, Col::Status));
    for (const QVariant &value : QVariantList{invoiceId, InvoiceRow::utcText(now), target, claim.duplicate ? 1 : 0,
                                              InvoiceStates::storageName(claim.invoice.state), paper ? 1 : 0, Printing})
        insert.addBindValue(value);
    if (!insert.exec())
        return failed(tr("The receipt's print could not be noted: %1").arg(insert.lastError().text()));
    claim.row = insert.lastInsertId().toLongLong();
    insert.finish();
    if (!commit()) {
        claim.outcome = Claim::Outcome::Failed;
        m_lastError = tr("The receipt's print could not be noted: %1").arg(m_lastError);
        return claim;
    }
    m_lastError.clear();
    claim.outcome = Claim::Outcome::Claimed;
    return claim;
}

bool ReceiptLog::confirm(qint64 row, const QDateTime &at)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE %4 = ?").arg(ReceiptPrints, Col::Status, Col::PrintedAt, Col::Id));
    query.addBindValue(Printed);
    query.addBindValue(InvoiceRow::utcText(at));
    query.addBindValue(row);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return fail(tr("The receipt's print could not be noted: %1")
                            .arg(query.lastError().isValid() ? query.lastError().text() : tr("its claim is gone")));
    }
    m_lastError.clear();
    return true;
}

bool ReceiptLog::release(qint64 row)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 = ?").arg(ReceiptPrints, Col::Id, Col::Status));
    query.addBindValue(row);
    query.addBindValue(Printing);
    if (!query.exec())
        return fail(tr("The receipt's print could not be noted: %1").arg(query.lastError().text()));
    m_lastError.clear();
    return true;
}

std::optional<bool> ReceiptLog::isDuplicate(const InvoiceRecord &invoice, const QDateTime &now) const
{
    const std::optional<QList<Print>> earlier = prints(invoice.id, now);
    if (!earlier)
        return std::nullopt;
    for (const Print &print : *earlier) {
        if (print.state == invoice.state && print.paper)
            return true;
    }
    return false;
}

std::optional<int> ReceiptLog::timesPrinted(qint64 invoiceId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = ?").arg(ReceiptPrints, Col::InvoiceId, Col::Status));
    query.addBindValue(invoiceId);
    query.addBindValue(Printed);
    if (!query.exec() || !query.next()) {
        m_lastError = tr("The receipts printed could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    m_lastError.clear();
    return query.value(0).toInt();
}

bool ReceiptLog::record(qint64 invoiceId, const QString &target, bool duplicate, const QDateTime &at, bool paper)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // The state is the invoice's own, read by the same statement.
    query.prepare(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8) SELECT %9, ?, ?, ?, %6, ?, ? FROM %10 WHERE %9 = ?")
                          .arg(ReceiptPrints, Col::InvoiceId, Col::PrintedAt, Col::Target, Col::Duplicate, Col::State,
                               Col::Paper, Col::Status, Col::Id)
                          .arg(Invoices));
    query.addBindValue(InvoiceRow::utcText(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
    query.addBindValue(target);
    query.addBindValue(duplicate ? 1 : 0);
    query.addBindValue(paper ? 1 : 0);
    query.addBindValue(Printed);
    query.addBindValue(invoiceId);
    if (!query.exec()) {
        m_lastError = tr("The receipt's print could not be noted: %1").arg(query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_lastError = tr("The receipt's print could not be noted: %1").arg(tr("the invoice is not in the history"));
        return false;
    }
    m_lastError.clear();
    return true;
}
