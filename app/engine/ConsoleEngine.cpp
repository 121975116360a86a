#include "engine/ConsoleEngine.h"

#include <QDir>

ConsoleEngine::ConsoleEngine(const Config &config)
    : locale(config.locale),
      settings(config.settings),
      credentials(config.keychainService, QDir(config.dataDir).filePath(QStringLiteral("private-key")),
                  config.keyMode),
      selector(&settings, &credentials, &training, &client),
      currencies(config.locale),
      orderIds(settings.tillCode(), &QDateTime::currentDateTimeUtc,
               [this](const QString &id) { return store.isOrderIdTaken(id); }),
      checkout(&store, &client, &validator, &orderIds, &coins),
      coinChooser(&store, &client),
      poller(&store, &client),
      reconciler(&store, &client),
      m_dataDir(config.dataDir)
{
    applyPollingSettings();
    QObject::connect(&settings, &TillSettings::pollingChanged, &poller, [this] { applyPollingSettings(); });
    // A new gateway (keys saved or removed) may know other invoices: settle again.
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
    error = training.start();
    selector.apply();
    return error;
}
