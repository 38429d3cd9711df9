// SPDX-License-Identifier: GPL-3.0-or-later
// Conversions of files outside the store, and the password strength estimate.

#include "FileDecoder.h"
#include "Pkcs12TestSupport.h"
#include "pfx/Conversions.h"
#include "pfx/PasswordStrength.h"
#include "pfx/Pkcs12Reader.h"

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const SecureBytes kPassword(QByteArray("convert password"));

class Pkcs12ConversionsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;
    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }
    QTemporaryDir dir;
};
Hierarchy* Pkcs12ConversionsTest::s_pki = nullptr;

TEST_F(Pkcs12ConversionsTest, PemToDerAndBack)
{
    ConvertRequest r;
    r.inputPath = file(QStringLiteral("a.pem"), s_pki->leaf.cert.toPem());
    r.to = ConvertTarget::Der;
    auto der = Conversions::convert(r);
    ASSERT_TRUE(der.ok()) << der.error().fullText().toStdString();
    EXPECT_EQ(der->content.view(), s_pki->leaf.cert.der());
    EXPECT_FALSE(der->secret);
    r.inputPath = file(QStringLiteral("a.der"), s_pki->leaf.cert.der());
    r.to = ConvertTarget::Pem;
    auto pem = Conversions::convert(r);
    ASSERT_TRUE(pem.ok());
    EXPECT_EQ(pem->content.view(), s_pki->leaf.cert.toPem());
}

TEST_F(Pkcs12ConversionsTest, DerRefusesBundles)
{
    ConvertRequest r;
    r.inputPath = file(QStringLiteral("two.pem"), s_pki->leaf.cert.toPem() + s_pki->root.cert.toPem());
    r.to = ConvertTarget::Der;
    auto out = Conversions::convert(r);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().kind, ErrorKind::InvalidInput);
}

TEST_F(Pkcs12ConversionsTest, PemBundlePlusKeyToPfxAndPfxToPem)
{
    // Bundle in the wrong order on purpose: root, leaf, intermediate.
    ConvertRequest toPfx;
    toPfx.inputPath = file(QStringLiteral("bundle.pem"), s_pki->root.cert.toPem() + s_pki->leaf.cert.toPem()
                                                             + s_pki->intermediates[0].cert.toPem());
    toPfx.keyPath = file(QStringLiteral("key.pem"), s_pki->leaf.key.toPem().view());
    toPfx.to = ConvertTarget::Pfx;
    toPfx.outputPassword = kPassword;
    toPfx.profile = Pkcs12Profile::legacy();
    auto pfx = Conversions::convert(toPfx);
    ASSERT_TRUE(pfx.ok()) << pfx.error().fullText().toStdString();
    EXPECT_TRUE(pfx->secret);
    auto read = Pkcs12Reader::read(pfx->content.view(), kPassword);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->certificates.size(), 3);
    EXPECT_EQ(read->certificates[0].certificate, s_pki->leaf.cert);
    EXPECT_EQ(read->certificates[1].certificate, s_pki->intermediates[0].cert);
    EXPECT_EQ(read->certificates[2].certificate, s_pki->root.cert);
    EXPECT_EQ(read->info.macDigest, QStringLiteral("sha1"));

    ConvertRequest toPem;
    toPem.inputPath = file(QStringLiteral("in.pfx"), pfx->content.view());
    toPem.inputPassword = kPassword;
    toPem.to = ConvertTarget::Pem;
    toPem.encryptKey = false;
    EXPECT_TRUE(Conversions::inputNeedsPassword(toPem.inputPath));
    auto pem = Conversions::convert(toPem);
    ASSERT_TRUE(pem.ok()) << pem.error().fullText().toStdString();
    EXPECT_TRUE(pem->secret);
    auto decoded = FileDecoder::decode(pem->content.view());
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->certificates.first(), s_pki->leaf.cert);
    EXPECT_EQ(decoded->certificates.size(), 3);
    ASSERT_EQ(decoded->keys.size(), 1);
    EXPECT_FALSE(decoded->keys.first().encrypted);

    toPem.inputPassword = SecureBytes(QByteArray("nope"));
    auto wrong = Conversions::convert(toPem);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::WrongPassword);
}

TEST_F(Pkcs12ConversionsTest, PfxNeedsAKeyThatMatches)
{
    ConvertRequest r;
    r.inputPath = file(QStringLiteral("leaf.pem"), s_pki->leaf.cert.toPem());
    r.to = ConvertTarget::Pfx;
    r.outputPassword = kPassword;
    EXPECT_EQ(Conversions::convert(r).error().kind, ErrorKind::KeyMissing);
    r.keyPath = file(QStringLiteral("other.key"), s_pki->root.key.toPem().view());
    EXPECT_EQ(Conversions::convert(r).error().kind, ErrorKind::KeyMismatch);
}

TEST(PasswordStrengthTest, HonestSimpleLevels)
{
    EXPECT_EQ(PasswordStrength::estimate(QString()).level, PasswordStrength::Level::Empty);
    EXPECT_EQ(PasswordStrength::estimate(QStringLiteral("Xy7!Xy7!Xy7")).level, PasswordStrength::Level::Weak)
        << "11 characters are weak whatever they are";
    EXPECT_EQ(PasswordStrength::estimate(QStringLiteral("aaaaaaaaaaaaaaaa")).level, PasswordStrength::Level::Fair);
    EXPECT_EQ(PasswordStrength::estimate(QStringLiteral("abcdefghijkl")).level, PasswordStrength::Level::Fair);
    EXPECT_EQ(PasswordStrength::estimate(QStringLiteral("correct horse battery staple")).level,
              PasswordStrength::Level::Strong);
    EXPECT_EQ(PasswordStrength::estimate(QStringLiteral("Tr0ub4dor&3-xyz")).level, PasswordStrength::Level::Strong);
    EXPECT_TRUE(PasswordStrength::estimate(QStringLiteral("short")).advice().contains(QLatin1String("12")));
    EXPECT_EQ(PasswordStrength::estimate(QStringLiteral("密碼密碼密碼密碼密碼密碼")).length, 12);
}

} // namespace
