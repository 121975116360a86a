#pragma once

#include "gateway/GatewayResult.h"
#include "invoice/InvoiceFields.h"
#include "store/InvoiceRecord.h"

#include <QLocale>
#include <QMainWindow>

class CoinCatalogue;
class CredentialStore;
class CurrencyCatalogue;
class GatewaySelector;
class HistoryView;
class InvoiceCheckout;
class InvoiceForm;
class InvoiceHistoryModel;
class InvoiceStore;
class InvoiceValidator;
class PaymentPanel;
class QStackedWidget;
class QTabWidget;
class TillSettings;
class TrainingBanner;

// The cashier's window: the sale (form, then the QR code) and the history in two
// tabs, with the training banner above them whenever no real money moves.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What the window works with; built by the composition root (or a test).
    struct Services {
        InvoiceCheckout *checkout = nullptr;
        InvoiceStore *store = nullptr;
        InvoiceHistoryModel *history = nullptr;
        TillSettings *settings = nullptr;
        CredentialStore *credentials = nullptr;
        GatewaySelector *gateway = nullptr;
        const CurrencyCatalogue *currencies = nullptr;
        const CoinCatalogue *coins = nullptr;
        const InvoiceValidator *validator = nullptr;
        QLocale locale;
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);

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

    Services m_services;
    TrainingBanner *m_banner;
    QTabWidget *m_tabs;
    QStackedWidget *m_saleStack;
    InvoiceForm *m_form;
    PaymentPanel *m_panel;
    HistoryView *m_historyView;
};
