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

#include <algorithm>
#include <cerrno>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/sysmacros.h>
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

std::optional<PemDirIndex::Status> statusAt(int dirFd, const char* name)
{
#if defined(Q_OS_LINUX) && defined(STATX_BTIME)
    struct statx sx;
    if (::statx(dirFd, name, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS | STATX_BTIME, &sx) == 0) {
        auto ns = [](const struct statx_timestamp& t) { return qint64(t.tv_sec) * 1000000000 + t.tv_nsec; };
        PemDirIndex::Status s;
        s.stamp.size = qint64(sx.stx_size);
        s.stamp.modifiedNs = ns(sx.stx_mtime);
        s.stamp.changedNs = ns(sx.stx_ctime);
        s.stamp.inode = quint64(sx.stx_ino);
        // The same number stat() gives as st_dev, so stamps taken either way compare equal.
        s.stamp.device = quint64(makedev(sx.stx_dev_major, sx.stx_dev_minor));
        s.bornNs = (sx.stx_mask & STATX_BTIME) ? ns(sx.stx_btime) : 0;
        return s;
    }
    if (errno != ENOSYS)
        return std::nullopt;
#endif
    struct stat st;
    if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return std::nullopt;
    return PemDirIndex::Status{fromStat(st), 0};
}
} // namespace
#endif

std::optional<PemDirIndex::Status> PemDirIndex::status(int folderFd, const QString& name, const QString& path)
{
#ifdef Q_OS_UNIX
    if (folderFd >= 0)
        return statusAt(folderFd, QFile::encodeName(name).constData());
    return statusAt(AT_FDCWD, QFile::encodeName(path).constData());
#else
    Q_UNUSED(folderFd);
    Q_UNUSED(name);
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    Status s;
    s.stamp.size = info.size();
    s.stamp.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    s.stamp.changedNs = info.metadataChangeTime().toMSecsSinceEpoch() * 1000000;
    if (info.birthTime().isValid())
        s.bornNs = info.birthTime().toMSecsSinceEpoch() * 1000000;
    return s;
#endif
}

std::optional<PemDirIndex::Stamp> PemDirIndex::stamp(int folderFd, const QString& name, const QString& path)
{
    const auto s = status(folderFd, name, path);
    return s ? std::optional<Stamp>(s->stamp) : std::nullopt;
}

std::optional<PemDirIndex::Stamp> PemDirIndex::stamp(const QString& path)
{
    return stamp(-1, QString(), path);
}

const PemDirIndex::Slot* PemDirIndex::Records::find(const QString& rel) const
{
    const auto it = m_slots.constFind(rel);
    return it == m_slots.constEnd() ? nullptr : &*it;
}

// The index file as it was checked, open for reading records and DER.
class PemDirIndex::Records::File : public DerSource {
public:
    explicit File(std::unique_ptr<QFile> file) : m_file(std::move(file)) {}

    QByteArray read(qint64 offset, qint32 length) const override
    {
        if (length <= 0)
            return {};
        QByteArray bytes(length, Qt::Uninitialized);
#ifdef Q_OS_UNIX
        // One call, no shared file position: the loading workers read in parallel.
        if (::pread(m_file->handle(), bytes.data(), size_t(length), off_t(offset)) != length)
            return {};
#else
        QMutexLocker locker(&m_mutex);
        if (!m_file->seek(offset) || m_file->read(bytes.data(), length) != length)
            return {};
#endif
        return bytes;
    }

private:
    std::unique_ptr<QFile> m_file;
    mutable QMutex m_mutex;   // a seek and a read are one step
};

QByteArray PemDirIndex::Records::certificate(const Slot& slot) const
{
    return m_file ? m_file->read(slot.offset, slot.length) : QByteArray();
}

std::shared_ptr<const DerSource> PemDirIndex::Records::derSource() const
{
#ifdef Q_OS_UNIX
    return m_file;
#else
    return nullptr;
#endif
}

namespace {

// Reads the index once, in pieces into one buffer (holding the whole 13 MB of
// a 10,000-certificate index cost a fresh page for every 4 KB of it, a tenth
// of a warm `certpilot-cli list`), hashing the body as it goes and finding
// each record's place. Only the places are kept; the sum is checked at the end.
class IndexScan {
public:
    explicit IndexScan(QFile& file) : m_file(file), m_bodyEnd(file.size() - kSumLen) {}

    std::optional<QHash<QString, PemDirIndex::Slot>> run()
    {
        if (m_bodyEnd < kMagicLen + 8)
            return std::nullopt;
        m_buffer.reserve(kPieceSize + 64 * 1024);
        if (!need(kMagicLen + 8) || !QByteArrayView(m_buffer).startsWith(QByteArrayView(kMagic, kMagicLen)))
            return std::nullopt;
        CacheReader header(QByteArrayView(m_buffer).sliced(kMagicLen, 8));
        const auto version = header.number<quint32>();
        const auto count = header.number<quint32>();
        // Each record takes at least kMinRecord bytes: a count the file cannot
        // hold is refused before anything is reserved for it.
        constexpr qint64 kMinRecord = 4 + 5 * 8 + 4;
        if (version != kVersion || qint64(count) > (m_bodyEnd - kMagicLen - 8) / kMinRecord)
            return std::nullopt;
        m_used = kMagicLen + 8;
        QHash<QString, PemDirIndex::Slot> found;
        found.reserve(count);
        for (quint32 i = 0; i < count; ++i) {
            // A record is parsed from what is buffered; one that runs past it
            // is parsed again once more is read.
            for (;;) {
                CacheReader in(QByteArrayView(m_buffer).sliced(m_used));
                const QByteArrayView rel = in.view();
                PemDirIndex::Slot s;
                s.stamp.size = in.number<qint64>();
                s.stamp.modifiedNs = in.number<qint64>();
                s.stamp.changedNs = in.number<qint64>();
                s.stamp.inode = in.number<quint64>();
                s.stamp.device = in.number<quint64>();
                const QByteArrayView cert = in.view();
                if (!in.failed()) {
                    s.offset = m_bufferStart + m_used + in.position() - cert.size();
                    s.length = qint32(cert.size());
                    found.insert(QString::fromUtf8(rel), s);
                    m_used += in.position();
                    break;
                }
                if (!readMore())
                    return std::nullopt;
            }
        }
        // Nothing after the last record but the sum, and the sum matches.
        if (m_bufferStart + m_used != m_bodyEnd || readMore())
            return std::nullopt;
        QByteArray sum(kSumLen, Qt::Uninitialized);
        if (m_file.read(sum.data(), kSumLen) != kSumLen || m_sum.result() != sum)
            return std::nullopt;
        return found;
    }

private:
    bool need(qsizetype n)
    {
        while (m_buffer.size() - m_used < n)
            if (!readMore())
                return false;
        return true;
    }
    // Drops what is parsed, appends the next piece of the body; false at its end.
    bool readMore()
    {
        const qint64 left = m_bodyEnd - m_read;
        if (left <= 0)
            return false;
        m_buffer.remove(0, m_used);
        m_bufferStart += m_used;
        m_used = 0;
        const qsizetype at = m_buffer.size();
        const qsizetype n = qsizetype(std::min<qint64>(left, kPieceSize));
        m_buffer.resize(at + n);
        if (m_file.read(m_buffer.data() + at, n) != n)
            return false;
        m_sum.add(QByteArrayView(m_buffer).sliced(at));
        m_read += n;
        return true;
    }

    QFile& m_file;
    const qint64 m_bodyEnd;
    QByteArray m_buffer;
    qint64 m_bufferStart = 0;   // file offset of m_buffer[0]
    qsizetype m_used = 0;       // bytes of m_buffer already parsed
    qint64 m_read = 0;
    ossl::Sha256Stream m_sum;
};

} // namespace

PemDirIndex::Records PemDirIndex::read(const QString& root)
{
    Records records;
    auto file = std::make_unique<QFile>(root + QLatin1Char('/') + fileName());
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered) || file->size() > kMaxIndexSize)
        return records;
    auto found = IndexScan(*file).run();
    if (!found)
        return records;
    records.m_slots = std::move(*found);
    records.m_file = std::make_shared<const Records::File>(std::move(file));
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
