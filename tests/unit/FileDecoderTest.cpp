// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDecoder.h"
#include "OpensslCli.h"
#include "TestPki.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class FileDecoderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }
};
Hierarchy* FileDecoderTest::s_pki = nullptr;

QByteArray withHeader(const QByteArray& der, const QByteArray& label, const QByteArray& eol = "\n")
{
    QByteArray out = "-----BEGIN " + label + "-----" + eol;
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + eol;
    return out + "-----END " + label + "-----" + eol;
}

TEST_F(FileDecoderTest, DerCertificate)
{
    auto r = FileDecoder::decode(s_pki->leaf.cert.der());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->format, FileFormat::Der);
    ASSERT_EQ(r->certificates.size(), 1);
    EXPECT_EQ(r->certificates.first().sha1(), s_pki->leaf.cert.sha1());
}

TEST_F(FileDecoderTest, DerWithTrailingNewlineIsAccepted)
{
    auto r = FileDecoder::decode(s_pki->leaf.cert.der() + "\r\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->certificates.first().sha1(), s_pki->leaf.cert.sha1());
}

// The signature's last byte may be any value, the padding characters too:
// only what follows the DER object's own length is padding.
TEST_F(FileDecoderTest, DerEndingInAPaddingByteKeepsIt)
{
    for (const char last : {'\n', '\r', '\0'}) {
        QByteArray der = s_pki->leaf.cert.der();
        der[der.size() - 1] = last;   // inside the signature: still parses (signatures are not checked here)
        for (const QByteArray& padding : {QByteArray("\r\n"), QByteArray(3, '\0'), QByteArray("\n")}) {
            const auto r = FileDecoder::decode(der + padding);
            ASSERT_TRUE(r.ok()) << int(last);
            ASSERT_EQ(r->certificates.size(), 1);
            EXPECT_EQ(r->certificates.first().der(), der);
        }
    }
    // Anything but padding after the object is still refused.
    EXPECT_FALSE(FileDecoder::decode(s_pki->leaf.cert.der() + "\r\nx").ok());
}

TEST_F(FileDecoderTest, PemVariants)
{
    const QByteArray der = s_pki->leaf.cert.der();
    const QList<QByteArray> variants = {
        withHeader(der, "CERTIFICATE"),
        withHeader(der, "CERTIFICATE", "\r\n"),
        "\xEF\xBB\xBF" + withHeader(der, "CERTIFICATE", "\r\n"),
        withHeader(der, "X509 CERTIFICATE"),
        "Subject: www.test.example\nsome text before\n" + withHeader(der, "CERTIFICATE") + "trailing text\n",
        "   " + withHeader(der, "CERTIFICATE").replace("\n", "\n   "),   // pasted from an indented e-mail
    };
    for (const QByteArray& v : variants) {
        auto r = FileDecoder::decode(v);
        ASSERT_TRUE(r.ok()) << v.left(40).toStdString() << ": " << r.error().message.toStdString();
        EXPECT_EQ(r->format, FileFormat::Pem);
        ASSERT_EQ(r->certificates.size(), 1);
        EXPECT_EQ(r->certificates.first().sha1(), s_pki->leaf.cert.sha1());
    }
}

TEST_F(FileDecoderTest, Utf16TextFromNotepad)
{
    const QString text = QString::fromLatin1(withHeader(s_pki->leaf.cert.der(), "CERTIFICATE", "\r\n"));
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    auto r = FileDecoder::decode(utf16);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->certificates.first().sha1(), s_pki->leaf.cert.sha1());
}

TEST_F(FileDecoderTest, BareBase64WithoutArmour)
{
    auto r = FileDecoder::decode(s_pki->leaf.cert.der().toBase64() + "\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->format, FileFormat::Base64);
    EXPECT_EQ(r->certificates.first().sha1(), s_pki->leaf.cert.sha1());
}

TEST_F(FileDecoderTest, TrustedCertificateLabel)
{
    writeFile(path("c.pem"), s_pki->root.cert.toPem());
    const CliResult trusted = runOpenssl({"x509", "-in", path("c.pem"), "-trustout", "-addtrust", "serverAuth"});
    ASSERT_EQ(trusted.exitCode, 0) << trusted.err.toStdString();
    ASSERT_TRUE(trusted.out.contains("BEGIN TRUSTED CERTIFICATE"));
    auto r = FileDecoder::decode(trusted.out);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->certificates.first().sha1(), s_pki->root.cert.sha1());
}

TEST_F(FileDecoderTest, BundleKeepsOrder)
{
    const QByteArray bundle = s_pki->leaf.cert.toPem() + s_pki->intermediates.first().cert.toPem()
        + s_pki->root.cert.toPem();
    auto r = FileDecoder::decode(bundle);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->certificates.size(), 3);
    EXPECT_EQ(r->certificates[0].sha1(), s_pki->leaf.cert.sha1());
    EXPECT_EQ(r->certificates[2].sha1(), s_pki->root.cert.sha1());
}

TEST_F(FileDecoderTest, Pkcs7BundleDerAndPem)
{
    writeFile(path("chain.pem"), s_pki->leaf.cert.toPem() + s_pki->intermediates.first().cert.toPem()
                                     + s_pki->root.cert.toPem());
    for (const QString& form : {QStringLiteral("DER"), QStringLiteral("PEM")}) {
        const CliResult p7 = runOpenssl({"crl2pkcs7", "-nocrl", "-certfile", path("chain.pem"), "-outform", form});
        ASSERT_EQ(p7.exitCode, 0) << p7.err.toStdString();
        auto r = FileDecoder::decode(p7.out);
        ASSERT_TRUE(r.ok()) << form.toStdString() << ": " << r.error().message.toStdString();
        EXPECT_EQ(r->certificates.size(), 3) << form.toStdString();
        if (form == QLatin1String("DER"))
            EXPECT_EQ(r->format, FileFormat::Pkcs7);
    }
}

TEST_F(FileDecoderTest, RequestsAndKeys)
{
    const QByteArray keyPem = s_pki->leaf.key.toPem().view();
    auto r = FileDecoder::decode(keyPem + s_pki->leaf.cert.toPem());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->keys.size(), 1);
    EXPECT_FALSE(r->keys.first().encrypted);
    EXPECT_EQ(r->certificates.size(), 1);

    auto der = FileDecoder::decode(s_pki->leaf.key.pkcs8Der().view());
    ASSERT_TRUE(der.ok());
    ASSERT_EQ(der->keys.size(), 1);
    auto back = PrivateKey::fromPem(der->keys.first().pem.view());
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->matches(s_pki->leaf.cert));
}

// Keys in DER come as PKCS#8 or in their algorithm's own form; both start
// SEQUENCE { INTEGER version ... }, which the decoder looks for first.
TEST_F(FileDecoderTest, TraditionalDerKeys)
{
    for (const KeySpec& spec : {KeySpec::rsa(2048), KeySpec::ec(QStringLiteral("P-256"))}) {
        const auto key = PrivateKey::generate(spec);
        ASSERT_TRUE(key.ok());
        writeFile(path("k.pem"), key->toPem().view());
        const CliResult der = runOpenssl({"pkey", "-in", path("k.pem"), "-outform", "DER", "-traditional", "-out",
                                          path("k.der")});
        ASSERT_EQ(der.exitCode, 0) << der.err.toStdString();
        QFile f(path("k.der"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const auto r = FileDecoder::decode(f.readAll());
        ASSERT_TRUE(r.ok());
        ASSERT_EQ(r->keys.size(), 1);
        const auto back = PrivateKey::fromPem(r->keys.first().pem.view());
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(back->publicKeyDer(), key->publicKeyDer());
    }
    // A SEQUENCE of anything else is not taken for a key.
    const QByteArray notAKey = QByteArray::fromHex("3006040100040100");
    const auto r = FileDecoder::decode(notAKey);
    EXPECT_TRUE(!r.ok() || r->keys.isEmpty());
}

TEST_F(FileDecoderTest, Pkcs12IsRecognisedNotParsed)
{
    writeFile(path("k.pem"), s_pki->leaf.key.toPem().view());
    writeFile(path("c.pem"), s_pki->leaf.cert.toPem());
    const CliResult p12 = runOpenssl({"pkcs12", "-export", "-inkey", path("k.pem"), "-in", path("c.pem"),
                                      "-passout", "pass:secret"});
    ASSERT_EQ(p12.exitCode, 0) << p12.err.toStdString();
    auto r = FileDecoder::decode(p12.out);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->isPkcs12);
    EXPECT_TRUE(r->certificates.isEmpty());
}

TEST_F(FileDecoderTest, GarbageEmptyAndTruncated)
{
    QByteArray random(4096, Qt::Uninitialized);
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919 + 13) % 251);
    for (const QByteArray& bad : {random, QByteArray(), QByteArray("   \n"), QByteArray("hello world")}) {
        auto r = FileDecoder::decode(bad);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::InvalidInput);
        EXPECT_FALSE(r.error().message.isEmpty());
    }
    // A DER file cut short says so, rather than "not a certificate".
    auto cut = FileDecoder::decode(s_pki->leaf.cert.der().left(300));
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().kind, ErrorKind::Truncated);
    EXPECT_TRUE(cut.error().message.contains(QLatin1String("ends early")));
    QByteArray pem = s_pki->leaf.cert.toPem();
    pem.remove(100, 50); // damaged Base64 body
    auto r = FileDecoder::decode(pem);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QLatin1String("PEM")));
}

TEST_F(FileDecoderTest, HugeFileRefusedBeforeReading)
{
    // A sparse 2 GB file: refused by size, so this test is fast and uses no memory.
    const QString big = path("huge.cer");
    const int fd = ::open(QFile::encodeName(big).constData(), O_CREAT | O_WRONLY, 0600);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::ftruncate(fd, 2LL * 1024 * 1024 * 1024), 0);
    ::close(fd);
    auto r = FileDecoder::decodeFile(big);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::TooLarge);
    EXPECT_TRUE(r.error().message.contains(QLatin1String("2048 MB")));
}

TEST_F(FileDecoderTest, TooManyItemsRefused)
{
    QByteArray many;
    const QByteArray one = s_pki->leaf.cert.toPem();
    while (many.size() < FileDecoder::kMaxFileSize - one.size() && many.count("BEGIN") <= FileDecoder::kMaxItems)
        many += one;
    auto r = FileDecoder::decode(many);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::TooLarge);
}

TEST_F(FileDecoderTest, MissingFileAndFolder)
{
    EXPECT_EQ(FileDecoder::decodeFile(path("nope.cer")).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(FileDecoder::decodeFile(dir.path()).error().kind, ErrorKind::InvalidInput);
}

} // namespace
