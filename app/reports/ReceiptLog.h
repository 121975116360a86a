#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// Every receipt printed, kept in the history (schema 8, receipt_prints): a
// receipt printed before is a reprint and says DUPLICATE, whichever console
// printed the first one, after any restart.
class ReceiptLog
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptLog)

public:
    // `connectionName`: the store's connection, used on the thread that opened it.
    explicit ReceiptLog(const QString &connectionName);

    // How many receipts of the invoice were printed; nullopt when the history
    // could not be read (lastError()).
    std::optional<int> timesPrinted(qint64 invoiceId) const;
    // Notes one print: `target` says where it went ("pdf:/path", "printer:NAME",
    // "escpos:host:9100"...), `duplicate` whether it said DUPLICATE.
    bool record(qint64 invoiceId, const QString &target, bool duplicate, const QDateTime &at);

    QString lastError() const { return m_lastError; }

private:
    QString m_connectionName;
    mutable QString m_lastError;
};
