// SPDX-License-Identifier: GPL-3.0-or-later
#include "PemDirStore.h"

#include "AtomicFile.h"
#include "FileDecoder.h"
#include "NamePool.h"
#include "PemDirIndex.h"
#include "PemDirTransaction.h"
#include "StoreFileReader.h"
#include "WorkerPriority.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryFile>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace certpilot {

namespace {

const QString kProperties = QStringLiteral("properties.json");
const QString kTrash = QStringLiteral("trash");
const QString kTrashInfo = QStringLiteral("trash-info.json");
const QStringList kCertSuffixes = {QStringLiteral("pem"), QStringLiteral("crt"), QStringLiteral("cer"),
                                   QStringLiteral("der")};

// The store's folders held open while a load takes every file's stamp
// (POSIX; elsewhere, and when a folder cannot be opened, paths are used).
class StoreFolders {
public:
    explicit StoreFolders(const QString& root)
    {
        m_fds.fill(-1);
#ifdef Q_OS_UNIX
        for (StoreKind kind : kAllStoreKinds) {
            const QByteArray dir = QFile::encodeName(root + QLatin1Char('/') + StoreKindText::id(kind));
            m_fds[size_t(kind)] = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
        }
#endif
    }
    ~StoreFolders()
    {
#ifdef Q_OS_UNIX
        for (int fd : m_fds) {
            if (fd >= 0)
                ::close(fd);
        }
#endif
    }
    StoreFolders(const StoreFolders&) = delete;
    StoreFolders& operator=(const StoreFolders&) = delete;
    int fd(StoreKind kind) const { return m_fds[size_t(kind)]; }

private:
    std::array<int, kAllStoreKinds.size()> m_fds;
};

QString indexKey(StoreKind kind, const QString& id) { return StoreProperties::key(StoreKindText::id(kind), id); }

QString canonicalCertFile(StoreKind kind, const QString& id)
{
    return StoreKindText::id(kind) + QLatin1Char('/') + id.toUpper()
        + (kind == StoreKind::Requests ? QStringLiteral(".csr") : QStringLiteral(".pem"));
}

QString keyFileFor(const QString& certRel)
{
    return certRel.left(certRel.lastIndexOf(QLatin1Char('.'))) + QStringLiteral(".key");
}

// Asks the file system, not the permission bits: right for root, read-only
// mounts and ACLs alike.
bool canWriteIn(const QString& dir)
{
    QTemporaryFile probe(dir + QStringLiteral("/.write-probe-XXXXXX"));
    return probe.open();
}

bool isRegularFile(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && info.isFile() && !info.isSymLink();
}

Result<QByteArray> readSmallFile(const QString& path, qint64 limit)
{
    QFile file(path);
    if (file.size() > limit)
        return makeError(ErrorKind::TooLarge, PemDirStore::tr("The file is larger than a certificate can be."));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::PermissionDenied, file.errorString());
    // Ask for what the file holds (plus one byte, to notice it grew), not for
    // the limit: QIODevice::read allocates what it is asked for up front.
    QByteArray bytes = file.read(std::min(limit, file.size()) + 1);
    if (bytes.size() > limit)
        return makeError(ErrorKind::TooLarge, PemDirStore::tr("The file is larger than a certificate can be."));
    return bytes;
}

QString describe(const StoreEntry& e)
{
    const QString name = e.certificate.isNull() ? e.request.subject().displayName()
                                                : e.certificate.subject().displayName();
    return e.hasPrivateKey ? PemDirStore::tr("%1: %2 (with private key)").arg(StoreKindText::displayName(e.kind), name)
                           : PemDirStore::tr("%1: %2").arg(StoreKindText::displayName(e.kind), name);
}

} // namespace

QString PemDirStore::indexFileName() { return PemDirIndex::fileName(); }

PemDirStore::PemDirStore(const QString& root, bool writable)
    : m_root(root)
    , m_writable(writable)
    , m_lock(root + QStringLiteral("/.lock"))
{
}

Result<std::unique_ptr<PemDirStore>> PemDirStore::open(const QString& folder)
{
    const QString root = QDir(folder).absolutePath();
    QFileInfo info(root);
    if (info.exists() && !info.isDir())
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is a file, not a store folder. Choose a folder.").arg(QDir::toNativeSeparators(root)));
    if (!info.exists()) {
        if (!QDir().mkpath(root))
            return makeError(ErrorKind::PermissionDenied,
                             tr("The store folder %1 cannot be created. Check that its parent folder exists "
                                "and is writable.")
                                 .arg(QDir::toNativeSeparators(root)));
        QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QDir dir(root);
    const QString marker = dir.filePath(markerFileName());
    const bool writable = canWriteIn(root);
    if (!QFileInfo::exists(marker)) {
        if (!dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).isEmpty())
            return makeError(ErrorKind::InvalidInput,
                             tr("The folder %1 is not a CertPilot store: it holds other files. Choose an empty "
                                "folder for a new store, or an existing store.")
                                 .arg(QDir::toNativeSeparators(root)));
        if (!writable)
            return makeError(ErrorKind::ReadOnly,
                             tr("A new store cannot be created in %1 because the folder is read-only.")
                                 .arg(QDir::toNativeSeparators(root)));
        const QJsonObject markerJson{{QStringLiteral("format"), QStringLiteral("certpilot-pemdir")},
                                     {QStringLiteral("version"), 1}};
        auto written = AtomicFile::write(marker, QJsonDocument(markerJson).toJson(), false);
        if (!written)
            return written.error();
    } else {
        QFile file(marker);
        const QJsonDocument doc = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.read(64 * 1024))
            : QJsonDocument();
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("format")).toString() != QLatin1String("certpilot-pemdir"))
            return makeError(ErrorKind::Corrupt,
                             tr("The store in %1 is damaged: its marker file %2 is unreadable. Restore the "
                                "folder from a backup, or open another store.")
                                 .arg(QDir::toNativeSeparators(root), markerFileName()));
        if (o.value(QStringLiteral("version")).toInt() > 1)
            return makeError(ErrorKind::Unsupported,
                             tr("The store in %1 was made by a newer CertPilot. Update CertPilot to open it.")
                                 .arg(QDir::toNativeSeparators(root)));
    }
    if (writable) {
        for (StoreKind kind : kAllStoreKinds)
            dir.mkpath(StoreKindText::id(kind));
    }
    std::unique_ptr<PemDirStore> store(new PemDirStore(root, writable));
    // A write probe (canWriteIn) is left only by a program killed while opening.
    if (writable) {
        int probes = 0;
        for (const QString& name : dir.entryList({QStringLiteral(".write-probe-*")}, QDir::Files | QDir::Hidden))
            probes += QFile::remove(dir.filePath(name)) ? 1 : 0;
        if (probes > 0)
            store->m_notices << tr("Removed %n temporary file(s) left by a program that was interrupted.", nullptr,
                                   probes);
    }
    // What a killed program left behind (its lock, an interrupted change) is
    // cleaned up now, with a notice saying so, unless a running program holds
    // the store: its change in progress must not be touched.
    const bool leftLock = QFileInfo::exists(dir.filePath(QStringLiteral(".lock")));
    const bool leftChange = !QDir(dir.filePath(PemDirTransaction::stagingDirName()))
                                 .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (writable && (leftLock || leftChange)) {
        QString notice;
        if (store->m_lock.acquire(0, &notice)) {
            if (!notice.isEmpty())
                store->m_notices << notice;
            store->m_notices << PemDirTransaction::recover(root);
            store->m_lock.release();
        }
    }
    return store;
}

Result<void> PemDirStore::acquireWriteLock()
{
    bool took = false;
    auto locked = lockForWrite(&took);
    if (locked)
        m_heldByOwner = true;
    return locked;
}

void PemDirStore::releaseWriteLock()
{
    m_heldByOwner = false;
    m_lock.release();
}

QStringList PemDirStore::takeNotices()
{
    QStringList out;
    out.swap(m_notices);
    return out;
}

Result<void> PemDirStore::lockForWrite(bool* tookLock)
{
    *tookLock = false;
    if (!m_writable)
        return makeError(ErrorKind::ReadOnly,
                         tr("The store folder %1 is read-only, so nothing can be changed. Check the folder's "
                            "permissions, or open a writable copy.")
                             .arg(QDir::toNativeSeparators(m_root)));
    if (m_lock.isHeld())
        return {};
    QString notice;
    auto acquired = m_lock.acquire(m_heldByOwner ? 0 : 2000, &notice);
    if (!acquired)
        return acquired;
    *tookLock = true;
    if (!notice.isEmpty())
        m_notices << notice;
    m_notices << PemDirTransaction::recover(m_root);
    return {};
}

Result<StoreProperties> PemDirStore::readProperties(bool* damaged) const
{
    *damaged = false;
    StoreProperties props;
    const QString path = QDir(m_root).filePath(kProperties);
    if (!QFileInfo::exists(path))
        return props;
    auto bytes = readSmallFile(path, 256 * 1024 * 1024);
    if (!bytes || !props.parse(*bytes)) {
        *damaged = true;
        props = StoreProperties();
    }
    return props;
}

Result<StoreContents> PemDirStore::load(const LoadProgress& progress, const std::atomic_bool* cancel)
{
    StoreContents contents;
    bool damaged = false;
    const StoreProperties props = *readProperties(&damaged);
    if (damaged)
        contents.problems.append({kProperties, tr("The file of friendly names and notes is damaged, so they are "
                                                  "not shown. CertPilot keeps the damaged copy in the trash "
                                                  "the next time it saves.")});
    if (QDir(m_root).exists(PemDirTransaction::stagingDirName())
        && !QDir(m_root + QLatin1Char('/') + PemDirTransaction::stagingDirName()).isEmpty())
        contents.notices << tr("An earlier change was interrupted; it is completed or undone when the store "
                               "is next opened for writing.");

    struct Listed {
        StoreKind kind;
        QString rel;
        QString name;
        bool hasKey;
    };
    QList<Listed> files;
    for (StoreKind kind : kAllStoreKinds) {
        const QString dirRel = StoreKindText::id(kind);
        const auto listed = StoreFileReader::list(m_root + QLatin1Char('/') + dirRel);
        // Private keys present as regular files (never through a link).
        QSet<QString> regularNames;
        for (const auto& f : listed) {
            if (f.type == StoreFileReader::Type::Regular)
                regularNames.insert(f.name);
        }
        for (const auto& f : listed) {
            const qsizetype dot = f.name.lastIndexOf(QLatin1Char('.'));
            const QString suffix = dot >= 0 ? f.name.mid(dot + 1).toLower() : QString();
            const bool wanted = kind == StoreKind::Requests ? suffix == QLatin1String("csr")
                                                            : kCertSuffixes.contains(suffix);
            const QString rel = dirRel + QLatin1Char('/') + f.name;
            if (f.type == StoreFileReader::Type::SymLink) {
                if (wanted || suffix == QLatin1String("key"))
                    contents.problems.append({rel, tr("Skipped a symbolic link: a store holds its own files only, so "
                                                      "nothing outside it is read or changed through it.")});
                continue;
            }
            if (wanted)
                files.append({kind, rel, f.name, regularNames.contains(keyFileFor(f.name))});
        }
    }

    // Reading and decoding is the slow part: spread it over the cores in
    // chunks, keeping the order (and with it which copy of a duplicate wins).
    // A file whose stamp is the one in the index is not read at all.
    const PemDirIndex::Records cached = PemDirIndex::read(m_root);
    const StoreFolders folders(m_root);
    NamePool issuers;
    const auto derSource = cached.derSource();
    QList<PemDirIndex::Entry> fresh;
    bool indexStale = false;
    struct Read {
        Result<DecodedFile> decoded = DecodedFile();
        QString problem;
        std::optional<PemDirIndex::Stamp> stamp;   // for the index: the file holds one certificate
        qint64 bornNs = 0;                          // when the file was made, where the system says
        bool fromIndex = false;
        QByteArray record;   // its index record, made by the worker when the index is rewritten as it goes
    };
    QHash<QString, Located> index;
    const int total = int(files.size());
    contents.entries.reserve(total);
    fresh.reserve(total);
    // With no usable index, the new one is written as the files are read: the
    // workers make the records, and none is held longer than its chunk.
    std::optional<PemDirIndex::Writer> writer;
    if (cached.isEmpty() && m_writable) {
        const auto cacheable = std::count_if(files.cbegin(), files.cend(),
                                             [](const Listed& f) { return f.kind != StoreKind::Requests; });
        if (cacheable > 0)
            writer.emplace(m_root, quint32(cacheable));
    }
    const bool recordAsRead = writer.has_value();
    constexpr int kChunk = 256;
    for (int chunkStart = 0; chunkStart < total; chunkStart += kChunk) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Loading the store was cancelled."));
        if (progress)
            progress(chunkStart, total);
        const QList<Listed> chunk = files.mid(chunkStart, kChunk);
        const QList<Read> reads = QtConcurrent::blockingMapped(chunk, [this, &cached, &folders, &issuers, &derSource, recordAsRead](const Listed& f) {
            lowerWorkerPriority();
            Read r;
            const QString path = m_root + QLatin1Char('/') + f.rel;
            const bool cacheable = f.kind != StoreKind::Requests;
            const auto status = PemDirIndex::status(folders.fd(f.kind), f.name, path);
            r.bornNs = status ? status->bornNs : 0;
            const auto stamp = cacheable && status ? std::optional(status->stamp) : std::nullopt;
            if (stamp) {
                const PemDirIndex::Slot* hit = cached.find(f.rel);
                if (hit && hit->stamp == *stamp) {
                    if (auto cert = Certificate::fromCacheRecord(cached.certificate(*hit), &issuers, derSource, hit->offset)) {
                        DecodedFile file;
                        file.certificates.append(*cert);
                        r.decoded = file;
                        r.stamp = stamp;
                        r.fromIndex = true;
                        return r;
                    }
                }
            }
            auto bytes = StoreFileReader::read(path, kMaxStoreFileSize);
            if (!bytes) {
                r.problem = bytes.error().kind == ErrorKind::TooLarge
                    ? tr("This file is too large to be a certificate; it was not read.")
                    : bytes.error().message;
                return r;
            }
            r.decoded = StoreFileReader::decode(*bytes);
            if (stamp && r.decoded && r.decoded->certificates.size() == 1 && r.decoded->requests.isEmpty()) {
                r.stamp = stamp;
                if (recordAsRead)
                    r.record = r.decoded->certificates.first().cacheRecord();
            }
            return r;
        });
        for (qsizetype c = 0; c < chunk.size(); ++c) {
            const Listed& f = chunk[c];
            const Read& r = reads[c];
            const QString& rel = f.rel;
            if (r.stamp) {
                fresh.append({rel, *r.stamp, r.decoded->certificates.first()});
                indexStale = indexStale || !r.fromIndex;
                if (writer)
                    writer->add(rel, *r.stamp, r.record);
            }
            if (!r.problem.isEmpty()) {
                contents.problems.append({rel, r.problem});
                continue;
            }
            const auto& decoded = r.decoded;
            if (!decoded) {
                contents.problems.append({rel, decoded.error().message});
                continue;
            }
            const StoreKind kind = f.kind;
            StoreEntry entry;
            entry.kind = kind;
            if (kind == StoreKind::Requests) {
                if (decoded->requests.size() != 1) {
                    contents.problems.append({rel, tr("This file does not hold exactly one certificate request.")});
                    continue;
                }
                entry.request = decoded->requests.first();
                entry.id = entry.request.keyId();
            } else {
                if (decoded->certificates.size() != 1) {
                    contents.problems.append({rel, tr("This file holds %n certificate(s); a store file holds "
                                                      "exactly one. Import the file instead of copying it here.",
                                                      nullptr, int(decoded->certificates.size()))});
                    continue;
                }
                entry.certificate = decoded->certificates.first();
                entry.id = entry.certificate.sha1();
            }
            const QString key = indexKey(kind, entry.id);
            if (index.contains(key)) {
                contents.problems.append(
                    {rel, tr("This is a second copy of %1; it is ignored.").arg(index.value(key).certFile)});
                continue;
            }
            const QString keyRel = keyFileFor(rel);
            entry.hasPrivateKey = f.hasKey;
            const StoreProperties::Entry p = props.value(key);
            entry.friendlyName = p.friendlyName;
            if (p.added.isValid()) {
                entry.added = p.added;
            } else if (r.bornNs != 0) {
                entry.added = QDateTime::fromMSecsSinceEpoch(r.bornNs / 1000000, Qt::UTC);
            } else {
                const QFileInfo info(m_root + QLatin1Char('/') + rel);
                entry.added = info.birthTime().isValid() ? info.birthTime().toUTC() : info.lastModified().toUTC();
            }
            entry.owner = p.owner;
            entry.notes = p.notes;
            index.insert(key, {rel, entry.hasPrivateKey ? keyRel : QString()});
            contents.entries.append(std::move(entry));
        }
    }
    // Files gone since the index was written also make it stale.
    indexStale = indexStale || fresh.size() != cached.size();
    // A cache: failing to write it changes nothing. The index written as the
    // files were read is refused when a file did not give one certificate.
    const bool written = writer && indexStale && writer->commit().ok();
    if (!written && indexStale && m_writable)
        (void)PemDirIndex::write(m_root, fresh);
    if (progress)
        progress(total, total);
    QMutexLocker locker(&m_mutex);
    m_index = std::move(index);
    return contents;
}

PemDirStore::Located PemDirStore::locate(StoreKind kind, const QString& id) const
{
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_index.constFind(indexKey(kind, id));
        if (it != m_index.constEnd() && isRegularFile(m_root + QLatin1Char('/') + it->certFile)) {
            Located found = *it;
            found.keyFile = isRegularFile(m_root + QLatin1Char('/') + keyFileFor(found.certFile))
                ? keyFileFor(found.certFile)
                : QString();
            return found;
        }
    }
    const QString rel = canonicalCertFile(kind, id);
    if (!isRegularFile(m_root + QLatin1Char('/') + rel))
        return {};
    const QString keyRel = keyFileFor(rel);
    return {rel, isRegularFile(m_root + QLatin1Char('/') + keyRel) ? keyRel : QString()};
}

Result<void> PemDirStore::commit(const StoreChange& change)
{
    if (change.isEmpty())
        return {};
    bool tookLock = false;
    auto locked = lockForWrite(&tookLock);
    if (!locked)
        return locked;
    struct Unlock {
        PemDirStore* self;
        bool took;
        ~Unlock()
        {
            if (took && !self->m_heldByOwner)
                self->m_lock.release();
        }
    } unlock{this, tookLock};

    bool damaged = false;
    StoreProperties props = *readProperties(&damaged);
    bool propsChanged = false;
    PemDirTransaction txn(m_root);
    const QString trashId = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString trashDir = kTrash + QLatin1Char('/') + trashId;
    if (damaged) {
        txn.move(kProperties, trashDir + QStringLiteral("/properties.json.damaged"));
        propsChanged = true;
    }

    QSet<QString> added;
    for (const StoreChange::Add& add : change.adds()) {
        const bool isRequest = add.kind == StoreKind::Requests;
        if (isRequest && (add.request.isNull() || add.key.isNull()))
            return makeError(ErrorKind::InvalidInput, tr("A request is stored together with its private key."));
        if (!isRequest && add.certificate.isNull())
            return makeError(ErrorKind::InvalidInput, tr("There is no certificate to add."));
        const QString id = isRequest ? add.request.keyId() : add.certificate.sha1();
        const QString key = indexKey(add.kind, id);
        if (added.contains(key))
            continue;
        added.insert(key);
        const QString name = isRequest ? add.request.subject().displayName()
                                       : add.certificate.subject().displayName();
        if (!add.key.isNull()) {
            const bool matches = isRequest ? add.key.publicKeyDer() == add.request.publicKeyDer()
                                           : add.key.matches(add.certificate);
            if (!matches)
                return makeError(ErrorKind::KeyMismatch,
                                 tr("The private key does not belong to %1, so it was not stored. Nothing was "
                                    "changed.")
                                     .arg(name));
        }
        const Located existing = locate(add.kind, id);
        QString certRel = existing.certFile;
        if (certRel.isEmpty()) {
            certRel = canonicalCertFile(add.kind, id);
            txn.put(certRel, isRequest ? add.request.toPem() : add.certificate.toPem(), false);
        } else if (add.key.isNull() || !existing.keyFile.isEmpty()) {
            return makeError(ErrorKind::AlreadyExists,
                             tr("%1 is already in %2. Nothing was changed.")
                                 .arg(name, StoreKindText::displayName(add.kind)));
        }
        if (!add.key.isNull()) {
            const QString keyRel = keyFileFor(certRel);
            if (QFileInfo::exists(m_root + QLatin1Char('/') + keyRel))
                return makeError(ErrorKind::AlreadyExists,
                                 tr("A private key file for %1 already exists; CertPilot never overwrites a "
                                    "key. Nothing was changed.")
                                     .arg(name),
                                 keyRel);
            txn.put(keyRel, add.key.toPem().view(), true);
        }
        StoreProperties::Entry entry = props.value(key);
        if (!add.friendlyName.isEmpty())
            entry.friendlyName = add.friendlyName;
        if (!entry.added.isValid())
            entry.added = QDateTime::currentDateTimeUtc();
        props.insert(key, entry);
        propsChanged = true;
    }

    QJsonArray trashItems;
    for (const StoreChange::Remove& remove : change.removes()) {
        const Located found = locate(remove.kind, remove.id);
        if (found.certFile.isEmpty())
            return makeError(ErrorKind::NotFound,
                             tr("The item %1 is no longer in %2. Refresh the view and try again.")
                                 .arg(remove.id, StoreKindText::displayName(remove.kind)));
        QJsonArray moved;
        for (const QString& rel : {found.certFile, found.keyFile}) {
            if (rel.isEmpty())
                continue;
            txn.move(rel, trashDir + QLatin1Char('/') + rel);
            moved.append(rel);
        }
        const QString key = indexKey(remove.kind, remove.id);
        const StoreProperties::Entry entry = props.take(key);
        propsChanged = true;
        trashItems.append(QJsonObject{{QStringLiteral("store"), StoreKindText::id(remove.kind)},
                                      {QStringLiteral("id"), remove.id.toUpper()},
                                      {QStringLiteral("files"), moved},
                                      {QStringLiteral("properties"), StoreProperties::toJson(entry)}});
    }

    for (const StoreChange::SetProperties& set : change.properties()) {
        const QString key = indexKey(set.kind, set.id);
        if (!added.contains(key) && locate(set.kind, set.id).certFile.isEmpty())
            return makeError(ErrorKind::NotFound,
                             tr("The item %1 is no longer in %2.").arg(set.id, StoreKindText::displayName(set.kind)));
        StoreProperties::Entry entry = props.value(key);
        if (set.friendlyName)
            entry.friendlyName = *set.friendlyName;
        if (set.owner)
            entry.owner = *set.owner;
        if (set.notes)
            entry.notes = *set.notes;
        props.insert(key, entry);
        propsChanged = true;
    }

    if (!trashItems.isEmpty()) {
        const QJsonObject info{{QStringLiteral("deletedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {QStringLiteral("items"), trashItems}};
        txn.put(trashDir + QLatin1Char('/') + kTrashInfo, QJsonDocument(info).toJson(), false);
    }
    if (propsChanged)
        txn.put(kProperties, props.serialize(), false, true);
    return txn.run();
}

namespace {
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
} // namespace

Result<QByteArray> PemDirStore::readDocument(const QString& name) const
{
    if (!isPlainName(name))
        return makeError(ErrorKind::InvalidInput, tr("Invalid document name."));
    const QString path = m_root + QStringLiteral("/meta/") + name + QStringLiteral(".json");
    if (!QFileInfo::exists(path))
        return QByteArray();
    if (!isRegularFile(path))
        return makeError(ErrorKind::Corrupt, tr("%1 is not a regular file.").arg(path));
    return readSmallFile(path, 64 * 1024 * 1024);
}

Result<void> PemDirStore::writeDocument(const QString& name, const QByteArray& content)
{
    if (!isPlainName(name))
        return makeError(ErrorKind::InvalidInput, tr("Invalid document name."));
    bool tookLock = false;
    auto locked = lockForWrite(&tookLock);
    if (!locked)
        return locked;
    PemDirTransaction txn(m_root);
    txn.put(QStringLiteral("meta/") + name + QStringLiteral(".json"), content, false, true);
    auto ran = txn.run();
    if (tookLock && !m_heldByOwner)
        m_lock.release();
    return ran;
}

Result<PrivateKey> PemDirStore::privateKey(StoreKind kind, const QString& id) const
{
    const Located found = locate(kind, id);
    if (found.keyFile.isEmpty())
        return makeError(ErrorKind::KeyMissing,
                         tr("There is no private key for this item in the store. The key stays on the machine "
                            "where the request was made; restore it from a PFX backup, or make a new request."));
    auto bytes = readSmallFile(m_root + QLatin1Char('/') + found.keyFile, kMaxStoreFileSize);
    if (!bytes)
        return makeError(ErrorKind::PermissionDenied,
                         tr("The private key file cannot be read: %1").arg(bytes.error().message));
    auto key = PrivateKey::fromPem(*bytes);
    cleanse(*bytes);
    return key;
}

QList<TrashItem> PemDirStore::trash() const
{
    QList<TrashItem> out;
    QDir dir(m_root + QLatin1Char('/') + kTrash);
    const auto names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        QFile file(dir.filePath(name + QLatin1Char('/') + kTrashInfo));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject info = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
        TrashItem item;
        item.id = name;
        item.deletedAt = QDateTime::fromString(info.value(QStringLiteral("deletedAt")).toString(), Qt::ISODate);
        for (const QJsonValue& v : info.value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            const auto kind = StoreKindText::fromId(o.value(QStringLiteral("store")).toString());
            const QJsonArray files = o.value(QStringLiteral("files")).toArray();
            if (!kind || files.isEmpty())
                continue;
            StoreEntry e;
            e.kind = *kind;
            e.hasPrivateKey = files.size() > 1;
            auto bytes = readSmallFile(dir.filePath(name + QLatin1Char('/') + files.first().toString()),
                                       kMaxStoreFileSize);
            if (bytes) {
                if (auto decoded = FileDecoder::decode(*bytes)) {
                    if (!decoded->certificates.isEmpty())
                        e.certificate = decoded->certificates.first();
                    else if (!decoded->requests.isEmpty())
                        e.request = decoded->requests.first();
                }
            }
            item.contents << describe(e);
        }
        out.append(item);
    }
    return out;
}

Result<void> PemDirStore::restoreFromTrash(const QString& trashId)
{
    if (trashId.contains(QLatin1Char('/')) || trashId.contains(QLatin1String("..")) || trashId.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("There is no such item in the trash."));
    bool tookLock = false;
    auto locked = lockForWrite(&tookLock);
    if (!locked)
        return locked;
    struct Unlock {
        PemDirStore* self;
        bool took;
        ~Unlock()
        {
            if (took && !self->m_heldByOwner)
                self->m_lock.release();
        }
    } unlock{this, tookLock};

    const QString dir = kTrash + QLatin1Char('/') + trashId;
    QFile file(m_root + QLatin1Char('/') + dir + QLatin1Char('/') + kTrashInfo);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, tr("There is no such item in the trash."));
    const QJsonObject info = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
    bool damaged = false;
    StoreProperties props = *readProperties(&damaged);
    PemDirTransaction txn(m_root);
    for (const QJsonValue& v : info.value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue& f : o.value(QStringLiteral("files")).toArray()) {
            const QString rel = f.toString();
            if (rel.contains(QLatin1String("..")) || QDir::isAbsolutePath(rel))
                return makeError(ErrorKind::Corrupt, tr("The trash entry is damaged."));
            if (QFileInfo::exists(m_root + QLatin1Char('/') + rel))
                return makeError(ErrorKind::AlreadyExists,
                                 tr("This item is in the store again, so the copy in the trash was not restored."));
            txn.move(dir + QLatin1Char('/') + rel, rel);
        }
        const auto kind = StoreKindText::fromId(o.value(QStringLiteral("store")).toString());
        if (kind)
            props.insert(indexKey(*kind, o.value(QStringLiteral("id")).toString()),
                         StoreProperties::fromJson(o.value(QStringLiteral("properties")).toObject()));
    }
    if (!damaged)
        txn.put(kProperties, props.serialize(), false, true);
    auto ran = txn.run();
    if (ran)
        QDir(m_root + QLatin1Char('/') + dir).removeRecursively();
    return ran;
}

} // namespace certpilot
