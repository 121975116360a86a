#pragma once

#include <QLocale>

class CoinCatalogue;
class CoinChooser;
class ConsoleEngine;
class CredentialStore;
class CurrencyCatalogue;
class GatewayClient;
class GatewaySelector;
class HistoryReader;
class InvoiceCheckout;
class InvoiceHistoryModel;
class InvoiceStore;
class InvoiceValidator;
class ReceiptAutoPrint;
class ReceiptPrinter;
class ShiftBook;
class Reconciler;
class StatusPoller;
class TillSettings;
class TotalsCounter;
class TrainingGateway;

// What the cashier's window shows and drives, and nothing more: the window is
// handed these parts of the engine, never the engine itself, so what it can
// reach is written here. The composition root (main.cpp), the tests and the
// benchmark take them from one ConsoleEngine with of().
struct WindowParts
{
    QLocale locale;
    TillSettings *settings = nullptr;
    const CurrencyCatalogue *currencies = nullptr;
    const CoinCatalogue *coins = nullptr;
    const InvoiceValidator *validator = nullptr;
    // The sale.
    InvoiceCheckout *checkout = nullptr;
    CoinChooser *coinChooser = nullptr;
    // Following payments and settling unconfirmed sends.
    StatusPoller *poller = nullptr;
    Reconciler *reconciler = nullptr;
    // The history: its rows, the strip of the newest, totals, and the store
    // for one invoice's story.
    InvoiceStore *store = nullptr;
    InvoiceHistoryModel *history = nullptr;
    InvoiceHistoryModel *recent = nullptr;
    TotalsCounter *totals = nullptr;
    HistoryReader *historyReader = nullptr;
    // Which gateway, its keys, and the training gateway's outcomes.
    GatewaySelector *selector = nullptr;
    CredentialStore *credentials = nullptr;
    TrainingGateway *training = nullptr;
    const GatewayClient *client = nullptr;
    // The shop's day: receipts (by hand and by themselves), shifts and reports.
    ReceiptPrinter *receipts = nullptr;
    ReceiptAutoPrint *autoPrint = nullptr;
    ShiftBook *shifts = nullptr;

    static WindowParts of(ConsoleEngine &engine);
};
