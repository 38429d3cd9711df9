// SPDX-License-Identifier: GPL-3.0-or-later
// Step 7 of the workflow: what an administrator checks after installing a
// server certificate, for a good one and for each way one goes wrong.

#include "OpensslCli.h"
#include "RequestTestSupport.h"
#include "TestPki.h"
#include "import/InstallationCheck.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

using Level = InstallationCheck::Level;
using Topic = InstallationCheck::Topic;

class InstallationCheckTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3, QStringLiteral("www.check.example"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;
    TempStore m_store;
    QTemporaryDir m_dir;

    // Root and intermediate installed (unless told otherwise), `leaf` in Personal with `key`.
    StoreContents install(const Issued& leaf, bool withKey = true, bool withIntermediate = true)
    {
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, s_pki->root.cert);
        if (withIntermediate)
            change.addCertificate(StoreKind::Intermediate, s_pki->intermediates[0].cert);
        if (withKey)
            change.addCertificateWithKey(StoreKind::Personal, leaf.cert, leaf.key, QStringLiteral("Site"));
        else
            change.addCertificate(StoreKind::Personal, leaf.cert);
        if (!m_store.store->commit(change))
            throw std::runtime_error("cannot install");
        auto c = m_store.store->load();
        if (!c)
            throw std::runtime_error("cannot load");
        return *c;
    }
    InstallationCheck::Report check(const Issued& leaf, bool withKey = true, bool withIntermediate = true)
    {
        const StoreContents contents = install(leaf, withKey, withIntermediate);
        auto report = InstallationCheck::run(*m_store.store, contents, leaf.cert.sha1());
        if (!report)
            throw std::runtime_error(report.error().fullText().toStdString());
        return *report;
    }
};
Hierarchy* InstallationCheckTest::s_pki = nullptr;

const InstallationCheck::Item& itemOf(const InstallationCheck::Report& r, Topic topic)
{
    for (const InstallationCheck::Item& i : r.items) {
        if (i.topic == topic)
            return i;
    }
    throw std::runtime_error("no such check");
}

// Only `failing` fails; every other check passes.
void expectOnlyFailure(const InstallationCheck::Report& r, Topic failing)
{
    for (const InstallationCheck::Item& i : r.items) {
        if (i.topic == failing)
            EXPECT_EQ(i.level, Level::Fail) << i.sentence.toStdString();
        else
            EXPECT_EQ(i.level, Level::Pass) << InstallationCheck::topicId(i.topic).toStdString() << ": "
                                            << i.sentence.toStdString();
    }
    EXPECT_EQ(r.overall(), Level::Fail);
    EXPECT_EQ(r.summary(), QStringLiteral("The certificate is not ready for a server: fix the failed checks."));
}

TEST_F(InstallationCheckTest, AGoodInstallationPassesEveryCheck)
{
    const InstallationCheck::Report r = check(s_pki->leaf);
    ASSERT_EQ(r.items.size(), 6);
    for (const InstallationCheck::Item& i : r.items)
        EXPECT_EQ(i.level, Level::Pass) << i.sentence.toStdString();
    EXPECT_EQ(r.overall(), Level::Pass);
    EXPECT_EQ(r.summary(), QStringLiteral("The certificate is installed correctly."));
    EXPECT_EQ(r.friendlyName, QStringLiteral("Site"));
    EXPECT_TRUE(r.chain.trusted);
    EXPECT_EQ(itemOf(r, Topic::PrivateKey).sentence,
              QStringLiteral("You have a private key that corresponds to this certificate."));
    EXPECT_TRUE(itemOf(r, Topic::Chain).sentence.startsWith(QLatin1String("Complete to a trusted root, 3 levels: ")));
    EXPECT_TRUE(itemOf(r, Topic::Chain).sentence.endsWith(QLatin1String("This certificate is OK.")));
    EXPECT_EQ(InstallationCheck::topicId(Topic::PrivateKey), QStringLiteral("private-key"));
    EXPECT_EQ(InstallationCheck::levelName(Level::Warn), QStringLiteral("warn"));
}

TEST_F(InstallationCheckTest, ExpiredAndNotYetValid)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Issued old = makeLeaf(s_pki->intermediates[0], QStringLiteral("old.example"), {}, now.addDays(-400),
                                now.addDays(-3));
    const InstallationCheck::Report r = check(old);
    EXPECT_EQ(itemOf(r, Topic::Dates).level, Level::Fail);
    EXPECT_TRUE(itemOf(r, Topic::Dates).sentence.startsWith(QLatin1String("Expired on "))) << itemOf(r, Topic::Dates).sentence.toStdString();
    EXPECT_EQ(itemOf(r, Topic::Chain).level, Level::Fail) << "the path is not valid either";
    EXPECT_EQ(r.chain.status, ChainStatus::Expired);

    // Judged at a time before it began: not valid yet.
    auto early = InstallationCheck::run(*m_store.store, *m_store.store->load(), old.cert.sha1(), now.addDays(-500));
    ASSERT_TRUE(early.ok());
    EXPECT_TRUE(itemOf(*early, Topic::Dates).sentence.startsWith(QLatin1String("Not valid yet")));
}

TEST_F(InstallationCheckTest, NoPrivateKeyExplainsCaseFive)
{
    const InstallationCheck::Report r = check(s_pki->leaf, false);
    expectOnlyFailure(r, Topic::PrivateKey);
    EXPECT_TRUE(itemOf(r, Topic::PrivateKey).sentence.contains(QLatin1String("PFX backup")));
}

TEST_F(InstallationCheckTest, AKeyThatDoesNotMatch)
{
    const StoreContents contents = install(s_pki->leaf);
    const StoreEntry* entry = contents.find(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_NE(entry, nullptr);
    const InstallationCheck::Report r = InstallationCheck::evaluate(*entry, s_pki->root.key, contents);
    expectOnlyFailure(r, Topic::PrivateKey);
    EXPECT_TRUE(itemOf(r, Topic::PrivateKey).sentence.contains(QLatin1String("does not match")));
    const InstallationCheck::Report unreadable =
        InstallationCheck::evaluate(*entry, makeError(ErrorKind::Corrupt, QStringLiteral("The key file is damaged.")),
                                    contents);
    EXPECT_TRUE(itemOf(unreadable, Topic::PrivateKey).sentence.contains(QLatin1String("The key file is damaged.")));
}

TEST_F(InstallationCheckTest, IncompleteChainNamesTheMissingIssuer)
{
    const InstallationCheck::Report r = check(s_pki->leaf, true, false);
    expectOnlyFailure(r, Topic::Chain);
    const QString sentence = itemOf(r, Topic::Chain).sentence;
    EXPECT_TRUE(sentence.startsWith(QLatin1String("Incomplete: issuer not found: "))) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QLatin1String("Test Intermediate CA 3.1"))) << sentence.toStdString();
}

TEST_F(InstallationCheckTest, NoServerAuthenticationInTheExtendedKeyUsage)
{
    // Signed by the openssl tool with a client-only EKU, as a CA's wrong product would be.
    const Issued& ca = s_pki->intermediates[0];
    auto key = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
    ASSERT_TRUE(key.ok());
    const QString keyPath = writeTestFile(m_dir.path(), QStringLiteral("client.key"), key->toPem().view());
    const QString csrPath = m_dir.filePath(QStringLiteral("client.csr"));
    ASSERT_EQ(runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), keyPath,
                          QStringLiteral("-subj"), QStringLiteral("/CN=client.example"), QStringLiteral("-out"), csrPath})
                  .exitCode,
              0);
    const QString ext = writeTestFile(m_dir.path(), QStringLiteral("ext.cnf"),
                                      "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth,emailProtection\n");
    const QString caPath = writeTestFile(m_dir.path(), QStringLiteral("ca.pem"), ca.cert.toPem());
    const QString caKey = writeTestFile(m_dir.path(), QStringLiteral("ca.key"), ca.key.toPem().view());
    const QString out = m_dir.filePath(QStringLiteral("client.pem"));
    const CliResult signedBy = runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrPath,
                                           QStringLiteral("-CA"), caPath, QStringLiteral("-CAkey"), caKey,
                                           QStringLiteral("-set_serial"), QStringLiteral("77"), QStringLiteral("-days"),
                                           QStringLiteral("90"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"), out});
    ASSERT_EQ(signedBy.exitCode, 0) << signedBy.err.toStdString();
    auto decoded = FileDecoder::decodeFile(out);
    ASSERT_TRUE(decoded.ok());
    const Issued client{decoded->certificates.first(), *key};
    const InstallationCheck::Report r = check(client);
    expectOnlyFailure(r, Topic::ServerAuth);
    EXPECT_TRUE(itemOf(r, Topic::ServerAuth).sentence.contains(QLatin1String("Not valid for Server Authentication")));

    // No EKU at all: a warning, most clients accept it.
    CertificateSpec spec;
    spec.subject = {{"CN", "noeku.example"}};
    spec.dnsNames = {QStringLiteral("noeku.example")};
    spec.serverAuth = false;
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(90);
    TempStore other;
    m_store.store.swap(other.store);
    const InstallationCheck::Report warned = check(issueWith(ca, spec));
    EXPECT_EQ(itemOf(warned, Topic::ServerAuth).level, Level::Warn);
    EXPECT_EQ(warned.overall(), Level::Warn);
    m_store.store.swap(other.store);
}

TEST_F(InstallationCheckTest, WeakKeysAndSha1SignaturesFail)
{
    CertificateSpec spec;
    spec.subject = {{"CN", "weak.example"}};
    spec.dnsNames = {QStringLiteral("weak.example")};
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(90);
    const Issued weakKey = issueWith(s_pki->intermediates[0], spec, KeySpec::rsa(1024));
    const InstallationCheck::Report r = check(weakKey);
    EXPECT_EQ(itemOf(r, Topic::KeyStrength).level, Level::Fail);
    EXPECT_TRUE(itemOf(r, Topic::KeyStrength).sentence.startsWith(QLatin1String("RSA 1024 bits is too weak")))
        << itemOf(r, Topic::KeyStrength).sentence.toStdString();

    spec.subject = {{"CN", "sha1.example"}};
    spec.digest = QStringLiteral("SHA1");
    const Issued sha1 = issueWith(s_pki->intermediates[0], spec);
    TempStore other;
    m_store.store.swap(other.store);
    const InstallationCheck::Report s = check(sha1);
    m_store.store.swap(other.store);
    EXPECT_EQ(itemOf(s, Topic::Signature).level, Level::Fail);
    EXPECT_TRUE(itemOf(s, Topic::Signature).sentence.contains(QLatin1String("sha1.example")));
    EXPECT_EQ(itemOf(s, Topic::KeyStrength).level, Level::Pass);
}

TEST_F(InstallationCheckTest, OnlyPersonalCertificatesAreChecked)
{
    const StoreContents contents = install(s_pki->leaf);
    auto missing = InstallationCheck::run(*m_store.store, contents, s_pki->root.cert.sha1());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(InstallationCheck::run(*m_store.store, contents, s_pki->leaf.cert.sha1().toLower()).ok())
        << "thumbprints in any case";
}

} // namespace
