// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileJournal.h"

#include "SecureBytes.h"
#include "pemdir/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace certpilot {

namespace {

// A rewritten file is a new file: hand it back to its owner (root editing www-data's files).
void keepOwner(const QString& path, uint owner, uint group)
{
#ifndef Q_OS_UNIX
    // Windows: a rewritten file inherits the folder's permissions.
    Q_UNUSED(path);
    Q_UNUSED(owner);
    Q_UNUSED(group);
#else
    if (owner == uint(-2) || (owner == uint(::geteuid()) && group == uint(::getegid())))
        return;
    [[maybe_unused]] const int rc = ::chown(QFile::encodeName(path).constData(), owner, group);
#endif
}

} // namespace

FileJournal::~FileJournal()
{
    // Remembered key files must not linger in memory.
    for (Entry& e : m_entries)
        cleanse(e.content);
}

bool FileJournal::remembered(const QString& path) const
{
    for (const Entry& e : m_entries) {
        if (e.path == path)
            return true;
    }
    return false;
}

Result<void> FileJournal::makeDirectory(const QString& path, QFileDevice::Permissions permissions)
{
    QStringList missing;
    QString dir = QDir::cleanPath(QDir(path).absolutePath());
    while (!QFileInfo(dir).exists()) {
        missing.prepend(dir);
        const QString parent = QFileInfo(dir).path();
        if (parent == dir)
            break;
        dir = parent;
    }
    for (const QString& d : missing) {
        if (!QDir().mkdir(d))
            return AtomicFile::errorFor(EACCES, d, tr("cannot create the folder"));
        m_entries.append({d, true, false, {}, {}});
        QFile::setPermissions(d, permissions);
    }
    if (!QFileInfo(path).isDir())
        return makeError(ErrorKind::Io, tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Result<void> FileJournal::write(const QString& path, const QByteArray& content, bool secret)
{
    const QFileInfo info(path);
    if (!remembered(path)) {
        Entry e;
        e.path = path;
        e.existed = info.exists();
        if (e.existed) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return AtomicFile::errorFor(EACCES, path, file.errorString());
            e.content = file.readAll();
            e.permissions = file.permissions();
            e.owner = info.ownerId();
            e.group = info.groupId();
        }
        m_entries.append(e);
    }
    const bool existed = info.exists();
    const QFileDevice::Permissions keep = existed ? QFile::permissions(path) : QFileDevice::Permissions();
    const uint owner = existed ? info.ownerId() : uint(-2);
    const uint group = existed ? info.groupId() : uint(-2);
    auto written = AtomicFile::write(path, content, secret);
    if (!written)
        return written;
    // QSaveFile makes a new file: give it the old one's permissions, or 0644 when new.
    if (secret)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    else if (existed)
        QFile::setPermissions(path, keep);
    else
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                        | QFileDevice::ReadOther);
    keepOwner(path, owner, group);
    return {};
}

Result<void> FileJournal::restore()
{
    QStringList failures;
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        Entry& e = m_entries[i];
        if (e.directory) {
            if (!QDir().rmdir(e.path))
                failures << tr("%1: the folder is not empty or cannot be removed").arg(e.path);
            continue;
        }
        if (!e.existed) {
            if (QFileInfo::exists(e.path) && !QFile::remove(e.path))
                failures << tr("%1: cannot be removed").arg(e.path);
            continue;
        }
        const bool secret = !(e.permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
        auto written = AtomicFile::write(e.path, e.content, secret);
        if (!written)
            failures << written.error().fullText();
        else {
            QFile::setPermissions(e.path, e.permissions);
            keepOwner(e.path, e.owner, e.group);
        }
        cleanse(e.content);
    }
    m_entries.clear();
    if (!failures.isEmpty())
        return makeError(ErrorKind::Io,
                         tr("Some files could not be put back. Restore them by hand:\n%1").arg(failures.join(QLatin1Char('\n'))),
                         failures.join(QLatin1Char('\n')));
    return {};
}

void FileJournal::commit()
{
    for (Entry& e : m_entries)
        cleanse(e.content);
    m_entries.clear();
}

QStringList FileJournal::touchedFiles() const
{
    QStringList out;
    for (const Entry& e : m_entries) {
        if (!e.directory)
            out << e.path;
    }
    return out;
}

} // namespace certpilot
