// SPDX-License-Identifier: GPL-3.0-or-later
// What CertPilot writes: every profile round-trips through our reader and is
// read by `openssl pkcs12`, with and without -legacy, showing the profile's
// algorithms.

#include "FileDecoder.h"
#include "Pkcs12TestSupport.h"
#include "pfx/Pkcs12Reader.h"
#include "pfx/Pkcs12Writer.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class Pkcs12WriterTest : public ::testing::TestWithParam<Pkcs12Profile::Id> {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(4)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    Pkcs12Profile profile() const
    {
        return GetParam() == Pkcs12Profile::Id::Legacy ? Pkcs12Profile::legacy() : Pkcs12Profile::modern();
    }
    QList<Certificate> chain() const
    {
        // Nearest issuer first, then the root: what "include all certificates in the path" writes.
        return {s_pki->intermediates[1].cert, s_pki->intermediates[0].cert, s_pki->root.cert};
    }
    QByteArray write(const SecureBytes& password, const QString& friendlyName = QStringLiteral("Web 2025"))
    {
        auto pfx = Pkcs12Writer::write({s_pki->leaf.cert, s_pki->leaf.key, chain(), friendlyName}, password,
                                       profile());
        EXPECT_TRUE(pfx.ok()) << pfx.error().fullText().toStdString();
        return pfx.ok() ? *pfx : QByteArray();
    }
    QTemporaryDir dir;
};
Hierarchy* Pkcs12WriterTest::s_pki = nullptr;

TEST_P(Pkcs12WriterTest, RoundTripKeepsKeyChainOrderAndFriendlyName)
{
    const SecureBytes password(QByteArray("correct horse battery"));
    auto read = Pkcs12Reader::read(write(password), password);
    ASSERT_TRUE(read.ok()) << read.error().fullText().toStdString();
    ASSERT_EQ(read->keys.size(), 1);
    EXPECT_TRUE(read->keys.first().key.matches(s_pki->leaf.cert));
    EXPECT_EQ(read->keys.first().key.pkcs8Der(), s_pki->leaf.key.pkcs8Der());
    ASSERT_EQ(read->certificates.size(), 4);
    EXPECT_EQ(read->certificates[0].certificate, s_pki->leaf.cert);
    EXPECT_EQ(read->certificates[1].certificate, s_pki->intermediates[1].cert);
    EXPECT_EQ(read->certificates[2].certificate, s_pki->intermediates[0].cert);
    EXPECT_EQ(read->certificates[3].certificate, s_pki->root.cert);
    EXPECT_EQ(read->certificates[0].friendlyName, QStringLiteral("Web 2025"));
    EXPECT_FALSE(read->certificates[0].localKeyId.isEmpty());
    EXPECT_EQ(read->certificates[0].localKeyId, read->keys.first().localKeyId);
    EXPECT_TRUE(read->warnings.isEmpty()) << read->warnings.join(' ').toStdString();
}

TEST_P(Pkcs12WriterTest, ReadBackInfoShowsExactlyTheProfile)
{
    const SecureBytes password(QByteArray("correct horse battery"));
    auto read = Pkcs12Reader::read(write(password), password);
    ASSERT_TRUE(read.ok());
    const Pkcs12Profile p = profile();
    EXPECT_TRUE(read->info.hasMac);
    EXPECT_EQ(read->info.macDigest, p.macDigest.toLower());
    EXPECT_EQ(read->info.macIterations, p.macIterations);
    EXPECT_EQ(read->info.keyProtection().scheme, p.expectedKeyScheme());
    EXPECT_EQ(read->info.keyProtection().iterations, p.iterations);
    EXPECT_EQ(read->info.certificateProtection().scheme, p.expectedCertScheme());
    EXPECT_EQ(read->info.certificateProtection().iterations, p.iterations);
    EXPECT_FALSE(read->info.keyProtection().needsLegacy);
    EXPECT_FALSE(read->info.certificateProtection().needsLegacy);
    EXPECT_TRUE(read->info.text().contains(QStringLiteral("Iteration %1").arg(p.iterations)));
}

TEST_P(Pkcs12WriterTest, OpensslReadsItWithAndWithoutLegacy)
{
    const QByteArray pass = "s3cret-Pässwörd-密碼";   // non-ASCII: UTF-8 both ways
    const QString path = dir.filePath(QStringLiteral("out.pfx"));
    writeFile(path, write(SecureBytes(pass)));
    const Pkcs12Profile p = profile();
    const QString mac = QStringLiteral("MAC: %1, Iteration %2").arg(p.macDigest.toLower()).arg(p.macIterations);
    const QString scheme = p.id == Pkcs12Profile::Id::Legacy
        ? QStringLiteral("pbeWithSHA1And3-KeyTripleDES-CBC, Iteration %1").arg(p.iterations)
        : QStringLiteral("PBES2, PBKDF2, AES-256-CBC, Iteration %1, PRF hmacWithSHA256").arg(p.iterations);
    for (const bool legacy : {false, true}) {
        SCOPED_TRACE(legacy ? "-legacy" : "default provider");
        QStringList args{QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-info"),
                         QStringLiteral("-nokeys"), QStringLiteral("-passin"),
                         QStringLiteral("pass:") + QString::fromUtf8(pass)};
        if (legacy)
            args << QStringLiteral("-legacy");
        const CliResult r = runOpenssl(args);
        const QString all = QString::fromUtf8(r.out + r.err);
        ASSERT_EQ(r.exitCode, 0) << all.toStdString();
        EXPECT_TRUE(all.contains(mac)) << all.toStdString();
        EXPECT_EQ(all.count(scheme), 2) << "key and certificates: " << all.toStdString();
        EXPECT_EQ(all.count(QStringLiteral("BEGIN CERTIFICATE")), 4);
        EXPECT_TRUE(all.contains(QStringLiteral("friendlyName: Web 2025")));
    }
    // And the key openssl extracts is ours.
    const CliResult keys = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-nocerts"),
                                       QStringLiteral("-nodes"), QStringLiteral("-passin"),
                                       QStringLiteral("pass:") + QString::fromUtf8(pass)});
    ASSERT_EQ(keys.exitCode, 0) << keys.err.toStdString();
    auto decoded = FileDecoder::decode(keys.out);
    ASSERT_TRUE(decoded.ok());
    ASSERT_EQ(decoded->keys.size(), 1);
    auto key = PrivateKey::fromPem(decoded->keys.first().pem.view());
    ASSERT_TRUE(key.ok());
    EXPECT_TRUE(key->matches(s_pki->leaf.cert));
}

TEST_P(Pkcs12WriterTest, OpensslRejectsTheWrongPassword)
{
    const QString path = dir.filePath(QStringLiteral("out.pfx"));
    writeFile(path, write(SecureBytes(QByteArray("right password"))));
    const CliResult r = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-nokeys"),
                                    QStringLiteral("-passin"), QStringLiteral("pass:wrong password")});
    EXPECT_NE(r.exitCode, 0);
}

INSTANTIATE_TEST_SUITE_P(Profiles, Pkcs12WriterTest,
                         ::testing::Values(Pkcs12Profile::Id::Legacy, Pkcs12Profile::Id::Modern),
                         [](const auto& info) {
                             return info.param == Pkcs12Profile::Id::Legacy ? "Legacy" : "Modern";
                         });

TEST(Pkcs12WriterRules, RefusesEmptyPasswordMismatchedKeyAndMissingKey)
{
    const Hierarchy pki = makeHierarchy(3);
    const Issued other = makeLeaf(pki.intermediates[0], QStringLiteral("other.test.example"));
    auto empty = Pkcs12Writer::write({pki.leaf.cert, pki.leaf.key, {}, {}}, SecureBytes(), Pkcs12Profile::modern());
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, ErrorKind::InvalidInput);
    auto mismatch = Pkcs12Writer::write({pki.leaf.cert, other.key, {}, {}}, SecureBytes(QByteArray("pw")),
                                        Pkcs12Profile::modern());
    ASSERT_FALSE(mismatch.ok());
    EXPECT_EQ(mismatch.error().kind, ErrorKind::KeyMismatch);
    auto missing = Pkcs12Writer::write({pki.leaf.cert, PrivateKey(), {}, {}}, SecureBytes(QByteArray("pw")),
                                       Pkcs12Profile::modern());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::KeyMissing);
}

TEST(Pkcs12WriterRules, RsaKeyAndProfilesByName)
{
    const Issued root = makeRoot(QStringLiteral("RSA Root"));
    const Issued leaf = makeLeaf(root, QStringLiteral("rsa.test.example"), {}, {}, {}, KeySpec::rsa(2048));
    const SecureBytes password(QByteArray("long enough password"));
    auto legacy = Pkcs12Profile::fromId(QStringLiteral("LEGACY"));
    ASSERT_TRUE(legacy.has_value());
    EXPECT_FALSE(Pkcs12Profile::fromId(QStringLiteral("aes")).has_value());
    auto pfx = Pkcs12Writer::write({leaf.cert, leaf.key, {root.cert}, {}}, password, *legacy);
    ASSERT_TRUE(pfx.ok());
    auto read = Pkcs12Reader::read(*pfx, password);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->keys.first().key.algorithm(), KeyAlgorithm::Rsa);
    EXPECT_EQ(read->keys.first().key.bits(), 2048);
    EXPECT_EQ(read->certificates.size(), 2);
}

} // namespace
