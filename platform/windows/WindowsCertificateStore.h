// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "pemdir/StoreLock.h"
#include "pemdir/StoreProperties.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <memory>

namespace certpilot {

// The Local Computer certificate stores through the CryptoAPI adapter
// (platform/windows/adapter): Personal, Trusted Root, Intermediate and
// Requests are LocalMachine MY, Root, CA and REQUEST, as certlm.msc and IIS
// show them. Friendly names and key links are the stores' own properties.
// What Windows has no place for lives under %ProgramData%\CertPilot:
//   LocalMachine\properties.json   owner, notes, date added
//   LocalMachine\meta\<name>.json  documents (site bindings, renewal state)
//   LocalMachine\.lock             the writer lock (QLockFile: works across
//                                  sessions and users, unlike a named mutex
//                                  without the Global\ privilege)
//   trash\<id>\trash-info.json     removed items: DER, friendly name, key link
// Removing a certificate leaves its key container in place (as certlm.msc
// does), so restoring re-links the same key, exportable or not.
// Changing anything needs administrator rights; reading does not.
class WindowsCertificateStore final : public CertificateStore {
    Q_DECLARE_TR_FUNCTIONS(WindowsCertificateStore)
public:
    // dataFolder empty: defaultDataFolder().
    static Result<std::unique_ptr<WindowsCertificateStore>> open(const QString& dataFolder = {});
    // %ProgramData%\CertPilot (C:\ProgramData\CertPilot).
    static QString defaultDataFolder();
    static QString storeId() { return QStringLiteral("LocalMachine"); }

    QString location() const override;
    bool isWritable() const override { return m_writable; }
    Result<StoreContents> load(const LoadProgress& progress = {},
                               const std::atomic_bool* cancel = nullptr) override;
    Result<void> commit(const StoreChange& change) override;
    Result<PrivateKey> privateKey(StoreKind kind, const QString& id) const override;
    QList<TrashItem> trash() const override;
    Result<void> restoreFromTrash(const QString& trashId) override;
    Result<void> acquireWriteLock() override;
    void releaseWriteLock() override;
    Result<QByteArray> readDocument(const QString& name) const override;
    Result<void> writeDocument(const QString& name, const QByteArray& content) override;
    QStringList takeNotices() override;

    // The placeholder certificate in REQUEST that holds a request's key
    // (request ids are the key's id, as in every store).
    Result<QString> placeholderFor(const QString& requestId) const;

private:
    WindowsCertificateStore(const QString& dataFolder, bool writable);
    Result<void> lockForWrite(bool* tookLock);
    void unlockAfterWrite(bool tookLock);
    StoreProperties readProperties(bool* damaged) const;
    QString storeFolder() const;
    QString trashFolder() const;
    QString propertiesFile() const;

    QString m_data;
    bool m_writable = false;
    StoreLock m_lock;
    bool m_heldByOwner = false;
    QStringList m_notices;
    mutable QMutex m_mutex;                           // guards m_placeholders
    mutable QHash<QString, QString> m_placeholders;   // request id -> placeholder thumbprint
};

} // namespace certpilot
