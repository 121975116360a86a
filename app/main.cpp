// The composition root: the one file under app/ that knows the widgets. It builds
// every collaborator once and hands them to whoever needs them.
#include "MainWindow.h"
#include "engine/ConsoleEngine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

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
    const QLocale locale = uiLocale(TillSettings(&qsettings).language());
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

    ConsoleEngine::Config config;
    config.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.settings = &qsettings;
    config.locale = locale;
    ConsoleEngine engine(config);
    const QString error = engine.start();
    if (!engine.history) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Invoice history unavailable"), error);
        return 1;
    }
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error)); // training gateway: the real one still works
    engine.selector.setApiBaseOverride(overrideBase);

    MainWindow window(WindowParts::of(engine));
    window.show();
    // For the benchmark (startup_window_ms_*): say when the window is up and
    // how much memory it took, then leave.
    if (qEnvironmentVariableIsSet("MC_REPORT_STARTUP")) {
        QTimer::singleShot(0, &app, [] {
            QFile status(QStringLiteral("/proc/self/status"));
            QByteArray rss;
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmRSS:"))
                        rss = line.mid(6).trimmed();
                }
            }
            std::printf("window-shown rss=%s\n", rss.constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    // Settle and follow invoices only once the key is known: until then the
    // console speaks to the training gateway, which knows no real invoice.
    QObject::connect(&engine.credentials, &CredentialStore::privateKeyLoaded, &engine.poller,
                     [&engine] { engine.startFollowingPayments(); }, Qt::SingleShotConnection);
    engine.credentials.readPrivateKey();
    return app.exec();
}
