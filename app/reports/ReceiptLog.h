#pragma once

#include "store/InvoiceRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// Every receipt printed, kept in the history (schema 8, receipt_prints), and
// every receipt being printed (a claim), whichever console prints it, across
// restarts. A receipt is a DUPLICATE when a receipt of the same kind — paid,
// underpaid, or not paid — has come out of a printer before: a bill printed
// before the payment is no copy of the paid receipt, and a file (a PDF, ESC/POS
// bytes kept in a file) is no paper in a customer's hand, so it is logged but
// makes no later receipt a duplicate.
class ReceiptLog
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptLog)

public:
    // What a receipt is worth: only one of the same kind is its original.
    enum class Kind { Paid, Underpaid, NotPaid };
    static Kind kindOf(InvoiceState state);

    // Asked: someone wants this receipt (a cashier, the command line).
    // PaidByItself: the receipt of a payment just seen, printed with no one
    // asking; only if no paid receipt of the invoice was made or is being
    // made, by any console, to a printer or a file.
    enum class Request { Asked, PaidByItself };

    // A claim this old was left by a console that stopped while printing (a
    // crash, a power cut): it counts for nothing.
    static constexpr qint64 ClaimLifetimeSecs = 5 * 60;

    struct Claim {
        enum class Outcome {
            Claimed, // print it: `row` is the claim, `invoice` as read under it
            Wait,    // another console is printing a paper of this kind: ask again
            Skip,    // PaidByItself: not paid, or its paid receipt is made or being made
            Failed,  // lastError()
        };
        Outcome outcome = Outcome::Failed;
        qint64 row = -1;
        bool duplicate = false;
        InvoiceRecord invoice;
    };

    // `connectionName`: the store's connection, used on the thread that opened it.
    explicit ReceiptLog(const QString &connectionName);

    // Decides, and claims, in one write transaction (on SQLite BEGIN IMMEDIATE:
    // the write lock before the first read): reads the invoice, looks for
    // earlier receipts of its kind, and notes this one as being printed. Two
    // consoles claiming at once are taken one after the other, the second
    // seeing the first's claim. `paper`: it goes to a printer, not to a file.
    // `waitForClaims` (Asked): another console's fresh paper claim of the kind
    // answers Wait rather than counting as printed, so that a print that then
    // fails does not leave this one a DUPLICATE.
    Claim claim(qint64 invoiceId, const QString &target, bool paper, Request request, bool waitForClaims,
                const QDateTime &now);
    // The claimed receipt came out.
    bool confirm(qint64 row, const QDateTime &at);
    // It did not: as if never claimed.
    bool release(qint64 row);

    // Whether a receipt of the invoice printed now would be a duplicate
    // (counting prints on their way); nullopt when the history could not be read.
    std::optional<bool> isDuplicate(const InvoiceRecord &invoice, const QDateTime &now) const;
    // How many receipts of the invoice were made, on paper or as files;
    // nullopt when the history could not be read (lastError()).
    std::optional<int> timesPrinted(qint64 invoiceId) const;
    // Notes a receipt made, of the invoice's state now: `target` says where it
    // went ("pdf:/path", "printer:NAME", "escpos:host:9100"...), `duplicate`
    // whether it said DUPLICATE, `paper` whether it went to a printer.
    bool record(qint64 invoiceId, const QString &target, bool duplicate, const QDateTime &at, bool paper = true);

    QString lastError() const { return m_lastError; }

private:
    struct Print {
        InvoiceState state = InvoiceState::Unknown; // what the paper said
        Kind kind = Kind::NotPaid;
        bool paper = true;
        bool printed = true; // false: a claim
        QDateTime at;
    };
    // The invoice's prints, without the claims a stopped console left.
    std::optional<QList<Print>> prints(qint64 invoiceId, const QDateTime &now) const;
    bool begin() const;
    bool commit() const;
    void rollback() const;
    bool fail(const QString &error) const;

    QString m_connectionName;
    mutable QString m_lastError;
};
