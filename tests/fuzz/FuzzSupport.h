// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the libFuzzer targets: reach every lazily parsed field of what a
// reader returned, so a bug behind an accessor is found too, and keep the
// OpenSSL error queue empty between inputs (it would grow without end).

#include "Certificate.h"
#include "CertificateRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QString>

#include <openssl/err.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <unistd.h>

namespace certpilot::fuzz {

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
// "%%%" are `main` and then conf.d/1.conf, conf.d/2.conf, ... under `root`
// (emptied first), so includes have something to find.
inline void writeTree(const QString& root, const QByteArray& input, const QString& main)
{
    QDir(root).removeRecursively();
    QDir().mkpath(root + QStringLiteral("/conf.d"));
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
    for (qsizetype i = 0; i < files.size(); ++i) {
        QFile f(i == 0 ? root + QLatin1Char('/') + main : QStringLiteral("%1/conf.d/%2.conf").arg(root).arg(i));
        if (f.open(QIODevice::WriteOnly))
            f.write(files[i]);
    }
}

inline void endInput()
{
    ERR_clear_error();
}

} // namespace certpilot::fuzz
