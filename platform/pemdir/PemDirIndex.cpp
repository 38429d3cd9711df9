// SPDX-License-Identifier: GPL-3.0-or-later
#include "PemDirIndex.h"

#include "AtomicFile.h"
#include "CacheReader.h"
#include "CacheWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

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

QByteArray checksum(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

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

PemDirIndex::Records PemDirIndex::read(const QString& root)
{
    Records records;
    QFile file(root + QLatin1Char('/') + fileName());
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxIndexSize)
        return records;
    // Exactly the file's size: readAll() grows its buffer by doubling, which
    // for a 10,000-certificate index held 16 MB at once for 13 MB of data.
    const QByteArray buffer = file.read(file.size());
    // Magic, version, records, then a SHA-256 of everything before it.
    if (buffer.size() < kMagicLen + 8 + kSumLen || !buffer.startsWith(kMagic))
        return records;
    const QByteArrayView body = QByteArrayView(buffer).first(buffer.size() - kSumLen);
    if (checksum(body) != QByteArrayView(buffer).last(kSumLen))
        return records;
    CacheReader in(body.sliced(kMagicLen));
    const auto version = in.number<quint32>();
    const auto count = in.number<quint32>();
    if (in.failed() || version != kVersion || count > 10000000)
        return records;
    QHash<QString, Record> byPath;
    byPath.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const QString rel = in.text();
        Record r;
        r.stamp.size = in.number<qint64>();
        r.stamp.modifiedNs = in.number<qint64>();
        r.stamp.changedNs = in.number<qint64>();
        r.stamp.inode = in.number<quint64>();
        r.stamp.device = in.number<quint64>();
        const QByteArrayView cert = in.view();
        if (in.failed())
            return records;
        r.certificate = QByteArray::fromRawData(cert.data(), cert.size());
        byPath.insert(rel, r);
    }
    if (!in.atEnd())
        return records;
    records.buffer = buffer;
    records.byPath = std::move(byPath);
    return records;
}

Result<void> PemDirIndex::write(const QString& root, const QHash<QString, Record>& records)
{
    qsizetype size = kMagicLen + 8 + kSumLen;
    for (auto it = records.constBegin(); it != records.constEnd(); ++it)
        size += it.key().size() * 3 + 4 + 40 + 4 + it->certificate.size();
    QByteArray bytes;
    bytes.reserve(size);
    bytes.append(kMagic, kMagicLen);
    CacheWriter out(bytes);
    out.number(kVersion);
    out.number(quint32(records.size()));
    for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
        const Record& r = it.value();
        out.text(it.key());
        out.number(r.stamp.size);
        out.number(r.stamp.modifiedNs);
        out.number(r.stamp.changedNs);
        out.number(r.stamp.inode);
        out.number(r.stamp.device);
        out.bytes(r.certificate);
    }
    bytes.append(checksum(bytes));
    return AtomicFile::write(root + QLatin1Char('/') + fileName(), bytes, false);
}

} // namespace certpilot
