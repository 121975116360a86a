#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <optional>

class QSocketNotifier;
class QTcpSocket;

// Where a thermal printer is: on the network (raw TCP, the "JetDirect" port
// 9100 that network receipt printers listen on) or a device file (a USB
// printer as /dev/usb/lp0), or any file (to keep the bytes).
struct EscPosTarget
{
    enum class Kind { Network, Path };
    Kind kind = Kind::Network;
    QString host;       // Network: a name, an IPv4 or an IPv6 address
    quint16 port = 9100; // Network
    QString path;       // Path: absolute

    // As a cashier reads it in a message: "192.168.1.50:9100", "/dev/usb/lp0".
    QString display() const;
};

// Sends a receipt's ESC/POS bytes (EscPosWriter) to a thermal printer, in the
// background: the window never waits for a printer. One receipt at a time;
// finished() comes exactly once for each accepted send(), after it returns,
// and only when every byte has been handed over (written and the connection
// or file closed). Every error is a sentence that names the printer.
class EscPosSink : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 9100;

    explicit EscPosSink(QObject *parent = nullptr);
    ~EscPosSink() override; // drops a receipt still under way, without finished()

    // "host", "host:port", "[IPv6]:port" or an absolute path ("/dev/usb/lp0").
    // On a bad target: nothing, and `error` (if given) says why.
    static std::optional<EscPosTarget> parseTarget(const QString &text, QString *error = nullptr);

    // Starts sending `bytes` to `target` (as parseTarget() reads it); false,
    // and nothing else happens, while another receipt is under way. A bad
    // target is reported through finished() like any other error.
    bool send(const QByteArray &bytes, const QString &target);
    bool isBusy() const { return m_busy; }

    // How long a printer may take to accept the connection (default 5 s), and
    // to take more of the receipt once it has started (default 10 s: it may be
    // busy with the previous one; out of paper it takes nothing).
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    void setWriteTimeoutMs(int ms) { m_writeTimeoutMs = ms; }

public slots:
    // Stops the receipt under way; finished() says it was cancelled. Part of
    // the receipt may already be on paper.
    void cancel();

signals:
    // Empty `error`: the printer has every byte of the receipt.
    void finished(const QString &error);

private:
    enum class Phase { Idle, Connecting, Writing, Closing };

    void startNetwork();
    void startPath();
    void writeToFile();
    void onConnected();
    void onBytesWritten(qint64 count);
    void onDisconnected();
    void onSocketError();
    void onTimeout();
    void finishLater(const QString &error);
    void finish(const QString &error);
    void release();
    QString stalledError() const;

    QByteArray m_bytes;
    EscPosTarget m_target;
    Phase m_phase = Phase::Idle;
    bool m_busy = false;
    quint64 m_job = 0; // tells a queued step of an earlier receipt from the current one
    qint64 m_written = 0;
    int m_connectTimeoutMs = 5000;
    int m_writeTimeoutMs = 10000;
    QTimer m_timer;
    QPointer<QTcpSocket> m_socket;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};
