// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Zip archives for import tests, written with libzip the way a CA's mail
// attachment (cert.zip) is, plus the hostile kinds a reader must refuse:
// symlink entries, encrypted entries, names with .. or a leading slash, and
// headers that lie about sizes (patched after libzip wrote them).

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <zip.h>

#include <stdexcept>

namespace certpilot::test {

struct ZipEntry {
    QString name;
    QByteArray bytes;
    bool deflate = true;
    bool symlink = false;      // Unix external attributes say "symbolic link"
    bool encrypted = false;    // AES-256 with a password
};

// Writes `entries` to `path` with libzip. Entry names are taken as they are.
inline void writeZip(const QString& path, const QList<ZipEntry>& entries)
{
    QFile::remove(path);
    int error = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        throw std::runtime_error("zip_open failed");
    // libzip reads the source buffers at zip_close(): keep them alive until then.
    QList<QByteArray> keep;
    for (const ZipEntry& e : entries) {
        keep << e.bytes;
        zip_source_t* src = zip_source_buffer(z, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        if (!src)
            throw std::runtime_error("zip_source_buffer failed");
        const zip_int64_t index = zip_file_add(z, e.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(src);
            throw std::runtime_error(std::string("zip_file_add failed: ") + zip_strerror(z));
        }
        zip_set_file_compression(z, zip_uint64_t(index), e.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9);
        if (e.symlink)
            zip_file_set_external_attributes(z, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, (0120777u) << 16);
        if (e.encrypted && zip_file_set_encryption(z, zip_uint64_t(index), ZIP_EM_AES_256, "secret") != 0)
            throw std::runtime_error("zip_file_set_encryption failed");
    }
    if (zip_close(z) != 0) {
        const std::string why = zip_strerror(z);
        zip_discard(z);
        throw std::runtime_error("zip_close failed: " + why);
    }
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read test file");
    return f.readAll();
}

// An archive with no entries: only the end-of-central-directory record
// (libzip deletes an archive that would be empty instead of writing one).
inline QByteArray emptyZip() { return QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'); }

// Rewrites the uncompressed size of every entry, in the local headers and the
// central directory, to `declared`: a header that lies about what inflates.
inline QByteArray withDeclaredSize(QByteArray zip, quint32 declared)
{
    auto put32 = [&](qsizetype at) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char((declared >> (8 * i)) & 0xFF);
    };
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 4))
        put32(at + 22);
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4))
        put32(at + 24);
    return zip;
}

// PEM with CRLF line ends, as files saved on Windows have.
inline QByteArray crlf(const QByteArray& pem)
{
    QByteArray out = pem;
    out.replace("\r\n", "\n");
    out.replace("\n", "\r\n");
    return out;
}

} // namespace certpilot::test
