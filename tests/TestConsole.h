#pragma once

// A whole console wired as main.cpp wires it, but against a temporary folder (its
// own settings, history file and key file) and the training gateway on loopback.
#include "MainWindow.h"
#include "checkout/GatewaySelector.h"
#include "checkout/InvoiceCheckout.h"
#include "gateway/GatewayClient.h"
#include "invoice/CoinCatalogue.h"
#include "invoice/CurrencyCatalogue.h"
#include "invoice/InvoiceValidator.h"
#include "invoice/OrderIdGenerator.h"
#include "settings/CredentialStore.h"
#include "settings/TillSettings.h"
#include "store/InvoiceHistoryModel.h"
#include "store/InvoiceStore.h"
#include "training/TrainingGateway.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <memory>

struct TestConsole
{
    QTemporaryDir dir;
    QLocale locale{QLocale::English, QLocale::UnitedStates};
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    TillSettings settings{&qsettings};
    InvoiceStore store;
    QNetworkAccessManager network;
    TrainingGateway training;
    GatewayClient client{&network};
    CredentialStore credentials{QStringLiteral("merchant-console-test"), dir.filePath(QStringLiteral("private-key")),
                                CredentialStore::Mode::FileOnly};
    std::unique_ptr<GatewaySelector> selector;
    CurrencyCatalogue currencies{locale};
    CoinCatalogue coins;
    InvoiceValidator validator{&currencies, &coins};
    std::unique_ptr<OrderIdGenerator> orderIds;
    std::unique_ptr<InvoiceCheckout> checkout;
    std::unique_ptr<InvoiceHistoryModel> history;
    QString error;

    explicit TestConsole(const QString &storePath = QString())
    {
        error = store.open(storePath.isEmpty() ? dir.filePath(QStringLiteral("invoices.sqlite")) : storePath);
        if (error.isEmpty())
            error = training.start();
        selector = std::make_unique<GatewaySelector>(&settings, &credentials, &training, &client);
        orderIds = std::make_unique<OrderIdGenerator>(settings.tillCode(), &QDateTime::currentDateTimeUtc,
                                                      [this](const QString &id) { return store.isOrderIdTaken(id); });
        checkout = std::make_unique<InvoiceCheckout>(&store, &client, &validator, orderIds.get());
        history = std::make_unique<InvoiceHistoryModel>(&store, locale);
    }

    MainWindow::Services services()
    {
        MainWindow::Services s;
        s.checkout = checkout.get();
        s.store = &store;
        s.history = history.get();
        s.settings = &settings;
        s.credentials = &credentials;
        s.gateway = selector.get();
        s.currencies = &currencies;
        s.coins = &coins;
        s.validator = &validator;
        s.locale = locale;
        return s;
    }
};
