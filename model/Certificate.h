// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DistinguishedName.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace certpilot {

class NamePool;

// Where a certificate read from a cache (the store's index) reads its DER
// when first asked for it, so that a list of 10,000 certificates holds none
// (a quarter of its memory). Thread-safe.
class DerSource {
public:
    virtual ~DerSource() = default;
    // `length` bytes at `offset`; empty when they cannot be read.
    virtual QByteArray read(qint64 offset, qint32 length) const = 0;
};

enum class KeyAlgorithm { Unknown, Rsa, Ec, Ed25519, Ed448, Dsa };

struct SubjectAltName {
    enum class Type { Dns, Ip, Email, Uri, Other };
    Type type = Type::Other;
    QString value;
};

struct CertificateExtension {
    QString name;     // long name, or the dotted OID
    QString oid;
    bool critical = false;
    QString text;     // OpenSSL's rendering, escaped for display
};

// An X.509 certificate parsed once into Qt values. Cheap to copy (shared,
// immutable). Callers never see OpenSSL types; the DER is kept so the full
// object can be rebuilt when needed (chain checks, export).
class Certificate {
    Q_DECLARE_TR_FUNCTIONS(Certificate)
public:
    Certificate() = default;

    // Parses exactly one DER certificate. Trailing bytes are an error.
    // Names, dates, serial, alternative names and basic constraints are read
    // at once without decoding the public key; the other fields come from the
    // full OpenSSL object the first time one is asked for (thread-safe).
    static Result<Certificate> fromDer(const QByteArray& der);
    // The same certificate with every field read from d2i_X509 at once; gives
    // identical values (tests compare the two paths).
    static Result<Certificate> fromDerEagerly(const QByteArray& der);

    bool isNull() const { return !d; }

    // The fields fromDer reads at once, as bytes for a cache (the store's
    // index; no secrets), and back. fromCacheRecord computes the thumbprints
    // from the DER again and refuses a record it cannot read completely.
    QByteArray cacheRecord() const;
    // With a pool, the issuer's name is shared with the other certificates of
    // the pool that have the same issuer (see NamePool). With a source, the
    // record is at `recordOffset` in it and the DER is not kept: der() reads
    // it again and gives it only if it still has the thumbprint computed
    // here (else an empty DER, which every reader refuses).
    static Result<Certificate> fromCacheRecord(QByteArrayView record, NamePool* issuers = nullptr,
                                               std::shared_ptr<const DerSource> source = {}, qint64 recordOffset = 0);

    const QByteArray& der() const;
    QByteArray toPem() const;

    // Identity: the SHA-1 thumbprint Windows, IIS and netsh show, uppercase hex.
    const QString& sha1() const;
    const QString& sha256() const;

    const DistinguishedName& subject() const;
    const DistinguishedName& issuer() const;
    const QString& serialHex() const;
    int version() const;
    const QDateTime& notBefore() const;
    const QDateTime& notAfter() const;

    const QList<SubjectAltName>& subjectAltNames() const;
    QStringList dnsNames() const;

    KeyAlgorithm keyAlgorithm() const;
    int keyBits() const;
    const QString& curveName() const;
    QString keyDescription() const;          // "RSA 2048 bits", "ECDSA P-256"
    const QByteArray& publicKeyDer() const;  // SubjectPublicKeyInfo, for key matching
    const QString& signatureAlgorithm() const; // "sha256WithRSAEncryption"
    const QString& signatureDigest() const;    // "SHA256", or empty when none (Ed25519)

    bool hasKeyUsage() const;
    quint32 keyUsage() const;                 // X509v3_KU_* bits when hasKeyUsage()
    QStringList keyUsageNames() const;
    const QStringList& extendedKeyUsage() const; // dotted OIDs
    QStringList extendedKeyUsageNames() const;
    bool hasExtendedKeyUsage() const;
    bool allowsServerAuth() const;            // no EKU, anyExtendedKeyUsage or serverAuth

    bool hasBasicConstraints() const;
    bool isCa() const;
    int pathLength() const;                   // -1: unlimited or absent
    const QByteArray& subjectKeyId() const;
    const QByteArray& authorityKeyId() const;
    bool isSelfIssued() const;                // subject equals issuer
    bool isSelfSigned() const;                // self-issued and its own key verifies it

    // Every extension rendered as text, for the Details tab. Computed on call.
    QList<CertificateExtension> extensions() const;

    // Whole days from now until notAfter (negative once expired).
    qint64 daysLeft(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    bool isExpired(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    bool isNotYetValid(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    bool operator==(const Certificate& other) const;

    struct Data;
    struct Full;

private:
    std::shared_ptr<const Data> d;
};

QString keyAlgorithmName(KeyAlgorithm algorithm);

} // namespace certpilot
