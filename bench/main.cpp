// merchant-console-bench: the figures README quotes. Each line is "name: value".
// Ratios compare numbers measured in this one run, so a busy machine slows both
// sides alike.
#include "InvoiceForm.h"
#include "MainWindow.h"
#include "PaymentPanel.h"
#include "engine/ConsoleEngine.h"
#include "history/HistoryQuery.h"
#include "history/HistoryReader.h"
#include "history/InvoiceHistoryModel.h"
#include "history/export/HistoryExport.h"
#include "gateway/CreateInvoiceRequest.h"
#include "gateway/GatewayClient.h"
#include "gateway/OneShotBody.h"
#include "widgets/QrCodeWidget.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <sqlite3.h>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// CPU time of this thread: the poll cycle's own work (and, in this process, the
// training gateway's handler, which runs on the same thread).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void print(const char *name, double value)
{
    QTextStream(stdout) << name << ": " << QString::number(value, 'f', 3) << Qt::endl;
}

// Stops a clock when a widget paints itself, at that moment rather than when the
// event loop next returns to the benchmark.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    const QElapsedTimer *clock = nullptr;
    double paintedAtMs = -1;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && clock && paintedAtMs < 0)
            paintedAtMs = msSince(*clock);
        return false;
    }
};

// Runs the event loop until `done`, sleeping between events (no busy wait, so
// the CPU figures measure work, not waiting).
template <typename Done>
void spin(Done done)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    check.start();
    if (!done())
        loop.exec();
}


// What a history of `invoices` costs: the program started on it (a process of
// its own, from exec to its window shown, and its memory then), a search typed
// into it, and an export of all of it; each beside the same work done by the
// sqlite3 library or program directly.
struct StartupFigures {
    double ms = 0;
    double rssMb = 0;
};

QProcessEnvironment tillEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

QString historyFileOf(const QString &home)
{
    return home + QStringLiteral("/data/MerchantConsole/merchant-console/invoices.sqlite");
}

StartupFigures startOnce(const QString &program, const QString &home)
{
    QProcess process;
    process.setProcessEnvironment(tillEnvironment(home));
    QProcessEnvironment env = process.processEnvironment();
    env.insert(QStringLiteral("MC_REPORT_STARTUP"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    StartupFigures figures;
    QByteArray out;
    while (process.waitForReadyRead(60000)) {
        out += process.readAllStandardOutput();
        if (out.contains("window-shown")) {
            figures.ms = msSince(timer);
            break;
        }
    }
    process.waitForFinished(60000);
    out += process.readAllStandardOutput();
    const int at = out.indexOf("rss=");
    if (at >= 0)
        figures.rssMb = out.mid(at + 4).split(' ').first().trimmed().toDouble() / 1024.0;
    return figures;
}

// The raw query the history view's search runs, through the sqlite3 library:
// prepared, bound, its first page of rows read column by column.
double rawSqliteMs(const QString &file, const QString &sql, const QVariantList &values, int rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    // The schema is read once per connection, as the console's is long open.
    sqlite3_exec(db, "SELECT 1 FROM invoices LIMIT 1", nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        }
    }
    int got = 0;
    qint64 bytes = 0;
    while (got < rows && sqlite3_step(statement) == SQLITE_ROW) {
        for (int column = 0; column < sqlite3_column_count(statement); ++column)
            bytes += sqlite3_column_bytes(statement, column);
        ++got;
    }
    sqlite3_finalize(statement);
    const double ms = msSince(timer);
    sqlite3_close(db);
    Q_UNUSED(bytes); // read as the view reads them, not to be shown
    return ms;
}

// One invoice-sized row committed with synchronous=FULL in `folder`: what the
// disk's durability costs, the floor under storing a typed invoice.
double durableInsertFloorMs(const QString &folder)
{
    sqlite3 *db = nullptr;
    const QByteArray path = QDir(folder).filePath(QStringLiteral("floor.sqlite")).toUtf8();
    sqlite3_open(path.constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                     "CREATE TABLE t (id INTEGER PRIMARY KEY, order_id TEXT UNIQUE, created_at TEXT, state TEXT,"
                     " price_amount TEXT, price_units INTEGER, price_currency TEXT, title TEXT, email TEXT)",
                 nullptr, nullptr, nullptr);
    QList<double> samples;
    for (int i = 0; i < 50; ++i) {
        const QByteArray sql = QStringLiteral("BEGIN; INSERT INTO t (order_id, created_at, state, price_amount, price_units,"
                                              " price_currency, title, email) VALUES ('FLOOR-%1', '2026-11-29T12:00:00.000Z',"
                                              " 'sending', '12.5', 1250000000, 'USD', 'Coffee', 'a@example.com'); COMMIT;")
                                       .arg(i)
                                       .toUtf8();
        QElapsedTimer timer;
        timer.start();
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        samples << msSince(timer);
    }
    sqlite3_close(db);
    return median(samples);
}


int benchHistory()
{
    const int invoices = qEnvironmentVariableIsSet("MC_BENCH_INVOICES") ? qEnvironmentVariableIntValue("MC_BENCH_INVOICES")
                                                                         : 1000000;
    const QString binDir = QCoreApplication::applicationDirPath();
    const QString program = binDir + QStringLiteral("/merchant-console");
    const QString cli = binDir + QStringLiteral("/cli/merchant-console-cli");
    QTemporaryDir empty, full;
    QElapsedTimer fillTimer;
    fillTimer.start();
    {
        QProcess fill;
        fill.setProcessEnvironment(tillEnvironment(full.path()));
        fill.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        fill.start(cli, {QStringLiteral("demo-history"), QStringLiteral("--invoices"), QString::number(invoices)});
        if (!fill.waitForFinished(30 * 60 * 1000) || fill.exitCode() != 0) {
            QTextStream(stderr) << "demo-history failed: " << fill.readAllStandardOutput() << Qt::endl;
            return 1;
        }
    }
    print("demo_history_fill_s_1m", msSince(fillTimer) / 1000.0);

    // The program started on each, alternately; the first start of each is
    // left out (it makes the empty history's file).
    QList<double> emptyMs, fullMs, emptyRss, fullRss;
    startOnce(program, empty.path());
    startOnce(program, full.path());
    for (int i = 0; i < 5; ++i) {
        const StartupFigures a = startOnce(program, empty.path());
        const StartupFigures b = startOnce(program, full.path());
        emptyMs << a.ms;
        fullMs << b.ms;
        emptyRss << a.rssMb;
        fullRss << b.rssMb;
    }
    print("startup_window_ms_empty", median(emptyMs));
    print("startup_window_ms_1m", median(fullMs));
    print("startup_ratio_1m", median(fullMs) / median(emptyMs));
    print("rss_mb_empty", median(emptyRss));
    print("rss_mb_1m", median(fullRss));

    const QString file = historyFileOf(full.path());
    InvoiceStore store;
    if (!store.open(file).isEmpty())
        return 1;
    // A fragment of a customer's e-mail from the middle of the history.
    QString fragment;
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        query.exec(QStringLiteral("SELECT email FROM invoices WHERE email IS NOT NULL AND id >= %1 LIMIT 1").arg(invoices / 2));
        if (query.next())
            fragment = query.value(0).toString().mid(2, 8);
    }
    InvoiceHistoryModel model(&store, QLocale(QLocale::English, QLocale::UnitedStates));
    HistoryFilter filter;
    filter.text = fragment;
    const SqlCondition where = HistoryQuery::where(filter, HistoryQuery::Dialect::SQLite);
    const QString sql = QStringLiteral("SELECT * FROM invoices WHERE %1 ORDER BY id DESC LIMIT %2")
                                .arg(where.sql)
                                .arg(InvoiceHistoryModel::PageSize);
    QList<double> viewMs, rawMs;
    for (int i = 0; i < 7; ++i) {
        model.setFilter(HistoryFilter());
        QElapsedTimer timer;
        timer.start();
        model.setFilter(filter);
        const int rows = model.rowCount();
        viewMs << msSince(timer);
        rawMs << rawSqliteMs(file, sql, where.values, InvoiceHistoryModel::PageSize);
        if (i == 0)
            QTextStream(stdout) << "# search for \"" << fragment << "\": " << rows << " rows on the first screen" << Qt::endl;
    }
    viewMs.removeFirst(); // the first of each warms the disk cache
    rawMs.removeFirst();
    print("search_ms_1m", median(viewMs));
    print("search_raw_sqlite_ms_1m", median(rawMs));
    print("search_ratio_1m", median(viewMs) / median(rawMs));

    // Every invoice to CSV, beside sqlite3 -csv writing the same rows.
    QTemporaryDir out;
    QElapsedTimer exportTimer;
    exportTimer.start();
    const HistoryReader reader(store.connectionName());
    const auto result = HistoryExport::toFile(reader, HistoryFilter(), HistoryExport::Format::Csv,
                                              out.filePath(QStringLiteral("all.csv")));
    const double exportS = msSince(exportTimer) / 1000.0;
    if (!result.ok()) {
        QTextStream(stderr) << result.message << Qt::endl;
        return 1;
    }
    QProcess raw;
    raw.setStandardOutputFile(out.filePath(QStringLiteral("raw.csv")));
    QElapsedTimer rawTimer;
    rawTimer.start();
    raw.start(QStringLiteral("sqlite3"), {QStringLiteral("-csv"), QStringLiteral("-readonly"), file,
                                          QStringLiteral("SELECT * FROM invoices ORDER BY id")});
    raw.waitForFinished(30 * 60 * 1000);
    const double rawS = msSince(rawTimer) / 1000.0;
    print("export_csv_s_1m", exportS);
    print("export_csv_raw_sqlite3_s_1m", rawS);
    print("export_csv_ratio_1m", exportS / rawS);
    return 0;
}

const QString TypicalAddress = QStringLiteral("https://payid19.com/invoice/a1b2c3d4e5f6g7h8i9j0/classic");
const int Runs = qEnvironmentVariableIntValue("MC_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("MC_BENCH_RUNS") : 50;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    // --history: only the figures of a large history (see benchHistory()).
    if (app.arguments().contains(QStringLiteral("--history")))
        return benchHistory();
    double qrMs = 0;
    // qr_render_ms: encode a typical address and paint it at 300 px.
    {
        QrCodeWidget widget;
        widget.resize(300, 300);
        QImage target(300, 300, QImage::Format_ARGB32_Premultiplied);
        QList<double> samples;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer timer;
            timer.start();
            widget.setText(TypicalAddress + QString::number(i % 10));
            widget.render(&target);
            samples << msSince(timer);
        }
        qrMs = median(samples);
        print("qr_render_ms", qrMs);
    }

    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ConsoleEngine::Config config;
    config.dataDir = dir.path();
    config.settings = &qsettings;
    config.keyMode = CredentialStore::Mode::FileOnly;
    config.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    ConsoleEngine engine(config);
    const QString error = engine.start();
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    MainWindow window(WindowParts::of(engine));
    window.resize(760, 820);
    window.show();

    // submit_to_qr_ms and bare_post_ms alternate, so that both see the same
    // machine load and the same server state.
    QList<double> submit, bare, bareOneShot;
    InvoiceFields sale;
    sale.price = *Amount::fromCanonical(QStringLiteral("12.5"));
    sale.title = QStringLiteral("Coffee");
    PaintWatch qrPainted(window.paymentPanel()->qrWidget());
    // Where the submit time goes: stored (durable) and opened (the gateway's
    // answer read and recorded), then the window's work until the code paints.
    QList<double> stored, opened;
    const QElapsedTimer *stamp = nullptr;
    double storedAtMs = -1, openedAtMs = -1;
    QObject::connect(&engine.store, &InvoiceStore::invoiceAdded, [&] {
        if (stamp)
            storedAtMs = msSince(*stamp);
    });
    QObject::connect(&engine.checkout, &InvoiceCheckout::invoiceOpened, [&] {
        if (stamp)
            openedAtMs = msSince(*stamp);
    });
    for (int i = 0; i < Runs; ++i) {
        window.newSale();
        window.form()->amountEdit()->setText(QStringLiteral("12.50"));
        // Let the cleared form paint before the clock starts.
        QElapsedTimer settle;
        settle.start();
        spin([&] { return settle.elapsed() >= 30; });
        QElapsedTimer timer;
        qrPainted.clock = &timer;
        qrPainted.paintedAtMs = -1;
        stamp = &timer;
        timer.start();
        window.form()->createButton()->click();
        // The code is in front of the customer once its widget has painted.
        spin([&] { return window.isShowingPayment() && qrPainted.paintedAtMs >= 0; });
        submit << qrPainted.paintedAtMs;
        stored << storedAtMs;
        opened << openedAtMs;
        stamp = nullptr;
        qrPainted.clock = nullptr;

        // The same body, with a fresh order id, as a bare POST.
        sale.orderId = QStringLiteral("BARE-%1").arg(i);
        QNetworkRequest request(engine.training.endpoint().commandUrl(QStringLiteral("create_invoice")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        const QByteArray body = engine.client.bodyFor(CreateInvoiceRequest::form(sale));
        double answeredAtMs = -1;
        timer.restart();
        QNetworkReply *reply = engine.network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, [&] {
            reply->readAll();
            answeredAtMs = msSince(timer);
        });
        spin([&] { return answeredAtMs >= 0; });
        bare << answeredAtMs;
        reply->deleteLater();

        // The same POST with the body as the console sends it: a device that
        // cannot be rewound, so that Qt never sends a sale twice by itself.
        sale.orderId = QStringLiteral("ONESHOT-%1").arg(i);
        auto *device = new OneShotBody(engine.client.bodyFor(CreateInvoiceRequest::form(sale)));
        answeredAtMs = -1;
        timer.restart();
        QNetworkReply *oneShot = engine.network.post(request, device);
        device->setParent(oneShot);
        QObject::connect(oneShot, &QNetworkReply::finished, [&] {
            oneShot->readAll();
            answeredAtMs = msSince(timer);
        });
        spin([&] { return answeredAtMs >= 0; });
        bareOneShot << answeredAtMs;
        oneShot->deleteLater();
    }
    const double submitMs = median(submit);
    const double bareMs = median(bare);
    print("submit_to_qr_ms", submitMs);
    print("bare_post_ms", bareMs);
    print("submit_overhead_ratio", submitMs / bareMs);
    print("bare_post_oneshot_ms", median(bareOneShot));
    print("submit_stored_at_ms", median(stored));
    print("submit_opened_at_ms", median(opened));
    {
        const double floorMs = durableInsertFloorMs(dir.path());
        print("durable_insert_floor_ms", floorMs);
        // The console's own durable insert of the same sale (the store, with
        // its indexes and search trigrams), and the commit that marks it open.
        {
            InvoiceStore store;
            store.open(dir.filePath(QStringLiteral("store-floor.sqlite")));
            QList<double> inserts, opens;
            for (int i = 0; i < 50; ++i) {
                InvoiceFields f = sale;
                f.orderId = QStringLiteral("STORE-%1").arg(i);
                QElapsedTimer timer;
                timer.start();
                const qint64 id = store.createSending(f);
                inserts << msSince(timer);
                timer.restart();
                store.markOpen(id, TypicalAddress, QByteArrayLiteral("{\"status\":\"success\",\"message\":\"https://payid19.com/invoice/x\"}"));
                opens << msSince(timer);
            }
            print("store_insert_ms", median(inserts));
            print("store_mark_open_ms", median(opens));
        }
        print("submit_floor_ratio", submitMs / (bareMs + floorMs + qrMs));
    }

    // Polling: requests per cycle and the cycle's CPU time, with 1 and with 1,000
    // open invoices, all created at the training gateway so that it answers for them.
    window.newSale();
    engine.poller.stop();
    auto pollCycle = [&](int open, double *cpuMs) {
        while (engine.store.inStates({InvoiceState::Open}).value().size() < open) {
            InvoiceFields f;
            f.price = *Amount::fromCanonical(QStringLiteral("3"));
            bool done = false;
            auto c = QObject::connect(&engine.checkout, &InvoiceCheckout::invoiceOpened, [&] { done = true; });
            engine.checkout.submit(f);
            spin([&] { return done; });
            QObject::disconnect(c);
        }
        engine.poller.setFocusInvoice(engine.store.recent(1).value().first().id);
        // A first cycle learns every invoice's expiry (a write each); the figure
        // is for the cycles after it, which recur every few seconds.
        engine.poller.pollNow();
        spin([&] { return !engine.poller.isAsking(); });
        const double cpuBefore = threadCpuMs();
        engine.poller.pollNow();
        const int sent = engine.poller.requestsLastCycle();
        spin([&] { return !engine.poller.isAsking(); });
        if (cpuMs)
            *cpuMs = threadCpuMs() - cpuBefore;
        return sent;
    };
    // Only open invoices are asked about: those of the submit runs are settled
    // first, so that "1" and "1000" are what is open.
    auto settleAll = [&] {
        for (const InvoiceRecord &r : QList<InvoiceRecord>(engine.store.inStates({InvoiceState::Open}).value())) {
            PaymentStatus paid = r.paymentStatus();
            paid.state = InvoiceState::Paid;
            engine.store.recordPayment(r.id, paid, QByteArray());
        }
    };
    settleAll();
    print("poll_requests_1", pollCycle(1, nullptr));
    double cpuMs = 0;
    const int requests1000 = pollCycle(1000, &cpuMs);
    print("poll_requests_1000", requests1000);
    print("poll_cycle_cpu_ms", cpuMs);

    // poll_worst_delay_s_1000: how long the last of 1,000 open invoices can wait
    // between two questions, so before its payment is seen. The poller's own
    // schedule (PollSchedule, with its batch size and cycle) is run over three
    // hours of simulated cycles for 1,000 invoices made at the same moment, the
    // worst case: real time would take hours.
    {
        PollSchedule schedule;
        QList<PollSchedule::Entry> open;
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 1000; ++i)
            open.append({i, start});
        QHash<qint64, QDateTime> last;
        qint64 worst = 0;
        const int cycleSecs = StatusPoller::DefaultBackgroundMs / 1000;
        for (QDateTime now = start; now < start.addSecs(3 * 3600); now = now.addSecs(cycleSecs)) {
            for (qint64 id : schedule.due(open, now, StatusPoller::MaxBackgroundPerCycle, {})) {
                worst = std::max(worst, last.value(id, start).secsTo(now));
                last.insert(id, now);
                schedule.asked(id, now);
            }
        }
        print("poll_worst_delay_s_1000", double(worst));
    }

    // poll_requests_account_100k: requests in one cycle with one open invoice on
    // an account that holds 100,000 invoices (the gateway's whole list would be
    // megabytes; asking by order id never fetches it).
    {
        settleAll();
        engine.training.seedAccount(100000);
        print("poll_requests_account_100k", pollCycle(1, nullptr));
    }
    return qEnvironmentVariableIsSet("MC_BENCH_INVOICES") && qEnvironmentVariableIntValue("MC_BENCH_INVOICES") == 0
            ? 0
            : benchHistory();
}
