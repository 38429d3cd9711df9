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
#include <sys/stat.h>
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

std::optional<PemDirIndex::Stamp> PemDirIndex::stamp(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    Stamp s;
    s.size = qint64(st.st_size);
    s.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    s.changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    s.inode = quint64(st.st_ino);
    s.device = quint64(st.st_dev);
    return s;
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
    QMutexLocker locker(m_mutex.get());
    if (!m_file->seek(slot.offset) || m_file->read(bytes.data(), slot.length) != slot.length)
        return {};
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

Result<void> PemDirIndex::write(const QString& root, const QList<Entry>& entries)
{
    // Written and hashed in pieces: a 10,000-certificate index is 13 MB, and
    // holding it whole would add that to the peak memory of every first open.
    const QString path = root + QLatin1Char('/') + fileName();
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return AtomicFile::errorFor(EIO, path, file.errorString());
    ossl::Sha256Stream sum;
    QByteArray piece;
    piece.reserve(kPieceSize + 64 * 1024);
    const auto flush = [&] {
        sum.add(piece);
        const bool written = file.write(piece) == piece.size();
        piece.truncate(0);
        return written;
    };
    piece.append(kMagic, kMagicLen);
    CacheWriter out(piece);
    out.number(kVersion);
    out.number(quint32(entries.size()));
    for (const Entry& e : entries) {
        out.text(e.path);
        out.number(e.stamp.size);
        out.number(e.stamp.modifiedNs);
        out.number(e.stamp.changedNs);
        out.number(e.stamp.inode);
        out.number(e.stamp.device);
        out.bytes(e.certificate.cacheRecord());
        if (piece.size() >= kPieceSize && !flush())
            return AtomicFile::errorFor(EIO, path, file.errorString());
    }
    if (!flush() || file.write(sum.result()) != kSumLen || !file.commit())
        return AtomicFile::errorFor(EIO, path, file.errorString());
    return {};
}

} // namespace certpilot
