#include "engine/ConsoleEngine.h"

#include "store/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

ConsoleEngine::ConsoleEngine(const Config &config)
    : locale(config.locale),
      settings(config.settings),
      senders(QDir(config.dataDir).filePath(QStringLiteral("senders"))),
      credentials(config.keychainService, QDir(config.dataDir).filePath(QStringLiteral("private-key")),
                  config.keyMode),
      selector(&settings, &credentials, &training, &client),
      currencies(config.locale),
      orderIds(settings.tillCode(), &QDateTime::currentDateTimeUtc,
               [this](const QString &id) { return store.isOrderIdTaken(id); }),
      checkout(&store, &client, &validator, &orderIds, &coins, &writes),
      coinChooser(&store, &client, &writes),
      poller(&store, &client),
      reconciler(&store, &client, &senders),
      m_dataDir(config.dataDir),
      m_qsettings(config.settings),
      m_settingsFile(config.settings ? config.settings->fileName() : QString())
{
    applyPollingSettings();
    QObject::connect(&settings, &TillSettings::pollingChanged, &poller, [this] { applyPollingSettings(); });
    // Each sale keeps the name of the till it was made at, for its receipts.
    QObject::connect(&settings, &TillSettings::receiptsChanged, &store,
                     [this] { store.setTill(settings.shopProfile().tillName); });
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
    // Only the till's own real account adopts them: the training gateway knows no
    // real invoice, and an address given for one run is no account of the till's.
    const GatewayEndpoint &endpoint = client.endpoint();
    if (!endpoint.training && !selector.hasApiBaseOverride() && history)
        store.adoptLegacyInvoices(endpoint.legacyName(), endpoint.name());
}

void ConsoleEngine::startFollowingPayments()
{
    m_following = true;
    if (autoPrint)
        autoPrint->activate();
    reconciler.reconcile(checkout.sendingInvoiceId());
    poller.start();
}

QString ConsoleEngine::historyPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("invoices.sqlite"));
}

ConsoleEngine::~ConsoleEngine()
{
    keepSettingsPrivate(); // whatever this run wrote into them
}

void ConsoleEngine::keepSettingsPrivate()
{
    // The settings name the shop, its defaults and its public key: private too.
    if (!m_qsettings || m_settingsFile.isEmpty())
        return;
    m_qsettings->sync();
    PrivateFiles::ensureFolder(QFileInfo(m_settingsFile).absolutePath());
    PrivateFiles::tighten(m_settingsFile);
}

QString ConsoleEngine::start()
{
    QString error = store.open(historyPath());
    if (!error.isEmpty())
        return error;
    error = senders.start();
    if (!error.isEmpty())
        return error;
    store.setSender(senders.token());
    store.setTill(settings.shopProfile().tillName);
    history = std::make_unique<InvoiceHistoryModel>(&store, locale);
    recent = std::make_unique<InvoiceHistoryModel>(&store, locale, RecentCount);
    totals = std::make_unique<TotalsCounter>(store.connectionName());
    receipts = std::make_unique<ReceiptPrinter>(&store, &settings, locale);
    autoPrint = std::make_unique<ReceiptAutoPrint>(&store, &settings, receipts.get());
    shifts = std::make_unique<ShiftBook>(store.connectionName(), SalesReportBuilder(store.connectionName()));
    keepSettingsPrivate();
    error = training.start();
    selector.apply();
    adoptLegacyInvoices();
    return error;
}
