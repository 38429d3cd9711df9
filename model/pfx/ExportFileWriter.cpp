// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ExportFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace certpilot {

namespace {

Error writeError(int err, const QString& path, const QString& systemText)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString detail = QStringLiteral("%1: %2").arg(shown, systemText);
    if (err == ENOSPC
#ifdef EDQUOT
        || err == EDQUOT
#endif
        || err == EFBIG)
        return makeError(ErrorKind::DiskFull,
                         ExportFileWriter::tr("There is no space left to write %1. Free some disk space and "
                                              "export again.")
                             .arg(shown),
                         detail);
    if (err == EACCES || err == EPERM || err == EROFS)
        return makeError(ErrorKind::PermissionDenied,
                         ExportFileWriter::tr("You are not allowed to write %1. Choose another folder.").arg(shown),
                         detail);
    return makeError(ErrorKind::Io, ExportFileWriter::tr("%1 could not be written.").arg(shown), detail);
}

} // namespace

QStringList ExportFileWriter::targets(const QList<ExportFile>& files, const QString& folder)
{
    QStringList out;
    const QDir dir(folder.isEmpty() ? QDir::currentPath() : folder);
    for (const ExportFile& f : files)
        out << QDir::cleanPath(dir.absoluteFilePath(f.fileName));
    return out;
}

QStringList ExportFileWriter::existing(const QList<ExportFile>& files, const QString& folder)
{
    QStringList out;
    for (const QString& path : targets(files, folder)) {
        if (QFileInfo::exists(path))
            out << path;
    }
    return out;
}

Result<QStringList> ExportFileWriter::write(const QList<ExportFile>& files, const QString& folder, bool replace)
{
    const QStringList paths = targets(files, folder);
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.exists() && (!replace || !info.isFile()))
            return makeError(ErrorKind::AlreadyExists,
                             tr("%1 already exists. Choose another name or folder; nothing was written.")
                                 .arg(QDir::toNativeSeparators(path)));
        if (!info.dir().exists())
            return makeError(ErrorKind::NotFound,
                             tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    // Everything is prepared first, so a refusal (permissions, disk full) on
    // one file leaves all of them untouched.
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& path = paths.at(i);
        auto file = std::make_unique<QSaveFile>(path);
        file->setDirectWriteFallback(false);
        errno = 0;
        if (!file->open(QIODevice::WriteOnly))
            return writeError(errno ? errno : EACCES, path, file->errorString());
        if (files.at(i).secret && !file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            file->cancelWriting();
            return writeError(EPERM, path, file->errorString());
        }
        const SecureBytes& content = files.at(i).content;
        errno = 0;
        if (file->write(content.constData(), content.size()) != content.size() || !file->flush()) {
            const int err = errno ? errno : EIO;
            const QString text = file->errorString();
            file->cancelWriting();
            return writeError(err, path, text);
        }
        pending.push_back(std::move(file));
    }
    for (std::size_t i = 0; i < pending.size(); ++i) {
        errno = 0;
        if (!pending[i]->commit())
            return writeError(errno ? errno : EIO, paths.at(qsizetype(i)), pending[i]->errorString());
    }
    return paths;
}

} // namespace certpilot
