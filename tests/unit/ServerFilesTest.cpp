// SPDX-License-Identifier: GPL-3.0-or-later
// Every export format, written to disk and read back: contents, order,
// permissions, and what the web servers' own tools make of them.

#include "FileDecoder.h"
#include "Pkcs12TestSupport.h"
#include "pfx/ExportFileWriter.h"
#include "pfx/ExportJob.h"
#include "pfx/ServerFiles.h"

#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const SecureBytes kPassword(QByteArray("export password 1"));

class ServerFilesTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(4, QStringLiteral("shop.test.example"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    ExportRequest request(ExportFormat format)
    {
        ExportRequest r;
        r.format = format;
        r.certificate = s_pki->leaf.cert;
        r.key = s_pki->leaf.key;
        r.chain.intermediates = {s_pki->intermediates[1].cert, s_pki->intermediates[0].cert};
        r.chain.root = s_pki->root.cert;
        r.password = kPassword;
        return r;
    }
    Result<ExportReport> run(const ExportRequest& r, const QString& fileName = {})
    {
        return ExportJob::run(r, {dir.path(), fileName, false});
    }
    QList<Certificate> certsIn(const QString& name)
    {
        auto d = FileDecoder::decodeFile(dir.filePath(name));
        EXPECT_TRUE(d.ok()) << name.toStdString();
        return d.ok() ? d->certificates : QList<Certificate>();
    }
    static mode_t mode(const QString& path)
    {
        struct stat st {};
        ::stat(QFile::encodeName(path).constData(), &st);
        return st.st_mode & 0777;
    }
    QTemporaryDir dir;
};
Hierarchy* ServerFilesTest::s_pki = nullptr;

TEST_F(ServerFilesTest, CerInDerAndBase64)
{
    auto der = run(request(ExportFormat::CerDer), QStringLiteral("der.cer"));
    ASSERT_TRUE(der.ok()) << der.error().fullText().toStdString();
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("der.cer"))), s_pki->leaf.cert.der());
    auto b64 = run(request(ExportFormat::CerBase64));
    ASSERT_TRUE(b64.ok());
    const QString name = QStringLiteral("shop.test.example.cer");
    EXPECT_TRUE(readAll(dir.filePath(name)).startsWith("-----BEGIN CERTIFICATE-----"));
    EXPECT_EQ(certsIn(name), QList<Certificate>{s_pki->leaf.cert});
    EXPECT_TRUE(b64->readBack.contains(name));
}

TEST_F(ServerFilesTest, P7bHoldsTheChainAndOpensslAgrees)
{
    ExportRequest r = request(ExportFormat::P7b);
    r.includeRoot = true;
    ASSERT_TRUE(run(r, QStringLiteral("bundle.p7b")).ok());
    const QList<Certificate> certs = certsIn(QStringLiteral("bundle.p7b"));
    EXPECT_EQ(certs, (QList<Certificate>{s_pki->leaf.cert, s_pki->intermediates[1].cert,
                                         s_pki->intermediates[0].cert, s_pki->root.cert}));
    const CliResult r7 = runOpenssl({QStringLiteral("pkcs7"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                     QStringLiteral("-in"), dir.filePath(QStringLiteral("bundle.p7b")),
                                     QStringLiteral("-print_certs"), QStringLiteral("-noout")});
    ASSERT_EQ(r7.exitCode, 0) << r7.err.toStdString();
    EXPECT_EQ(r7.out.count("subject="), 4);
}

TEST_F(ServerFilesTest, NginxFullChainWithoutRootAndKeyFile)
{
    ExportRequest r = request(ExportFormat::Nginx);
    r.encryptKey = false;
    const mode_t old = ::umask(0);
    auto report = run(r);
    ::umask(old);
    ASSERT_TRUE(report.ok()) << report.error().fullText().toStdString();
    EXPECT_EQ(report->files.size(), 2);
    EXPECT_EQ(certsIn(QStringLiteral("fullchain.pem")),
              (QList<Certificate>{s_pki->leaf.cert, s_pki->intermediates[1].cert, s_pki->intermediates[0].cert}));
    const QString key = dir.filePath(QStringLiteral("privkey.pem"));
    EXPECT_EQ(mode(key), 0600u);
    auto pk = PrivateKey::fromPem(readAll(key));
    ASSERT_TRUE(pk.ok());
    EXPECT_TRUE(pk->matches(s_pki->leaf.cert));
    EXPECT_TRUE(readAll(key).startsWith("-----BEGIN PRIVATE KEY-----")) << "PKCS#8";
    EXPECT_FALSE(report->warnings.isEmpty()) << "an unencrypted key is worth a warning";
    // The chain in fullchain.pem verifies up to the root, as nginx's clients will check it.
    const CliResult v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                    [&] {
                                        const QString root = dir.filePath(QStringLiteral("root.pem"));
                                        writeFile(root, s_pki->root.cert.toPem());
                                        return root;
                                    }(),
                                    QStringLiteral("-untrusted"), dir.filePath(QStringLiteral("fullchain.pem")),
                                    dir.filePath(QStringLiteral("fullchain.pem"))});
    EXPECT_EQ(v.exitCode, 0) << v.out.toStdString() << v.err.toStdString();
}

TEST_F(ServerFilesTest, ApacheCertChainAndEncryptedKey)
{
    auto report = run(request(ExportFormat::Apache));
    ASSERT_TRUE(report.ok()) << report.error().fullText().toStdString();
    EXPECT_EQ(certsIn(QStringLiteral("cert.pem")), QList<Certificate>{s_pki->leaf.cert});
    EXPECT_EQ(certsIn(QStringLiteral("chain.pem")),
              (QList<Certificate>{s_pki->intermediates[1].cert, s_pki->intermediates[0].cert}));
    const QByteArray key = readAll(dir.filePath(QStringLiteral("privkey.pem")));
    EXPECT_TRUE(key.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    EXPECT_EQ(mode(dir.filePath(QStringLiteral("privkey.pem"))), 0600u);
    EXPECT_FALSE(PrivateKey::fromPem(key, SecureBytes(QByteArray("wrong"))).ok());
    auto pk = PrivateKey::fromPem(key, kPassword);
    ASSERT_TRUE(pk.ok());
    EXPECT_TRUE(pk->matches(s_pki->leaf.cert));
    // openssl reads the encrypted PKCS#8 too.
    const CliResult r = runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"),
                                    dir.filePath(QStringLiteral("privkey.pem")), QStringLiteral("-passin"),
                                    QStringLiteral("pass:export password 1"), QStringLiteral("-noout")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST_F(ServerFilesTest, KeyIsEncryptedUnlessExplicitlyNot)
{
    ExportRequest r = request(ExportFormat::Key);
    r.password = SecureBytes();
    auto refused = run(r);
    ASSERT_FALSE(refused.ok()) << "no password and no explicit choice: refuse";
    EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(ExportFileWriter::existing({ExportFile{QStringLiteral("shop.test.example.key"), {}, true, {}}},
                                           dir.path())
                    .isEmpty());
    r.encryptKey = false;
    ASSERT_TRUE(run(r).ok());
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("shop.test.example.key"))).startsWith("-----BEGIN PRIVATE KEY"));
}

TEST_F(ServerFilesTest, PfxIsReadBackAndReported)
{
    for (const Pkcs12Profile& profile : Pkcs12Profile::all()) {
        SCOPED_TRACE(profile.idString().toStdString());
        ExportRequest r = request(ExportFormat::Pfx);
        r.profile = profile;
        r.includeRoot = true;
        auto report = ExportJob::run(r, {dir.path(), profile.idString() + QStringLiteral(".pfx"), false});
        ASSERT_TRUE(report.ok()) << report.error().fullText().toStdString();
        EXPECT_EQ(mode(report->files.first()), 0600u);
        EXPECT_EQ(report->pfxInfo.macIterations, profile.macIterations);
        EXPECT_TRUE(report->readBack.contains(QLatin1String("opens with the password")));
        EXPECT_TRUE(report->pfxInfo.text().contains(QStringLiteral("MAC: %1").arg(profile.macDigest.toLower())));
    }
}

TEST_F(ServerFilesTest, ExistingFilesAreNotReplacedUnlessAsked)
{
    writeFile(dir.filePath(QStringLiteral("fullchain.pem")), "keep me");
    ExportRequest r = request(ExportFormat::Nginx);
    auto refused = run(r);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("fullchain.pem"))), "keep me");
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("privkey.pem")))) << "all or nothing";
    auto replaced = ExportJob::run(r, {dir.path(), {}, true});
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(certsIn(QStringLiteral("fullchain.pem")).size(), 3);
}

TEST_F(ServerFilesTest, IncompleteChainIsExportedWithAWarning)
{
    ExportRequest r = request(ExportFormat::Pfx);
    r.chain = ExportChain::forStore(StoreContents(), s_pki->leaf.cert);
    EXPECT_FALSE(r.chain.isComplete());
    auto report = run(r);
    ASSERT_TRUE(report.ok()) << report.error().fullText().toStdString();
    ASSERT_EQ(report->warnings.size(), 1);
    EXPECT_TRUE(report->warnings.first().contains(s_pki->intermediates[1].cert.subject().displayName()));
}

TEST_F(ServerFilesTest, ChainFromTheStoreIsLeafFirstRootLast)
{
    StoreContents store;
    for (const auto& [kind, cert] : {std::pair{StoreKind::TrustedRoot, s_pki->root.cert},
                                     std::pair{StoreKind::Intermediate, s_pki->intermediates[0].cert},
                                     std::pair{StoreKind::Intermediate, s_pki->intermediates[1].cert}}) {
        StoreEntry e;
        e.kind = kind;
        e.id = cert.sha1();
        e.certificate = cert;
        store.entries << e;
    }
    const ExportChain chain = ExportChain::forStore(store, s_pki->leaf.cert);
    EXPECT_TRUE(chain.isComplete());
    EXPECT_EQ(chain.intermediates, (QList<Certificate>{s_pki->intermediates[1].cert, s_pki->intermediates[0].cert}));
    EXPECT_EQ(chain.root, s_pki->root.cert);
    EXPECT_EQ(chain.issuers(false).size(), 2);
    EXPECT_EQ(chain.issuers(true).last(), s_pki->root.cert);
}

} // namespace
