#include "store/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
};
constexpr QFileDevice::Permissions OwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerFolder = OwnerFile | QFileDevice::ExeOwner;
}

QString PrivateFiles::ensureFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return Text::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(path));
    if (QFile::permissions(path) != (OwnerFolder | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser)
        && !QFile::setPermissions(path, OwnerFolder))
        return Text::tr("The folder %1 could not be made private.").arg(QDir::toNativeSeparators(path));
    return QString();
}

QString PrivateFiles::tighten(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QString();
    if (!QFile::setPermissions(path, OwnerFile))
        return Text::tr("The file %1 could not be made private.").arg(QDir::toNativeSeparators(path));
    return QString();
}

QString PrivateFiles::ensureFile(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        // Restricted before anything is written into it.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !file.setPermissions(OwnerFile))
            return Text::tr("The file %1 could not be created: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }
    return tighten(path);
}
