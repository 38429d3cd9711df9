// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certpilot {

// One file taken out of an archive, in memory (nothing is ever written to disk).
struct ArchiveEntry {
    QString name;       // the path inside the archive, as stored
    QByteArray bytes;
};

// Reads the zip archives CAs mail (cert.zip: root.cer, uca.cer or uca_1.cer +
// uca_2.cer, server.cer) with libzip, from memory. An archive is untrusted
// input: it is refused whole, before any entry is used, when an entry has an
// absolute path, a `..` component or a backslash, is a symbolic link or
// encrypted, or when the counts and sizes below are exceeded. Sizes are
// checked against the bytes actually inflated, not only the declared ones, so
// a lying header cannot smuggle a zip bomb past the limits. Thread-safe.
class CaArchiveReader {
    Q_DECLARE_TR_FUNCTIONS(CaArchiveReader)
public:
    static constexpr int kMaxEntries = 64;
    static constexpr qint64 kMaxEntrySize = 1024 * 1024;        // a certificate is a few KiB
    static constexpr qint64 kMaxTotalSize = 16 * 1024 * 1024;
    static constexpr qint64 kMaxArchiveSize = 32 * 1024 * 1024;
    static constexpr int kMaxRatio = 100;                       // inflated : stored
    // Below this an entry's ratio is not judged: tiny files compress oddly.
    static constexpr qint64 kRatioFloor = 64 * 1024;

    // True when the bytes start like a zip archive (local header or an empty archive).
    static bool looksLikeZip(const QByteArray& bytes);

    // Every file of the archive (directories are left out), in archive order.
    // `archiveName` is used in messages.
    static Result<QList<ArchiveEntry>> read(const QByteArray& zip, const QString& archiveName);

    // Empty when `name` is a safe relative path, else why it is not.
    static QString checkEntryName(const QString& name);
};

} // namespace certpilot
