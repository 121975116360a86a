#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QWidget;
class InvoiceStore;
class ReceiptPrinter;
class TillSettings;

// What the window does when a cashier asks for a receipt: print it on the
// till's receipt printer (or, with none set up, choose a printer in the
// system's print dialog), print it on another printer, or save it as a PDF.
// The outcome is one sentence for the status bar; a failure the cashier asked
// for is shown in a message box, where they look.
class ReceiptFlow : public QObject
{
    Q_OBJECT

public:
    ReceiptFlow(ReceiptPrinter *printer, const InvoiceStore *store, TillSettings *settings, QWidget *window);

    // A menu of the three ways, for the invoice `invoiceId()` returns when
    // chosen (the panel's, or the history's selected row).
    QMenu *menuFor(QWidget *parent, const std::function<qint64()> &invoiceId);

public slots:
    void print(qint64 invoiceId);
    void printWithDialog(qint64 invoiceId);
    void savePdf(qint64 invoiceId);

signals:
    void message(const QString &sentence);

private:
    void onFinished(qint64 invoiceId, bool duplicate, const QString &error);

    ReceiptPrinter *m_printer;
    const InvoiceStore *m_store;
    TillSettings *m_settings;
    QPointer<QWidget> m_window;
    // Receipts asked for here (not the ones that print by themselves).
    QList<qint64> m_asked;
};
