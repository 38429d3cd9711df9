// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreLock.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace certpilot {

namespace {

// QLockFile creates the file, locks it (flock) and writes the owner's pid,
// program and host in one go; a program killed in between leaves a lock with
// no readable owner that nobody holds, which QLockFile never takes for stale.
// A live locker gets past that point within microseconds: look twice.
bool isHalfWrittenLock(const QString& path)
{
#ifdef Q_OS_UNIX
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (attempt > 0)
            QThread::msleep(50);
        qint64 pid = 0;
        QString host, app;
        if (QLockFile(path).getLockInfo(&pid, &host, &app))
            return false;
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        const bool heldByNobody = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        ::close(fd);
        if (!heldByNobody)
            return false;
    }
    return true;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace

StoreLock::StoreLock(const QString& path) : m_path(path) {}

StoreLock::~StoreLock() { release(); }

Result<void> StoreLock::acquire(int timeoutMs, QString* notice)
{
    if (isHeld())
        return {};
    qint64 oldPid = 0;
    QString oldHost, oldApp;
    const bool hadLock = QFileInfo::exists(m_path)
        && QLockFile(m_path).getLockInfo(&oldPid, &oldHost, &oldApp);

    m_lock = std::make_unique<QLockFile>(m_path);
    // The GUI keeps the lock while it runs: age alone never makes it stale;
    // a lock whose process is gone is still recognised and removed.
    m_lock->setStaleLockTime(0);
    bool locked = m_lock->tryLock(timeoutMs);
    bool halfWritten = false;
    if (!locked && m_lock->error() == QLockFile::LockFailedError && isHalfWrittenLock(m_path)) {
        halfWritten = QFile::remove(m_path);
        locked = halfWritten && m_lock->tryLock(0);
    }
    if (locked) {
        if (notice && halfWritten)
            *notice = tr("Removed a damaged lock left by a program that was interrupted while it opened the store.");
        else if (notice && hadLock && oldPid != QCoreApplication::applicationPid())
            *notice = tr("Removed a leftover lock of %1 (process %2), which is no longer running.")
                          .arg(oldApp.isEmpty() ? tr("another program") : oldApp)
                          .arg(oldPid);
        return {};
    }
    const QLockFile::LockError error = m_lock->error();
    m_lock.reset();
    if (error == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        QLockFile(m_path).getLockInfo(&pid, &host, &app);
        return makeError(ErrorKind::StoreLocked,
                         tr("The store is in use by %1 (process %2). Close that program or wait until it "
                            "has finished, then try again. You can still view the store.")
                             .arg(app.isEmpty() ? tr("another program") : app)
                             .arg(pid),
                         tr("lock file %1, host %2").arg(m_path, host));
    }
    if (error == QLockFile::PermissionError)
        return makeError(ErrorKind::ReadOnly,
                         tr("The store folder cannot be written, so it is open read-only. Check the "
                            "folder's permissions to make changes."),
                         m_path);
    // QLockFile gives no errno: a full disk is the common cause, so look.
    const QStorageInfo disk(QFileInfo(m_path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < 64 * 1024)
        return makeError(ErrorKind::DiskFull,
                         tr("There is no space left on the disk of the store, so it cannot be changed. Free some "
                            "disk space and try again; nothing was changed."),
                         tr("lock file %1: %2 bytes free").arg(m_path).arg(disk.bytesAvailable()));
    return makeError(ErrorKind::Io, tr("The store could not be locked for writing."), m_path);
}

void StoreLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace certpilot
