#pragma once

#include "checkout/CoinChooser.h"
#include "checkout/GatewaySelector.h"
#include "checkout/InvoiceCheckout.h"
#include "checkout/LiveSenders.h"
#include "checkout/PendingWrites.h"
#include "checkout/Reconciler.h"
#include "checkout/StatusPoller.h"
#include "gateway/GatewayClient.h"
#include "invoice/CoinCatalogue.h"
#include "invoice/CurrencyCatalogue.h"
#include "invoice/InvoiceValidator.h"
#include "invoice/OrderIdGenerator.h"
#include "settings/CredentialStore.h"
#include "settings/TillSettings.h"
#include "history/InvoiceHistoryModel.h"
#include "history/TotalsCounter.h"
#include "reports/ReceiptPrinter.h"
#include "reports/shifts/ShiftBook.h"
#include "store/InvoiceStore.h"
#include "training/TrainingGateway.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <memory>

class QSettings;

// The engine assembled: every collaborator built once, in dependency order, and
// owned here. The program, the tests and the benchmark all start from this, so
// they run the same wiring; only where the files live and which keychain is used
// differ between them.
class ConsoleEngine
{
public:
    struct Config {
        QString dataDir;         // history and key file live here
        QSettings *settings = nullptr;
        CredentialStore::Mode keyMode = CredentialStore::Mode::KeychainFirst;
        QString keychainService = QStringLiteral("merchant-console");
        QLocale locale;
    };

    explicit ConsoleEngine(const Config &config);
    ~ConsoleEngine();

    // Opens the history and starts the training gateway; returns an error text
    // for the cashier, or an empty string.
    QString start();
    QString historyPath() const;
    // Settles what a crash left open, then follows payments (the program calls
    // this once its window is up; tests may drive the poller by hand instead).
    void startFollowingPayments();

    const QLocale locale;
    TillSettings settings;
    InvoiceStore store;
    LiveSenders senders;
    QNetworkAccessManager network;
    TrainingGateway training;
    GatewayClient client{&network};
    CredentialStore credentials;
    GatewaySelector selector;
    const CurrencyCatalogue currencies;
    const CoinCatalogue coins;
    const InvoiceValidator validator{&currencies, &coins};
    const OrderIdGenerator orderIds;
    PendingWrites writes{&store};
    InvoiceCheckout checkout;
    CoinChooser coinChooser;
    StatusPoller poller;
    Reconciler reconciler;
    // Read the store: made in start(). `history` pages through it all, `recent`
    // is the sale screen's few newest rows of the same history.
    static constexpr int RecentCount = 5;
    std::unique_ptr<InvoiceHistoryModel> history;
    std::unique_ptr<InvoiceHistoryModel> recent;
    std::unique_ptr<TotalsCounter> totals;
    // Questions to the history on this thread (currencies, a row's filter).
    HistoryReader historyReader{store.connectionName()};
    // The shop's day: receipts, shifts and their X and Z reports (made in start()).
    std::unique_ptr<ReceiptPrinter> receipts;
    std::unique_ptr<ShiftBook> shifts;
    // Prints paid invoices' receipts by themselves when Settings ask, once
    // startFollowingPayments() has switched it on (the program does; a
    // command-line run prints only what it is asked to).
    std::unique_ptr<ReceiptAutoPrint> autoPrint;

private:
    void applyPollingSettings();
    void adoptLegacyInvoices();
    void keepSettingsPrivate();
    QString m_dataDir;
    QSettings *m_qsettings = nullptr;
    QString m_settingsFile;
    bool m_following = false;
};
