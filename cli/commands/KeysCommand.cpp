#include "commands/KeysCommand.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "EventWait.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {
const QString PublicKeyOption = QStringLiteral("public-key");
}

QString KeysCommand::summary() const
{
    return tr("keys set --public-key KEY: save the gateway keys, the private key read from standard input "
              "(never from the command line). keys forget: remove both.");
}

QList<QCommandLineOption> KeysCommand::options() const
{
    return {{PublicKeyOption, tr("The gateway's public key (keys set)."), tr("KEY")}};
}

int KeysCommand::run(CommandContext &c)
{
    const QString action = c.arguments.value(0);
    if (c.arguments.size() == 1 && action == QLatin1String("set"))
        return set(c);
    if (c.arguments.size() == 1 && action == QLatin1String("forget")) {
        if (c.parser.isSet(PublicKeyOption)) {
            c.out.error(tr("keys forget takes no --public-key."));
            return ExitCode::Usage;
        }
        return forget(c);
    }
    c.out.error(tr("Say what to do with the keys: keys set --public-key KEY, or keys forget."));
    return ExitCode::Usage;
}

QString KeysCommand::readPrivateKey(QString *problem)
{
    QByteArray bytes;
    // Reads at most one byte more than a key may have, so a mistaken pipe of a
    // large file (or an endless one) ends at once.
    auto readUpTo = [&bytes](bool lineOnly) {
        char buffer[512];
        while (bytes.size() <= MaxKeyBytes) {
            const size_t got = lineOnly ? (std::fgets(buffer, sizeof buffer, stdin) ? std::strlen(buffer) : 0)
                                        : std::fread(buffer, 1, sizeof buffer, stdin);
            if (got == 0)
                break;
            bytes.append(buffer, qsizetype(got));
            if (lineOnly && bytes.endsWith('\n'))
                break;
        }
    };
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        std::fputs(qPrintable(tr("Private key (not shown as you type): ")), stderr);
        std::fflush(stderr);
        termios saved{};
        const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        readUpTo(true);
        if (canHide)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    } else
#endif
    {
        readUpTo(false);
    }
    if (bytes.size() > MaxKeyBytes) {
        *problem = tr("What came on standard input is too long to be a private key.");
        return QString();
    }
    const QString key = QString::fromUtf8(bytes).trimmed();
    bytes.fill(' ');
    if (key.isEmpty()) {
        *problem = tr("No private key came on standard input. Pipe it in, for example: "
                      "printf '%s' \"$PRIVATE_KEY\" | merchant-console-cli keys set --public-key KEY");
        return QString();
    }
    if (key.contains(QLatin1Char('\n'))) {
        *problem = tr("Standard input holds more than one line; give the private key alone.");
        return QString();
    }
    return key;
}

QString KeysCommand::savePrivateKey(CommandContext &c, const QString &key)
{
    CredentialStore &credentials = c.session.engine().credentials;
    EventWait saved;
    bool ok = false;
    QString message;
    QObject::connect(&credentials, &CredentialStore::privateKeySaved, &credentials,
                     [&](bool success, const QString &text) {
        ok = success;
        message = text;
        saved.done();
    });
    credentials.writePrivateKey(key);
    if (!saved.wait(CliSession::KeychainLimitMs))
        return tr("The system keychain did not answer within %n second(s).", nullptr, CliSession::KeychainLimitMs / 1000);
    if (!ok)
        return message.isEmpty() ? tr("The private key could not be saved.") : message;
    c.out.set(QStringLiteral("storage"), message);
    c.out.line(message);
    return QString();
}

int KeysCommand::set(CommandContext &c)
{
    const QString publicKey = c.parser.value(PublicKeyOption).trimmed();
    if (publicKey.isEmpty()) {
        c.out.error(tr("Give the public key with --public-key KEY; the private key comes on standard input."));
        return ExitCode::Usage;
    }
    QString problem;
    QString privateKey = readPrivateKey(&problem);
    if (!problem.isEmpty()) {
        c.out.error(problem);
        return ExitCode::Usage;
    }
    QString error = savePrivateKey(c, privateKey);
    privateKey.fill(QLatin1Char(' '));
    if (!error.isEmpty()) {
        c.out.error(error);
        return ExitCode::Failure;
    }
    // The public key only once the private one is safely kept, so the pair never
    // points to the real gateway half set.
    c.session.engine().settings.setPublicKey(publicKey);
    c.session.settings().sync();
    if (c.session.settings().status() != QSettings::NoError) {
        c.out.error(tr("The public key could not be saved in %1.").arg(c.session.settings().fileName()));
        return ExitCode::Failure;
    }
    c.out.set(QStringLiteral("public_key"), publicKey);
    c.out.line(tr("The gateway keys are set; invoices now go to the real gateway."));
    return ExitCode::Ok;
}

int KeysCommand::forget(CommandContext &c)
{
    const QString error = savePrivateKey(c, QString());
    if (!error.isEmpty()) {
        c.out.error(error);
        return ExitCode::Failure;
    }
    c.session.engine().settings.setPublicKey(QString());
    c.session.settings().sync();
    if (c.session.settings().status() != QSettings::NoError) {
        c.out.error(tr("The public key could not be removed from %1.").arg(c.session.settings().fileName()));
        return ExitCode::Failure;
    }
    c.out.line(tr("The gateway keys are removed; the console uses the training gateway until new ones are set."));
    return ExitCode::Ok;
}
