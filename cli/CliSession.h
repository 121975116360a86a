#pragma once

#include "CliOptions.h"

#include "engine/ConsoleEngine.h"

#include <QCoreApplication>
#include <QSettings>
#include <memory>

// The engine as the window assembles it, with the window's settings
// (organisation "MerchantConsole", application "merchant-console"), its data
// folder and its key store (keychain first, owner-only file otherwise), so that
// both faces share one history and one pair of keys.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    // How long the keychain may take to answer before the command gives up.
    static constexpr int KeychainLimitMs = 60000;

    explicit CliSession(const GlobalOptions &global);

    ConsoleEngine &engine() { return *m_engine; }
    QSettings &settings() { return m_settings; }

    // Opens the history and starts the training gateway; returns an error
    // sentence, or empty.
    QString openHistory();
    // Waits for the private key (keychain or file), then chooses the gateway:
    // the training one with --training, the real one when both keys are set.
    // Returns an error sentence, or empty.
    QString chooseGateway();
    // Whether the chosen gateway is a real one (keys set, no --training).
    bool hasKeys() const { return m_hasKeys; }
    bool isTraining() const { return !m_hasKeys; }
    // How long a command may wait for one answer of the gateway, with room to spare.
    int answerLimitMs() const;
    // The sentence for `create` (and the others) when no keys are set.
    static QString noKeysSentence();

private:
    static QLocale tillLocale(QSettings &settings);

    const GlobalOptions m_global;
    QSettings m_settings;
    std::unique_ptr<ConsoleEngine> m_engine;
    bool m_hasKeys = false;
};
