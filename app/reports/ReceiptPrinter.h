#pragma once

#include "reports/PrintDestination.h"
#include "reports/ReceiptDocument.h"
#include "reports/ReceiptLog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QObject>
#include <optional>

class InvoiceStore;
class TillSettings;

// Prints an invoice's receipt, the same way for the window, the command line
// and the printing that follows a payment. The first receipt of each kind
// (paid, underpaid, not paid) to come out of a printer is the original, every
// later one says DUPLICATE, whichever console printed it, after any restart
// (ReceiptLog). Prints of one invoice are taken one at a time: a second print
// asked for while the first is on its way waits for it, and only then is known
// to be an original or a copy, so a first print that fails leaves the next one
// the original.
class ReceiptPrinter : public QObject
{
    Q_OBJECT

public:
    using Request = ReceiptLog::Request;
    // While another console prints a paper of this kind (its claim in the
    // history), a print asked for here asks again this often...
    static constexpr int ClaimPollMs = 250;
    // ...for this long at most; then that print counts as made.
    static constexpr int ClaimWaitMs = 30000;

    ReceiptPrinter(InvoiceStore *store, TillSettings *settings, const QLocale &locale, QObject *parent = nullptr);
    // A print still on its way is dropped, its claim taken back.
    ~ReceiptPrinter() override;

    // The receipt as it would be printed now (a preview). nullopt with
    // `error` when the invoice cannot be read.
    std::optional<PrintDocument> document(qint64 invoiceId, ReceiptDocument::Copy *copy, QString *error) const;
    // Prints it, after the invoice's earlier prints; `finished` follows, for
    // a PDF or a system printer once written, for a thermal printer once the
    // last byte is out. PaidByItself: `skipped` instead when the invoice is
    // not paid or its paid receipt is made or being made.
    void print(qint64 invoiceId, const PrintDestination &destination, Request request = Request::Asked);
    // A print of the invoice is on its way or waiting for one.
    bool isPrinting(qint64 invoiceId) const { return m_queues.contains(invoiceId); }

signals:
    // `error` is empty when the receipt was printed; `duplicate` whether it
    // said so; `byItself` whether it was a PaidByItself print.
    void finished(qint64 invoiceId, bool duplicate, const QString &error, bool byItself);
    void skipped(qint64 invoiceId);

private:
    struct Job {
        PrintDestination destination;
        Request request = Request::Asked;
        QElapsedTimer waiting; // since another console's claim was first seen
        qint64 claim = -1;     // its row in the receipt log, once claimed
    };
    void attempt(qint64 invoiceId);
    void done(qint64 invoiceId, bool duplicate, const QString &error);
    void next(qint64 invoiceId);

    InvoiceStore *m_store;
    TillSettings *m_settings;
    QLocale m_locale;
    ReceiptLog m_log;
    // Per invoice, its prints in the order asked; the first is on its way.
    QHash<qint64, QList<Job>> m_queues;
};

// Prints the receipt of an invoice that turns paid, with no dialog, when
// Settings ask for it; an invoice whose paid receipt was printed (or is being
// printed, by this console or another) is left alone, so a payment seen twice,
// or by two consoles, prints once.
class ReceiptAutoPrint : public QObject
{
    Q_OBJECT

public:
    ReceiptAutoPrint(InvoiceStore *store, TillSettings *settings, ReceiptPrinter *printer, QObject *parent = nullptr);
    // Off until the program follows payments (a command-line run prints only
    // what it is asked to); from then on, invoices that turn paid print.
    void activate();
    bool isActive() const { return m_since.isValid(); }

signals:
    // A receipt that printed by itself could not be printed: the window says so.
    void problem(const QString &sentence);

private:
    void onChanged(qint64 id);
    bool turnedPaidSinceActive(qint64 id) const;

    InvoiceStore *m_store;
    TillSettings *m_settings;
    ReceiptPrinter *m_printer;
    // Only invoices that turned paid after the console started print by
    // themselves: switching the setting on does not print last year's sales,
    // nor does an invoice paid before the start that is seen again.
    QDateTime m_since;
};
