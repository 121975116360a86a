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
      checkout(&store, &client, &validator, &orderIds),
      m_dataDir(config.dataDir)
{
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
