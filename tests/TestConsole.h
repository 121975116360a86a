#pragma once

// A whole console wired as the program wires it (ConsoleEngine), but against a
// temporary folder (its own settings, history and key file) with the key kept in
// that folder's file rather than the user's keychain.
#include "engine/ConsoleEngine.h"

#include <QSettings>
#include <QTemporaryDir>

struct TestConsole
{
    QTemporaryDir dir;
    QString dataDir;
    QSettings qsettings;
    ConsoleEngine engine;
    QString error;

    explicit TestConsole(const QString &dataFolder = QString())
        : dataDir(dataFolder.isEmpty() ? dir.path() : dataFolder),
          qsettings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat),
          engine(config())
    {
        error = engine.start();
    }

    ConsoleEngine::Config config()
    {
        ConsoleEngine::Config c;
        c.dataDir = dataDir;
        c.settings = &qsettings;
        c.keyMode = CredentialStore::Mode::FileOnly;
        c.keychainService = QStringLiteral("merchant-console-test");
        c.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        return c;
    }
};
