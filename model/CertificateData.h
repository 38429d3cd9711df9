// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Certificate's shared data: private to Certificate.cpp and CertificateCache.cpp.

#include "Certificate.h"

#include <memory>
#include <mutex>

namespace certpilot {

// Fields a certificate list needs come from a light parse (no public-key
// decoding); the rest is read from the full OpenSSL object on first use.
struct Certificate::Full {
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::Unknown;
    int keyBits = 0;
    QString curveName;
    QByteArray publicKeyDer;
    QString signatureAlgorithm;
    QString signatureDigest;
    bool hasKeyUsage = false;
    quint32 keyUsage = 0;
    QStringList eku;
    bool hasEku = false;
    int pathLength = -1;
    QByteArray ski;
    QByteArray aki;
    bool selfSigned = false;
};

struct Certificate::Data {
    // The DER: held, or read from `source` on first use (fromCacheRecord).
    const QByteArray& derBytes() const;
    mutable QByteArray der;
    std::shared_ptr<const DerSource> source;
    qint64 sourceOffset = 0;
    qint32 sourceLength = 0;
    mutable std::once_flag derOnce;
    QString sha1;
    mutable QString sha256;   // on first use: few callers show it
    mutable std::once_flag sha256Once;
    DistinguishedName subject;
    DistinguishedName issuer;
    QString serialHex;
    int version = 0;
    QDateTime notBefore;
    QDateTime notAfter;
    QList<SubjectAltName> sans;
    bool hasBasicConstraints = false;
    bool isCa = false;

    mutable std::once_flag fullOnce;
    // Made on first use: a list of 10,000 certificates never needs it.
    mutable std::unique_ptr<Full> full;
    const Full& ensureFull() const;
};

} // namespace certpilot
