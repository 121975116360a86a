#include "CliSession.h"

#include "CliOutput.h"
#include "EventWait.h"
#include "ExitCode.h"
#include "commands/Command.h"

#include <QStandardPaths>

CliSession::CliSession(const GlobalOptions &global) : m_global(global)
{
    ConsoleEngine::Config config;
    config.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.settings = &m_settings;
    config.locale = tillLocale(m_settings);
    m_engine = std::make_unique<ConsoleEngine>(config);
}

QLocale CliSession::tillLocale(QSettings &settings)
{
    const QString language = TillSettings(&settings).language();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QString CliSession::openHistory()
{
    const QString error = m_engine->start();
    if (!m_engine->history)
        return error.isEmpty() ? tr("The invoice history could not be opened.") : error;
    // A training gateway that cannot start matters only to --training (below).
    return QString();
}

QString CliSession::chooseGateway()
{
    // The same order as the window: --api-base first, then the key, and only
    // then is the gateway known (until the key is read, it is the training one).
    m_engine->selector.setApiBaseOverride(m_global.apiBase);
    EventWait loaded;
    QObject::connect(&m_engine->credentials, &CredentialStore::privateKeyLoaded, &m_engine->credentials,
                     [&loaded] { loaded.done(); });
    m_engine->credentials.readPrivateKey();
    if (!loaded.wait(KeychainLimitMs))
        return tr("The system keychain did not answer within %n second(s).", nullptr, KeychainLimitMs / 1000);

    GatewayEndpoint endpoint = m_engine->client.endpoint();
    m_hasKeys = !m_global.training && !m_engine->selector.isTraining();
    if (!m_hasKeys) {
        if (m_engine->training.port() == 0)
            return tr("The training gateway could not start on this computer.");
        endpoint = m_engine->training.endpoint();
    }
    if (m_global.timeoutSecs > 0)
        endpoint.timeoutMs = m_global.timeoutSecs * 1000;
    m_engine->client.setEndpoint(endpoint);
    return QString();
}

int CliSession::answerLimitMs() const
{
    // The engine's own time-out ends every request; this only guards against a
    // wait that nothing would ever end.
    return m_engine->client.endpoint().timeoutMs + 15000;
}

QString CliSession::noKeysSentence()
{
    return tr("No gateway keys are set. Set them with \"merchant-console-cli keys set --public-key KEY\" "
              "(the private key on standard input) or in the window's Settings, or add --training to "
              "use the training gateway.");
}

int CommandContext::openWithGateway()
{
    QString error = session.openHistory();
    if (error.isEmpty())
        error = session.chooseGateway();
    if (!error.isEmpty()) {
        out.error(error);
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

int CommandContext::requireKeys()
{
    if (!session.hasKeys() && !global.training) {
        out.error(CliSession::noKeysSentence());
        return ExitCode::NoKeys;
    }
    return ExitCode::Ok;
}
