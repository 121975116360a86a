// merchant-console-cli as a script runs it: the built program started with
// QProcess, its settings and data in a temporary folder (XDG_CONFIG_HOME and
// XDG_DATA_HOME), no session bus so the private key goes to the owner-only
// file, and a real gateway over loopback (the training gateway in this process,
// or the payid19-standin program) instead of a mock.
#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"
#include "store/InvoiceStore.h"
#include "training/TrainingGateway.h"
#include "gateway/WireFields.h"

#include "settings/TillSettings.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifndef MC_CLI_PATH
#error "MC_CLI_PATH must name the built merchant-console-cli"
#endif

namespace {
// The exit codes README.md and --help document.
enum Exit {
    Ok = 0, Failure = 1, Usage = 2, Refused = 3, Unconfirmed = 4, NoKeys = 5, Unreachable = 6,
    NotFound = 8, NoShift = 9, ShiftOpen = 10
};

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};
}

class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<TrainingGateway> m_gateway;
    QString m_everything; // every word the programs printed, for the secret check
    QString m_login;      // $USER for the program; empty: none

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        // No keychain: the key goes to the 0600 file beside the history.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        // The login name that `shift` takes when no --by is given: known only
        // when a test sets one.
        for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
            env.remove(QLatin1String(variable));
        if (!m_login.isEmpty())
            env.insert(QStringLiteral("USER"), m_login);
        return env;
    }

    QString dataDir() const { return m_home->filePath(QStringLiteral("data/MerchantConsole/merchant-console")); }
    QString base() const { return m_gateway->apiBase().toString(); }

    // Runs the program to its end while this process keeps answering as the gateway.
    Run cli(const QStringList &arguments, const QByteArray &input = QByteArray(), int limitMs = 30000)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        // Relative paths (--pdf r.pdf) land in the test's own folder.
        process.setWorkingDirectory(m_home->path());
        process.start(QStringLiteral(MC_CLI_PATH), arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        const bool ended = QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, limitMs);
        Run run;
        if (!ended) {
            process.kill();
            process.waitForFinished(5000);
            run.err = QStringLiteral("(did not finish in time)");
        }
        run.out += QString::fromUtf8(process.readAllStandardOutput());
        run.err += QString::fromUtf8(process.readAllStandardError());
        run.code = ended && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        m_everything += run.out + run.err;
        return run;
    }

    void setKeys()
    {
        const Run run = cli({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("--public-key"),
                             TrainingGateway::publicKey()},
                            TrainingGateway::privateKey().toUtf8() + '\n');
        QCOMPARE(run.code, int(Ok));
    }

    // The history as the program left it, read through the engine's own store.
    std::optional<InvoiceRecord> stored(const QString &orderId)
    {
        InvoiceStore store;
        if (!store.open(QDir(dataDir()).filePath(QStringLiteral("invoices.sqlite"))).isEmpty())
            return std::nullopt;
        for (const InvoiceRecord &record : QList<InvoiceRecord>(store.recent(-1).value())) {
            if (record.fields.orderId == orderId)
                return record;
        }
        return std::nullopt;
    }

    int storedCount()
    {
        InvoiceStore store;
        if (!store.open(QDir(dataDir()).filePath(QStringLiteral("invoices.sqlite"))).isEmpty())
            return -1;
        return int(store.recent(-1).value().size());
    }

    QString orderIdIn(const Run &run)
    {
        const QString prefix = QStringLiteral("Order number: ");
        for (const QString &line : run.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed();
        }
        return QString();
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_gateway = std::make_unique<TrainingGateway>();
        QCOMPARE(m_gateway->start(), QString());
        m_gateway->setTestPaysAfterMs(0);
        m_login.clear();
    }

    void cleanup()
    {
        m_gateway.reset();
        m_home.reset();
    }

    void cleanupTestCase()
    {
        // The private key never appears in anything the programs printed.
        QVERIFY(!m_everything.isEmpty());
        QVERIFY2(!m_everything.contains(TrainingGateway::privateKey()), "the private key was printed");
    }

    void usageErrorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList{} << "Name a command";
        QTest::newRow("unknown command") << QStringList{"refund"} << "refund";
        QTest::newRow("unknown option") << QStringList{"create", "--amount", "1", "--colour", "red"} << "colour";
        QTest::newRow("another command's option") << QStringList{"reconcile", "--amount", "1"} << "amount";
        QTest::newRow("no amount") << QStringList{"create"} << "--amount";
        QTest::newRow("comma decimals") << QStringList{"create", "--amount", "12,50"} << "'.'";
        QTest::newRow("nine decimals") << QStringList{"create", "--amount", "1.123456789"} << "--amount";
        QTest::newRow("below the minimum") << QStringList{"create", "--amount", "0.00001"} << "--amount";
        QTest::newRow("bad e-mail") << QStringList{"create", "--amount", "1", "--email", "nobody"} << "--email";
        QTest::newRow("unknown coin") << QStringList{"create", "--amount", "1", "--banned", "XYZ"} << "--banned";
        QTest::newRow("hours") << QStringList{"create", "--amount", "1", "--expiry-hours", "soon"} << "--expiry-hours";
        QTest::newRow("plain http elsewhere")
                << QStringList{"create", "--amount", "1", "--api-base", "http://example.com/api/v1/"} << "https://";
        QTest::newRow("timeout") << QStringList{"--timeout", "0", "reconcile"} << "--timeout";
        QTest::newRow("status without order") << QStringList{"status"} << "order number";
        QTest::newRow("status of an unknown order") << QStringList{"status", "NOPE-1"} << "NOPE-1";
        QTest::newRow("keys without action") << QStringList{"keys"} << "keys set";
        QTest::newRow("keys set without public key") << QStringList{"keys", "set"} << "--public-key";
    }

    void usageErrorsSayWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = cli(arguments);
        QCOMPARE(run.code, int(Usage));
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QStringLiteral("merchant-console-cli: ")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(m_gateway->requestCount(GatewayCommands::CreateInvoice) == 0);
    }

    void helpAndVersion()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, int(Ok));
        for (const char *word : {"create", "status ORDER_ID", "reconcile", "keys set|forget", "--api-base",
                                 "--json", "--training", "Exit status", "receipt ORDER_ID", "shift open|status|close",
                                 "report x|z [NUMBER]|period", " 8  no such invoice", " 9  no shift is open",
                                 "10  a shift is already open"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
        const Run createHelp = cli({QStringLiteral("create"), QStringLiteral("--help")});
        QCOMPARE(createHelp.code, int(Ok));
        for (const char *word : {"--amount", "--white-label", "--banned", "--callback-url", "--add-fee"})
            QVERIFY2(createHelp.out.contains(QLatin1String(word)), word);
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.code, int(Ok));
        QCOMPARE(version.out.trimmed(), QStringLiteral("merchant-console-cli " MC_VERSION));
    }

    void trainingCreatesAndKeepsTheInvoice()
    {
        const Run run = cli({QStringLiteral("create"), QStringLiteral("--training"), QStringLiteral("--amount"),
                             QStringLiteral("12.50"), QStringLiteral("--title"), QStringLiteral("Coffee")});
        QCOMPARE(run.code, int(Ok));
        const QString orderId = orderIdIn(run);
        QVERIFY2(!orderId.isEmpty(), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Payment page: http://127.0.0.1:")));
        QVERIFY(run.out.contains(QStringLiteral("Training")));
        const auto record = stored(orderId);
        QVERIFY(record);
        QCOMPARE(record->state, InvoiceState::Open);
        QCOMPARE(record->gateway, QStringLiteral("training"));
        QCOMPARE(record->fields.price, *Amount::fromCanonical(QStringLiteral("12.5")));
        QCOMPARE(record->fields.title, QStringLiteral("Coffee"));
    }

    void withoutKeysCreateStops()
    {
        const Run run = cli({QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("5")});
        QCOMPARE(run.code, int(NoKeys));
        QVERIFY2(run.err.contains(QStringLiteral("No gateway keys are set")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("keys set")));
        QVERIFY(run.err.contains(QStringLiteral("--training")));
        QCOMPARE(storedCount(), 0); // nothing stored, nothing sent
        QCOMPARE(cli({QStringLiteral("reconcile")}).code, int(NoKeys));
    }

    void keysFromStandardInputThenCreate()
    {
        QCOMPARE(cli({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("--public-key"),
                      TrainingGateway::publicKey()}, QByteArray()).code, int(Usage)); // empty key refused
        setKeys();
        const QString keyFile = QDir(dataDir()).filePath(QStringLiteral("private-key"));
        QVERIFY(QFile::exists(keyFile));
        QCOMPARE(QFile(keyFile).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);

        // --api-base after the command...
        const Run after = cli({QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("7.25"),
                               QStringLiteral("--api-base"), base()});
        QCOMPARE(after.code, int(Ok));
        QVERIFY2(after.out.contains(QStringLiteral("Payment page: ") + m_gateway->apiBase().adjusted(QUrl::RemovePath).toString()),
                 qPrintable(after.out));
        // ...or before it.
        const Run before = cli({QStringLiteral("--api-base"), base(), QStringLiteral("create"), QStringLiteral("--amount"),
                                QStringLiteral("3")});
        QCOMPARE(before.code, int(Ok));
        QCOMPARE(m_gateway->requestCount(GatewayCommands::CreateInvoice), 2);
        QCOMPARE(m_gateway->lastRequest().value(WireFields::PublicKey), TrainingGateway::publicKey());
        QCOMPARE(stored(orderIdIn(after))->state, InvoiceState::Open);

        // The secret is in the key file only: not in the settings, not in the history.
        for (const QString &path : {QDir(dataDir()).filePath(QStringLiteral("invoices.sqlite")),
                                    m_home->filePath(QStringLiteral("config/MerchantConsole/merchant-console.conf"))}) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            QVERIFY2(!file.readAll().contains(TrainingGateway::privateKey().toUtf8()), qPrintable(path));
        }

        const Run forget = cli({QStringLiteral("keys"), QStringLiteral("forget")});
        QCOMPARE(forget.code, int(Ok));
        QVERIFY(!QFile::exists(keyFile));
        QCOMPARE(cli({QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("1"),
                      QStringLiteral("--api-base"), base()}).code, int(NoKeys));
    }

    void everyFieldReachesTheWire()
    {
        setKeys();
        const Run run = cli({QStringLiteral("create"), QStringLiteral("--api-base"), base(),
                             QStringLiteral("--amount"), QStringLiteral("1250.5"), QStringLiteral("--currency"),
                             QStringLiteral("eur"), QStringLiteral("--order-id"), QStringLiteral("SHOP-77"),
                             QStringLiteral("--title"), QStringLiteral("Two books"), QStringLiteral("--email"),
                             QStringLiteral("a+b@example.com"), QStringLiteral("--description"), QStringLiteral("Gift"),
                             QStringLiteral("--test"), QStringLiteral("--banned"), QStringLiteral("BTC,usdt-erc20"),
                             QStringLiteral("--margin"), QStringLiteral("0.5"), QStringLiteral("--expiry-hours"),
                             QStringLiteral("6"), QStringLiteral("--template"), QStringLiteral("mint"),
                             QStringLiteral("--success-url"), QStringLiteral("https://shop.example.com/ok"),
                             QStringLiteral("--cancel-url"), QStringLiteral("https://shop.example.com/no"),
                             QStringLiteral("--callback-url"), QStringLiteral("https://shop.example.com/cb"),
                             QStringLiteral("--merchant-id"), QStringLiteral("till-3"), QStringLiteral("--customer-id"),
                             QStringLiteral("42"), QStringLiteral("--add-fee")});
        QCOMPARE(run.code, int(Ok));
        QVERIFY(run.out.contains(QStringLiteral("TEST")));
        const FormBody wire = m_gateway->lastRequest();
        using namespace WireFields;
        QCOMPARE(wire.value(PriceAmount), QStringLiteral("1250.5"));
        QCOMPARE(wire.value(PriceCurrency), QStringLiteral("EUR"));
        QCOMPARE(wire.value(OrderId), QStringLiteral("SHOP-77"));
        QCOMPARE(wire.value(Title), QStringLiteral("Two books"));
        QCOMPARE(wire.value(Email), QStringLiteral("a+b@example.com"));
        QCOMPARE(wire.value(Description), QStringLiteral("Gift"));
        QCOMPARE(wire.value(Test), QStringLiteral("1"));
        QCOMPARE(wire.value(BannedCoins), QStringLiteral("[\"BTC\",\"USDT-ERC20\"]"));
        QCOMPARE(wire.value(MarginRatio), QStringLiteral("0.5"));
        QCOMPARE(wire.value(ExpirationDate), QStringLiteral("6"));
        QCOMPARE(wire.value(Template), QStringLiteral("mint"));
        QCOMPARE(wire.value(SuccessUrl), QStringLiteral("https://shop.example.com/ok"));
        QCOMPARE(wire.value(CancelUrl), QStringLiteral("https://shop.example.com/no"));
        QCOMPARE(wire.value(CallbackUrl), QStringLiteral("https://shop.example.com/cb"));
        QCOMPARE(wire.value(MerchantId), QStringLiteral("till-3"));
        QCOMPARE(wire.value(CustomerId), QStringLiteral("42"));
        QCOMPARE(wire.value(AddFeeToPrice), QStringLiteral("1"));
        QVERIFY(!wire.contains(WhiteLabel));
        // A test invoice is a one-sale choice: the next one is live.
        QCOMPARE(cli({QStringLiteral("create"), QStringLiteral("--api-base"), base(), QStringLiteral("--amount"),
                      QStringLiteral("2")}).code, int(Ok));
        QVERIFY(!m_gateway->lastRequest().contains(Test));
    }

    void refusedByTheGateway()
    {
        setKeys();
        m_gateway->queueAnswer(TrainingGateway::Answer::ErrorArray421);
        const Run run = cli({QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("9"),
                             QStringLiteral("--api-base"), base(), QStringLiteral("--order-id"), QStringLiteral("NO-1")});
        QCOMPARE(run.code, int(Refused));
        QVERIFY2(run.err.contains(QStringLiteral("refused")), qPrintable(run.err));
        // The gateway's own words beside the sentence.
        QVERIFY(run.err.contains(QStringLiteral("The price amount must be at least 0.0001.")));
        QCOMPARE(stored(QStringLiteral("NO-1"))->state, InvoiceState::Failed);
    }

    void aLostAnswerIsUnconfirmedUntilReconciled()
    {
        setKeys();
        m_gateway->setDelayMs(3000);
        const Run run = cli({QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("4"),
                             QStringLiteral("--api-base"), base(), QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(run.code, int(Unconfirmed));
        QVERIFY2(run.err.contains(QStringLiteral("reconcile")), qPrintable(run.err));
        const QString lost = orderIdIn(run);
        QCOMPARE(stored(lost)->state, InvoiceState::Unknown);

        // A typed order number is asked about first: that question lost, nothing is sent.
        const Run typed = cli({QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("4"),
                               QStringLiteral("--api-base"), base(), QStringLiteral("--timeout"), QStringLiteral("1"),
                               QStringLiteral("--order-id"), QStringLiteral("TYPED-1")});
        QCOMPARE(typed.code, int(Unreachable));
        QCOMPARE(stored(QStringLiteral("TYPED-1"))->state, InvoiceState::Failed);

        m_gateway->setDelayMs(0);
        const Run reconcile = cli({QStringLiteral("reconcile"), QStringLiteral("--json"), QStringLiteral("--api-base"), base()});
        QCOMPARE(reconcile.code, int(Ok));
        QCOMPARE(reconcile.json().value(QStringLiteral("found")).toInt(), 1);
        QCOMPARE(reconcile.json().value(QStringLiteral("still_unknown")).toInt(), 0);
        QCOMPARE(stored(lost)->state, InvoiceState::Open);
        QCOMPARE(m_gateway->requestCount(GatewayCommands::CreateInvoice), 1); // never sent twice
    }

    void aKilledCreateIsSettledByReconcile()
    {
        setKeys();
        m_gateway->setDelayMs(2000);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(MC_CLI_PATH), {QStringLiteral("create"), QStringLiteral("--amount"),
                                                    QStringLiteral("6"), QStringLiteral("--order-id"),
                                                    QStringLiteral("KILL-1"), QStringLiteral("--api-base"), base()});
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->requestCount(GatewayCommands::CreateInvoice), 1, 10000);
        process.kill(); // SIGKILL: no chance to write anything more
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(stored(QStringLiteral("KILL-1"))->state, InvoiceState::Sending);

        const Run stillSending = cli({QStringLiteral("status"), QStringLiteral("KILL-1"), QStringLiteral("--api-base"), base()});
        QCOMPARE(stillSending.code, int(Ok)); // status settles it the same way
        QCOMPARE(stored(QStringLiteral("KILL-1"))->state, InvoiceState::Open);
        QCOMPARE(m_gateway->requestCount(GatewayCommands::CreateInvoice), 1);
    }

    void notReachedIsNotSent()
    {
        setKeys();
        const Run run = cli({QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("1"),
                             QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:1/api/v1/"),
                             QStringLiteral("--order-id"), QStringLiteral("DOWN-1")});
        QCOMPARE(run.code, int(Unreachable));
        QCOMPARE(stored(QStringLiteral("DOWN-1"))->state, InvoiceState::Failed);
    }

    void jsonIsOneObject()
    {
        setKeys();
        const Run run = cli({QStringLiteral("--json"), QStringLiteral("create"), QStringLiteral("--amount"),
                             QStringLiteral("2.5"), QStringLiteral("--api-base"), base()});
        QCOMPARE(run.code, int(Ok));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject object = document.object();
        QCOMPARE(object.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(object.value(QStringLiteral("exit_code")).toInt(), 0);
        QCOMPARE(object.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(object.value(QStringLiteral("price_amount")).toString(), QStringLiteral("2.5"));
        QVERIFY(object.value(QStringLiteral("payment_url")).toString().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(stored(object.value(QStringLiteral("order_id")).toString()));

        // White label: the coins offered instead of a page.
        const Run white = cli({QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("--white-label"),
                               QStringLiteral("--banned"), QStringLiteral("BTC"), QStringLiteral("--amount"),
                               QStringLiteral("10"), QStringLiteral("--api-base"), base()});
        QCOMPARE(white.code, int(Ok));
        const QJsonArray coins = white.json().value(QStringLiteral("coins")).toArray();
        QVERIFY(!coins.isEmpty());
        for (const QJsonValue &coin : coins) {
            QVERIFY(!coin.toObject().value(QStringLiteral("network")).toString().isEmpty());
            QVERIFY(coin.toObject().value(QStringLiteral("coin")).toString() != QStringLiteral("BTC"));
        }
        QVERIFY(!white.json().contains(QStringLiteral("payment_url")));

        // An error is an object too, with the gateway's words.
        m_gateway->queueAnswer(TrainingGateway::Answer::ErrorArray421);
        const Run refused = cli({QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("9"),
                                 QStringLiteral("--json"), QStringLiteral("--api-base"), base()});
        QCOMPARE(refused.code, int(Refused));
        QCOMPARE(refused.json().value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(refused.json().value(QStringLiteral("exit_code")).toInt(), int(Refused));
        QCOMPARE(refused.json().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(!refused.json().value(QStringLiteral("messages")).toArray().isEmpty());
        QVERIFY(!refused.json().value(QStringLiteral("error")).toString().isEmpty());

        const Run usage = cli({QStringLiteral("--json"), QStringLiteral("create")});
        QCOMPARE(usage.code, int(Usage));
        QCOMPARE(usage.json().value(QStringLiteral("exit_code")).toInt(), int(Usage));
    }

    void statusAsksTheGateway()
    {
        setKeys();
        // A test invoice pays itself at once on the training gateway.
        const Run created = cli({QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("8"),
                                 QStringLiteral("--test"), QStringLiteral("--order-id"), QStringLiteral("PAY-1"),
                                 QStringLiteral("--api-base"), base()});
        QCOMPARE(created.code, int(Ok));
        const int asked = m_gateway->requestCount(GatewayCommands::GetInvoices);
        const Run status = cli({QStringLiteral("status"), QStringLiteral("PAY-1"), QStringLiteral("--json"),
                                QStringLiteral("--api-base"), base()});
        QCOMPARE(status.code, int(Ok));
        QCOMPARE(m_gateway->requestCount(GatewayCommands::GetInvoices), asked + 1);
        QCOMPARE(status.json().value(QStringLiteral("state")).toString(), QStringLiteral("paid"));
        QCOMPARE(status.json().value(QStringLiteral("test")).toBool(), true);
        QCOMPARE(stored(QStringLiteral("PAY-1"))->state, InvoiceState::Paid);

        const Run plain = cli({QStringLiteral("status"), QStringLiteral("PAY-1"), QStringLiteral("--api-base"), base()});
        QCOMPARE(plain.code, int(Ok));
        QVERIFY(plain.out.contains(QStringLiteral("State: Paid")));
        QVERIFY(plain.out.contains(QStringLiteral("TEST")));

        // Another gateway account cannot tell: said, not guessed.
        const Run elsewhere = cli({QStringLiteral("status"), QStringLiteral("PAY-1"), QStringLiteral("--training")});
        QCOMPARE(elsewhere.code, int(Unreachable));
    }

    void theStandInLogsWhatItReceived()
    {
        const QString log = m_home->filePath(QStringLiteral("received.log"));
        QProcess standin;
        standin.start(QStringLiteral(MC_STANDIN_PATH),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--delay-ms"), QStringLiteral("20"),
                       QStringLiteral("--jitter-ms"), QStringLiteral("30"), QStringLiteral("--log"), log});
        QVERIFY(standin.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(standin.canReadLine(), 10000);
        const QString first = QString::fromUtf8(standin.readLine()).trimmed();
        QVERIFY2(first.startsWith(QStringLiteral("listening on ")), qPrintable(first));
        const QString port = first.mid(13);
        const QString standinBase = QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(port);

        setKeys();
        const Run run = cli({QStringLiteral("create"), QStringLiteral("--amount"), QStringLiteral("5"),
                             QStringLiteral("--order-id"), QStringLiteral("LOG-1"), QStringLiteral("--api-base"), standinBase});
        QCOMPARE(run.code, int(Ok));
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 2); // one line, then the end
        QVERIFY(lines.first().startsWith("LOG-1\t20"));
        standin.kill();
        standin.waitForFinished(5000);
    }

    // ---- list: the history filtered, as a table, JSON, CSV or XLSX ----
private:
    // Five invoices at known times, written the way the engine writes them
    // (the times then set by hand), into the history the program opens.
    void seedListHistory()
    {
        InvoiceStore store;
        QCOMPARE(store.open(QDir(dataDir()).filePath(QStringLiteral("invoices.sqlite"))), QString());
        struct Seed {
            const char *order, *price, *currency, *title, *email, *created;
            InvoiceState state;
            bool test;
        };
        // In the order they were made, as the history's order is.
        const Seed seeds[] = {
            {"L-FAIL-TRY", "250", "TRY", "Çay", "", "2026-02-20T00:00:00.000Z", InvoiceState::Failed, false},
            {"L-OPEN-EUR", "0.10000001", "EUR", "=HYPERLINK(\"x\")", "", "2026-03-01T14:59:59.000Z", InvoiceState::Open, false},
            {"L-PAID-USD", "12.50", "USD", "Coffee, large", "anna@shop.example", "2026-03-01T15:30:00.000Z", InvoiceState::Paid, false},
            {"L-TEST-USD", "3", "USD", "Tea", "", "2026-03-02T10:00:00.000Z", InvoiceState::Paid, true},
            {"L-UNDER-USD", "99.99", "USD", "Cake", "", "2026-03-03T00:00:00.000Z", InvoiceState::Underpaid, false},
        };
        for (const Seed &seed : seeds) {
            InvoiceFields f;
            f.orderId = QString::fromUtf8(seed.order);
            f.price = *Amount::fromCanonical(QString::fromUtf8(seed.price));
            f.currency = QString::fromUtf8(seed.currency);
            f.title = QString::fromUtf8(seed.title);
            f.email = QString::fromUtf8(seed.email);
            f.test = seed.test;
            const qint64 id = store.createSending(f, QStringLiteral("https://payid19.com/api/v1/ key=pk"));
            QVERIFY(id > 0);
            if (seed.state == InvoiceState::Failed) {
                QVERIFY(store.markFailed(id, QStringLiteral("Refused."), {}, QByteArray()));
            } else {
                QVERIFY(store.markOpen(id, QStringLiteral("https://payid19.com/invoice/%1").arg(id), QByteArray()));
                if (seed.state != InvoiceState::Open) {
                    PaymentStatus status;
                    status.state = seed.state;
                    status.paidAmount = Amount::fromCanonical(QStringLiteral("0.00012"));
                    status.paidCurrency = QStringLiteral("BTC");
                    QVERIFY(store.recordPayment(id, status, QByteArray()));
                }
            }
            QSqlQuery update(QSqlDatabase::database(store.connectionName()));
            update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                                   .arg(InvoiceSchema::Invoices, InvoiceSchema::Col::CreatedAt, InvoiceSchema::Col::Id));
            update.addBindValue(QString::fromUtf8(seed.created));
            update.addBindValue(id);
            QVERIFY(update.exec());
        }
    }

    // The order numbers of a `list --format json` run, newest first.
    static QStringList listedOrders(const Run &run)
    {
        QStringList orders;
        for (const QJsonValue &invoice : run.json().value(QStringLiteral("invoices")).toArray())
            orders << invoice.toObject().value(QStringLiteral("order_id")).toString();
        return orders;
    }

    // Runs `list` with these options in the till's time zone `zone`.
    Run list(const QStringList &options, const QByteArray &zone = "Asia/Tokyo")
    {
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", zone);
        const Run run = cli(QStringList{QStringLiteral("list")} + options);
        if (before.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", before);
        return run;
    }

private slots:
    void listFiltersTheHistory_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QStringList>("orders"); // newest first
        const QStringList all{"L-UNDER-USD", "L-TEST-USD", "L-PAID-USD", "L-OPEN-EUR", "L-FAIL-TRY"};
        QTest::newRow("everything") << QStringList{} << QByteArray("Asia/Tokyo") << all;
        // A day is the till's day: 00:30 in Tokyo on the 2nd is still the 1st in UTC.
        QTest::newRow("a Tokyo day") << QStringList{"--from", "2026-03-02", "--to", "2026-03-02"} << QByteArray("Asia/Tokyo")
                                     << QStringList{"L-TEST-USD", "L-PAID-USD"};
        QTest::newRow("a UTC day") << QStringList{"--from", "2026-03-02", "--to", "2026-03-02"} << QByteArray("UTC")
                                   << QStringList{"L-TEST-USD"};
        QTest::newRow("times, both included")
                << QStringList{"--from", "2026-03-01T14:59:59Z", "--to", "2026-03-01T15:30:00Z"} << QByteArray("Asia/Tokyo")
                << QStringList{"L-PAID-USD", "L-OPEN-EUR"};
        QTest::newRow("a local time") << QStringList{"--from", "2026-03-02T19:00"} << QByteArray("Asia/Tokyo")
                                      << QStringList{"L-UNDER-USD", "L-TEST-USD"};
        QTest::newRow("states repeated") << QStringList{"--state", "paid", "--state", "underpaid", "--live"}
                                         << QByteArray("Asia/Tokyo") << QStringList{"L-UNDER-USD", "L-PAID-USD"};
        QTest::newRow("states with commas") << QStringList{"--state", "paid,underpaid", "--live"} << QByteArray("Asia/Tokyo")
                                            << QStringList{"L-UNDER-USD", "L-PAID-USD"};
        QTest::newRow("currency") << QStringList{"--currency", "eur"} << QByteArray("Asia/Tokyo") << QStringList{"L-OPEN-EUR"};
        QTest::newRow("amounts") << QStringList{"--min", "12.5", "--max", "99.99"} << QByteArray("Asia/Tokyo")
                                 << QStringList{"L-UNDER-USD", "L-PAID-USD"};
        QTest::newRow("search") << QStringList{"--search", "anna@shop"} << QByteArray("Asia/Tokyo") << QStringList{"L-PAID-USD"};
        QTest::newRow("test") << QStringList{"--test"} << QByteArray("Asia/Tokyo") << QStringList{"L-TEST-USD"};
        QTest::newRow("limit") << QStringList{"--limit", "2"} << QByteArray("Asia/Tokyo") << all.mid(0, 2);
    }

    void listFiltersTheHistory()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, zone);
        QFETCH(QStringList, orders);
        seedListHistory();
        // No keys are set and no gateway is asked: list reads the history alone.
        const Run run = list(options + QStringList{"--format", "json"}, zone);
        QCOMPARE(run.code, int(Ok));
        QCOMPARE(listedOrders(run), orders);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("command")).toString(), QStringLiteral("list"));
        QCOMPARE(json.value(QStringLiteral("count")).toInt(), orders.size());
        if (!options.contains(QStringLiteral("--limit")))
            QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("count")).toInt(), orders.size());
        else
            QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("count")).toInt(), 5);
        // The same through the global --json.
        const Run global = list(options + QStringList{"--json"}, zone);
        QCOMPARE(global.code, int(Ok));
        QCOMPARE(listedOrders(global), orders);
        QCOMPARE(m_gateway->requestCount(GatewayCommands::CreateInvoice), 0);
    }

    void listPrintsExactAmountsAndATable()
    {
        seedListHistory();
        const Run json = list({QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject invoice = json.json().value(QStringLiteral("invoices")).toArray().first().toObject();
        QCOMPARE(invoice.value(QStringLiteral("price_amount")), QJsonValue(QStringLiteral("0.10000001"))); // a string, exact
        QCOMPARE(invoice.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        const QJsonArray currencies = json.json().value(QStringLiteral("totals")).toObject().value(QStringLiteral("currencies")).toArray();
        QCOMPARE(currencies.first().toObject().value(QStringLiteral("unpaid")).toObject().value(QStringLiteral("amount")),
                 QJsonValue(QStringLiteral("0.10000001")));

        const Run table = list({});
        QCOMPARE(table.code, int(Ok));
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 5 + 1); // header, invoices, totals
        QVERIFY(lines.at(1).startsWith(QStringLiteral("L-UNDER-USD")));
        QVERIFY2(lines.at(1).contains(QStringLiteral("2026-03-03 09:00")), qPrintable(lines.at(1))); // Tokyo time
        QVERIFY(lines.at(1).contains(QStringLiteral("99.99 USD")));
        QVERIFY(lines.at(2).contains(QStringLiteral("(test)")));
        // Columns line up: every price ends where the header's does.
        const qsizetype end = lines.at(0).indexOf(QStringLiteral("Price")) + 5;
        for (int i = 1; i <= 5; ++i)
            QVERIFY2(lines.at(i).mid(end - 3, 3).trimmed().size() == 3, qPrintable(lines.at(i)));
        QVERIFY(lines.last().contains(QStringLiteral("12.50 USD")));

        const Run none = list({QStringLiteral("--currency"), QStringLiteral("GBP")});
        QCOMPARE(none.code, int(Ok));
        QVERIFY(none.out.contains(QStringLiteral("No invoice matches")));
    }

    void listWritesCsvAndXlsx()
    {
        seedListHistory();
        const Run csv = list({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--live")});
        QCOMPARE(csv.code, int(Ok));
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 1 + 4);
        QVERIFY(csv.out.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""))); // quoted, quotes doubled, guarded
        QVERIFY(csv.out.contains(QStringLiteral(",0.10000001,EUR,")));
        QVERIFY(csv.out.contains(QStringLiteral("2026-03-01T15:30:00.000Z")));

        for (const QString &name : {QStringLiteral("sales.csv"), QStringLiteral("sales.xlsx")}) {
            const QString path = m_home->filePath(name);
            const Run run = list({QStringLiteral("--state"), QStringLiteral("paid"), QStringLiteral("--output"), path});
            QCOMPARE(run.code, int(Ok));
            QVERIFY2(run.out.contains(QStringLiteral("written to")), qPrintable(run.out));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
            const QByteArray bytes = file.readAll();
            QVERIFY(name.endsWith(QLatin1String("xlsx")) ? bytes.startsWith("PK") : bytes.startsWith("\xEF\xBB\xBFOrder"));
            QCOMPARE(QDir(m_home->path()).entryList({name + QStringLiteral("*")}, QDir::Files | QDir::Hidden),
                     QStringList{name}); // no temporary file left
        }
        const Run json = list({QStringLiteral("--json"), QStringLiteral("--output"), m_home->filePath(QStringLiteral("j.csv"))});
        QCOMPARE(json.code, int(Ok));
        QCOMPARE(json.json().value(QStringLiteral("count")).toInt(), 5);
        QCOMPARE(json.json().value(QStringLiteral("output")).toString(), m_home->filePath(QStringLiteral("j.csv")));
    }

    void listRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown state") << QStringList{"--state", "nope"} << "nope";
        QTest::newRow("no such day") << QStringList{"--from", "2026-02-30"} << "--from";
        QTest::newRow("bad time") << QStringList{"--to", "2026-03-01T25:00"} << "--to";
        QTest::newRow("from after to") << QStringList{"--from", "2026-03-05", "--to", "2026-03-01"} << "--from";
        QTest::newRow("comma amount") << QStringList{"--min", "1,5"} << "--min";
        QTest::newRow("negative amount") << QStringList{"--max", "-1"} << "--max";
        QTest::newRow("min above max") << QStringList{"--min", "5", "--max", "1"} << "--min";
        QTest::newRow("test and live") << QStringList{"--test", "--live"} << "--live";
        QTest::newRow("xlsx to stdout") << QStringList{"--format", "xlsx"} << "--output";
        QTest::newRow("unknown format") << QStringList{"--format", "pdf"} << "pdf";
        QTest::newRow("unknown currency") << QStringList{"--currency", "XYZ"} << "XYZ";
        QTest::newRow("zero limit") << QStringList{"--limit", "0"} << "--limit";
        QTest::newRow("an argument") << QStringList{"everything"} << "everything";
        QTest::newRow("another command's option") << QStringList{"--amount", "1"} << "amount";
    }

    void listRefusesBadInput()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, says);
        const Run run = list(options);
        QCOMPARE(run.code, int(Usage));
        QVERIFY2(run.err.startsWith(QStringLiteral("merchant-console-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // demo-history: fills the history, replaces its own demo invoices, refuses a
    // history with real ones unless --force, and says so with its own exit code.
    void demoHistoryFillsReplacesAndRefuses()
    {
        Run run = cli({"demo-history", "--invoices", "3000", "--seed", "5"});
        QCOMPARE(run.code, int(Ok));
        QVERIFY2(run.out.contains(QStringLiteral("Wrote 3000 demo invoice")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("--seed 5")), qPrintable(run.out));
        QCOMPARE(storedCount(), 3000);

        run = cli({"demo-history", "--invoices", "1000", "--seed", "6"});
        QCOMPARE(run.code, int(Ok));
        QVERIFY2(run.out.contains(QStringLiteral("Replaced the 3000 demo invoice")), qPrintable(run.out));
        QCOMPARE(storedCount(), 1000);

        // A real sale: from now on the history is not the demo's to replace.
        QCOMPARE(cli({"create", "--training", "--amount", "4.20", "--title", "Real espresso"}).code, int(Ok));
        QCOMPARE(storedCount(), 1001);
        run = cli({"demo-history", "--invoices", "500"});
        QCOMPARE(run.code, int(Refused));
        QVERIFY2(run.err.startsWith(QStringLiteral("merchant-console-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 real invoice")) && run.err.contains(QStringLiteral("--force")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(storedCount(), 1001);

        run = cli({"demo-history", "--invoices", "500", "--force", "--seed", "7"});
        QCOMPARE(run.code, int(Ok));
        QVERIFY2(run.out.contains(QStringLiteral("Kept the 1 real invoice")), qPrintable(run.out));
        QCOMPARE(storedCount(), 501);
        InvoiceStore store;
        QCOMPARE(store.open(QDir(dataDir()).filePath(QStringLiteral("invoices.sqlite"))), QString());
        const QList<InvoiceRecord> records = store.recent(-1).value();
        int real = 0;
        for (const InvoiceRecord &record : records)
            real += record.gateway != QLatin1String("demo");
        QCOMPARE(real, 1);
    }

    void demoHistoryAnswersInJson()
    {
        const Run run = cli({"demo-history", "--invoices", "200", "--seed", "1", "--json"});
        QCOMPARE(run.code, int(Ok));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("command")).toString(), QStringLiteral("demo-history"));
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("invoices")).toInteger(), qint64(200));
        QVERIFY(json.value(QStringLiteral("events")).toInteger() >= 400);
        QCOMPARE(json.value(QStringLiteral("seed")).toInteger(), qint64(1));
        QCOMPARE(json.value(QStringLiteral("real_invoices")).toInteger(), qint64(0));
        QVERIFY(json.value(QStringLiteral("seconds")).isDouble());
        QCOMPARE(int(run.out.count(QLatin1Char('\n'))), 1);
    }

    void demoHistoryShowsProgressOnStandardError()
    {
        const Run run = cli({"demo-history", "--invoices", "50000", "--seed", "2"}, QByteArray(), 120000);
        QCOMPARE(run.code, int(Ok));
        for (int percent = 10; percent <= 90; percent += 10)
            QVERIFY2(run.err.contains(QStringLiteral("demo-history: %1% (").arg(percent)), qPrintable(run.err));
        QCOMPARE(int(run.err.count(QLatin1Char('\n'))), 9);
        QVERIFY(run.out.contains(QStringLiteral("Wrote 50000 demo invoice")));
    }

    void demoHistoryRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("says");
        QTest::newRow("no count") << QStringList{} << "--invoices";
        QTest::newRow("zero") << QStringList{"--invoices", "0"} << "--invoices";
        QTest::newRow("words") << QStringList{"--invoices", "many"} << "--invoices";
        QTest::newRow("too many") << QStringList{"--invoices", "10000001"} << "--invoices";
        QTest::newRow("bad seed") << QStringList{"--invoices", "10", "--seed", "-1"} << "--seed";
        QTest::newRow("an argument") << QStringList{"--invoices", "10", "now"} << "now";
        QTest::newRow("another command's option") << QStringList{"--invoices", "10", "--amount", "1"} << "amount";
    }

    void demoHistoryRefusesBadInput()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, says);
        const Run run = cli(QStringList{"demo-history"} + options);
        QCOMPARE(run.code, int(Usage));
        QVERIFY2(run.err.startsWith(QStringLiteral("merchant-console-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(storedCount(), 0);
    }

    // ---- receipt, shift and report: the shop's day from the command line ----
private:
    // An invoice written the way the engine writes it, made now, in a state:
    // paid (0.00012 BTC came in), underpaid, or open.
    void seedInvoice(const QString &orderId, const QString &price, InvoiceState state, bool test = false)
    {
        InvoiceStore store;
        QCOMPARE(store.open(QDir(dataDir()).filePath(QStringLiteral("invoices.sqlite"))), QString());
        InvoiceFields f;
        f.orderId = orderId;
        f.price = *Amount::fromCanonical(price);
        f.currency = QStringLiteral("USD");
        f.title = QStringLiteral("Coffee");
        f.test = test;
        const qint64 id = store.createSending(f, QStringLiteral("https://payid19.com/api/v1/ key=pk"));
        QVERIFY(id > 0);
        QVERIFY(store.markOpen(id, QStringLiteral("https://payid19.com/invoice/%1").arg(id), QByteArray()));
        if (state != InvoiceState::Open) {
            PaymentStatus status;
            status.state = state;
            status.paidAmount = Amount::fromCanonical(QStringLiteral("0.00012"));
            status.paidCurrency = QStringLiteral("BTC");
            QVERIFY(store.recordPayment(id, status, QByteArray()));
        }
    }

    // The text of a PDF as pdftotext reads it, laid out as on the page.
    static QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QString();
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // ESC/POS as the console writes it: initialise (ESC @) first, the paper
    // cut (GS V, with its mode and feed) at the very end.
    static bool isWholeEscPosReceipt(const QByteArray &bytes)
    {
        return bytes.startsWith("\x1b@") && bytes.size() > 8 && bytes.lastIndexOf("\x1dV") >= bytes.size() - 4;
    }

    // The till's receipt printer, as the window's Settings would save it.
    void chooseReceiptPrinter(const ReceiptPrinterChoice &choice)
    {
        QSettings settings(m_home->filePath(QStringLiteral("config/MerchantConsole/merchant-console.conf")),
                           QSettings::IniFormat);
        TillSettings(&settings).setReceiptPrinter(choice);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

// pdftotext comes with poppler-utils: a missing tool fails under CI and skips elsewhere.
#define REQUIRE_PDFTOTEXT()                                                                                  \
    do {                                                                                                     \
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {                       \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL("pdftotext (poppler-utils) is missing");                                               \
            QSKIP("pdftotext (poppler-utils) is missing; install poppler-utils");                            \
        }                                                                                                    \
    } while (false)

private slots:
    void receiptToPdfThenDuplicate()
    {
        REQUIRE_PDFTOTEXT();
        seedInvoice(QStringLiteral("R-PAID"), QStringLiteral("12.5"), InvoiceState::Paid);
        seedInvoice(QStringLiteral("R-OPEN"), QStringLiteral("7"), InvoiceState::Open);

        // A relative path is the working folder's.
        const Run first = cli({"receipt", "R-PAID", "--pdf", "first.pdf"});
        QCOMPARE(first.code, int(Ok));
        const QString firstPath = m_home->filePath(QStringLiteral("first.pdf"));
        QCOMPARE(first.out.trimmed(), QStringLiteral("Receipt of R-PAID printed to %1.").arg(firstPath));
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err)); // no platform chatter on a scheduled job's mail
        const QString original = pdfText(firstPath);
        QVERIFY2(original.contains(QStringLiteral("12.50 USD")), qPrintable(original));
        QVERIFY2(original.contains(QStringLiteral("0.00012 BTC")), qPrintable(original));
        QVERIFY(original.contains(QStringLiteral("PAID")));
        QVERIFY(!original.contains(QStringLiteral("NOT PAID")) && !original.contains(QStringLiteral("UNDERPAID")));
        QVERIFY(!original.contains(QStringLiteral("DUPLICATE")));

        // A file is no paper in a customer's hand: another PDF is still the original.
        const Run again = cli({"receipt", "R-PAID", "--pdf", "again.pdf", "--json"});
        QCOMPARE(again.code, int(Ok));
        QCOMPARE(again.json().value(QStringLiteral("duplicate")).toBool(), false);
        QVERIFY(!pdfText(m_home->filePath(QStringLiteral("again.pdf"))).contains(QStringLiteral("DUPLICATE")));

        // Once a receipt came out of a printer, a PDF is a copy of it.
        QTcpServer printer;
        QVERIFY(printer.listen(QHostAddress::LocalHost));
        connect(&printer, &QTcpServer::newConnection, this, [&printer] {
            QTcpSocket *socket = printer.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        });
        const Run paper = cli({"receipt", "R-PAID", "--escpos", QStringLiteral("127.0.0.1:%1").arg(printer.serverPort()), "--json"});
        QCOMPARE(paper.code, int(Ok));
        QCOMPARE(paper.json().value(QStringLiteral("duplicate")).toBool(), false);
        const Run second = cli({"receipt", "R-PAID", "--pdf", m_home->filePath(QStringLiteral("second.pdf")), "--json"});
        QCOMPARE(second.code, int(Ok));
        QCOMPARE(second.json().value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(second.json().value(QStringLiteral("order_id")).toString(), QStringLiteral("R-PAID"));
        QCOMPARE(second.json().value(QStringLiteral("destination")).toString(),
                 QStringLiteral("pdf:") + m_home->filePath(QStringLiteral("second.pdf")));
        const QString duplicate = pdfText(m_home->filePath(QStringLiteral("second.pdf")));
        QVERIFY2(duplicate.contains(QStringLiteral("DUPLICATE")), qPrintable(duplicate));
        QVERIFY(duplicate.contains(QStringLiteral("12.50 USD")));
        const Run third = cli({"receipt", "R-PAID", "--pdf", "third.pdf", "--paper", "58"});
        QCOMPARE(third.code, int(Ok));
        QVERIFY2(third.out.contains(QStringLiteral("(duplicate)")), qPrintable(third.out));

        // An unpaid invoice's receipt says so.
        QCOMPARE(cli({"receipt", "R-OPEN", "--pdf", "open.pdf"}).code, int(Ok));
        const QString open = pdfText(m_home->filePath(QStringLiteral("open.pdf")));
        QVERIFY2(open.contains(QStringLiteral("NOT PAID")) && open.contains(QStringLiteral("7.00 USD")), qPrintable(open));

        const Run unknown = cli({"receipt", "R-NONE", "--pdf", "none.pdf"});
        QCOMPARE(unknown.code, int(NotFound));
        QVERIFY2(unknown.err.contains(QStringLiteral("R-NONE")), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("none.pdf"))));
        QCOMPARE(m_gateway->requestCount(GatewayCommands::CreateInvoice), 0); // the history only
    }

    void receiptAsEscPosBytes()
    {
        seedInvoice(QStringLiteral("E-PAID"), QStringLiteral("3.20"), InvoiceState::Paid);
        // To a file: relative, made absolute; a plain file is replaced, not added to.
        const Run run = cli({"receipt", "E-PAID", "--escpos", "./receipt.bin", "--paper", "58", "--qr", "native"});
        QCOMPARE(run.code, int(Ok));
        QVERIFY2(run.out.contains(m_home->filePath(QStringLiteral("receipt.bin"))), qPrintable(run.out));
        QByteArray bytes = fileBytes(m_home->filePath(QStringLiteral("receipt.bin")));
        QVERIFY2(isWholeEscPosReceipt(bytes), bytes.toHex(' ').left(64).constData());
        QVERIFY(bytes.contains("3.20 USD"));
        QVERIFY(bytes.contains("\x1d(k")); // the printer's own QR command (--qr native)
        QVERIFY(!bytes.contains("DUPLICATE"));
        // Bytes kept in a file are the owner's alone, as a PDF is.
        QCOMPARE(QFile::permissions(m_home->filePath(QStringLiteral("receipt.bin")))
                         & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        // A file is no paper: the next receipt is still the original, and replaces it.
        QCOMPARE(cli({"receipt", "E-PAID", "--escpos", m_home->filePath(QStringLiteral("receipt.bin"))}).code, int(Ok));
        bytes = fileBytes(m_home->filePath(QStringLiteral("receipt.bin")));
        QVERIFY(isWholeEscPosReceipt(bytes));
        QVERIFY(!bytes.contains("DUPLICATE"));
        QCOMPARE(bytes.count("Thank you"), 1); // this receipt alone

        // To a network printer on loopback (raw TCP, as port 9100 takes it).
        QTcpServer printer;
        QVERIFY(printer.listen(QHostAddress::LocalHost));
        QByteArray received;
        bool closed = false;
        connect(&printer, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = printer.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, this, [&closed, &received, socket] {
                received += socket->readAll();
                closed = true;
            });
        });
        const Run network = cli({"receipt", "E-PAID", "--escpos", QStringLiteral("127.0.0.1:%1").arg(printer.serverPort()),
                                 "--json"});
        QCOMPARE(network.code, int(Ok));
        QTRY_VERIFY(closed);
        QVERIFY2(isWholeEscPosReceipt(received), received.toHex(' ').right(64).constData());
        QCOMPARE(network.json().value(QStringLiteral("destination")).toString(),
                 QStringLiteral("escpos:127.0.0.1:%1").arg(printer.serverPort()));
        QVERIFY(!received.contains("DUPLICATE")); // the first paper
        // After a paper, a file is a copy of it.
        QCOMPARE(cli({"receipt", "E-PAID", "--escpos", "./receipt.bin"}).code, int(Ok));
        QVERIFY(fileBytes(m_home->filePath(QStringLiteral("receipt.bin"))).contains("DUPLICATE"));

        // Nobody listening: the printer's failure, in a sentence, exit 1.
        const quint16 port = printer.serverPort();
        printer.close();
        const Run down = cli({"receipt", "E-PAID", "--escpos", QStringLiteral("127.0.0.1:%1").arg(port)});
        QCOMPARE(down.code, int(Failure));
        QVERIFY2(down.err.startsWith(QStringLiteral("merchant-console-cli: ")) && down.err.contains(QString::number(port)),
                 qPrintable(down.err));
        QVERIFY(down.out.isEmpty());
    }

    void receiptGoesToTheSettingsPrinter()
    {
        seedInvoice(QStringLiteral("S-PAID"), QStringLiteral("5"), InvoiceState::Paid);
        const Run none = cli({"receipt", "S-PAID"});
        QCOMPARE(none.code, int(Usage));
        QVERIFY2(none.err.contains(QStringLiteral("Settings")), qPrintable(none.err));

        ReceiptPrinterChoice choice;
        choice.kind = ReceiptPrinterChoice::Kind::EscPos;
        choice.escposTarget = m_home->filePath(QStringLiteral("till-printer.bin"));
        choice.paper = ReceiptPrinterChoice::Paper::Mm58;
        chooseReceiptPrinter(choice);
        const Run run = cli({"receipt", "S-PAID"});
        QCOMPARE(run.code, int(Ok));
        QVERIFY2(run.out.contains(QStringLiteral("till-printer.bin")), qPrintable(run.out));
        QVERIFY(isWholeEscPosReceipt(fileBytes(choice.escposTarget)));
        // A system printer takes no --qr: refused rather than ignored.
        choice.kind = ReceiptPrinterChoice::Kind::System;
        chooseReceiptPrinter(choice);
        QCOMPARE(cli({"receipt", "S-PAID", "--qr", "native"}).code, int(Usage));
    }

    void shiftsAndReports()
    {
        REQUIRE_PDFTOTEXT();
        m_login = QStringLiteral("anna");
        Run run = cli({"shift", "status"});
        QCOMPARE(run.code, int(Ok));
        QCOMPARE(run.out.trimmed(), QStringLiteral("No shift is open."));
        QCOMPARE(cli({"shift", "status", "--json"}).json().value(QStringLiteral("open")).toBool(true), false);
        run = cli({"shift", "close"});
        QCOMPARE(run.code, int(NoShift));
        QVERIFY2(run.err.contains(QStringLiteral("No shift is open")), qPrintable(run.err));
        QCOMPARE(cli({"report", "x"}).code, int(NoShift));
        QCOMPARE(cli({"report", "z"}).code, int(NotFound));

        // Opened by the login name, with a note; a second one is refused.
        run = cli({"shift", "open", "--note", "Float 200 USD"});
        QCOMPARE(run.code, int(Ok));
        QVERIFY2(run.out.startsWith(QStringLiteral("Shift opened by anna at ")), qPrintable(run.out));
        run = cli({"shift", "open", "--by", "bob"});
        QCOMPARE(run.code, int(ShiftOpen));
        QVERIFY2(run.err.contains(QStringLiteral("anna")), qPrintable(run.err));

        seedInvoice(QStringLiteral("Z1-PAID"), QStringLiteral("12.5"), InvoiceState::Paid);
        seedInvoice(QStringLiteral("Z1-UNDER"), QStringLiteral("20"), InvoiceState::Underpaid);
        seedInvoice(QStringLiteral("Z1-TEST"), QStringLiteral("99"), InvoiceState::Paid, true);
        run = cli({"shift", "status", "--json"});
        QCOMPARE(run.code, int(Ok));
        QJsonObject status = run.json();
        QCOMPARE(status.value(QStringLiteral("open")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("opened_by")).toString(), QStringLiteral("anna"));
        QCOMPARE(status.value(QStringLiteral("note")).toString(), QStringLiteral("Float 200 USD"));
        QCOMPARE(status.value(QStringLiteral("invoices")).toInteger(), qint64(2));
        QCOMPARE(status.value(QStringLiteral("test_invoices")).toInteger(), qint64(1));
        run = cli({"shift", "status"});
        QVERIFY2(run.out.contains(QStringLiteral("Invoices so far: 2 (and 1 test invoice(s)).")), qPrintable(run.out));

        // The X report as text: the running shift, nothing closed.
        run = cli({"report", "x"});
        QCOMPARE(run.code, int(Ok));
        QVERIFY2(run.out.contains(QStringLiteral("X report")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("12.50 USD")));
        QVERIFY(run.out.contains(QStringLiteral("Float 200 USD")));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

        // The close: Z report No. 1, written as PDF (with its chart) and CSV.
        run = cli({"shift", "close", "--pdf", "z1.pdf", "--csv", "z1.csv"});
        QCOMPARE(run.code, int(Ok));
        QVERIFY2(run.out.startsWith(QStringLiteral("Z report No. 1")), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString z1 = pdfText(m_home->filePath(QStringLiteral("z1.pdf")));
        QVERIFY2(z1.contains(QStringLiteral("Z report No. 1")), qPrintable(z1));
        QVERIFY(z1.contains(QStringLiteral("12.50 USD")));
        QVERIFY(z1.contains(QStringLiteral("Sales per hour"))); // the chart's title, drawn by Qt Charts
        const QByteArray csv = fileBytes(m_home->filePath(QStringLiteral("z1.csv")));
        QVERIFY2(csv.contains("report,number,,,,1"), csv.constData());
        QVERIFY(csv.contains("total,paid,USD,1,12.50,"));
        QCOMPARE(QFile(m_home->filePath(QStringLiteral("z1.csv"))).permissions()
                         & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(cli({"shift", "status"}).out.trimmed(), QStringLiteral("No shift is open."));
        QCOMPARE(cli({"shift", "close"}).code, int(NoShift));

        // The next shift gets the next number.
        QCOMPARE(cli({"shift", "open", "--by", "bob"}).code, int(Ok));
        run = cli({"shift", "close", "--by", "bob", "--json"});
        QCOMPARE(run.code, int(Ok));
        QCOMPARE(run.json().value(QStringLiteral("z_number")).toInteger(), qint64(2));
        QCOMPARE(int(run.out.count(QLatin1Char('\n'))), 1); // one JSON object alone

        // Z 1 again, as it was closed; the last one by default.
        run = cli({"report", "z", "1", "--pdf", "z1-again.pdf"});
        QCOMPARE(run.code, int(Ok));
        const QString again = pdfText(m_home->filePath(QStringLiteral("z1-again.pdf")));
        QVERIFY2(again.contains(QStringLiteral("Z report No. 1")), qPrintable(again));
        QVERIFY(again.contains(QStringLiteral("12.50 USD")));
        QVERIFY(again.contains(QStringLiteral("anna")));
        run = cli({"report", "z", "--json"});
        QCOMPARE(run.code, int(Ok));
        QCOMPARE(run.json().value(QStringLiteral("z_number")).toInteger(), qint64(2));
        QCOMPARE(run.json().value(QStringLiteral("report")).toObject().value(QStringLiteral("closedBy")).toString(),
                 QStringLiteral("bob"));
        run = cli({"report", "z", "99"});
        QCOMPARE(run.code, int(NotFound));
        QVERIFY2(run.err.contains(QStringLiteral("99")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());

        // Any period: the same invoices, test ones apart; amounts exact in JSON.
        run = cli({"report", "period", "--from", "yesterday", "--to", "today", "--json"});
        QCOMPARE(run.code, int(Ok));
        const QJsonObject report = run.json().value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("kind")).toString(), QStringLiteral("period"));
        const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("count")).toInteger(), qint64(3));
        QCOMPARE(totals.value(QStringLiteral("testCount")).toInteger(), qint64(1));
        run = cli({"report", "period", "--from", "yesterday", "--csv", "period.csv"});
        QCOMPARE(run.code, int(Ok));
        QVERIFY(fileBytes(m_home->filePath(QStringLiteral("period.csv"))).contains("report,kind,,,,period"));

        // Printed on the till's receipt printer (Settings), as ESC/POS.
        ReceiptPrinterChoice choice;
        choice.kind = ReceiptPrinterChoice::Kind::EscPos;
        choice.escposTarget = m_home->filePath(QStringLiteral("till-printer.bin"));
        chooseReceiptPrinter(choice);
        run = cli({"report", "z", "1", "--print"});
        QCOMPARE(run.code, int(Ok));
        QVERIFY2(run.out.contains(QStringLiteral("printed on the receipt printer")), qPrintable(run.out));
        const QByteArray printed = fileBytes(choice.escposTarget);
        QVERIFY(isWholeEscPosReceipt(printed));
        QVERIFY(printed.contains("Z report No. 1"));
    }

    void shiftWithoutANameIsRefused()
    {
        // No --by and no login name ($USER): who opened it must be known.
        const Run run = cli({"shift", "open"});
        QCOMPARE(run.code, int(Usage));
        QVERIFY2(run.err.contains(QStringLiteral("--by")), qPrintable(run.err));
        m_login = QStringLiteral("anna");
        QCOMPARE(cli({"shift", "open", "--by", "  "}).code, int(Usage));
        QCOMPARE(cli({"shift", "status", "--json"}).json().value(QStringLiteral("open")).toBool(true), false);
    }

    void dayCommandsRefuseBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("receipt without order") << QStringList{"receipt"} << "order number";
        QTest::newRow("receipt of two orders") << QStringList{"receipt", "A", "B"} << "order number";
        QTest::newRow("pdf and escpos") << QStringList{"receipt", "A", "--pdf", "a.pdf", "--escpos", "./a.bin"} << "--escpos";
        QTest::newRow("pdf and printer") << QStringList{"receipt", "A", "--pdf", "a.pdf", "--printer", "P"} << "--printer";
        QTest::newRow("unknown paper") << QStringList{"receipt", "A", "--escpos", "./a.bin", "--paper", "57"} << "57";
        QTest::newRow("unknown qr") << QStringList{"receipt", "A", "--escpos", "./a.bin", "--qr", "laser"} << "laser";
        QTest::newRow("qr on a pdf") << QStringList{"receipt", "A", "--pdf", "a.pdf", "--qr", "native"} << "--qr";
        QTest::newRow("paper on a printer") << QStringList{"receipt", "A", "--printer", "P", "--paper", "58"} << "--paper";
        QTest::newRow("bad printer address") << QStringList{"receipt", "A", "--escpos", "http://printer"} << "./receipt.bin";
        QTest::newRow("empty escpos") << QStringList{"receipt", "A", "--escpos", ""} << "--escpos";
        QTest::newRow("pdf is a folder") << QStringList{"receipt", "A", "--pdf", "/"} << "folder";
        QTest::newRow("shift without action") << QStringList{"shift"} << "shift open";
        QTest::newRow("unknown shift action") << QStringList{"shift", "pause"} << "pause";
        QTest::newRow("shift with more") << QStringList{"shift", "status", "now"} << "now";
        QTest::newRow("note on close") << QStringList{"shift", "close", "--by", "a", "--note", "x"} << "--note";
        QTest::newRow("pdf on open") << QStringList{"shift", "open", "--by", "a", "--pdf", "a.pdf"} << "--pdf";
        QTest::newRow("close into no folder") << QStringList{"shift", "close", "--by", "a", "--pdf", "/no/such/folder/z.pdf"}
                                              << "/no/such/folder";
        // A folder that is there but takes no file: refused before the Z is closed.
        QTest::newRow("close into a folder that takes no file")
                << QStringList{"shift", "close", "--by", "a", "--pdf", "/proc/z.pdf"} << "/proc";
        QTest::newRow("print with no printer") << QStringList{"shift", "close", "--by", "a", "--print"} << "Settings";
        QTest::newRow("report without kind") << QStringList{"report"} << "report x";
        QTest::newRow("unknown report") << QStringList{"report", "y"} << "\"y\"";
        QTest::newRow("z of words") << QStringList{"report", "z", "last"} << "last";
        QTest::newRow("z of zero") << QStringList{"report", "z", "0"} << "\"0\"";
        QTest::newRow("x with a number") << QStringList{"report", "x", "3"} << "\"3\"";
        QTest::newRow("x with dates") << QStringList{"report", "x", "--from", "2026-03-01"} << "--from";
        QTest::newRow("period without from") << QStringList{"report", "period"} << "--from";
        QTest::newRow("no such day") << QStringList{"report", "period", "--from", "2026-02-30"} << "2026-02-30";
        QTest::newRow("bad to") << QStringList{"report", "period", "--from", "2026-03-01", "--to", "March"} << "March";
        QTest::newRow("from after to") << QStringList{"report", "period", "--from", "2026-03-05", "--to", "2026-03-01"}
                                       << "--from is after --to";
        QTest::newRow("a century") << QStringList{"report", "period", "--from", "1900-01-01"} << "at most";
        QTest::newRow("same file twice") << QStringList{"report", "z", "--pdf", "r", "--csv", "r"} << "same file";
        QTest::newRow("empty csv") << QStringList{"report", "z", "--csv", ""} << "--csv";
        QTest::newRow("another command's option") << QStringList{"report", "x", "--amount", "1"} << "amount";
    }

    void dayCommandsRefuseBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = cli(arguments);
        QCOMPARE(run.code, int(Usage));
        QVERIFY2(run.err.startsWith(QStringLiteral("merchant-console-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QCOMPARE(int(run.err.count(QLatin1Char('\n'))), 1); // one sentence, nothing else
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("a.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
