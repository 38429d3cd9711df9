// SPDX-License-Identifier: GPL-3.0-or-later
// What others write: files made by `openssl pkcs12 -export` in each algorithm
// combination, and damaged files, each failure with its own ErrorKind.

#include "HostileInputSupport.h"
#include "Pkcs12TestSupport.h"
#include "ossl/Ptr.h"
#include "pfx/Pkcs12Reader.h"
#include "pfx/Pkcs12Writer.h"

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const SecureBytes kPassword(QByteArray("Backup-2025!"));

class Pkcs12ReaderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    // `openssl pkcs12 -export` of the leaf, its key and the chain, with extra options.
    QByteArray opensslExport(const QStringList& options, bool withKey = true)
    {
        const PemFiles f = writePemFiles(dir, s_pki->leaf, {s_pki->intermediates[0].cert, s_pki->root.cert});
        const QString out = dir.filePath(QStringLiteral("openssl.p12"));
        QStringList args{QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), f.cert,
                         QStringLiteral("-certfile"), f.chain, QStringLiteral("-out"), out,
                         QStringLiteral("-name"), QStringLiteral("from openssl"), QStringLiteral("-passout"),
                         QStringLiteral("pass:") + QString::fromUtf8(kPassword.view())};
        if (withKey)
            args << QStringLiteral("-inkey") << f.key;
        else
            args << QStringLiteral("-nokeys");
        const CliResult r = runOpenssl(args + options);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return readAll(out);
    }
    QByteArray ours()
    {
        auto pfx = Pkcs12Writer::write({s_pki->leaf.cert, s_pki->leaf.key, {s_pki->intermediates[0].cert}, {}},
                                       kPassword, Pkcs12Profile::modern());
        EXPECT_TRUE(pfx.ok());
        return *pfx;
    }
    void expectFullContents(const Result<Pkcs12Contents>& r)
    {
        ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
        ASSERT_EQ(r->keys.size(), 1);
        EXPECT_EQ(r->certificateFor(r->keys.first().key), 0);
        ASSERT_EQ(r->certificates.size(), 3);
        EXPECT_EQ(r->certificates[0].certificate, s_pki->leaf.cert);
        EXPECT_EQ(r->certificates[0].friendlyName, QStringLiteral("from openssl"));
    }
    QTemporaryDir dir;
};
Hierarchy* Pkcs12ReaderTest::s_pki = nullptr;

// Flips one byte of `needle` where it occurs in `haystack`.
QByteArray flipInside(QByteArray haystack, const QByteArray& needle, qsizetype offset)
{
    const qsizetype at = haystack.indexOf(needle);
    EXPECT_GE(at, 0) << "the part to damage was not found";
    if (at >= 0)
        haystack[at + offset] = char(haystack[at + offset] ^ 0x5A);
    return haystack;
}

QByteArray macValue(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, der.size()));
    const ASN1_OCTET_STRING* mac = nullptr;
    PKCS12_get0_mac(&mac, nullptr, nullptr, nullptr, p12.get());
    return mac ? QByteArray(reinterpret_cast<const char*>(mac->data), mac->length) : QByteArray();
}

// The ciphertext of the first encrypted block of certificates.
QByteArray encryptedCertificates(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, der.size()));
    STACK_OF(PKCS7)* safes = PKCS12_unpack_authsafes(p12.get());
    QByteArray out;
    for (int i = 0; safes && i < sk_PKCS7_num(safes) && out.isEmpty(); ++i) {
        PKCS7* safe = sk_PKCS7_value(safes, i);
        if (OBJ_obj2nid(safe->type) == NID_pkcs7_encrypted) {
            const ASN1_OCTET_STRING* data = safe->d.encrypted->enc_data->enc_data;
            out = QByteArray(reinterpret_cast<const char*>(data->data), data->length);
        }
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    return out;
}

TEST_F(Pkcs12ReaderTest, ReadsOpensslDefaultAes)
{
    auto r = Pkcs12Reader::read(opensslExport({}), kPassword);
    expectFullContents(r);
    EXPECT_EQ(r->info.keyProtection().cipher, QStringLiteral("AES-256-CBC"));
}

TEST_F(Pkcs12ReaderTest, ReadsOpensslLegacyRc2AndTripleDes)
{
    auto r = Pkcs12Reader::read(opensslExport({QStringLiteral("-legacy")}), kPassword);
    expectFullContents(r);
    EXPECT_EQ(r->info.certificateProtection().scheme, QStringLiteral("pbeWithSHA1And40BitRC2-CBC"));
    EXPECT_EQ(r->info.keyProtection().scheme, QStringLiteral("pbeWithSHA1And3-KeyTripleDES-CBC"));
    EXPECT_EQ(r->info.macDigest, QStringLiteral("sha1"));
}

TEST_F(Pkcs12ReaderTest, ReadsUnencryptedCertificates)
{
    auto r = Pkcs12Reader::read(opensslExport({QStringLiteral("-certpbe"), QStringLiteral("NONE")}), kPassword);
    expectFullContents(r);
    EXPECT_TRUE(r->info.certificateProtection().scheme.isEmpty());
}

TEST_F(Pkcs12ReaderTest, ReadsTripleDesWithSha1Mac)
{
    auto r = Pkcs12Reader::read(opensslExport({QStringLiteral("-keypbe"), QStringLiteral("PBE-SHA1-3DES"),
                                               QStringLiteral("-certpbe"), QStringLiteral("PBE-SHA1-3DES"),
                                               QStringLiteral("-macalg"), QStringLiteral("sha1")}),
                                kPassword);
    expectFullContents(r);
    EXPECT_EQ(r->info.certificateProtection().scheme, QStringLiteral("pbeWithSHA1And3-KeyTripleDES-CBC"));
}

TEST_F(Pkcs12ReaderTest, ReadsFilesWithoutMacAndWithoutEncryption)
{
    auto noMac = Pkcs12Reader::read(opensslExport({QStringLiteral("-nomac")}), kPassword);
    expectFullContents(noMac);
    EXPECT_FALSE(noMac->info.hasMac);
    EXPECT_FALSE(noMac->warnings.isEmpty());
    auto plain = Pkcs12Reader::read(opensslExport({QStringLiteral("-keypbe"), QStringLiteral("NONE"),
                                                   QStringLiteral("-certpbe"), QStringLiteral("NONE")}),
                                    kPassword);
    expectFullContents(plain);
    EXPECT_EQ(plain->info.count(Pkcs12Info::Bag::Type::Key), 1);
}

TEST_F(Pkcs12ReaderTest, ReadsPemArmouredAndBase64Copies)
{
    const QByteArray der = ours();
    EXPECT_TRUE(Pkcs12Reader::read(der.toBase64(), kPassword).ok());
    const QByteArray pem = "-----BEGIN PKCS12-----\n" + der.toBase64() + "\n-----END PKCS12-----\n";
    EXPECT_TRUE(Pkcs12Reader::read(pem, kPassword).ok());
    EXPECT_TRUE(Pkcs12Reader::read(der + "\r\n", kPassword).ok()) << "a trailing newline is no damage";
}

TEST_F(Pkcs12ReaderTest, WrongPassword)
{
    for (const QByteArray& file : {ours(), opensslExport({QStringLiteral("-legacy")})}) {
        auto r = Pkcs12Reader::read(file, SecureBytes(QByteArray("backup-2025!")));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::WrongPassword) << r.error().fullText().toStdString();
        EXPECT_TRUE(r.error().message.startsWith(QLatin1String("Wrong password")));
    }
    // Nothing encrypted: only the MAC can tell, and it says "wrong password, or changed".
    auto plain = Pkcs12Reader::read(opensslExport({QStringLiteral("-keypbe"), QStringLiteral("NONE"),
                                                   QStringLiteral("-certpbe"), QStringLiteral("NONE")}),
                                    SecureBytes(QByteArray("nope")));
    ASSERT_FALSE(plain.ok());
    EXPECT_EQ(plain.error().kind, ErrorKind::WrongPassword);
}

TEST_F(Pkcs12ReaderTest, EmptyPasswordBothEncodings)
{
    const QByteArray withEmpty = opensslExport({QStringLiteral("-passout"), QStringLiteral("pass:")});
    auto r = Pkcs12Reader::read(withEmpty, SecureBytes());
    expectFullContents(r);
    auto wrong = Pkcs12Reader::read(withEmpty, kPassword);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::WrongPassword);
}

TEST_F(Pkcs12ReaderTest, TruncatedFile)
{
    const QByteArray full = ours();
    for (const qsizetype keep : {full.size() - 1, full.size() / 2, qsizetype(3)}) {
        SCOPED_TRACE(keep);
        auto r = Pkcs12Reader::read(full.left(keep), kPassword);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::Truncated) << r.error().fullText().toStdString();
        EXPECT_TRUE(r.error().message.contains(QLatin1String("ends early")));
    }
}

TEST_F(Pkcs12ReaderTest, DamagedMacWithTheRightPassword)
{
    const QByteArray full = ours();
    const QByteArray damaged = flipInside(full, macValue(full), 3);
    auto r = Pkcs12Reader::read(damaged, kPassword);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::IntegrityFailed) << r.error().fullText().toStdString();
    EXPECT_TRUE(r.error().message.contains(QLatin1String("password is right")));
    // With a wrong password the same file is just "wrong password".
    auto wrong = Pkcs12Reader::read(damaged, SecureBytes(QByteArray("other")));
    EXPECT_EQ(wrong.error().kind, ErrorKind::WrongPassword);
}

TEST_F(Pkcs12ReaderTest, DamagedContentInTheMiddleAndAtTheEnd)
{
    const QByteArray full = ours();
    const QByteArray cipher = encryptedCertificates(full);
    ASSERT_GT(cipher.size(), 64);
    // Block 1: the first block (the structure's header) survives, the rest is noise.
    auto middle = Pkcs12Reader::read(flipInside(full, cipher, 20), kPassword);
    ASSERT_FALSE(middle.ok());
    EXPECT_EQ(middle.error().kind, ErrorKind::Corrupt) << middle.error().fullText().toStdString();
    EXPECT_TRUE(middle.error().message.contains(QLatin1String("damaged")));
    // The last block: its padding breaks, while the key still decrypts.
    auto end = Pkcs12Reader::read(flipInside(full, cipher, cipher.size() - 3), kPassword);
    ASSERT_FALSE(end.ok());
    EXPECT_EQ(end.error().kind, ErrorKind::Corrupt) << end.error().fullText().toStdString();
}

// The ciphertext of the first shrouded key (kept in an unencrypted block by every exporter).
QByteArray encryptedKey(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, der.size()));
    STACK_OF(PKCS7)* safes = PKCS12_unpack_authsafes(p12.get());
    QByteArray out;
    for (int i = 0; safes && i < sk_PKCS7_num(safes) && out.isEmpty(); ++i) {
        PKCS7* safe = sk_PKCS7_value(safes, i);
        if (OBJ_obj2nid(safe->type) != NID_pkcs7_data)
            continue;
        STACK_OF(PKCS12_SAFEBAG)* bags = PKCS12_unpack_p7data(safe);
        for (int j = 0; bags && j < sk_PKCS12_SAFEBAG_num(bags) && out.isEmpty(); ++j) {
            const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, j);
            if (PKCS12_SAFEBAG_get_nid(bag) != NID_pkcs8ShroudedKeyBag)
                continue;
            const ASN1_OCTET_STRING* data = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), nullptr, &data);
            out = QByteArray(reinterpret_cast<const char*>(data->data), data->length);
        }
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    return out;
}

TEST_F(Pkcs12ReaderTest, DamagedOnlyEncryptedPartIsDamageNotWrongPassword)
{
    // Certificates in the clear, the key encrypted: the key is the only thing a password opens.
    const QByteArray full = opensslExport({QStringLiteral("-certpbe"), QStringLiteral("NONE")});
    const QByteArray cipher = encryptedKey(full);
    ASSERT_GT(cipher.size(), 48);
    const QByteArray damaged = flipInside(full, cipher, 20);
    auto r = Pkcs12Reader::read(damaged, kPassword);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Corrupt) << r.error().fullText().toStdString();
    auto wrong = Pkcs12Reader::read(damaged, SecureBytes(QByteArray("not it")));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::WrongPassword) << wrong.error().fullText().toStdString();
}

TEST_F(Pkcs12ReaderTest, NotAPfxAtAll)
{
    for (const QByteArray& bytes : {s_pki->leaf.cert.der(), s_pki->leaf.cert.toPem(), QByteArray("hello world"),
                                    QByteArray()}) {
        auto r = Pkcs12Reader::read(bytes, kPassword);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::InvalidInput) << r.error().fullText().toStdString();
    }
}

TEST_F(Pkcs12ReaderTest, CancelStopsBeforeTheNextDerivation)
{
    std::atomic_bool cancel{true};
    Pkcs12Reader::Options options;
    options.cancel = &cancel;
    auto r = Pkcs12Reader::read(ours(), kPassword, options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Cancelled);
}

TEST_F(Pkcs12ReaderTest, AbsurdOrNegativeIterationCountsAreRefusedNotRun)
{
    // The MAC's iteration count is the file's last element: write 65536 (02 03 01 00 00), then
    // patch it in place, as a hostile file would, to 8,388,607 and to a negative number.
    Pkcs12Profile profile = Pkcs12Profile::modern();
    profile.macIterations = 65536;
    auto pfx = Pkcs12Writer::write({s_pki->leaf.cert, s_pki->leaf.key, {}, {}}, kPassword, profile);
    ASSERT_TRUE(pfx.ok());
    ASSERT_TRUE(pfx->endsWith(QByteArray::fromHex("0203010000")));
    Pkcs12Reader::Options options;
    options.maxIterations = 1000000;
    QByteArray huge = *pfx;
    huge.replace(huge.size() - 3, 3, QByteArray::fromHex("7fffff"));
    auto tooMany = Pkcs12Reader::read(huge, kPassword, options);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().kind, ErrorKind::TooLarge) << tooMany.error().fullText().toStdString();
    QByteArray negative = *pfx;
    negative.replace(negative.size() - 3, 3, QByteArray::fromHex("800000"));
    auto below = Pkcs12Reader::read(negative, kPassword);
    ASSERT_FALSE(below.ok());
    EXPECT_EQ(below.error().kind, ErrorKind::Corrupt) << below.error().fullText().toStdString();
    EXPECT_EQ(Pkcs12Reader::kMaxIterations, 10000000);
}

// A key bag asking for 2^31 rounds, behind a MAC that passes with the right
// password: PBES2/PBKDF2 (modern) and the PKCS#12 PBE of a TripleDES key bag
// (legacy). Refused from the parameters, before any derivation: one at that
// count would run for minutes (this test would hang).
TEST_F(Pkcs12ReaderTest, KeyBagIterationCountOf2Pow31IsRefusedBeforeDeriving)
{
    for (const Pkcs12Profile& profile : {Pkcs12Profile::modern(), Pkcs12Profile::legacy()}) {
        SCOPED_TRACE(profile.idString().toStdString());
        auto pfx = Pkcs12Writer::write({s_pki->leaf.cert, s_pki->leaf.key, {s_pki->intermediates[0].cert}, {}},
                                       kPassword, profile);
        ASSERT_TRUE(pfx.ok());
        // The control: rebuilt at the profile's own count, it reads, key included.
        const auto same = Pkcs12Reader::read(withKeyBagIterations(*pfx, kPassword.view(), profile.iterations),
                                             kPassword);
        ASSERT_TRUE(same.ok()) << same.error().fullText().toStdString();
        EXPECT_EQ(same->keys.size(), 1);

        const QByteArray slow = withKeyBagIterations(*pfx, kPassword.view(), qint64(1) << 31);
        const auto r = Pkcs12Reader::read(slow, kPassword);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::TooLarge) << r.error().fullText().toStdString();
        EXPECT_TRUE(r.error().message.contains(QLatin1String("2,147,483,648"))) << r.error().message.toStdString();
        EXPECT_TRUE(r.error().message.contains(QLatin1String("export it again"))) << r.error().message.toStdString();
        // The wrong password is refused the same way: the count is checked before any password is tried.
        const auto wrong = Pkcs12Reader::read(slow, SecureBytes(QByteArray("not the password")));
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().kind, ErrorKind::TooLarge) << wrong.error().fullText().toStdString();
    }
}

TEST_F(Pkcs12ReaderTest, TotalIterationBudgetCoversTheWholeFile)
{
    // Each derivation is under the per-item limit; together they are not.
    Pkcs12Profile profile = Pkcs12Profile::modern();
    profile.iterations = 3000;
    profile.macIterations = 3000;
    auto pfx = Pkcs12Writer::write({s_pki->leaf.cert, s_pki->leaf.key, {}, {}}, kPassword, profile);
    ASSERT_TRUE(pfx.ok());
    Pkcs12Reader::Options options;
    options.maxIterations = 5000;
    options.maxTotalIterations = 8000;   // MAC 3000 + certificates 3000 + key 3000 = 9000
    auto r = Pkcs12Reader::read(*pfx, kPassword, options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::TooLarge);
    options.maxTotalIterations = 9000;
    EXPECT_TRUE(Pkcs12Reader::read(*pfx, kPassword, options).ok());
}

} // namespace
