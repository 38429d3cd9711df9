// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the libFuzzer targets: reach every lazily parsed field of what a
// reader returned, so a bug behind an accessor is found too, and keep the
// OpenSSL error queue empty between inputs (it would grow without end).

#include "Certificate.h"
#include "CertificateRequest.h"
#include "ossl/Library.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QString>

#include <openssl/err.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace certpilot::fuzz {

// OpenSSL set up on the main thread before the first input, as both programs
// do: a target whose first input loads a store (its parallel load) would
// otherwise initialise it on a pool thread, whose error state OpenSSL 3.0
// never frees, and LeakSanitizer would report that as the input's leak.
inline const bool kOpensslReady = (ossl::initializeLibrary(), true);

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Sums lengths so the compiler cannot drop the calls.
inline size_t touch(const Certificate& c)
{
    if (c.isNull())
        return 0;
    size_t n = c.der().size() + c.toPem().size() + c.sha1().size() + c.sha256().size();
    n += c.subject().toString().size() + c.issuer().toString().size() + c.serialHex().size();
    n += size_t(c.version()) + size_t(c.notBefore().isValid()) + size_t(c.notAfter().isValid());
    n += c.subjectAltNames().size() + c.dnsNames().size() + size_t(c.keyAlgorithm()) + size_t(c.keyBits());
    n += c.curveName().size() + c.keyDescription().size() + c.publicKeyDer().size();
    n += c.signatureAlgorithm().size() + c.signatureDigest().size() + c.hasKeyUsage() + c.keyUsage();
    n += c.keyUsageNames().size() + c.extendedKeyUsage().size() + c.extendedKeyUsageNames().size();
    n += c.hasExtendedKeyUsage() + c.allowsServerAuth() + c.hasBasicConstraints() + c.isCa();
    n += size_t(c.pathLength()) + c.subjectKeyId().size() + c.authorityKeyId().size();
    n += c.isSelfIssued() + c.isSelfSigned();
    for (const auto& e : c.extensions())
        n += e.text.size();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    n += size_t(c.daysLeft(at)) + c.isExpired(at) + c.isNotYetValid(at);
    // The store's index round trip: what a load writes, a later load reads back.
    const auto again = Certificate::fromCacheRecord(c.cacheRecord());
    n += again ? again.value().sha1().size() : 0;
    return n;
}

inline size_t touch(const CertificateRequest& r)
{
    if (r.isNull())
        return 0;
    size_t n = r.der().size() + r.toPem().size() + r.subject().toString().size();
    n += r.subjectAltNames().size() + size_t(r.keyAlgorithm()) + size_t(r.keyBits());
    n += r.keyDescription().size() + r.publicKeyDer().size() + r.keyId().size();
    n += r.signatureAlgorithm().size() + r.signatureValid();
    return n;
}

// A scratch folder of this process in memory-backed /dev/shm (else /tmp),
// emptied for every input by the targets that read files.
inline QString scratchDir(const char* target)
{
    const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/certpilot-fuzz-%2-%3").arg(base, QString::fromLatin1(target)).arg(::getpid());
}

// Writes a configuration tree from one input: the parts between lines of
// "%%%" are `main` and then conf.d/1.conf, conf.d/2.conf, ... under `root`,
// so includes have something to find. The folders are made once and kept:
// removing and making them again for every input (QDir::removeRecursively,
// mkpath) took a third of the configuration targets' time, more than the
// readers. Each input still sees exactly its own files: those the previous
// input had and this one has not are removed. The readers only read.
inline void writeTree(const QString& root, const QByteArray& input, const QString& main)
{
    static QString madeRoot;
    static QList<QByteArray> previous;   // paths written for the last input
    if (madeRoot != root) {
        QDir(root).removeRecursively();
        QDir().mkpath(root + QStringLiteral("/conf.d"));
        madeRoot = root;
        previous.clear();
    }
    QList<QByteArray> files;
    // Split on "\n%%%\n".
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = input.indexOf("\n%%%\n", from);
        files << input.mid(from, at < 0 ? -1 : at - from + 1);
        if (at < 0 || files.size() >= 8)
            break;
        from = at + 5;
    }
    QList<QByteArray> written;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = i == 0 ? root + QLatin1Char('/') + main
                                    : QStringLiteral("%1/conf.d/%2.conf").arg(root).arg(i);
        written << QFile::encodeName(path);
        // Plain POSIX calls: QFile's buffered write allocates a 16 KB buffer per file.
        const int fd = ::open(written.last().constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            continue;
        for (qsizetype done = 0; done < files[i].size();) {
            const ssize_t n = ::write(fd, files[i].constData() + done, size_t(files[i].size() - done));
            if (n <= 0)
                break;
            done += n;
        }
        ::close(fd);
    }
    for (const QByteArray& old : previous)
        if (!written.contains(old))
            ::unlink(old.constData());
    previous = written;
}

inline void endInput()
{
    ERR_clear_error();
}

} // namespace certpilot::fuzz
