// The composition root: the one file under app/ that knows the widgets. It builds
// every collaborator once and hands them to whoever needs them.
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

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace {
QLocale uiLocale(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("merchant-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MerchantConsole"));
    QApplication::setApplicationName(QStringLiteral("merchant-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Merchant Console"));
    QApplication::setApplicationVersion(QStringLiteral(MC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("merchant-console"));

    QSettings qsettings;
    TillSettings settings(&qsettings);
    const QLocale locale = uiLocale(settings.language());
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Point-of-sale console for crypto payments through the Payid19 gateway."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption apiBase(QStringLiteral("api-base"),
                               QCoreApplication::translate("main", "Use this gateway API address for this run only."),
                               QCoreApplication::translate("main", "URL"));
    parser.addOption(apiBase);
    parser.process(app);

    QUrl overrideBase;
    if (parser.isSet(apiBase)) {
        overrideBase = QUrl::fromUserInput(parser.value(apiBase));
        const QString problem = GatewayEndpoint::whyNotAllowed(overrideBase);
        if (!problem.isEmpty()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Wrong API address"),
                                  QCoreApplication::translate("main", "The address given with --api-base cannot be used: %1")
                                          .arg(problem));
            return 2;
        }
    }

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    InvoiceStore store;
    const QString storeError = store.open(QDir(dataDir).filePath(QStringLiteral("invoices.sqlite")));
    if (!storeError.isEmpty()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Invoice history unavailable"), storeError);
        return 1;
    }

    QNetworkAccessManager network;
    TrainingGateway training;
    const QString trainingError = training.start();
    if (!trainingError.isEmpty())
        qWarning("%s", qPrintable(trainingError));
    GatewayClient client(&network);
    CredentialStore credentials(QStringLiteral("merchant-console"),
                                QDir(dataDir).filePath(QStringLiteral("private-key")),
                                CredentialStore::Mode::KeychainFirst);
    GatewaySelector selector(&settings, &credentials, &training, &client);
    selector.setApiBaseOverride(overrideBase);
    credentials.readPrivateKey();

    const CurrencyCatalogue currencies(locale);
    const CoinCatalogue coins;
    const InvoiceValidator validator(&currencies, &coins);
    const OrderIdGenerator orderIds(settings.tillCode(), &QDateTime::currentDateTimeUtc,
                                    [&store](const QString &id) { return store.isOrderIdTaken(id); });
    InvoiceCheckout checkout(&store, &client, &validator, &orderIds);
    InvoiceHistoryModel history(&store, locale);

    MainWindow::Services services;
    services.checkout = &checkout;
    services.store = &store;
    services.history = &history;
    services.settings = &settings;
    services.credentials = &credentials;
    services.gateway = &selector;
    services.currencies = &currencies;
    services.coins = &coins;
    services.validator = &validator;
    services.locale = locale;
    MainWindow window(services);
    window.show();
    return app.exec();
}
