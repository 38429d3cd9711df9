// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
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
// Written atomically (AtomicFile) after a load that found it missing or stale,
// in the order the load reads the files.
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
    // What a load writes: a certificate file, its stamp and what it holds.
    struct Entry {
        QString path;   // store-relative
        Stamp stamp;
        Certificate certificate;
    };
    // Where a record is in the index file.
    struct Slot {
        Stamp stamp;
        qint64 offset = 0;
        qint32 length = 0;
    };
    // An index as read: the stamps in memory, the certificate records read
    // from the file when asked for. The file was checked whole and stays
    // open, so a newer index written meanwhile does not change what this
    // reads, and a load never holds all records at once (for 10,000
    // certificates the index is 13 MB).
    class Records {
    public:
        qsizetype size() const { return m_slots.size(); }
        bool isEmpty() const { return m_slots.isEmpty(); }
        bool contains(const QString& rel) const { return m_slots.contains(rel); }
        const Slot* find(const QString& rel) const;
        QList<QString> paths() const { return m_slots.keys(); }
        // The record's bytes (Certificate::cacheRecord()); empty when the file cannot be read. Thread-safe.
        QByteArray certificate(const Slot& slot) const;
        // The checked file, for certificates that read their DER from it
        // when asked for (Certificate::fromCacheRecord); it stays open while
        // one of them lives. Null where an open file could not be replaced
        // by the next index (Windows) or when there is no index.
        std::shared_ptr<const DerSource> derSource() const;

        class File;

    private:
        friend class PemDirIndex;
        QHash<QString, Slot> m_slots;
        std::shared_ptr<const File> m_file;
    };

    static QString fileName() { return QStringLiteral(".index"); }

    // The file's stamp, without following a symbolic link; nullopt when it cannot be read.
    static std::optional<Stamp> stamp(const QString& path);
    // The same for `name` in a folder open as `folderFd` (POSIX): the kernel
    // looks up one name instead of the whole path, a tenth of a warm open.
    // A negative `folderFd` (or another system) uses `path`.
    static std::optional<Stamp> stamp(int folderFd, const QString& name, const QString& path);
    // The stamp and, where the file system records it, when the file was
    // created (bornNs 0 when it does not), from the same one call: a load
    // needs both for every file, and a second lookup by full path cost more
    // than the first.
    struct Status {
        Stamp stamp;
        qint64 bornNs = 0;
    };
    static std::optional<Status> status(int folderFd, const QString& name, const QString& path);

    // The records of the index in `root`; empty when there is none or it is not sound.
    static Records read(const QString& root);
    static Result<void> write(const QString& root, const QList<Entry>& entries);

    // Writes an index record by record as a load produces them, so a first
    // open neither holds all records nor makes them one after the other at
    // the end. Nothing replaces the old index unless exactly `count` records
    // were added and commit() succeeds.
    class Writer {
    public:
        Writer(const QString& root, quint32 count);
        ~Writer();
        Writer(const Writer&) = delete;
        Writer& operator=(const Writer&) = delete;
        void add(const QString& path, const Stamp& stamp, const QByteArray& certificateRecord);
        quint32 added() const;
        Result<void> commit();

    private:
        struct State;
        std::unique_ptr<State> m_state;
    };
};

} // namespace certpilot
