// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsCertificateStore.h"

#include "KeyContainer.h"
#include "KeyTransfer.h"
#include "PendingRequests.h"
#include "SystemStore.h"
#include "WindowsErrorText.h"
#include "WindowsKeyBlob.h"
#include "WindowsStoreMapping.h"
#include "WindowsStoreTransaction.h"
#include "WindowsTrash.h"
#include "pemdir/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace certpilot {

namespace {

using Map = WindowsStoreMapping;

QString propertyKey(StoreKind kind, const QString& id) { return StoreProperties::key(StoreKindText::id(kind), id); }

bool isPlainName(const QString& name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

Error storeError(const win::WinError& error, StoreKind kind)
{
    return WindowsErrorText::toError(
        error, WindowsCertificateStore::tr("Opening %1 (%2)").arg(StoreKindText::displayName(kind), Map::systemName(kind)));
}

// Linked is not present: the container may be gone (deleted by hand, or the
// certificate copied from another server). Only a definite "no such
// container" counts as missing; anything else keeps the link's word.
bool keyPresent(const win::StoredCertificate& stored)
{
    if (!stored.hasPrivateKey || !stored.key)
        return stored.hasPrivateKey;
    auto opened = win::KeyContainer::open(*stored.key);
    if (opened)
        return true;
    const std::uint32_t code = opened.error().code();
    return code != 0x80090016u && code != 0x80090019u;   // NTE_BAD_KEYSET, NTE_KEYSET_NOT_DEF
}

} // namespace

WindowsCertificateStore::WindowsCertificateStore(const QString& dataFolder, bool writable)
    : m_data(dataFolder)
    , m_writable(writable)
    , m_lock(dataFolder + QLatin1Char('/') + storeId() + QStringLiteral("/.lock"))
{
}

QString WindowsCertificateStore::defaultDataFolder()
{
    QString base = qEnvironmentVariable("ProgramData");
    if (base.isEmpty())
        base = QStringLiteral("C:/ProgramData");
    return QDir::fromNativeSeparators(base) + QStringLiteral("/CertPilot");
}

QString WindowsCertificateStore::storeFolder() const { return m_data + QLatin1Char('/') + storeId(); }
QString WindowsCertificateStore::trashFolder() const { return m_data + QStringLiteral("/trash"); }
QString WindowsCertificateStore::propertiesFile() const { return storeFolder() + QStringLiteral("/properties.json"); }

Result<std::unique_ptr<WindowsCertificateStore>> WindowsCertificateStore::open(const QString& dataFolder)
{
    const QString data = dataFolder.isEmpty() ? defaultDataFolder() : QDir(dataFolder).absolutePath();
    // Every store must open for reading; MY opening for writing tells whether
    // this process has the administrator rights that changes need.
    for (StoreKind kind : kAllStoreKinds) {
        auto store = win::SystemStore::open(Map::storeName(kind), true);
        if (!store)
            return storeError(store.error(), kind);
    }
    const bool adminStores = bool(win::SystemStore::open(win::StoreName::My, false));
    const bool dataWritable = QDir().mkpath(data + QLatin1Char('/') + storeId());
    return std::unique_ptr<WindowsCertificateStore>(new WindowsCertificateStore(data, adminStores && dataWritable));
}

QString WindowsCertificateStore::location() const
{
    return tr("Local Computer certificate stores (MY, Root, CA, REQUEST)");
}

Result<void> WindowsCertificateStore::lockForWrite(bool* tookLock)
{
    *tookLock = false;
    if (!m_writable)
        return makeError(ErrorKind::ReadOnly,
                         tr("The Local Computer certificate stores can only be changed by an administrator. Start "
                            "CertPilot with \"Run as administrator\"."));
    if (m_lock.isHeld())
        return {};
    QString notice;
    auto acquired = m_lock.acquire(m_heldByOwner ? 0 : 2000, &notice);
    if (!acquired)
        return acquired;
    *tookLock = true;
    if (!notice.isEmpty())
        m_notices << notice;
    return {};
}

void WindowsCertificateStore::unlockAfterWrite(bool tookLock)
{
    if (tookLock && !m_heldByOwner)
        m_lock.release();
}

Result<void> WindowsCertificateStore::acquireWriteLock()
{
    bool took = false;
    auto locked = lockForWrite(&took);
    if (locked)
        m_heldByOwner = true;
    return locked;
}

void WindowsCertificateStore::releaseWriteLock()
{
    m_heldByOwner = false;
    m_lock.release();
}

QStringList WindowsCertificateStore::takeNotices()
{
    QStringList out;
    out.swap(m_notices);
    return out;
}

StoreProperties WindowsCertificateStore::readProperties(bool* damaged) const
{
    *damaged = false;
    StoreProperties props;
    QFile file(propertiesFile());
    if (!file.exists())
        return props;
    if (!file.open(QIODevice::ReadOnly) || file.size() > 256 * 1024 * 1024 || !props.parse(file.readAll())) {
        *damaged = true;
        return StoreProperties();
    }
    return props;
}

Result<StoreContents> WindowsCertificateStore::load(const LoadProgress& progress, const std::atomic_bool* cancel)
{
    StoreContents contents;
    bool damaged = false;
    const StoreProperties props = readProperties(&damaged);
    if (damaged)
        contents.problems.append({QDir::toNativeSeparators(propertiesFile()),
                                  tr("The file of owners and notes is damaged, so they are not shown. Friendly "
                                     "names are unaffected: Windows keeps them.")});

    QList<QList<win::StoredCertificate>> listed;
    int total = 0;
    for (StoreKind kind : {StoreKind::Personal, StoreKind::TrustedRoot, StoreKind::Intermediate}) {
        auto store = win::SystemStore::open(Map::storeName(kind), true);
        if (!store)
            return storeError(store.error(), kind);
        auto list = store->list();
        if (!list)
            return storeError(list.error(), kind);
        total += int(list->size());
        listed.append(QList<win::StoredCertificate>(list->begin(), list->end()));
    }
    auto pending = win::PendingRequests::list();
    if (!pending)
        return storeError(pending.error(), StoreKind::Requests);
    total += int(pending->size());

    auto fill = [&props](StoreEntry& entry) {
        const StoreProperties::Entry p = props.value(propertyKey(entry.kind, entry.id));
        entry.added = p.added;
        entry.owner = p.owner;
        entry.notes = p.notes;
    };
    int done = 0;
    const StoreKind certKinds[] = {StoreKind::Personal, StoreKind::TrustedRoot, StoreKind::Intermediate};
    for (int k = 0; k < 3; ++k) {
        const StoreKind kind = certKinds[k];
        for (const win::StoredCertificate& stored : listed[k]) {
            if (cancel && cancel->load())
                return makeError(ErrorKind::Cancelled, tr("Loading the store was cancelled."));
            if (progress && done % 256 == 0)
                progress(done, total);
            ++done;
            const QString where = Map::systemName(kind) + QLatin1Char('\\') + Map::fromThumbprint(stored.thumbprint);
            auto cert = Certificate::fromDer(Map::toBytes(stored.der));
            if (!cert) {
                contents.problems.append({where, cert.error().message});
                continue;
            }
            StoreEntry entry;
            entry.kind = kind;
            entry.id = cert->sha1();
            entry.certificate = *cert;
            entry.friendlyName = Map::fromWide(stored.friendlyName);
            entry.hasPrivateKey = kind == StoreKind::Personal ? keyPresent(stored) : stored.hasPrivateKey;
            if (stored.hasPrivateKey && !entry.hasPrivateKey)
                contents.problems.append({where, tr("The certificate is linked to a private key container that is "
                                                    "missing on this computer, so it cannot serve HTTPS. Import "
                                                    "its PFX backup, or complete a new request.")});
            fill(entry);
            contents.entries.append(std::move(entry));
        }
    }
    QHash<QString, QString> placeholders;
    for (const win::PendingRequest& request : *pending) {
        ++done;
        const QString thumbprint = Map::fromThumbprint(request.placeholder.thumbprint);
        const QString where = QStringLiteral("REQUEST\\") + thumbprint;
        if (request.csrDer.empty()) {
            contents.problems.append(
                {where, tr("A pending request made by another program (IIS Manager, certreq). Its request text is "
                           "not kept in the store; complete it in IIS Manager, or make a new request here.")});
            continue;
        }
        auto csr = CertificateRequest::fromDer(Map::toBytes(request.csrDer));
        if (!csr) {
            contents.problems.append({where, csr.error().message});
            continue;
        }
        StoreEntry entry;
        entry.kind = StoreKind::Requests;
        entry.id = csr->keyId();
        entry.request = *csr;
        entry.friendlyName = Map::fromWide(request.placeholder.friendlyName);
        entry.hasPrivateKey = keyPresent(request.placeholder);
        fill(entry);
        placeholders.insert(entry.id.toUpper(), thumbprint);
        contents.entries.append(std::move(entry));
    }
    if (progress)
        progress(total, total);
    QMutexLocker locker(&m_mutex);
    m_placeholders = std::move(placeholders);
    return contents;
}

Result<QString> WindowsCertificateStore::placeholderFor(const QString& requestId) const
{
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_placeholders.constFind(requestId.toUpper());
        if (it != m_placeholders.constEnd())
            return *it;
    }
    // Not loaded yet (or made since): look at the placeholders' keys.
    auto pending = win::PendingRequests::list();
    if (!pending)
        return storeError(pending.error(), StoreKind::Requests);
    for (const win::PendingRequest& request : *pending) {
        auto placeholder = Certificate::fromDer(Map::toBytes(request.placeholder.der));
        if (placeholder && publicKeyId(placeholder->publicKeyDer()).compare(requestId, Qt::CaseInsensitive) == 0) {
            const QString thumbprint = Map::fromThumbprint(request.placeholder.thumbprint);
            QMutexLocker locker(&m_mutex);
            m_placeholders.insert(requestId.toUpper(), thumbprint);
            return thumbprint;
        }
    }
    return makeError(ErrorKind::NotFound,
                     tr("The request %1 is no longer in Certificate Enrollment Requests (REQUEST). Refresh the view "
                        "and try again.")
                         .arg(requestId));
}

Result<PrivateKey> WindowsCertificateStore::privateKey(StoreKind kind, const QString& id) const
{
    if (kind == StoreKind::TrustedRoot || kind == StoreKind::Intermediate)
        return makeError(ErrorKind::KeyMissing, tr("CA certificates in this store have no private key."));
    QString thumbprint = id;
    if (kind == StoreKind::Requests) {
        auto found = placeholderFor(id);
        if (!found)
            return found.error();
        thumbprint = *found;
    }
    auto blob = win::KeyTransfer::exportPrivateKey(Map::toThumbprint(thumbprint), Map::storeName(kind));
    if (!blob)
        return WindowsErrorText::toError(blob.error(), tr("Reading the private key of %1 in %2")
                                                           .arg(thumbprint, Map::systemName(kind)));
    return WindowsKeyBlob::fromBlob(blob->bytes());
}

Result<void> WindowsCertificateStore::commit(const StoreChange& change)
{
    if (change.isEmpty())
        return {};
    bool tookLock = false;
    auto locked = lockForWrite(&tookLock);
    if (!locked)
        return locked;
    bool damaged = false;
    StoreProperties props = readProperties(&damaged);
    WindowsTrash trash(trashFolder());
    WindowsStoreTransaction txn(trash, props, [this](const QString& id) { return placeholderFor(id); });
    auto ran = txn.run(change);
    if (ran && txn.propertiesChanged() && damaged)
        QFile::copy(propertiesFile(), propertiesFile() + QStringLiteral(".damaged-")
                                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    if (ran && txn.propertiesChanged()) {
        auto written = AtomicFile::write(propertiesFile(), props.serialize(), false);
        if (!written)
            ran = txn.rollBack(written.error());
    }
    {
        QMutexLocker locker(&m_mutex);
        m_placeholders.clear();   // requests added or removed: looked up again on demand
    }
    unlockAfterWrite(tookLock);
    return ran;
}

QList<TrashItem> WindowsCertificateStore::trash() const { return WindowsTrash(trashFolder()).list(); }

Result<void> WindowsCertificateStore::restoreFromTrash(const QString& trashId)
{
    bool tookLock = false;
    auto locked = lockForWrite(&tookLock);
    if (!locked)
        return locked;
    bool damaged = false;
    StoreProperties props = readProperties(&damaged);
    WindowsTrash trash(trashFolder());
    WindowsStoreTransaction txn(trash, props, [this](const QString& id) { return placeholderFor(id); });
    auto restored = txn.restore(trashId);
    if (restored && !damaged) {
        auto written = AtomicFile::write(propertiesFile(), props.serialize(), false);
        if (!written)
            restored = txn.rollBack(written.error());
    }
    if (restored)
        (void)trash.discard(trashId);   // restored either way; a leftover folder only lists again
    unlockAfterWrite(tookLock);
    return restored;
}

Result<QByteArray> WindowsCertificateStore::readDocument(const QString& name) const
{
    if (!isPlainName(name))
        return makeError(ErrorKind::InvalidInput, tr("Invalid document name."));
    const QString path = storeFolder() + QStringLiteral("/meta/") + name + QStringLiteral(".json");
    QFileInfo info(path);
    if (!info.exists())
        return QByteArray();
    if (!info.isFile() || info.isSymLink())
        return makeError(ErrorKind::Corrupt, tr("%1 is not a regular file.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (file.size() > 64 * 1024 * 1024)
        return makeError(ErrorKind::TooLarge, tr("%1 is too large.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::PermissionDenied, file.errorString(), QDir::toNativeSeparators(path));
    return file.readAll();
}

Result<void> WindowsCertificateStore::writeDocument(const QString& name, const QByteArray& content)
{
    if (!isPlainName(name))
        return makeError(ErrorKind::InvalidInput, tr("Invalid document name."));
    bool tookLock = false;
    auto locked = lockForWrite(&tookLock);
    if (!locked)
        return locked;
    const QString dir = storeFolder() + QStringLiteral("/meta");
    Result<void> written = QDir().mkpath(dir)
        ? AtomicFile::write(dir + QLatin1Char('/') + name + QStringLiteral(".json"), content, false)
        : Result<void>(makeError(ErrorKind::PermissionDenied,
                                 tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir))));
    unlockAfterWrite(tookLock);
    return written;
}

} // namespace certpilot
