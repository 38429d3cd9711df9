// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <openssl/evp.h>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace certpilot {

namespace {

constexpr char kBegin[] = "-----BEGIN CERTIFICATE-----\n";
constexpr char kEnd[] = "-----END CERTIFICATE-----\n";

// Base64 characters of the body ('=' is handled apart).
struct Base64Table {
    bool ok[256] = {};
    constexpr Base64Table()
    {
        for (int c = 'A'; c <= 'Z'; ++c)
            ok[c] = true;
        for (int c = 'a'; c <= 'z'; ++c)
            ok[c] = true;
        for (int c = '0'; c <= '9'; ++c)
            ok[c] = true;
        ok[int('+')] = ok[int('/')] = true;
    }
};
constexpr Base64Table kBase64;

// The DER of a certificate in Certificate::toPem's layout (64-column lines,
// padding only at the very end), or empty when the text is laid out any other
// way. Canonical Base64 has one decoding, so the bytes are the ones OpenSSL's
// PEM reader would give.
QByteArray canonicalDer(const QByteArray& text)
{
    const qsizetype beginLen = sizeof kBegin - 1;
    const qsizetype endLen = sizeof kEnd - 1;
    if (text.size() < beginLen + endLen + 2 || !text.startsWith(kBegin) || !text.endsWith(kEnd))
        return {};
    const char* p = text.constData() + beginLen;
    const char* end = text.constData() + text.size() - endLen;
    QByteArray der((end - p) / 65 * 48 + 48, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    qsizetype written = 0;
    while (p < end) {
        const char* eol = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
        if (!eol)
            return {};
        const qsizetype len = eol - p;
        const bool last = eol + 1 == end;
        if (len == 0 || len % 4 != 0 || len > 64 || (len != 64 && !last))
            return {};
        int pad = 0;
        for (const char* c = p; c < eol; ++c) {
            if (*c == '=') {
                // At most two, and only at the end of the last line.
                if (!last || eol - c > 2)
                    return {};
                ++pad;
            } else if (pad > 0 || !kBase64.ok[static_cast<unsigned char>(*c)]) {
                return {};
            }
        }
        const int n = EVP_DecodeBlock(out + written, reinterpret_cast<const unsigned char*>(p), int(len));
        if (n < 0)
            return {};
        written += n - pad;
        p = eol + 1;
    }
    der.truncate(written);
    return der;
}

} // namespace

QList<StoreFileReader::Listed> StoreFileReader::list(const QString& dir)
{
    QList<Listed> out;
#ifdef Q_OS_UNIX
    const QByteArray encoded = QFile::encodeName(dir);
    DIR* d = opendir(encoded.constData());
    if (!d)
        return out;
    const int dirFd = dirfd(d);
    while (const dirent* e = readdir(d)) {
        if (e->d_name[0] == '.')
            continue;   // hidden files, "." and ".."
        unsigned char type = e->d_type;
        struct stat st;
        if (type == DT_UNKNOWN) {
            if (fstatat(dirFd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            type = S_ISREG(st.st_mode) ? DT_REG : S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_FIFO;
        }
        if (type == DT_DIR)
            continue;
        // A link to a folder is not listed; a link to a file or a broken link is.
        if (type == DT_LNK && fstatat(dirFd, e->d_name, &st, 0) == 0 && S_ISDIR(st.st_mode))
            continue;
        out.append({QFile::decodeName(e->d_name), type == DT_REG ? Type::Regular
                                                    : type == DT_LNK ? Type::SymLink
                                                                     : Type::Other});
    }
    closedir(d);
#else
    const auto infos = QDir(dir).entryInfoList(QDir::Files | QDir::System);
    for (const QFileInfo& info : infos)
        out.append({info.fileName(), info.isSymLink() ? Type::SymLink : info.isFile() ? Type::Regular : Type::Other});
#endif
    std::sort(out.begin(), out.end(), [](const Listed& a, const Listed& b) { return a.name < b.name; });
    return out;
}

Result<QByteArray> StoreFileReader::read(const QString& path, qint64 limit)
{
#ifdef Q_OS_UNIX
    // Non-blocking: a FIFO planted in the store must not hang the load.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return makeError(ErrorKind::PermissionDenied, QString::fromLocal8Bit(strerror(errno)));
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size > limit) {
        ::close(fd);
        return makeError(ErrorKind::TooLarge, tr("The file is larger than a certificate can be."));
    }
    QByteArray bytes(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(fd);
    bytes.truncate(got);
    return bytes;
#else
    QFile file(path);
    if (file.size() > limit)
        return makeError(ErrorKind::TooLarge, tr("The file is larger than a certificate can be."));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::PermissionDenied, file.errorString());
    return file.read(std::min(limit, file.size()) + 1);
#endif
}

Result<DecodedFile> StoreFileReader::decode(const QByteArray& bytes)
{
    const QByteArray der = canonicalDer(bytes);
    if (!der.isEmpty()) {
        if (auto cert = Certificate::fromDer(der)) {
            DecodedFile file;
            file.format = FileFormat::Pem;
            file.certificates.append(*cert);
            return file;
        }
    }
    return FileDecoder::decode(bytes);
}

} // namespace certpilot
