// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainUiFixture.h"

#include "OpensslCli.h"

#include <QDir>
#include <QFile>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

namespace certpilot::test {

namespace {

void check(const Result<void>& r)
{
    if (!r)
        throw std::runtime_error(r.error().fullText().toStdString());
}

} // namespace

void ChainStore::install(const Hierarchy& pki, const Install& how)
{
    StoreChange change;
    change.addCertificate(StoreKind::TrustedRoot, pki.root.cert);
    for (int i = 0; i < pki.intermediates.size(); ++i) {
        if (i != how.skipIntermediate)
            change.addCertificate(StoreKind::Intermediate, pki.intermediates.at(i).cert);
    }
    if (how.withKey)
        change.addCertificateWithKey(StoreKind::Personal, pki.leaf.cert, pki.leaf.key, QStringLiteral("Web server"));
    else
        change.addCertificate(StoreKind::Personal, pki.leaf.cert, QStringLiteral("Web server"));
    check(temp.store->commit(change));
}

void ChainStore::addPersonal(const Issued& leaf, bool withKey)
{
    StoreChange change;
    if (withKey)
        change.addCertificateWithKey(StoreKind::Personal, leaf.cert, leaf.key);
    else
        change.addCertificate(StoreKind::Personal, leaf.cert);
    check(temp.store->commit(change));
}

StoreContents ChainStore::load()
{
    auto contents = temp.store->load();
    if (!contents)
        throw std::runtime_error(contents.error().fullText().toStdString());
    return *contents;
}

ChainResult ChainStore::chainOf(const Certificate& certificate, const QDateTime& at)
{
    VerifyOptions options;
    options.at = at;
    return ChainVerifier::forStore(load(), options)->verify(certificate);
}

std::unique_ptr<StoreSession> ChainStore::openSession()
{
    auto store = PemDirStore::open(temp.path());
    if (!store)
        throw std::runtime_error(store.error().fullText().toStdString());
    auto session = std::make_unique<StoreSession>(std::shared_ptr<CertificateStore>(std::move(store).value()));
    session->reload();
    if (!waitFor([&] { return !session->isLoading(); }))
        throw std::runtime_error("the store did not load");
    return session;
}

QString ChainStore::keyFileOf(const Certificate& certificate) const
{
    QDirIterator it(temp.path(), {QStringLiteral("*.key")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/personal/")) && path.contains(certificate.sha1(), Qt::CaseInsensitive))
            return path;
    }
    // Named otherwise: the only key in Personal.
    QDirIterator any(temp.path() + QStringLiteral("/personal"), {QStringLiteral("*.key")}, QDir::Files);
    return any.hasNext() ? any.next() : QString();
}

Hierarchy makeLevels(int levels)
{
    Hierarchy h;
    h.root = makeRoot(QStringLiteral("Level Root CA"));
    const Issued* parent = &h.root;
    for (int i = 0; i < levels - 2; ++i) {
        h.intermediates.append(makeIntermediate(*parent, QStringLiteral("Level %1 Issuing CA").arg(i + 2)));
        parent = &h.intermediates.last();
    }
    h.leaf = levels > 1 ? makeLeaf(*parent, QStringLiteral("www.levels.example")) : h.root;
    return h;
}

Issued makeLeafWith(const Issued& issuer, const std::function<void(CertificateSpec&)>& tweak, const KeySpec& key)
{
    CertificateSpec s;
    s.subject = {{"C", "TW"}, {"O", "CertPilot Test"}, {"CN", "www.test.example"}};
    s.dnsNames = {QStringLiteral("www.test.example")};
    s.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    s.notAfter = QDateTime::currentDateTimeUtc().addDays(365);
    tweak(s);
    return issueWith(issuer, s, key);
}

Issued makeClientAuthOnlyLeaf(const Issued& issuer)
{
    QTemporaryDir dir;
    const auto path = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    writeFile(path("ca.pem"), issuer.cert.toPem());
    writeFile(path("ca.key"), issuer.key.toPem().view());
    auto key = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
    if (!key)
        throw std::runtime_error("key generation failed");
    writeFile(path("leaf.key"), key->toPem().view());
    writeFile(path("ext.cnf"), "extendedKeyUsage=clientAuth\nsubjectAltName=DNS:client.test.example\n"
                               "basicConstraints=CA:FALSE\nauthorityKeyIdentifier=keyid\n");
    CliResult csr = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), path("leaf.key"),
                                QStringLiteral("-subj"), QStringLiteral("/C=TW/O=CertPilot Test/CN=client.test.example"),
                                QStringLiteral("-out"), path("leaf.csr")});
    CliResult sign = runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("leaf.csr"),
                                 QStringLiteral("-CA"), path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"),
                                 QStringLiteral("-set_serial"), QStringLiteral("4242"), QStringLiteral("-days"),
                                 QStringLiteral("200"), QStringLiteral("-sha256"), QStringLiteral("-extfile"),
                                 path("ext.cnf"), QStringLiteral("-outform"), QStringLiteral("DER"),
                                 QStringLiteral("-out"), path("leaf.der")});
    if (csr.exitCode != 0 || sign.exitCode != 0)
        throw std::runtime_error(("openssl failed: " + csr.err + sign.err).toStdString());
    QFile f(path("leaf.der"));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("no leaf.der");
    auto cert = Certificate::fromDer(f.readAll());
    if (!cert)
        throw std::runtime_error("leaf.der unreadable");
    return {*cert, *key};
}

bool waitFor(const std::function<bool()>& done, int limitMs) { return QTest::qWaitFor(done, limitMs); }

} // namespace certpilot::test
