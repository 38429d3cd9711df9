// SPDX-License-Identifier: GPL-3.0-or-later
// Restoring a PFX into the store: the certificate and key to Personal, the
// chain to Intermediate / Trusted Root (roots only when trusted), and every
// refusal leaves the store exactly as it was.

#include "Pkcs12TestSupport.h"
#include "ossl/Convert.h"
#include "ossl/Ptr.h"
#include "pfx/PfxImportPlan.h"
#include "pfx/Pkcs12Reader.h"
#include "pfx/Pkcs12Writer.h"

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const SecureBytes kPassword(QByteArray("restore me please"));

class PfxImportPlanTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(4)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    Pkcs12Contents readOurs(bool withRoot = true)
    {
        QList<Certificate> chain{s_pki->intermediates[1].cert, s_pki->intermediates[0].cert};
        if (withRoot)
            chain << s_pki->root.cert;
        auto pfx = Pkcs12Writer::write({s_pki->leaf.cert, s_pki->leaf.key, chain, QStringLiteral("www")}, kPassword,
                                       Pkcs12Profile::legacy());
        EXPECT_TRUE(pfx.ok());
        auto read = Pkcs12Reader::read(*pfx, kPassword);
        EXPECT_TRUE(read.ok());
        return *read;
    }
    StoreContents load()
    {
        auto c = t.store->load();
        EXPECT_TRUE(c.ok());
        return *c;
    }
    TempStore t;
};
Hierarchy* PfxImportPlanTest::s_pki = nullptr;

TEST_F(PfxImportPlanTest, CertificateAndKeyToPersonalChainToCaStores)
{
    auto plan = PfxImportPlan::build(readOurs(), load());
    ASSERT_TRUE(plan.ok()) << plan.error().fullText().toStdString();
    EXPECT_EQ(plan->certificate(), s_pki->leaf.cert);
    EXPECT_EQ(plan->fileFriendlyName(), QStringLiteral("www"));
    ASSERT_EQ(plan->chain().size(), 3);
    ASSERT_EQ(plan->newRoots().size(), 1);
    EXPECT_EQ(plan->newRoots().first(), s_pki->root.cert);

    PfxImportPlan::Options options;
    options.acceptRoots = true;
    options.sourceName = QStringLiteral("www.pfx");
    ASSERT_TRUE(t.store->commit(*plan->change(options, load())).ok());
    const StoreContents after = load();
    const StoreEntry* personal = after.find(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_NE(personal, nullptr);
    EXPECT_TRUE(personal->hasPrivateKey);
    EXPECT_EQ(personal->friendlyName, QStringLiteral("www"));
    EXPECT_TRUE(personal->notes.contains(QLatin1String("www.pfx")));
    EXPECT_TRUE(personal->notes.contains(QLatin1String("marked exportable")));
    EXPECT_NE(after.find(StoreKind::Intermediate, s_pki->intermediates[0].cert.sha1()), nullptr);
    EXPECT_NE(after.find(StoreKind::Intermediate, s_pki->intermediates[1].cert.sha1()), nullptr);
    EXPECT_NE(after.find(StoreKind::TrustedRoot, s_pki->root.cert.sha1()), nullptr);
    auto key = t.store->privateKey(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_TRUE(key.ok());
    EXPECT_TRUE(key->matches(s_pki->leaf.cert));
}

TEST_F(PfxImportPlanTest, RootsStayOutWithoutTrust)
{
    auto plan = PfxImportPlan::build(readOurs(), load());
    ASSERT_TRUE(plan.ok());
    PfxImportPlan::Options options;
    options.markExportable = false;
    ASSERT_TRUE(t.store->commit(*plan->change(options, load())).ok());
    const StoreContents after = load();
    EXPECT_EQ(after.count(StoreKind::TrustedRoot), 0);
    EXPECT_EQ(after.count(StoreKind::Intermediate), 2);
    EXPECT_TRUE(after.find(StoreKind::Personal, s_pki->leaf.cert.sha1())->notes.contains(QLatin1String("not marked")));

    // Importing the file again later, now trusting the root, adds the root and nothing else.
    auto again = PfxImportPlan::build(readOurs(), after);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->certificateAlreadyRestored());
    PfxImportPlan::Options trust;
    trust.acceptRoots = true;
    auto rootOnly = again->change(trust, after);
    ASSERT_TRUE(rootOnly.ok());
    ASSERT_EQ(rootOnly->adds().size(), 1);
    EXPECT_EQ(rootOnly->adds().first().kind, StoreKind::TrustedRoot);
    EXPECT_TRUE(rootOnly->properties().isEmpty()) << "the notes are not written twice";
}

TEST_F(PfxImportPlanTest, SkipsWhatTheStoreHasAndAddsAKeyToACertificateWithout)
{
    StoreChange existing;
    existing.addCertificate(StoreKind::TrustedRoot, s_pki->root.cert)
        .addCertificate(StoreKind::Intermediate, s_pki->intermediates[0].cert)
        .addCertificate(StoreKind::Personal, s_pki->leaf.cert, QStringLiteral("no key yet"));
    ASSERT_TRUE(t.store->commit(existing).ok());
    StoreChange inventory;
    inventory.setInventory(StoreKind::Personal, s_pki->leaf.cert.sha1(), QStringLiteral("ops team"),
                           QStringLiteral("front-end"));
    ASSERT_TRUE(t.store->commit(inventory).ok());
    auto plan = PfxImportPlan::build(readOurs(), load());
    ASSERT_TRUE(plan.ok()) << plan.error().fullText().toStdString();
    EXPECT_TRUE(plan->addsKeyToExisting());
    EXPECT_TRUE(plan->newRoots().isEmpty());
    ASSERT_TRUE(t.store->commit(*plan->change({}, load())).ok());
    const StoreContents after = load();
    const StoreEntry* personal = after.find(StoreKind::Personal, s_pki->leaf.cert.sha1());
    EXPECT_TRUE(personal->hasPrivateKey);
    EXPECT_EQ(personal->owner, QStringLiteral("ops team"));
    EXPECT_TRUE(personal->notes.startsWith(QLatin1String("front-end\n")));
    EXPECT_EQ(after.count(StoreKind::Intermediate), 2);

    // A second import of the same file has nothing to do, and says so.
    auto again = PfxImportPlan::build(readOurs(), after);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->certificateAlreadyRestored());
    auto nothing = again->change({}, after);
    ASSERT_FALSE(nothing.ok());
    EXPECT_EQ(nothing.error().kind, ErrorKind::AlreadyExists);
}

TEST_F(PfxImportPlanTest, NoKeyTwoKeysAndKeyWithoutCertificateEachRefusedStoreUnchanged)
{
    const auto before = snapshotTree(t.path());
    const StoreContents current = load();

    // No key: `openssl pkcs12 -export -nokeys`.
    QTemporaryDir dir;
    const PemFiles f = writePemFiles(dir, s_pki->leaf, {s_pki->root.cert});
    const QString certOnly = dir.filePath(QStringLiteral("c.p12"));
    ASSERT_EQ(runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-nokeys"),
                          QStringLiteral("-in"), f.cert, QStringLiteral("-out"), certOnly,
                          QStringLiteral("-passout"), QStringLiteral("pass:restore me please")})
                  .exitCode,
              0);
    auto noKey = Pkcs12Reader::readFile(certOnly, kPassword);
    ASSERT_TRUE(noKey.ok());
    auto p1 = PfxImportPlan::build(*noKey, current);
    ASSERT_FALSE(p1.ok());
    EXPECT_EQ(p1.error().kind, ErrorKind::KeyMissing);

    // Two different keys, built with OpenSSL's bag API (no tool writes these on purpose).
    const Issued second = makeLeaf(s_pki->intermediates[1], QStringLiteral("second.test.example"));
    STACK_OF(PKCS12_SAFEBAG)* bags = nullptr;
    STACK_OF(PKCS7)* safes = nullptr;
    for (const Issued* i : std::initializer_list<const Issued*>{&s_pki->leaf, &second}) {
        const QByteArray der = i->cert.der();
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        ossl::X509Ptr x(d2i_X509(nullptr, &p, der.size()));
        ossl::EvpPkeyPtr k(i->key.toEvp());
        ASSERT_NE(PKCS12_add_cert(&bags, x.get()), nullptr);
        ASSERT_NE(PKCS12_add_key(&bags, k.get(), 0, 2048, NID_aes_256_cbc, kPassword.constData()), nullptr);
    }
    ASSERT_TRUE(PKCS12_add_safe(&safes, bags, -1, 0, nullptr));
    sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    ossl::Pkcs12Ptr p12(PKCS12_add_safes(safes, 0));
    sk_PKCS7_pop_free(safes, PKCS7_free);
    ASSERT_TRUE(PKCS12_set_mac(p12.get(), kPassword.constData(), -1, nullptr, 0, 2048, EVP_sha256()));
    const QByteArray twoKeyDer = ossl::toDer(p12.get(), i2d_PKCS12);
    auto twoKeys = Pkcs12Reader::read(twoKeyDer, kPassword);
    ASSERT_TRUE(twoKeys.ok()) << twoKeys.error().fullText().toStdString();
    EXPECT_EQ(twoKeys->keys.size(), 2);
    auto p2 = PfxImportPlan::build(*twoKeys, current);
    ASSERT_FALSE(p2.ok());
    EXPECT_EQ(p2.error().kind, ErrorKind::Ambiguous);

    // A key whose certificate is missing.
    Pkcs12Contents keyOnly = readOurs();
    keyOnly.certificates.removeFirst();
    auto p3 = PfxImportPlan::build(keyOnly, current);
    ASSERT_FALSE(p3.ok());
    EXPECT_EQ(p3.error().kind, ErrorKind::KeyMismatch);

    EXPECT_NE(p1.error().message, p2.error().message);
    EXPECT_NE(p2.error().message, p3.error().message);
    EXPECT_EQ(snapshotTree(t.path()), before);
}

} // namespace
