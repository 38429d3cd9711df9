// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "StoreLock.h"
#include "StoreProperties.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <memory>

namespace certpilot {

// A certificate store in a folder of PEM files, imitating Windows' logical stores:
//   personal/<SHA1>.pem + <SHA1>.key   certificates and their private keys (0600)
//   root/, intermediate/               CA certificates
//   requests/<KEYID>.csr + .key        pending requests and their keys
//   properties.json                    friendly names and inventory fields
//   trash/<id>/                        removed items, restorable
//   .txn/, .lock                       transactions in progress, the writer lock
// Every change is a PemDirTransaction; keys are never overwritten.
class PemDirStore final : public CertificateStore {
    Q_DECLARE_TR_FUNCTIONS(PemDirStore)
public:
    // Opens a store, creating it in a missing or empty folder. A folder with
    // other content is refused, so a typo never scatters files into $HOME.
    static Result<std::unique_ptr<PemDirStore>> open(const QString& folder);

    QString location() const override { return m_root; }
    bool isWritable() const override { return m_writable; }
    Result<StoreContents> load(const LoadProgress& progress = {},
                               const std::atomic_bool* cancel = nullptr) override;
    Result<void> commit(const StoreChange& change) override;
    Result<PrivateKey> privateKey(StoreKind kind, const QString& id) const override;
    QList<TrashItem> trash() const override;
    Result<void> restoreFromTrash(const QString& trashId) override;
    Result<QByteArray> readDocument(const QString& name) const override;
    Result<void> writeDocument(const QString& name, const QByteArray& content) override;
    Result<void> acquireWriteLock() override;
    void releaseWriteLock() override;

    // Notices from the last lock acquisition (recovered transactions, stale lock).
    QStringList takeNotices() override;

    static constexpr qint64 kMaxStoreFileSize = 1024 * 1024;
    static QString markerFileName() { return QStringLiteral("certpilot-store.json"); }
    // The cache of certificate fields a load keeps in the store (PemDirIndex).
    static QString indexFileName();

private:
    explicit PemDirStore(const QString& root, bool writable);

    struct Located {
        QString certFile;   // store-relative
        QString keyFile;    // store-relative, empty when no key
    };
    Result<void> lockForWrite(bool* tookLock);
    Result<StoreProperties> readProperties(bool* damaged) const;
    Located locate(StoreKind kind, const QString& id) const;

    QString m_root;
    bool m_writable = false;
    StoreLock m_lock;
    bool m_heldByOwner = false;
    QStringList m_notices;
    mutable QMutex m_mutex;                 // guards m_index
    QHash<QString, Located> m_index;        // "<store>/<ID>" -> files, from the last load
};

} // namespace certpilot
