// SPDX-License-Identifier: GPL-3.0-or-later
#include "PemDirIndex.h"

#include "AtomicFile.h"
#include "CacheReader.h"
#include "CacheWriter.h"
#include "ossl/Digest.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QMutex>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace certpilot {

namespace {

constexpr char kMagic[] = "CertPilot store index\n";
constexpr qsizetype kMagicLen = sizeof kMagic - 1;
constexpr quint32 kVersion = 2;
constexpr qsizetype kSumLen = 32;
constexpr qint64 kMaxIndexSize = 1024LL * 1024 * 1024;
constexpr qsizetype kPieceSize = 1024 * 1024;

} // namespace

#ifdef Q_OS_UNIX
namespace {
PemDirIndex::Stamp fromStat(const struct stat& st)
{
    PemDirIndex::Stamp s;
    s.size = qint64(st.st_size);
    s.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    s.changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    s.inode = quint64(st.st_ino);
    s.device = quint64(st.st_dev);
    return s;
}
} // namespace
#endif

std::optional<PemDirIndex::Stamp> PemDirIndex::stamp(int folderFd, const QString& name, const QString& path)
{
#ifdef Q_OS_UNIX
    if (folderFd >= 0) {
        struct stat st;
        if (::fstatat(folderFd, QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            return std::nullopt;
        return fromStat(st);
    }
#endif
    return stamp(path);
}

std::optional<PemDirIndex::Stamp> PemDirIndex::stamp(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return fromStat(st);
#else
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    Stamp s;
    s.size = info.size();
    s.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    s.changedNs = info.metadataChangeTime().toMSecsSinceEpoch() * 1000000;
    return s;
#endif
}

const PemDirIndex::Slot* PemDirIndex::Records::find(const QString& rel) const
{
    const auto it = m_slots.constFind(rel);
    return it == m_slots.constEnd() ? nullptr : &*it;
}

QByteArray PemDirIndex::Records::certificate(const Slot& slot) const
{
    if (!m_file || slot.length <= 0)
        return {};
    QByteArray bytes(slot.length, Qt::Uninitialized);
#ifdef Q_OS_UNIX
    // One call, no shared file position: the loading workers read in parallel.
    if (::pread(m_file->handle(), bytes.data(), size_t(slot.length), off_t(slot.offset)) != slot.length)
        return {};
#else
    QMutexLocker locker(m_mutex.get());
    if (!m_file->seek(slot.offset) || m_file->read(bytes.data(), slot.length) != slot.length)
        return {};
#endif
    return bytes;
}

PemDirIndex::Records PemDirIndex::read(const QString& root)
{
    Records records;
    auto file = std::make_shared<QFile>(root + QLatin1Char('/') + fileName());
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered) || file->size() > kMaxIndexSize)
        return records;
    // Exactly the file's size (QIODevice::read(n) may reserve more), and only
    // while the records are found: they are read again one by one when used.
    QByteArray buffer(file->size(), Qt::Uninitialized);
    if (file->read(buffer.data(), buffer.size()) != buffer.size())
        return records;
    // Magic, version, records, then a SHA-256 of everything before it.
    if (buffer.size() < kMagicLen + 8 + kSumLen || !buffer.startsWith(kMagic))
        return records;
    const QByteArray body = QByteArray::fromRawData(buffer.constData(), buffer.size() - kSumLen);
    if (ossl::sha256(body) != QByteArrayView(buffer).last(kSumLen))
        return records;
    CacheReader in(QByteArrayView(body).sliced(kMagicLen));
    const auto version = in.number<quint32>();
    const auto count = in.number<quint32>();
    if (in.failed() || version != kVersion || count > 10000000)
        return records;
    QHash<QString, Slot> found;
    found.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const QString rel = in.text();
        Slot s;
        s.stamp.size = in.number<qint64>();
        s.stamp.modifiedNs = in.number<qint64>();
        s.stamp.changedNs = in.number<qint64>();
        s.stamp.inode = in.number<quint64>();
        s.stamp.device = in.number<quint64>();
        const QByteArrayView cert = in.view();
        if (in.failed())
            return records;
        s.offset = kMagicLen + in.position() - cert.size();
        s.length = qint32(cert.size());
        found.insert(rel, s);
    }
    if (!in.atEnd())
        return records;
    records.m_slots = std::move(found);
    records.m_file = std::move(file);
    records.m_mutex = std::make_shared<QMutex>();
    return records;
}

struct PemDirIndex::Writer::State {
    QString path;
    QSaveFile file;
    ossl::Sha256Stream sum;
    QByteArray piece;
    quint32 announced = 0;
    quint32 added = 0;
    bool failed = false;
    explicit State(const QString& p) : path(p), file(p) {}
    void flush()
    {
        sum.add(piece);
        failed = failed || file.write(piece) != piece.size();
        piece.truncate(0);
    }
};

PemDirIndex::Writer::Writer(const QString& root, quint32 count)
    : m_state(std::make_unique<State>(root + QLatin1Char('/') + fileName()))
{
    // Written and hashed in pieces: a 10,000-certificate index is 13 MB, and
    // holding it whole would add that to the peak memory of every first open.
    State& st = *m_state;
    st.announced = count;
    st.file.setDirectWriteFallback(false);
    st.failed = !st.file.open(QIODevice::WriteOnly);
    st.piece.reserve(kPieceSize + 64 * 1024);
    st.piece.append(kMagic, kMagicLen);
    CacheWriter out(st.piece);
    out.number(kVersion);
    out.number(count);
}

PemDirIndex::Writer::~Writer() = default;

void PemDirIndex::Writer::add(const QString& path, const Stamp& stamp, const QByteArray& certificateRecord)
{
    State& st = *m_state;
    if (st.failed)
        return;
    CacheWriter out(st.piece);
    out.text(path);
    out.number(stamp.size);
    out.number(stamp.modifiedNs);
    out.number(stamp.changedNs);
    out.number(stamp.inode);
    out.number(stamp.device);
    out.bytes(certificateRecord);
    ++st.added;
    if (st.piece.size() >= kPieceSize)
        st.flush();
}

quint32 PemDirIndex::Writer::added() const { return m_state->added; }

Result<void> PemDirIndex::Writer::commit()
{
    State& st = *m_state;
    // A count that is not the one announced would make the index unreadable.
    if (st.added != st.announced)
        st.failed = true;
    if (!st.failed)
        st.flush();
    if (st.failed || st.file.write(st.sum.result()) != kSumLen || !st.file.commit()) {
        st.file.cancelWriting();
        return AtomicFile::errorFor(EIO, st.path, st.file.errorString());
    }
    return {};
}

Result<void> PemDirIndex::write(const QString& root, const QList<Entry>& entries)
{
    Writer writer(root, quint32(entries.size()));
    for (const Entry& e : entries)
        writer.add(e.path, e.stamp, e.certificate.cacheRecord());
    return writer.commit();
}

} // namespace certpilot
