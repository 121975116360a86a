#include "ReceiptFlow.h"

#include "reports/ReceiptPrinter.h"
#include "settings/TillSettings.h"
#include "store/InvoiceStore.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

ReceiptFlow::ReceiptFlow(ReceiptPrinter *printer, const InvoiceStore *store, TillSettings *settings, QWidget *window)
    : QObject(window), m_printer(printer), m_store(store), m_settings(settings), m_window(window)
{
    connect(printer, &ReceiptPrinter::finished, this, &ReceiptFlow::onFinished);
}

QMenu *ReceiptFlow::menuFor(QWidget *parent, const std::function<qint64()> &invoiceId)
{
    auto *menu = new QMenu(parent);
    //: Receipt menu: print on the till's receipt printer
    menu->addAction(tr("&Print receipt"), this, [this, invoiceId] { print(invoiceId()); });
    //: Receipt menu: choose a printer in the system's print dialog
    menu->addAction(tr("Print on &another printer…"), this, [this, invoiceId] { printWithDialog(invoiceId()); });
    menu->addAction(tr("&Save receipt as PDF…"), this, [this, invoiceId] { savePdf(invoiceId()); });
    return menu;
}

void ReceiptFlow::print(qint64 invoiceId)
{
    if (invoiceId < 0)
        return;
    const std::optional<PrintDestination> destination = PrintDestination::fromChoice(m_settings->receiptPrinter());
    if (!destination) {
        // No receipt printer chosen yet: the system's dialog, as any program would.
        printWithDialog(invoiceId);
        return;
    }
    m_asked << invoiceId;
    emit message(tr("Printing the receipt on %1…").arg(destination->displayName()));
    m_printer->print(invoiceId, *destination);
}

void ReceiptFlow::printWithDialog(qint64 invoiceId)
{
    if (invoiceId < 0)
        return;
    QPrinter printer;
    const QString chosen = m_settings->receiptPrinter().systemPrinter;
    if (!chosen.isEmpty())
        printer.setPrinterName(chosen);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_asked << invoiceId;
    if (printer.outputFormat() == QPrinter::PdfFormat) {
        m_printer->print(invoiceId, PrintDestination::pdf(printer.outputFileName()));
        return;
    }
    m_printer->print(invoiceId, PrintDestination::systemPrinter(printer.printerName()));
}

void ReceiptFlow::savePdf(qint64 invoiceId)
{
    if (invoiceId < 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const std::optional<InvoiceRecord> invoice = m_store->find(invoiceId);
    const QString order = invoice ? invoice->fields.orderId : QString::number(invoiceId);
    //: The suggested file name of a saved receipt; %1 is the order number
    const QString suggested = QDir(folder).filePath(tr("receipt-%1.pdf").arg(order));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save receipt as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    m_asked << invoiceId;
    m_printer->print(invoiceId, PrintDestination::pdf(path));
}

void ReceiptFlow::onFinished(qint64 invoiceId, bool duplicate, const QString &error)
{
    const bool asked = m_asked.removeOne(invoiceId);
    if (!error.isEmpty()) {
        emit message(error);
        if (asked && m_window)
            QMessageBox::warning(m_window, tr("Receipt not printed"), error);
        return;
    }
    emit message(duplicate ? tr("A duplicate receipt was printed.") : tr("The receipt was printed."));
}
