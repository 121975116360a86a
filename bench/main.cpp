// merchant-console-bench: the figures README quotes. Each line is "name: value".
// Ratios compare numbers measured in this one run, so a busy machine slows both
// sides alike.
#include "InvoiceForm.h"
#include "MainWindow.h"
#include "PaymentPanel.h"
#include "engine/ConsoleEngine.h"
#include "gateway/CreateInvoiceRequest.h"
#include "gateway/GatewayClient.h"
#include "widgets/QrCodeWidget.h"

#include <QApplication>
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

const QString TypicalAddress = QStringLiteral("https://payid19.com/invoice/a1b2c3d4e5f6g7h8i9j0/classic");
const int Runs = qEnvironmentVariableIntValue("MC_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("MC_BENCH_RUNS") : 50;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

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
        print("qr_render_ms", median(samples));
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
    MainWindow window(&engine);
    window.resize(760, 820);
    window.show();

    // submit_to_qr_ms and bare_post_ms alternate, so that both see the same
    // machine load and the same server state.
    QList<double> submit, bare;
    InvoiceFields sale;
    sale.price = *Amount::fromCanonical(QStringLiteral("12.5"));
    sale.title = QStringLiteral("Coffee");
    PaintWatch qrPainted(window.paymentPanel()->qrWidget());
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
        timer.start();
        window.form()->createButton()->click();
        // The code is in front of the customer once its widget has painted.
        spin([&] { return window.isShowingPayment() && qrPainted.paintedAtMs >= 0; });
        submit << qrPainted.paintedAtMs;
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
    }
    const double submitMs = median(submit);
    const double bareMs = median(bare);
    print("submit_to_qr_ms", submitMs);
    print("bare_post_ms", bareMs);
    print("submit_overhead_ratio", submitMs / bareMs);

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
    return 0;
}
