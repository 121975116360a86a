#include "engine/ConsoleEngine.h"

#include "store/PrivateFiles.h"

#include <QDir>
#include <QSettings>

ConsoleEngine::ConsoleEngine(const Config &config)
    : locale(config.locale),
      settings(config.settings),
      credentials(config.keychainService, QDir(config.dataDir).filePath(QStringLiteral("private-key")),
                  config.keyMode),
      selector(&settings, &credentials, &training, &client),
      currencies(config.locale),
      orderIds(settings.tillCode(), &QDateTime::currentDateTimeUtc,
               [this](const QString &id) { return store.isOrderIdTaken(id); }),
      checkout(&store, &client, &validator, &orderIds, &coins, &writes),
      coinChooser(&store, &client, &writes),
      poller(&store, &client),
      reconciler(&store, &client),
      m_dataDir(config.dataDir),
      m_settingsFile(config.settings ? config.settings->fileName() : QString())
{
    applyPollingSettings();
    QObject::connect(&settings, &TillSettings::pollingChanged, &poller, [this] { applyPollingSettings(); });
    // A new gateway (keys saved or removed) may know other invoices: settle again.
    QObject::connect(&selector, &GatewaySelector::endpointApplied, &reconciler, [this] { adoptLegacyInvoices(); });
    QObject::connect(&selector, &GatewaySelector::modeChanged, &reconciler, [this] {
        if (m_following) // at start, startFollowingPayments() settles them itself
            reconciler.reconcile(checkout.sendingInvoiceId());
    });
}

void ConsoleEngine::applyPollingSettings()
{
    poller.setGatewayZone(settings.gatewayTimeZone());
    reconciler.setGatewayZone(settings.gatewayTimeZone());
    poller.setIntervals(settings.pollIntervalSecs() * 1000, StatusPoller::DefaultBackgroundMs);
}

void ConsoleEngine::adoptLegacyInvoices()
{
    // Only a real account adopts them: the training gateway knows no real invoice.
    const GatewayEndpoint &endpoint = client.endpoint();
    if (!endpoint.training && history)
        store.adoptLegacyInvoices(endpoint.legacyName(), endpoint.name());
}

void ConsoleEngine::startFollowingPayments()
{
    m_following = true;
    reconciler.reconcile(checkout.sendingInvoiceId());
    poller.start();
}

QString ConsoleEngine::historyPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("invoices.sqlite"));
}

QString ConsoleEngine::start()
{
    QString error = store.open(historyPath());
    if (!error.isEmpty())
        return error;
    history = std::make_unique<InvoiceHistoryModel>(&store, locale);
    // The settings name the shop, its defaults and its public key: private too.
    if (!m_settingsFile.isEmpty())
        PrivateFiles::tighten(m_settingsFile);
    error = training.start();
    selector.apply();
    adoptLegacyInvoices();
    return error;
}
