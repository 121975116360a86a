#include "checkout/LiveSenders.h"

#include "store/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QUuid>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LiveSenders)
};
}

LiveSenders::LiveSenders(QString folder) : m_folder(std::move(folder))
{
}

LiveSenders::~LiveSenders() = default;

QString LiveSenders::pathOf(const QString &token) const
{
    return QDir(m_folder).filePath(token + QStringLiteral(".lock"));
}

QString LiveSenders::start()
{
    const QString problem = PrivateFiles::ensureFolder(m_folder);
    if (!problem.isEmpty())
        return problem;
    m_token = QUuid::createUuid().toString(QUuid::Id128);
    m_lock = std::make_unique<QLockFile>(pathOf(m_token));
    m_lock->setStaleLockTime(0); // only a dead process makes it stale, never age
    if (!m_lock->tryLock(0))
        return Text::tr("The console could not mark itself as running in %1.").arg(QDir::toNativeSeparators(m_folder));
    return QString();
}

bool LiveSenders::isRunning(const QString &token) const
{
    if (token.isEmpty())
        return false; // sent before consoles named themselves: long over
    if (token == m_token)
        return true;
    if (token.contains(QLatin1Char('/')) || token.contains(QLatin1Char('\\')) || token.contains(QLatin1String("..")))
        return false;
    QLockFile other(pathOf(token));
    other.setStaleLockTime(0);
    // Qt takes over a lock whose process is gone; one it cannot take is held by
    // a running console.
    if (other.tryLock(0)) {
        other.unlock(); // removes the file: that console's sends are all over
        return false;
    }
    return other.error() == QLockFile::LockFailedError;
}
