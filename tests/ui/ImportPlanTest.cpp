// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlan.h"
#include "TestPki.h"

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class ImportPlanTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(4, QStringLiteral("www.plan.example"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    static ImportSource source(const QString& name, const QByteArray& bytes) { return {name, FileDecoder::decode(bytes)}; }
    static QList<ImportSource> caDelivery()
    {
        // Deliberately out of order, as a zip lists files alphabetically.
        return {source("server.cer", s_pki->leaf.cert.toPem()),
                source("uca_2.cer", s_pki->intermediates[1].cert.der()),
                source("root.cer", s_pki->root.cert.der()),
                source("uca_1.cer", s_pki->intermediates[0].cert.toPem()),
                source("server.key", s_pki->leaf.key.toPem().view())};
    }
    static StoreEntry entryOf(StoreKind kind, const Certificate& cert, bool hasKey)
    {
        StoreEntry e;
        e.kind = kind;
        e.id = cert.sha1();
        e.certificate = cert;
        e.hasPrivateKey = hasKey;
        return e;
    }
};
Hierarchy* ImportPlanTest::s_pki = nullptr;

TEST_F(ImportPlanTest, ClassifiesEachCertificateAndAttachesTheMatchingKey)
{
    const ImportPlan plan = ImportPlan::build(caDelivery(), {});
    ASSERT_EQ(plan.items().size(), 4);
    EXPECT_TRUE(plan.problems().isEmpty());
    EXPECT_EQ(plan.importCount(), 4);
    EXPECT_TRUE(plan.addsTrustedRoot());

    const auto& items = plan.items();
    EXPECT_EQ(items[0].role, ImportPlan::Role::Root);
    EXPECT_EQ(items[0].destination, StoreKind::TrustedRoot);
    EXPECT_EQ(items[0].certificate, s_pki->root.cert);
    // Chain order: each intermediate after the one that issued it.
    EXPECT_EQ(items[1].role, ImportPlan::Role::Intermediate);
    EXPECT_EQ(items[1].destination, StoreKind::Intermediate);
    EXPECT_EQ(items[1].sourceName, "uca_1.cer");
    EXPECT_EQ(items[2].sourceName, "uca_2.cer");
    EXPECT_EQ(items[3].role, ImportPlan::Role::Server);
    EXPECT_EQ(items[3].destination, StoreKind::Personal);
    EXPECT_FALSE(items[3].key.isNull());
    EXPECT_EQ(items[3].keySourceName, "server.key");
    EXPECT_TRUE(items[0].key.isNull());
}

TEST_F(ImportPlanTest, ChangeAddsEveryItemToItsStore)
{
    const ImportPlan plan = ImportPlan::build(caDelivery(), {});
    const StoreChange change = plan.change();
    ASSERT_EQ(change.adds().size(), 4);
    EXPECT_EQ(change.adds()[0].kind, StoreKind::TrustedRoot);
    EXPECT_EQ(change.adds()[3].kind, StoreKind::Personal);
    EXPECT_FALSE(change.adds()[3].key.isNull());

    TempStore t;
    ASSERT_TRUE(t.store->commit(change).ok());
    auto contents = t.store->load();
    ASSERT_TRUE(contents.ok());
    EXPECT_EQ(contents->count(StoreKind::TrustedRoot), 1);
    EXPECT_EQ(contents->count(StoreKind::Intermediate), 2);
    const StoreEntry* leaf = contents->find(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_NE(leaf, nullptr);
    EXPECT_TRUE(leaf->hasPrivateKey);
}

TEST_F(ImportPlanTest, CertificatesAlreadyInTheStoreAreSkipped)
{
    StoreContents current;
    current.entries << entryOf(StoreKind::TrustedRoot, s_pki->root.cert, false)
                    << entryOf(StoreKind::Personal, s_pki->leaf.cert, true);
    const ImportPlan plan = ImportPlan::build(caDelivery(), current);
    ASSERT_EQ(plan.items().size(), 4);
    EXPECT_EQ(plan.items()[0].action, ImportPlan::Action::Skip);
    EXPECT_EQ(plan.items()[0].note, "Already in Trusted Root Certification Authorities.");
    EXPECT_EQ(plan.items()[3].action, ImportPlan::Action::Skip);
    EXPECT_EQ(plan.importCount(), 2);
    EXPECT_FALSE(plan.addsTrustedRoot());
    // The key is already stored with its certificate.
    ASSERT_EQ(plan.problems().size(), 1);
    EXPECT_EQ(plan.problems()[0].sourceName, "server.key");
    EXPECT_EQ(plan.change().adds().size(), 2);
}

TEST_F(ImportPlanTest, ACertificateTwiceInOneImportIsAddedOnce)
{
    const ImportPlan plan = ImportPlan::build(
        {source("a.pem", s_pki->root.cert.toPem()), source("b.der", s_pki->root.cert.der())}, {});
    ASSERT_EQ(plan.items().size(), 2);
    EXPECT_EQ(plan.items()[0].action, ImportPlan::Action::Add);
    EXPECT_EQ(plan.items()[1].action, ImportPlan::Action::Skip);
    EXPECT_EQ(plan.change().adds().size(), 1);
}

TEST_F(ImportPlanTest, AKeyForAStoredCertificateWithoutOneIsAddedToIt)
{
    // WORKFLOW.md case 5: the certificate is here, its key comes from a backup.
    StoreContents current;
    current.entries << entryOf(StoreKind::Personal, s_pki->leaf.cert, false);
    const ImportPlan plan = ImportPlan::build({source("backup.key", s_pki->leaf.key.toPem().view())}, current);
    ASSERT_EQ(plan.items().size(), 1);
    EXPECT_EQ(plan.items()[0].action, ImportPlan::Action::AddKey);
    EXPECT_TRUE(plan.problems().isEmpty());
    const StoreChange change = plan.change();
    ASSERT_EQ(change.adds().size(), 1);
    EXPECT_FALSE(change.adds()[0].key.isNull());

    TempStore t;
    ASSERT_TRUE(t.store->commit(StoreChange().addCertificate(StoreKind::Personal, s_pki->leaf.cert)).ok());
    ASSERT_TRUE(t.store->commit(change).ok());
    auto contents = t.store->load();
    ASSERT_TRUE(contents.ok());
    EXPECT_TRUE(contents->find(StoreKind::Personal, s_pki->leaf.cert.sha1())->hasPrivateKey);
}

TEST_F(ImportPlanTest, KeysWithoutCertificateAndUnreadableFilesAreReported)
{
    const Issued stranger = makeRoot(QStringLiteral("Stranger"));
    const ImportPlan plan = ImportPlan::build(
        {source("notes.txt", "hello"), source("other.key", stranger.key.toPem().view()),
         source("uca_1.cer", s_pki->intermediates[0].cert.der())},
        {});
    ASSERT_EQ(plan.items().size(), 1);
    EXPECT_EQ(plan.items()[0].role, ImportPlan::Role::Intermediate);
    ASSERT_EQ(plan.problems().size(), 2);
    EXPECT_EQ(plan.problems()[0].sourceName, "notes.txt");
    EXPECT_FALSE(plan.problems()[0].message.isEmpty());
    EXPECT_EQ(plan.problems()[1].sourceName, "other.key");
    EXPECT_TRUE(plan.problems()[1].message.contains("belongs to no certificate"));
}

TEST_F(ImportPlanTest, ASelfIssuedCaSignedByAnotherKeyIsAnIntermediate)
{
    // Same name as the root, different key: self-issued, not self-signed.
    CertificateSpec spec;
    spec.subject = {{"C", "TW"}, {"O", "CertPilot Test"}, {"CN", s_pki->root.cert.subject().commonName()}};
    spec.isCa = true;
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addYears(5);
    const Issued rekeyed = issueWith(s_pki->root, spec);
    ASSERT_TRUE(rekeyed.cert.isSelfIssued());
    const ImportPlan plan = ImportPlan::build({source("rekeyed.cer", rekeyed.cert.der())}, {});
    ASSERT_EQ(plan.items().size(), 1);
    EXPECT_EQ(plan.items()[0].role, ImportPlan::Role::Intermediate);
}

TEST_F(ImportPlanTest, EmptyInputPlansNothing)
{
    const ImportPlan plan = ImportPlan::build({}, {});
    EXPECT_TRUE(plan.items().isEmpty());
    EXPECT_TRUE(plan.change().isEmpty());
    EXPECT_EQ(plan.importCount(), 0);
}

} // namespace
