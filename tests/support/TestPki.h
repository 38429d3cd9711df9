// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Certificate hierarchies made at test time, so nothing in the repository expires.

#include "Certificate.h"
#include "CertificateBuilder.h"
#include "PrivateKey.h"
#include "pemdir/PemDirStore.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace certpilot::test {

struct Issued {
    Certificate cert;
    PrivateKey key;
};

// Key generation is the slow part of a fixture: EC P-256 unless a test needs RSA.
Issued makeRoot(const QString& cn, const QDateTime& notBefore = {}, const QDateTime& notAfter = {},
                const KeySpec& key = KeySpec::ec(QStringLiteral("P-256")));
Issued makeIntermediate(const Issued& issuer, const QString& cn, const QDateTime& notBefore = {},
                        const QDateTime& notAfter = {}, const KeySpec& key = KeySpec::ec(QStringLiteral("P-256")));
Issued makeLeaf(const Issued& issuer, const QString& cn, const QStringList& dnsNames = {},
                const QDateTime& notBefore = {}, const QDateTime& notAfter = {},
                const KeySpec& key = KeySpec::ec(QStringLiteral("P-256")));
Issued issueWith(const Issued& issuer, const CertificateSpec& spec,
                 const KeySpec& key = KeySpec::ec(QStringLiteral("P-256")));

// root -> intermediate(s) -> leaf. `tiers` is 3 or 4.
struct Hierarchy {
    Issued root;
    QList<Issued> intermediates;  // top (issued by root) first
    Issued leaf;
};
Hierarchy makeHierarchy(int tiers, const QString& leafName = QStringLiteral("www.test.example"));

// A fresh PEM-directory store in a temporary folder, removed with the object.
struct TempStore {
    TempStore();
    QTemporaryDir dir;
    std::unique_ptr<PemDirStore> store;
    QString path() const { return dir.path() + QStringLiteral("/store"); }
};

// SHA-256 of every file under a folder, keyed by relative path: "nothing changed" checks.
QMap<QString, QByteArray> snapshotTree(const QString& root);

// Writes bytes to a file (test data).
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace certpilot::test
