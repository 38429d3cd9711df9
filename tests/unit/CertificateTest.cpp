// SPDX-License-Identifier: GPL-3.0-or-later
#include "Certificate.h"
#include "CertificateRequest.h"
#include "CsrBuilder.h"
#include "DisplayText.h"
#include "OpensslCli.h"
#include "TestPki.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

TEST(CertificateTest, ReadsTheFieldsPeopleRead)
{
    const Issued root = makeRoot(QStringLiteral("Field Root"));
    CertificateSpec spec;
    spec.subject = {{"C", "TW"}, {"ST", "TAIWAN"}, {"L", "TAIPEI"}, {"O", "Example Ltd"}, {"OU", "IT"},
                    {"CN", "www.example.com"}};
    spec.dnsNames = {"www.example.com", "example.com"};
    spec.ipAddresses = {"192.0.2.7", "2001:db8::1"};
    spec.notBefore = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    spec.notAfter = QDateTime(QDate(2027, 2, 3), QTime(4, 5, 6), Qt::UTC);
    spec.serial = QByteArray::fromHex("0123456789ABCDEF");
    const Issued leaf = issueWith(root, spec, KeySpec::rsa(2048));
    const Certificate& c = leaf.cert;

    EXPECT_EQ(c.subject().toString(), QStringLiteral("CN=www.example.com, OU=IT, O=Example Ltd, L=TAIPEI, "
                                                     "ST=TAIWAN, C=TW"));
    EXPECT_EQ(c.subject().commonName(), QStringLiteral("www.example.com"));
    EXPECT_EQ(c.issuer().commonName(), QStringLiteral("Field Root"));
    EXPECT_EQ(c.serialHex(), QStringLiteral("0123456789ABCDEF"));
    EXPECT_EQ(c.version(), 3);
    EXPECT_EQ(c.notBefore(), spec.notBefore);
    EXPECT_EQ(c.notAfter(), spec.notAfter);
    EXPECT_EQ(c.dnsNames(), QStringList({"www.example.com", "example.com"}));
    ASSERT_EQ(c.subjectAltNames().size(), 4);
    EXPECT_EQ(c.subjectAltNames()[2].type, SubjectAltName::Type::Ip);
    EXPECT_EQ(c.subjectAltNames()[2].value, QStringLiteral("192.0.2.7"));
    EXPECT_EQ(c.subjectAltNames()[3].value, QStringLiteral("2001:DB8:0:0:0:0:0:1"));
    EXPECT_EQ(c.keyAlgorithm(), KeyAlgorithm::Rsa);
    EXPECT_EQ(c.keyBits(), 2048);
    EXPECT_EQ(c.keyDescription(), QStringLiteral("RSA 2048 bits"));
    EXPECT_EQ(c.signatureAlgorithm(), QStringLiteral("ecdsa-with-SHA256"));
    EXPECT_EQ(c.signatureDigest(), QStringLiteral("SHA256"));
    EXPECT_TRUE(c.hasKeyUsage());
    EXPECT_EQ(c.keyUsageNames(), QStringList({"Digital Signature", "Key Encipherment"}));
    EXPECT_TRUE(c.allowsServerAuth());
    EXPECT_TRUE(c.extendedKeyUsage().contains(QStringLiteral("1.3.6.1.5.5.7.3.1")));
    EXPECT_FALSE(c.isCa());
    EXPECT_TRUE(c.hasBasicConstraints());
    EXPECT_EQ(c.subjectKeyId().size(), 20);
    EXPECT_EQ(c.authorityKeyId(), root.cert.subjectKeyId());
    EXPECT_FALSE(c.isSelfSigned());
    EXPECT_TRUE(root.cert.isSelfSigned());
    EXPECT_TRUE(root.cert.isCa());
    EXPECT_EQ(root.cert.keyDescription(), QStringLiteral("ECDSA P-256"));

    // Thumbprints, checked against an independent hash implementation.
    EXPECT_EQ(c.sha1(), QString::fromLatin1(QCryptographicHash::hash(c.der(), QCryptographicHash::Sha1).toHex().toUpper()));
    EXPECT_EQ(c.sha256(),
              QString::fromLatin1(QCryptographicHash::hash(c.der(), QCryptographicHash::Sha256).toHex().toUpper()));
    EXPECT_EQ(c.publicKeyDer(), leaf.key.publicKeyDer());
}

TEST(CertificateTest, ExtensionsAreRendered)
{
    const Hierarchy h = makeHierarchy(3);
    const auto exts = h.leaf.cert.extensions();
    QStringList names;
    for (const auto& e : exts)
        names << e.name;
    EXPECT_TRUE(names.contains(QStringLiteral("X509v3 Subject Alternative Name")));
    EXPECT_TRUE(names.contains(QStringLiteral("X509v3 Basic Constraints")));
    for (const auto& e : exts) {
        if (e.name == QLatin1String("X509v3 Subject Alternative Name"))
            EXPECT_TRUE(e.text.contains(QLatin1String("DNS:www.test.example")));
        if (e.name == QLatin1String("X509v3 Basic Constraints"))
            EXPECT_TRUE(e.critical);
    }
}

TEST(CertificateTest, NonAsciiAndHostileNamesAreShownEscaped)
{
    const Issued root = makeRoot(QStringLiteral("Root"));
    CertificateSpec spec;
    spec.subject = {{"C", "TW"}, {"O", QStringLiteral("福爾摩沙信任服務")},
                    {"OU", QStringLiteral("evil\u202Emoc.elgoog")}, {"CN", QStringLiteral("bell\aname")}};
    const Issued leaf = issueWith(root, spec);
    EXPECT_EQ(leaf.cert.subject().value(QStringLiteral("O")), QStringLiteral("福爾摩沙信任服務"));
    EXPECT_EQ(leaf.cert.subject().value(QStringLiteral("OU")), QStringLiteral("evil\\u202emoc.elgoog"));
    EXPECT_EQ(leaf.cert.subject().commonName(), QStringLiteral("bell\\x07name"));
    EXPECT_EQ(escapeBytesForDisplay(QByteArray("ok\xff\xfe")), QStringLiteral("ok\\xff\\xfe"));
}

TEST(CertificateTest, ExpiryArithmetic)
{
    const Issued root = makeRoot(QStringLiteral("Root"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Issued leaf = makeLeaf(root, QStringLiteral("a.example"), {}, now.addDays(-10), now.addDays(30).addSecs(60));
    EXPECT_EQ(leaf.cert.daysLeft(now), 30);
    EXPECT_FALSE(leaf.cert.isExpired(now));
    EXPECT_TRUE(leaf.cert.isExpired(now.addDays(31)));
    EXPECT_EQ(leaf.cert.daysLeft(now.addDays(30).addSecs(3600)), -1);
    EXPECT_TRUE(leaf.cert.isNotYetValid(now.addDays(-11)));
}

TEST(CertificateTest, RejectsTrailingBytesAndGarbage)
{
    const Issued root = makeRoot(QStringLiteral("Root"));
    EXPECT_FALSE(Certificate::fromDer(root.cert.der() + "x").ok());
    EXPECT_FALSE(Certificate::fromDer(QByteArray("\x30\x03\x02\x01\x01", 5)).ok());
    EXPECT_FALSE(Certificate::fromDer({}).ok());
}

TEST(CertificateTest, CsrCarriesSubjectSansAndKeyAndVerifies)
{
    auto key = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-384")));
    ASSERT_TRUE(key.ok());
    CsrSpec spec;
    spec.subject = {{"C", "TW"}, {"O", "Example"}, {"CN", "www.example.com"}};
    spec.dnsNames = {"www.example.com", "example.com"};
    spec.ipAddresses = {"10.0.0.1"};
    auto csr = CsrBuilder::build(spec, *key);
    ASSERT_TRUE(csr.ok()) << csr.error().fullText().toStdString();
    EXPECT_TRUE(csr->signatureValid());
    EXPECT_EQ(csr->subject().commonName(), QStringLiteral("www.example.com"));
    EXPECT_EQ(csr->subjectAltNames().size(), 3);
    EXPECT_EQ(csr->keyId(), key->publicKeyId());
    EXPECT_EQ(csr->keyDescription(), QStringLiteral("ECDSA P-384"));

    QTemporaryDir dir;
    writeFile(dir.filePath("r.csr"), csr->toPem());
    const CliResult check = runOpenssl({"req", "-in", dir.filePath("r.csr"), "-verify", "-noout", "-text"});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains("DNS:example.com"));
    EXPECT_TRUE((check.out + check.err).contains("verify OK"));
}

TEST(CertificateTest, PrivateKeyRoundTripsAndMatches)
{
    const Hierarchy h = makeHierarchy(3);
    auto back = PrivateKey::fromPem(h.leaf.key.toPem().view());
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->matches(h.leaf.cert));
    EXPECT_FALSE(back->matches(h.root.cert));

    const SecureBytes password(QByteArray("correct horse"));
    auto encrypted = h.leaf.key.toEncryptedPem(password);
    ASSERT_TRUE(encrypted.ok());
    EXPECT_TRUE(encrypted->contains("ENCRYPTED PRIVATE KEY"));
    auto wrong = PrivateKey::fromPem(*encrypted, SecureBytes(QByteArray("wrong")));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::WrongPassword);
    auto right = PrivateKey::fromPem(*encrypted, password);
    ASSERT_TRUE(right.ok());
    EXPECT_TRUE(right->matches(h.leaf.cert));
}

} // namespace
