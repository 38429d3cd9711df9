// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace certpilot {

Error AtomicFile::errorFor(int err, const QString& path, const QString& systemText)
{
    const QString detail = QStringLiteral("%1: %2").arg(path, systemText);
    switch (err) {
#ifdef ENOSPC
    case ENOSPC:
#endif
#ifdef EDQUOT
    case EDQUOT:
#endif
#ifdef EFBIG
    case EFBIG:
#endif
        return makeError(ErrorKind::DiskFull,
                         tr("There is no space left to write %1. Free some disk space and try again; "
                            "nothing was changed.")
                             .arg(QDir::toNativeSeparators(path)),
                         detail);
    case EROFS:
        return makeError(ErrorKind::ReadOnly,
                         tr("The store is on a read-only file system, so it cannot be changed. Open a "
                            "writable copy of the store."),
                         detail);
    case EACCES:
    case EPERM:
        return makeError(ErrorKind::PermissionDenied,
                         tr("You are not allowed to write %1. Check the folder's permissions; nothing "
                            "was changed.")
                             .arg(QDir::toNativeSeparators(path)),
                         detail);
    default:
        return makeError(ErrorKind::Io,
                         tr("%1 could not be written. Nothing was changed.").arg(QDir::toNativeSeparators(path)),
                         detail);
    }
}

Result<void> AtomicFile::write(const QString& path, const QByteArray& data, bool secret)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int err = errno;
        return errorFor(err ? err : EACCES, path, file.errorString());
    }
    if (secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return errorFor(EPERM, path, file.errorString());
    }
    errno = 0;
    if (file.write(data) != data.size() || !file.flush()) {
        const int err = errno;
        const QString text = file.errorString();
        file.cancelWriting();
        return errorFor(err ? err : EIO, path, text);
    }
    errno = 0;
    if (!file.commit()) {
        const int err = errno;
        return errorFor(err ? err : EIO, path, file.errorString());
    }
    return {};
}

Result<void> AtomicFile::moveNoReplace(const QString& from, const QString& to)
{
    // QFile::rename refuses to replace (renameat2 RENAME_NOREPLACE on Linux).
    QFile file(from);
    if (QFileInfo::exists(to))
        return makeError(ErrorKind::AlreadyExists, tr("%1 already exists.").arg(to));
    errno = 0;
    if (!file.rename(to)) {
        const int err = errno;
        return errorFor(err ? err : EIO, to, file.errorString());
    }
    return {};
}

Result<void> AtomicFile::moveReplace(const QString& from, const QString& to)
{
    std::error_code ec;
    std::filesystem::rename(from.toStdString(), to.toStdString(), ec);
    if (ec)
        return errorFor(ec.value(), to, QString::fromStdString(ec.message()));
    return {};
}

void AtomicFile::syncDirectory(const QString& dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

} // namespace certpilot
