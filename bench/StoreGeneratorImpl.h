// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The generator's implementation, inline so that unit tests (which do not link
// the bench library) make the very same store: include StoreGenerator.h.

#include "CertificateBuilder.h"
#include "StoreChange.h"
#include "pemdir/PemDirStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>

namespace certpilot::bench {


namespace generator_detail {

inline constexpr int kGeneratorVersion = 1;
inline constexpr int kKeyPool = 24;

struct Ca {
    Certificate cert;
    PrivateKey key;
};

inline Result<Ca> makeCa(const QString& cn, const KeySpec& spec, const Ca* issuer, const QDateTime& from, int pathLen)
{
    auto key = PrivateKey::generate(spec);
    if (!key)
        return key.error();
    CertificateSpec s;
    s.subject = {{"C", "TW"}, {"O", "CertPilot Bench"}, {"CN", cn}};
    s.isCa = true;
    s.pathLength = pathLen;
    s.notBefore = from;
    s.notAfter = from.addYears(20);
    auto cert = issuer ? CertificateBuilder::issue(s, *key, issuer->cert, issuer->key)
                       : CertificateBuilder::selfSigned(s, *key);
    if (!cert)
        return cert.error();
    return Ca{*cert, *key};
}

inline QString markerPath(const QString& folder) { return folder + QStringLiteral("/bench-generator.txt"); }

} // namespace generator_detail

inline Result<GeneratedStore> generateStore(const QString& folder, int leaves)
{
    using namespace generator_detail;
    const QByteArray stamp = QByteArray::number(kGeneratorVersion) + ' ' + QByteArray::number(leaves);
    // Test processes run in parallel and share the generated store: one makes
    // it, the others wait and then find the marker.
    QDir().mkpath(QFileInfo(folder).absolutePath());
    QLockFile generating(folder + QStringLiteral(".generating.lock"));
    generating.setStaleLockTime(0);
    if (!generating.lock())
        return makeError(ErrorKind::Internal, QStringLiteral("cannot lock %1").arg(folder));
    {
        QFile marker(markerPath(folder));
        if (marker.open(QIODevice::ReadOnly) && marker.readAll() == stamp)
            return GeneratedStore{folder, leaves};
    }
    QDir(folder).removeRecursively();
    auto opened = PemDirStore::open(folder);
    if (!opened)
        return opened.error();
    PemDirStore& store = **opened;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime longAgo = now.addYears(-5);
    auto rsaRoot = makeCa(QStringLiteral("Bench RSA Root"), KeySpec::rsa(4096), nullptr, longAgo, -1);
    if (!rsaRoot)
        return rsaRoot.error();
    auto rsaIssuing = makeCa(QStringLiteral("Bench RSA Issuing CA"), KeySpec::rsa(2048), &*rsaRoot, longAgo, 0);
    auto ecRoot = makeCa(QStringLiteral("Bench EC Root"), KeySpec::ec(QStringLiteral("P-384")), nullptr, longAgo, -1);
    if (!rsaIssuing || !ecRoot)
        return makeError(ErrorKind::Internal, QStringLiteral("CA generation failed"));
    auto ecPolicy = makeCa(QStringLiteral("Bench EC Policy CA"), KeySpec::ec(QStringLiteral("P-384")), &*ecRoot, longAgo, 1);
    if (!ecPolicy)
        return ecPolicy.error();
    auto ecIssuing = makeCa(QStringLiteral("Bench EC Issuing CA"), KeySpec::ec(QStringLiteral("P-256")), &*ecPolicy, longAgo, 0);
    if (!ecIssuing)
        return ecIssuing.error();

    QList<PrivateKey> rsaKeys;
    QList<PrivateKey> ecKeys;
    for (int i = 0; i < kKeyPool; ++i) {
        auto rsa = PrivateKey::generate(KeySpec::rsa(2048));
        auto ec = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
        if (!rsa || !ec)
            return makeError(ErrorKind::Internal, QStringLiteral("key generation failed"));
        rsaKeys << *rsa;
        ecKeys << *ec;
    }

    StoreChange change;
    change.addCertificate(StoreKind::TrustedRoot, rsaRoot->cert)
        .addCertificate(StoreKind::TrustedRoot, ecRoot->cert)
        .addCertificate(StoreKind::Intermediate, rsaIssuing->cert)
        .addCertificate(StoreKind::Intermediate, ecPolicy->cert)
        .addCertificate(StoreKind::Intermediate, ecIssuing->cert);
    QRandomGenerator rng(20261123);
    for (int i = 0; i < leaves; ++i) {
        const bool rsa = i % 5 != 0;                        // 80 % RSA
        const PrivateKey& key = rsa ? rsaKeys[i % kKeyPool] : ecKeys[i % kKeyPool];
        const Ca& issuer = i % 2 ? *ecIssuing : *rsaIssuing;
        CertificateSpec s;
        const QString host = QStringLiteral("host%1.bench%2.example").arg(i).arg(i % 97);
        s.subject = {{"C", "TW"}, {"O", QStringLiteral("Customer %1").arg(i % 500)}, {"CN", host}};
        const int sans = 1 + int(rng.bounded(5));
        s.dnsNames << host;
        for (int k = 1; k < sans; ++k)
            s.dnsNames << QStringLiteral("alt%1.%2").arg(k).arg(host);
        // Expiry from 60 days ago to 400 days ahead: some expired, some within 7/30/60 days.
        const int expiresIn = int(rng.bounded(460)) - 60;
        s.notAfter = now.addDays(expiresIn);
        s.notBefore = s.notAfter.addDays(-397);
        auto cert = CertificateBuilder::issue(s, key, issuer.cert, issuer.key);
        if (!cert)
            return cert.error();
        if (i % 2 == 0)
            change.addCertificateWithKey(StoreKind::Personal, *cert, key);
        else
            change.addCertificate(StoreKind::Personal, *cert);
    }
    auto committed = store.commit(change);
    if (!committed)
        return committed.error();
    QFile marker(markerPath(folder));
    if (marker.open(QIODevice::WriteOnly))
        marker.write(stamp);
    return GeneratedStore{folder, leaves};
}

} // namespace certpilot::bench
