// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrivateKey.h"
#include "Result.h"
#include "StoreChange.h"
#include "StoreEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace certpilot {

struct TrashItem {
    QString id;             // pass to restoreFromTrash
    QDateTime deletedAt;
    QStringList contents;   // human-readable: "Personal: www.example.com (with private key)"
};

// Reports progress of a long load: (done, total). Called from the loading thread.
using LoadProgress = std::function<void(int done, int total)>;

// A certificate store backend (PEM directory, Windows CryptoAPI). Implementations
// live in platform/; app/ picks one. Methods may be called from a worker
// thread, one call at a time per store object.
class CertificateStore {
public:
    virtual ~CertificateStore() = default;

    // Where the store is, for titles and messages.
    virtual QString location() const = 0;
    virtual bool isWritable() const = 0;

    // Reads every entry. Unreadable items become problems, not failures.
    virtual Result<StoreContents> load(const LoadProgress& progress = {},
                                       const std::atomic_bool* cancel = nullptr) = 0;

    // Applies a change atomically: every operation lands or none does. Fails
    // without changing anything when an added key would overwrite one, a
    // removed item is missing, the store is locked by another program, or the
    // disk refuses a write.
    virtual Result<void> commit(const StoreChange& change) = 0;

    // The private key linked to an entry (Personal certificate or request).
    virtual Result<PrivateKey> privateKey(StoreKind kind, const QString& id) const = 0;

    virtual QList<TrashItem> trash() const = 0;
    virtual Result<void> restoreFromTrash(const QString& trashId) = 0;

    // Holds the store for this process until released, so a second instance
    // cannot write. Reading stays possible for everyone.
    virtual Result<void> acquireWriteLock() = 0;
    virtual void releaseWriteLock() = 0;

    // Small named documents kept with the store (site bindings, renewal state),
    // so they travel with it. `name` is a plain word ("bindings"); the content
    // is the caller's (JSON by convention). Writes are atomic and need the lock.
    virtual Result<QByteArray> readDocument(const QString& name) const = 0;
    virtual Result<void> writeDocument(const QString& name, const QByteArray& content) = 0;

    // Things the user should know from the last lock or load (an interrupted
    // change completed, a leftover lock removed). Each notice is returned once.
    virtual QStringList takeNotices() { return {}; }
};

} // namespace certpilot
