// payid19-standin: the console's training gateway on its own, so that scripts
// can drive merchant-console-cli against a slow, jittery loopback gateway and
// count what it received (scripts/kill-loop.sh).
#include "ReceiptLog.h"
#include "StandinOptions.h"

#include "gateway/WireFields.h"
#include "training/TrainingGateway.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("payid19-standin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MC_VERSION));

    StandinOptions options;
    QString help;
    const QString problem = StandinOptions::parse(QCoreApplication::arguments(), &options, &help);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "payid19-standin: %s\n", qPrintable(problem));
        return 2;
    }
    if (!help.isEmpty()) {
        std::fputs(qPrintable(help), stdout);
        return 0;
    }

    ReceiptLog log;
    if (!options.logFile.isEmpty()) {
        const QString error = log.open(options.logFile);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "payid19-standin: %s\n", qPrintable(error));
            return 1;
        }
    }

    TrainingGateway gateway;
    gateway.setDelayMs(options.delayMs);
    gateway.setDelayJitterMs(options.jitterMs);
    // Logged as it arrives, before the (delayed) answer: what the gateway holds
    // is exactly what the log says, even for a client killed while waiting.
    QObject::connect(&gateway, &TrainingGateway::requestReceived, &gateway,
                     [&log](const QString &command, const FormBody &form) {
        if (command == GatewayCommands::CreateInvoice)
            log.record(form.value(WireFields::OrderId));
    });
    const QString error = gateway.start(options.port);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "payid19-standin: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on %u\n", unsigned(gateway.port()));
    std::fflush(stdout);
    return app.exec();
}
