#pragma once

#include "gateway/GatewayResult.h"
#include "invoice/InvoiceFields.h"
#include "store/InvoiceRecord.h"

#include <QMainWindow>

class ConsoleEngine;
class HistoryView;
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
    explicit MainWindow(ConsoleEngine *engine, QWidget *parent = nullptr);

    InvoiceForm *form() const { return m_form; }
    PaymentPanel *paymentPanel() const { return m_panel; }
    HistoryView *historyView() const { return m_historyView; }
    TrainingBanner *trainingBanner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isShowingPayment() const;

public slots:
    void newSale();
    void showInvoice(qint64 invoiceId);
    void openSettings();

private:
    void onCreateRequested(const InvoiceFields &fields);
    void onResendRequested(qint64 invoiceId, const InvoiceFields &fields);
    void onInvoiceOpened(const InvoiceRecord &record);
    void onInvoiceNotCreated(const InvoiceRecord &record, const GatewayResult &result);
    void editForResend(qint64 invoiceId);
    void onModeChanged(bool training);
    void createMenus();

    ConsoleEngine *m_engine;
    TrainingBanner *m_banner;
    QTabWidget *m_tabs;
    QStackedWidget *m_saleStack;
    InvoiceForm *m_form;
    PaymentPanel *m_panel;
    HistoryView *m_historyView;
};
