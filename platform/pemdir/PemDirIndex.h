// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace certpilot {

// A cache of the store's certificate files, so that a store opened before
// lists without decoding a certificate. It lives in the store folder
// (".index"), holds only certificates (public data: never a key, never a
// request) and is never trusted blindly:
//   - the whole file carries a SHA-256 of its content; a damaged, truncated or
//     foreign-version index is ignored and rebuilt;
//   - every record is used only while its file's size, modification time,
//     status-change time and inode are exactly those recorded (any write or
//     replacement of the file changes them; the change time cannot be set
//     back by any program), otherwise the file is read and decoded again;
//   - thumbprints are computed again from the cached DER, never read.
// Written atomically (AtomicFile) after a load that found it missing or stale.
class PemDirIndex {
public:
    struct Stamp {
        qint64 size = -1;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;
        quint64 inode = 0;
        quint64 device = 0;
        bool operator==(const Stamp&) const = default;
    };
    struct Record {
        Stamp stamp;
        QByteArray certificate;   // Certificate::cacheRecord()
    };
    // Records by store-relative path. Read records point into `buffer` (the
    // file as read, no copies): keep the Records while using them.
    struct Records {
        QByteArray buffer;
        QHash<QString, Record> byPath;
        qsizetype size() const { return byPath.size(); }
        bool isEmpty() const { return byPath.isEmpty(); }
        bool contains(const QString& rel) const { return byPath.contains(rel); }
    };

    static QString fileName() { return QStringLiteral(".index"); }

    // The file's stamp, without following a symbolic link; nullopt when it cannot be read.
    static std::optional<Stamp> stamp(const QString& path);

    // The records of the index in `root`; empty when there is none or it is not sound.
    static Records read(const QString& root);
    static Result<void> write(const QString& root, const QHash<QString, Record>& records);
};

} // namespace certpilot
