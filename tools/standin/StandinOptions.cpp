#include "StandinOptions.h"

#include "training/TrainingGateway.h"

#include <QCommandLineParser>

namespace {
bool readCount(const QString &text, int max, int *value)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 0 || number > max)
        return false;
    *value = number;
    return true;
}
}

QString StandinOptions::parse(const QStringList &arguments, StandinOptions *options, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("A stand-in for the Payid19 gateway on 127.0.0.1, for scripts. It plays the console's "
               "training gateway and accepts its keys: public key %1, private key %2. The first line "
               "on standard output is \"listening on PORT\".")
                    .arg(TrainingGateway::publicKey(), TrainingGateway::privateKey()));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption port(QStringLiteral("port"), tr("Listen on this port (0: any free port)."),
                                  tr("N"), QStringLiteral("0"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"), tr("Every answer waits this many milliseconds."),
                                   tr("MS"), QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("jitter-ms"),
                                    tr("...plus a random 0 to this many milliseconds more."), tr("MS"),
                                    QStringLiteral("0"));
    const QCommandLineOption log(QStringLiteral("log"),
                                 tr("Append the order id and the time of every create_invoice received to FILE, "
                                    "one line each, written at once."),
                                 tr("FILE"));
    parser.addOptions({help, port, delay, jitter, log});
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(help)) {
        // The usage line names the program as people type it, not by its full path.
        const QString text = parser.helpText();
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        *helpText = tr("Usage: payid19-standin [options]") + (end < 0 ? QString() : text.mid(end));
        return QString();
    }
    if (!parser.positionalArguments().isEmpty())
        return tr("Unexpected argument: %1.").arg(parser.positionalArguments().constFirst());
    int portNumber = 0;
    if (!readCount(parser.value(port), 65535, &portNumber))
        return tr("--port needs a port number from 0 to 65535.");
    options->port = quint16(portNumber);
    if (!readCount(parser.value(delay), 600000, &options->delayMs))
        return tr("--delay-ms needs a whole number of milliseconds.");
    if (!readCount(parser.value(jitter), 600000, &options->jitterMs))
        return tr("--jitter-ms needs a whole number of milliseconds.");
    options->logFile = parser.value(log);
    return QString();
}
