#pragma once

#include "reports/PrintDestination.h"
#include "reports/ReceiptDocument.h"
#include "reports/ReceiptLog.h"

#include <QLocale>
#include <QObject>
#include <QSet>
#include <optional>

class InvoiceStore;
class TillSettings;

// Prints an invoice's receipt, the same way for the window, the command line
// and the printing that follows a payment: the first receipt of an invoice is
// the original, every later one says DUPLICATE (the history's receipt log
// knows, across restarts). A print is logged only once it was made; a failed
// one leaves the next print an original.
class ReceiptPrinter : public QObject
{
    Q_OBJECT

public:
    ReceiptPrinter(InvoiceStore *store, TillSettings *settings, const QLocale &locale, QObject *parent = nullptr);
    ~ReceiptPrinter() override;

    // The receipt as it would be printed now. nullopt with `error` when the
    // invoice cannot be read.
    std::optional<PrintDocument> document(qint64 invoiceId, ReceiptDocument::Copy *copy, QString *error) const;
    // Prints it; `finished` follows, at once for a PDF or a system printer,
    // once the last byte is out for a thermal printer.
    void print(qint64 invoiceId, const PrintDestination &destination);
    bool isPrinting(qint64 invoiceId) const { return m_inFlight.contains(invoiceId); }

signals:
    // `error` is empty when the receipt was printed; `duplicate` whether it said so.
    void finished(qint64 invoiceId, bool duplicate, const QString &error);

private:
    void done(qint64 invoiceId, const PrintDestination &destination, bool duplicate, const QString &error);

    InvoiceStore *m_store;
    TillSettings *m_settings;
    QLocale m_locale;
    ReceiptLog m_log;
    QSet<qint64> m_inFlight;
};

// Prints the receipt of an invoice that turns paid, with no dialog, when
// Settings ask for it; an invoice already printed is left alone, so a payment
// seen twice (or by two consoles) prints once.
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

    InvoiceStore *m_store;
    TillSettings *m_settings;
    ReceiptPrinter *m_printer;
    ReceiptLog m_log;
    // Only invoices that turned paid after the console started print by
    // themselves: switching the setting on does not print last year's sales.
    QDateTime m_since;
    QSet<qint64> m_started; // its own prints, whose failures it reports
};
