// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPki.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

#include <stdexcept>

namespace certpilot::test {

namespace {

QDateTime orDefault(const QDateTime& t, int days)
{
    return t.isValid() ? t : QDateTime::currentDateTimeUtc().addDays(days);
}

Issued build(const CertificateSpec& spec, const KeySpec& keySpec, const Issued* issuer)
{
    auto key = PrivateKey::generate(keySpec);
    if (!key)
        throw std::runtime_error(key.error().fullText().toStdString());
    auto cert = issuer ? CertificateBuilder::issue(spec, *key, issuer->cert, issuer->key)
                       : CertificateBuilder::selfSigned(spec, *key);
    if (!cert)
        throw std::runtime_error(cert.error().fullText().toStdString());
    return {*cert, *key};
}

} // namespace

Issued makeRoot(const QString& cn, const QDateTime& notBefore, const QDateTime& notAfter, const KeySpec& key)
{
    CertificateSpec s;
    s.subject = {{"C", "TW"}, {"O", "CertPilot Test"}, {"CN", cn}};
    s.isCa = true;
    s.notBefore = orDefault(notBefore, -365);
    s.notAfter = orDefault(notAfter, 3650);
    return build(s, key, nullptr);
}

Issued makeIntermediate(const Issued& issuer, const QString& cn, const QDateTime& notBefore,
                        const QDateTime& notAfter, const KeySpec& key)
{
    CertificateSpec s;
    s.subject = {{"C", "TW"}, {"O", "CertPilot Test"}, {"CN", cn}};
    s.isCa = true;
    s.notBefore = orDefault(notBefore, -300);
    s.notAfter = orDefault(notAfter, 3000);
    return build(s, key, &issuer);
}

Issued makeLeaf(const Issued& issuer, const QString& cn, const QStringList& dnsNames, const QDateTime& notBefore,
                const QDateTime& notAfter, const KeySpec& key)
{
    CertificateSpec s;
    s.subject = {{"C", "TW"}, {"O", "CertPilot Test"}, {"CN", cn}};
    s.dnsNames = dnsNames.isEmpty() ? QStringList{cn} : dnsNames;
    s.notBefore = orDefault(notBefore, -30);
    s.notAfter = orDefault(notAfter, 365);
    return build(s, key, &issuer);
}

Issued issueWith(const Issued& issuer, const CertificateSpec& spec, const KeySpec& key)
{
    return build(spec, key, &issuer);
}

Hierarchy makeHierarchy(int tiers, const QString& leafName)
{
    Hierarchy h;
    h.root = makeRoot(QStringLiteral("Test Root CA %1").arg(tiers));
    const Issued* parent = &h.root;
    for (int i = 0; i < tiers - 2; ++i) {
        h.intermediates.append(makeIntermediate(*parent, QStringLiteral("Test Intermediate CA %1.%2").arg(tiers).arg(i + 1)));
        parent = &h.intermediates.last();
    }
    h.leaf = makeLeaf(*parent, leafName);
    return h;
}

TempStore::TempStore()
{
    auto opened = PemDirStore::open(path());
    if (!opened)
        throw std::runtime_error(opened.error().fullText().toStdString());
    store = std::move(opened).value();
}

QMap<QString, QByteArray> snapshotTree(const QString& root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(path.mid(root.size()), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
        else
            out.insert(path.mid(root.size()), QByteArray("<unreadable>"));
    }
    return out;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
}

} // namespace certpilot::test
