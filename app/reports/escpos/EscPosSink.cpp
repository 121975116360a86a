#include "reports/escpos/EscPosSink.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

bool isHostName(const QString &host)
{
    // RFC 1123 names: letters, digits and hyphens in dot-separated labels.
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return true;
}

int seconds(int ms)
{
    return std::max(1, (ms + 999) / 1000);
}

}

QString EscPosTarget::display() const
{
    if (kind == Kind::Path)
        return path;
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shownHost + QLatin1Char(':') + QString::number(port);
}

EscPosSink::EscPosSink(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EscPosSink::onTimeout);
}

EscPosSink::~EscPosSink()
{
    release();
}

std::optional<EscPosTarget> EscPosSink::parseTarget(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<EscPosTarget>();
    };
    const QString trimmed = text.trimmed();
    const QString example = tr("Enter a network address such as 192.168.1.50:9100 or a device such as /dev/usb/lp0.");
    if (trimmed.isEmpty())
        return fail(tr("No receipt printer is set.") + QLatin1Char(' ') + example);

    EscPosTarget target;
    if (trimmed.startsWith(QLatin1Char('/'))) {
        target.kind = EscPosTarget::Kind::Path;
        target.path = trimmed;
        return target;
    }

    const QString notAnAddress = tr("“%1” is not a receipt printer address.").arg(trimmed) + QLatin1Char(' ') + example;
    if (trimmed.contains(QStringLiteral("://")) || trimmed.contains(QLatin1Char(' ')))
        return fail(notAnAddress);
    QString host = trimmed;
    QString port;
    bool hasPort = false;
    if (trimmed.startsWith(QLatin1Char('['))) { // [IPv6] or [IPv6]:port
        const int close = int(trimmed.indexOf(QLatin1Char(']')));
        if (close < 0)
            return fail(notAnAddress);
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(notAnAddress);
            port = rest.mid(1);
            hasPort = true;
        }
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(notAnAddress);
    } else if (trimmed.count(QLatin1Char(':')) == 1) {
        const int colon = int(trimmed.indexOf(QLatin1Char(':')));
        host = trimmed.left(colon);
        port = trimmed.mid(colon + 1);
        hasPort = true;
    } else if (trimmed.count(QLatin1Char(':')) > 1) { // a bare IPv6 address, no port
        if (QHostAddress(trimmed).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(notAnAddress);
    }
    if (host.isEmpty() || (QHostAddress(host).isNull() && !isHostName(host)))
        return fail(notAnAddress);
    target.host = host;
    target.port = DefaultPort;
    if (hasPort) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        if (!ok || !digits.match(port).hasMatch() || number < 1 || number > 65535)
            return fail(tr("The receipt printer address “%1” has a port that is not a number from 1 to 65535.")
                                .arg(trimmed));
        target.port = quint16(number);
    }
    return target;
}

bool EscPosSink::send(const QByteArray &bytes, const QString &target)
{
    if (m_busy)
        return false;
    m_busy = true;
    ++m_job;
    m_bytes = bytes;
    m_written = 0;
    QString error;
    const std::optional<EscPosTarget> parsed = parseTarget(target, &error);
    if (!parsed) {
        m_target = EscPosTarget();
        finishLater(error);
        return true;
    }
    m_target = *parsed;
    if (m_target.kind == EscPosTarget::Kind::Network)
        startNetwork();
    else
        startPath();
    return true;
}

void EscPosSink::cancel()
{
    if (m_busy)
        finish(tr("Printing on the receipt printer at %1 was cancelled.").arg(m_target.display()));
}

void EscPosSink::startNetwork()
{
    m_phase = Phase::Connecting;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &EscPosSink::onConnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &EscPosSink::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &EscPosSink::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &EscPosSink::onSocketError);
    m_timer.start(m_connectTimeoutMs);
    m_socket->connectToHost(m_target.host, m_target.port);
}

void EscPosSink::onConnected()
{
    m_phase = Phase::Writing;
    m_timer.start(m_writeTimeoutMs);
    if (m_bytes.isEmpty()) {
        onBytesWritten(0);
        return;
    }
    m_socket->write(m_bytes);
}

void EscPosSink::onBytesWritten(qint64 count)
{
    if (m_phase != Phase::Writing || !m_socket)
        return;
    m_written += count;
    m_timer.start(m_writeTimeoutMs); // the printer is taking it: its time starts again
    if (m_written < m_bytes.size() || m_socket->bytesToWrite() > 0)
        return;
    // Every byte is with the system; closing sends them all before the close.
    m_phase = Phase::Closing;
    const quint64 job = m_job;
    m_socket->disconnectFromHost();
    if (job == m_job && m_busy && m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        finish(QString());
}

void EscPosSink::onDisconnected()
{
    if (m_phase == Phase::Closing)
        finish(QString());
    else if (m_busy)
        finish(tr("The receipt printer at %1 closed the connection before it had the whole receipt. "
                  "Check that it is ready, then print again.").arg(m_target.display()));
}

void EscPosSink::onSocketError()
{
    if (!m_socket || !m_busy)
        return;
    const QString at = m_target.display();
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        if (m_phase == Phase::Closing) // it closed as we did, after taking everything
            finish(QString());
        else
            onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        finish(tr("The receipt printer at %1 refused the connection. "
                  "Check that it is switched on and that the address and port are right.").arg(at));
        return;
    case QAbstractSocket::HostNotFoundError:
        finish(tr("The receipt printer address %1 could not be found. Check the address in the settings.")
                       .arg(m_target.host));
        return;
    case QAbstractSocket::NetworkError:
        if (m_phase == Phase::Connecting) {
            finish(tr("The receipt printer at %1 cannot be reached. Check that it is switched on and on the network.")
                           .arg(at));
            return;
        }
        break;
    default:
        break;
    }
    finish(tr("The receipt printer at %1 could not be reached: %2.").arg(at, m_socket->errorString()));
}

void EscPosSink::onTimeout()
{
    if (!m_busy)
        return;
    if (m_phase == Phase::Connecting) {
        finish(tr("The receipt printer at %1 did not answer within %n second(s). "
                  "Check that it is switched on and on the network.", nullptr, seconds(m_connectTimeoutMs))
                       .arg(m_target.display()));
        return;
    }
    finish(stalledError());
}

QString EscPosSink::stalledError() const
{
    return tr("The receipt printer at %1 stopped taking the receipt for %n second(s). "
              "Check that it has paper and is ready; part of the receipt may have printed.",
              nullptr, seconds(m_writeTimeoutMs))
            .arg(m_target.display());
}

void EscPosSink::startPath()
{
    m_phase = Phase::Writing;
    const QString &path = m_target.path;
    // A printer that is not plugged in has no device file; creating a plain
    // file in its place would swallow every receipt without a word.
    const bool device = path.startsWith(QLatin1String("/dev/"));
#ifdef Q_OS_UNIX
    // Non-blocking: a USB printer out of paper stops taking bytes, and the
    // window must not wait for it.
    const QByteArray native = QFile::encodeName(path);
    int flags = O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
    if (!device)
        flags |= O_CREAT;
    // A receipt kept in a file names a customer's order: owner-only, as a
    // PDF is (0600 whatever the umask lets through).
    m_fd = ::open(native.constData(), flags, 0600);
    if (m_fd < 0) {
        const int code = errno;
        if (device && code == ENOENT)
            finishLater(tr("The receipt printer at %1 is not connected. Check its cable and that it is switched on.")
                                .arg(path));
        else
            finishLater(tr("The receipt printer at %1 cannot be written: %2.").arg(path, qt_error_string(code)));
        return;
    }
    // A regular file that was already there (left readable by an older
    // version or another program) is made owner-only too; a device keeps its
    // mode, which belongs to the system.
    struct stat info {};
    if (::fstat(m_fd, &info) == 0 && S_ISREG(info.st_mode) && (info.st_mode & 07777) != 0600
        && ::fchmod(m_fd, 0600) != 0) {
        const int code = errno;
        release();
        finishLater(tr("The receipt printer at %1 cannot be written: %2.").arg(path, qt_error_string(code)));
        return;
    }
    m_timer.start(m_writeTimeoutMs);
    const quint64 job = m_job;
    QMetaObject::invokeMethod(this, [this, job] {
        if (job == m_job && m_busy)
            writeToFile();
    }, Qt::QueuedConnection);
#else
    QFile file(path);
    QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Append;
    if (device)
        mode |= QIODevice::ExistingOnly;
    if (!file.open(mode) || file.write(m_bytes) != m_bytes.size() || !file.flush())
        finishLater(tr("The receipt printer at %1 cannot be written: %2.").arg(path, file.errorString()));
    else
        finishLater(QString());
#endif
}

void EscPosSink::writeToFile()
{
#ifdef Q_OS_UNIX
    while (m_written < m_bytes.size()) {
        const ssize_t n = ::write(m_fd, m_bytes.constData() + m_written, size_t(m_bytes.size() - m_written));
        if (n > 0) {
            m_written += n;
            m_timer.start(m_writeTimeoutMs);
            continue;
        }
        const int code = n < 0 ? errno : EIO;
        if (code == EINTR)
            continue;
        if (code == EAGAIN || code == EWOULDBLOCK) {
            // The printer's buffer is full: go on when it takes more.
            if (!m_notifier) {
                m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Write, this);
                connect(m_notifier, &QSocketNotifier::activated, this, &EscPosSink::writeToFile);
            }
            m_notifier->setEnabled(true);
            return;
        }
        finish(tr("The receipt printer at %1 cannot be written: %2.").arg(m_target.path, qt_error_string(code)));
        return;
    }
    if (m_notifier)
        m_notifier->setEnabled(false);
    const int fd = m_fd;
    m_fd = -1;
    // close() is where a file system reports what it could not write.
    if (::close(fd) != 0) {
        const int code = errno;
        finish(tr("The receipt printer at %1 cannot be written: %2.").arg(m_target.path, qt_error_string(code)));
        return;
    }
    finish(QString());
#endif
}

void EscPosSink::finishLater(const QString &error)
{
    const quint64 job = m_job;
    QMetaObject::invokeMethod(this, [this, job, error] {
        if (job == m_job && m_busy)
            finish(error);
    }, Qt::QueuedConnection);
}

void EscPosSink::finish(const QString &error)
{
    if (!m_busy)
        return;
    release();
    m_busy = false;
    ++m_job; // anything still queued for this receipt is now stale
    emit finished(error);
}

void EscPosSink::release()
{
    m_timer.stop();
    m_phase = Phase::Idle;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_notifier) {
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
    }
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
#endif
    m_bytes.clear();
}
