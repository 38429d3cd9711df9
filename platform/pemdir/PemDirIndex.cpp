// SPDX-License-Identifier: GPL-3.0-or-later
#include "PemDirIndex.h"

#include "AtomicFile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace certpilot {

namespace {

constexpr char kMagic[] = "CertPilot store index";
constexpr quint32 kVersion = 1;
constexpr qint64 kMaxIndexSize = 1024LL * 1024 * 1024;

QByteArray checksum(const QByteArray& payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
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
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray magic;
    quint32 version = 0;
    QByteArray payload;
    QByteArray sum;
    in >> magic >> version >> payload >> sum;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || sum != checksum(payload))
        return records;
    QDataStream p(payload);
    p.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    p >> count;
    if (p.status() != QDataStream::Ok || count > 10000000)
        return records;
    records.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        QString rel;
        Record r;
        p >> rel >> r.stamp.size >> r.stamp.modifiedNs >> r.stamp.changedNs >> r.stamp.inode >> r.stamp.device
            >> r.certificate;
        if (p.status() != QDataStream::Ok)
            return {};
        records.insert(rel, std::move(r));
    }
    return p.atEnd() ? records : Records();
}

Result<void> PemDirIndex::write(const QString& root, const Records& records)
{
    QByteArray payload;
    {
        QDataStream p(&payload, QIODevice::WriteOnly);
        p.setVersion(QDataStream::Qt_6_4);
        p << quint32(records.size());
        for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
            const Record& r = it.value();
            p << it.key() << r.stamp.size << r.stamp.modifiedNs << r.stamp.changedNs << r.stamp.inode
              << r.stamp.device << r.certificate;
        }
    }
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << QByteArray(kMagic) << kVersion << payload << checksum(payload);
    }
    return AtomicFile::write(root + QLatin1Char('/') + fileName(), bytes, false);
}

} // namespace certpilot
