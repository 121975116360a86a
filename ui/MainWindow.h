#pragma once

#include "checkout/InvoiceCheckout.h"
#include "gateway/GatewayResult.h"
#include "invoice/InvoiceFields.h"
#include "store/InvoiceRecord.h"
#include "WindowParts.h"

#include <QMainWindow>

class CustomerDisplay;
class PaymentNotifier;
class QLabel;
class RecentInvoices;
class HistoryExportFlow;
class HistoryView;
class ReceiptFlow;
class ShiftView;
class InvoiceForm;
class PaymentPanel;
class QStackedWidget;
class QTabWidget;
class TrainingBanner;

// The cashier's window: the sale (form, then the QR code) and the history in two
// tabs, with the training banner above them whenever no real money moves.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const WindowParts &parts, QWidget *parent = nullptr);
    ~MainWindow() override;

    InvoiceForm *form() const { return m_form; }
    PaymentPanel *paymentPanel() const { return m_panel; }
    HistoryView *historyView() const { return m_historyView; }
    TrainingBanner *trainingBanner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    CustomerDisplay *customerDisplay() const { return m_customer; }
    PaymentNotifier *notifier() const { return m_notifier; }
    RecentInvoices *recentInvoices() const { return m_recent; }
    QLabel *pollStatus() const { return m_pollStatus; }
    HistoryExportFlow *exportFlow() const { return m_export; }
    ReceiptFlow *receiptFlow() const { return m_receipts; }
    ShiftView *shiftView() const { return m_shiftView; }
    // The invoice a receipt is for: the one on the sale screen, or the
    // history's selected row when the history is shown; -1 for none.
    qint64 receiptInvoiceId() const;
    bool isShowingPayment() const;

public slots:
    void newSale();
    void showInvoice(qint64 invoiceId);
    // The invoice's whole story (fields, changes, answers, its code again).
    void showDetails(qint64 invoiceId);
    void openSettings();
    void setCustomerDisplayShown(bool shown);

private:
    void onCreateRequested(const InvoiceFields &fields);
    void onResendRequested(qint64 invoiceId, const InvoiceFields &fields);
    // Shows why a submission was not accepted; true when it was not.
    bool showRefusal(const InvoiceCheckout::Submission &submission);
    void onInvoiceOpened(const InvoiceRecord &record);
    void onInvoiceNotCreated(const InvoiceRecord &record, const GatewayResult &result);
    void editForResend(qint64 invoiceId);
    // The one place that changes what the sale tab shows: `onPanel` on the
    // payment panel, or the form when null. The customer display follows it:
    // the same invoice as the panel (or idle when that invoice is nothing for
    // the customer), idle while the form is up; never another invoice.
    void setSaleScreen(const InvoiceRecord *onPanel);
    // After a send whose answer was lost: ask the gateway about that invoice.
    void checkAgain(qint64 invoiceId);
    void onReconciled();
    QString stillUnconfirmedText(const InvoiceRecord &record) const;
    void onModeChanged(bool training);
    void onPaymentChanged(const InvoiceRecord &record, InvoiceState previous);
    void onOutcomeChosen(int outcome);
    void placeCustomerDisplay();
    void createMenus();

    const WindowParts m_parts;
    TrainingBanner *m_banner;
    QTabWidget *m_tabs;
    QStackedWidget *m_saleStack;
    InvoiceForm *m_form;
    PaymentPanel *m_panel;
    HistoryView *m_historyView;
    HistoryExportFlow *m_export;
    ReceiptFlow *m_receipts;
    ShiftView *m_shiftView;
    RecentInvoices *m_recent;
    CustomerDisplay *m_customer;
    PaymentNotifier *m_notifier;
    QLabel *m_pollStatus;
    QAction *m_customerAction = nullptr;
    qint64 m_checkingId = -1;   // the unconfirmed invoice Check again asks about
    bool m_checkAsked = false;  // reconcileOne() was called for it (not a round already running)
};
