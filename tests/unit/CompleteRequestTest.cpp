// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestTestSupport.h"
#include "TestPki.h"
#include "request/CompleteRequest.h"
#include "request/CreateRequest.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class CompleteRequestTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    const Issued& ca() const { return s_pki->intermediates[0]; }

    CertificateRequest request(const QString& cn, const KeySpec& key = KeySpec::ec(QStringLiteral("P-256")))
    {
        RequestDraft d;
        d.commonName = cn;
        d.country = QStringLiteral("TW");
        d.key = key;
        auto created = CreateRequest::run(d, *m_store.store);
        EXPECT_TRUE(created.ok()) << created.error().fullText().toStdString();
        return created ? created->request : CertificateRequest();
    }
    StoreContents load()
    {
        auto c = m_store.store->load();
        EXPECT_TRUE(c.ok());
        return c.ok() ? *c : StoreContents();
    }
    QString file(const QString& name, const QByteArray& bytes) { return writeTestFile(m_dir.path(), name, bytes); }

    TempStore m_store;
    QTemporaryDir m_dir;
};
Hierarchy* CompleteRequestTest::s_pki = nullptr;

TEST_F(CompleteRequestTest, SignedResponseMovesCertificateAndKeyIntoPersonal)
{
    const CertificateRequest csr = request(QStringLiteral("www.example.com"), KeySpec::rsa(2048));
    request(QStringLiteral("other.example.com"));  // a second pending request, not the one answered
    const Certificate signed_ = caSigns(csr, ca(), m_dir.path(), ResponseFormat::Der);
    const QString response = file(QStringLiteral("server.cer"), signed_.der());

    const CompletionPlan plan = CompleteRequest::run(*m_store.store, {response}, QStringLiteral("Web 2026"));
    ASSERT_TRUE(plan.isReady()) << plan.error.message.toStdString();
    EXPECT_EQ(plan.request.id, csr.keyId());
    EXPECT_EQ(plan.searched.size(), 2);

    const StoreContents after = load();
    EXPECT_EQ(after.count(StoreKind::Requests), 1) << "only the answered request is gone";
    EXPECT_EQ(after.find(StoreKind::Requests, csr.keyId()), nullptr);
    const StoreEntry* done = after.find(StoreKind::Personal, signed_.sha1());
    ASSERT_NE(done, nullptr);
    EXPECT_TRUE(done->hasPrivateKey);
    EXPECT_EQ(done->friendlyName, QStringLiteral("Web 2026"));
    auto key = m_store.store->privateKey(StoreKind::Personal, signed_.sha1());
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(signed_.publicKeyDer(), key->publicKeyDer()) << "the certificate's key is the pending key";
    EXPECT_EQ(signed_.publicKeyDer(), csr.publicKeyDer());
    EXPECT_TRUE(key->matches(signed_));
    EXPECT_EQ(after.count(StoreKind::Intermediate), 0) << "none in the response, none added";
}

TEST_F(CompleteRequestTest, ChainInTheResponseInstallsIntermediatesButNeverTheRoot)
{
    const CertificateRequest csr = request(QStringLiteral("chain.example.com"));
    const Certificate signed_ = caSigns(csr, ca(), m_dir.path());
    // A CA's cert.zip contents, in a PKCS#7 bundle, root first as some CAs do.
    const QString p7b = writeP7b(m_dir.path(), QStringLiteral("bundle.p7b"), {s_pki->root.cert, ca().cert, signed_});

    const CompletionPlan plan = CompleteRequest::run(*m_store.store, {p7b}, {});
    ASSERT_TRUE(plan.isReady()) << plan.error.message.toStdString();
    EXPECT_EQ(plan.certificate, signed_) << "the leaf is the certificate whose key is pending";
    ASSERT_EQ(plan.intermediatesToInstall.size(), 1);
    EXPECT_EQ(plan.intermediatesToInstall.first(), ca().cert);
    ASSERT_EQ(plan.rootsNotInstalled.size(), 1);
    EXPECT_EQ(plan.rootsNotInstalled.first(), s_pki->root.cert);
    const QStringList lines = CompleteRequest::describe(plan, true);
    EXPECT_TRUE(lines.join(QLatin1Char('\n')).contains(QLatin1String("Root not installed: Test Root CA 3")));

    const StoreContents after = load();
    EXPECT_NE(after.find(StoreKind::Intermediate, ca().cert.sha1()), nullptr);
    EXPECT_EQ(after.count(StoreKind::TrustedRoot), 0) << "a root is a trust decision, never silent";
    EXPECT_NE(after.find(StoreKind::Personal, signed_.sha1()), nullptr);
}

TEST_F(CompleteRequestTest, SeparateFilesAndIntermediatesAlreadyPresent)
{
    StoreChange trust;
    trust.addCertificate(StoreKind::TrustedRoot, s_pki->root.cert).addCertificate(StoreKind::Intermediate, ca().cert);
    ASSERT_TRUE(m_store.store->commit(trust).ok());
    const CertificateRequest csr = request(QStringLiteral("files.example.com"));
    const Certificate signed_ = caSigns(csr, ca(), m_dir.path());
    const QStringList files = {file(QStringLiteral("root.cer"), s_pki->root.cert.der()),
                               file(QStringLiteral("uca.cer"), ca().cert.toPem()),
                               file(QStringLiteral("server.cer"), signed_.toPem())};
    const CompletionPlan plan = CompleteRequest::run(*m_store.store, files, {});
    ASSERT_TRUE(plan.isReady()) << plan.error.message.toStdString();
    EXPECT_TRUE(plan.intermediatesToInstall.isEmpty());
    EXPECT_EQ(plan.intermediatesPresent.size(), 1);
    EXPECT_EQ(plan.rootsTrusted.size(), 1);
    EXPECT_TRUE(plan.rootsNotInstalled.isEmpty());
    EXPECT_NE(load().find(StoreKind::Personal, signed_.sha1()), nullptr);
}

TEST_F(CompleteRequestTest, SomeoneElsesCertificateIsCaseFiveAndChangesNothing)
{
    const CertificateRequest csr = request(QStringLiteral("www.example.com"));
    const auto before = storeSnapshot(m_store.path());
    // Issued for a key made elsewhere: "completed on another machine".
    const Issued elsewhere = makeLeaf(ca(), QStringLiteral("www.example.com"));
    const QString response = file(QStringLiteral("server.cer"), elsewhere.cert.toPem());

    const CompletionPlan plan = CompleteRequest::run(*m_store.store, {response}, QStringLiteral("x"));
    EXPECT_EQ(plan.status, CompletionStatus::NoMatchingKey);
    EXPECT_EQ(plan.error.kind, ErrorKind::KeyMissing);
    const QString m = plan.error.message;
    EXPECT_TRUE(m.contains(QLatin1String("No private key in this store belongs to the certificate for "
                                         "www.example.com")))
        << m.toStdString();
    EXPECT_TRUE(m.contains(QLatin1String("request was made on another server"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QLatin1String("pending key was lost")));
    EXPECT_TRUE(m.contains(QLatin1String("Searched 1 pending request(s)")));
    EXPECT_TRUE(m.contains(csr.keyId().left(8))) << "lists the request it searched";
    EXPECT_TRUE(m.contains(QLatin1String("PFX backup")));
    EXPECT_TRUE(m.contains(QLatin1String("new request")));
    EXPECT_TRUE(m.contains(QLatin1String("Nothing was changed.")));
    ASSERT_EQ(plan.searched.size(), 1);
    EXPECT_EQ(plan.searched.first().id, csr.keyId());
    EXPECT_EQ(plan.searched.first().subject, QStringLiteral("www.example.com"));
    EXPECT_TRUE(plan.searched.first().added.isValid());
    EXPECT_EQ(storeSnapshot(m_store.path()), before);
}

TEST_F(CompleteRequestTest, NoPendingRequestsAtAllSaysSo)
{
    const Issued elsewhere = makeLeaf(ca(), QStringLiteral("lost.example.com"));
    const CompletionPlan plan =
        CompleteRequest::run(*m_store.store, {file(QStringLiteral("s.cer"), elsewhere.cert.toPem())}, {});
    EXPECT_EQ(plan.status, CompletionStatus::NoMatchingKey);
    EXPECT_TRUE(plan.error.message.contains(QLatin1String("There are no pending requests in the store")));
}

TEST_F(CompleteRequestTest, GarbageAndWrongFilesGiveTheirOwnMessage)
{
    const CertificateRequest csr = request(QStringLiteral("www.example.com"));
    const auto before = storeSnapshot(m_store.path());

    const CompletionPlan garbage =
        CompleteRequest::run(*m_store.store, {file(QStringLiteral("server.cer"), QByteArray(300, '\x5a'))}, {});
    EXPECT_EQ(garbage.status, CompletionStatus::Failed);
    EXPECT_EQ(garbage.error.kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(garbage.error.message.startsWith(QLatin1String("server.cer: "))) << garbage.error.message.toStdString();
    EXPECT_TRUE(garbage.error.message.contains(QLatin1String("Nothing was changed.")));

    const CompletionPlan missing = CompleteRequest::run(*m_store.store, {m_dir.filePath("nope.cer")}, {});
    EXPECT_EQ(missing.status, CompletionStatus::Failed);

    const CompletionPlan ownCsr =
        CompleteRequest::run(*m_store.store, {file(QStringLiteral("request.csr"), csr.toPem())}, {});
    EXPECT_EQ(ownCsr.status, CompletionStatus::Failed);
    EXPECT_TRUE(ownCsr.error.message.contains(QLatin1String("certificate request (CSR)")));

    const CompletionPlan onlyCa =
        CompleteRequest::run(*m_store.store, {file(QStringLiteral("root.cer"), s_pki->root.cert.toPem())}, {});
    EXPECT_EQ(onlyCa.status, CompletionStatus::Failed);
    EXPECT_TRUE(onlyCa.error.message.contains(QLatin1String("only CA certificates")));

    const CompletionPlan badName = CompleteRequest::run(
        *m_store.store, {file(QStringLiteral("x.cer"), caSigns(csr, ca(), m_dir.path()).toPem())},
        QStringLiteral("bad\u202ename"));
    EXPECT_EQ(badName.status, CompletionStatus::Failed);
    EXPECT_TRUE(badName.error.message.contains(QLatin1String("friendly name")));

    EXPECT_EQ(storeSnapshot(m_store.path()), before);
}

TEST_F(CompleteRequestTest, ResponseForACompletedRequestChangesNothing)
{
    const CertificateRequest csr = request(QStringLiteral("twice.example.com"));
    const QString response = file(QStringLiteral("server.cer"), caSigns(csr, ca(), m_dir.path()).toPem());
    ASSERT_TRUE(CompleteRequest::run(*m_store.store, {response}, QStringLiteral("First")).isReady());
    const auto before = storeSnapshot(m_store.path());

    const CompletionPlan again = CompleteRequest::run(*m_store.store, {response}, QStringLiteral("Second"));
    EXPECT_EQ(again.status, CompletionStatus::AlreadyCompleted);
    EXPECT_TRUE(again.error.message.contains(QLatin1String("completed already")));
    EXPECT_TRUE(again.error.message.contains(QLatin1String("\"First\"")));
    EXPECT_EQ(storeSnapshot(m_store.path()), before);
}

TEST_F(CompleteRequestTest, ReissueForACompletedKeyUsesTheKeyInPersonal)
{
    const CertificateRequest csr = request(QStringLiteral("reissue.example.com"));
    const Certificate first = caSigns(csr, ca(), m_dir.path());
    ASSERT_TRUE(CompleteRequest::run(*m_store.store, {file(QStringLiteral("1.cer"), first.toPem())}, {}).isReady());
    // The CA re-issues from the same request (a new serial, same key).
    const Certificate second = caSigns(csr, ca(), m_dir.path());
    ASSERT_NE(first.sha1(), second.sha1());
    const CompletionPlan plan =
        CompleteRequest::run(*m_store.store, {file(QStringLiteral("2.cer"), second.toPem())}, {});
    ASSERT_TRUE(plan.isReady()) << plan.error.message.toStdString();
    EXPECT_EQ(plan.keyFromPersonal, first.sha1());
    const StoreContents after = load();
    EXPECT_TRUE(after.find(StoreKind::Personal, second.sha1())->hasPrivateKey);
    EXPECT_TRUE(after.find(StoreKind::Personal, first.sha1())->hasPrivateKey) << "the earlier one stays";
}

TEST_F(CompleteRequestTest, RequestCompletedMeanwhileFailsTheCommitCleanly)
{
    const CertificateRequest csr = request(QStringLiteral("race.example.com"));
    const QString response = file(QStringLiteral("server.cer"), caSigns(csr, ca(), m_dir.path()).toPem());
    const CompletionPlan first = CompleteRequest::prepare(*m_store.store, {response}, {});
    const CompletionPlan second = CompleteRequest::prepare(*m_store.store, {response}, {});
    ASSERT_TRUE(first.isReady());
    ASSERT_TRUE(CompleteRequest::commit(*m_store.store, first).ok());
    const auto before = storeSnapshot(m_store.path());
    const auto late = CompleteRequest::commit(*m_store.store, second);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().message.startsWith(QLatin1String("The request was not completed: ")));
    EXPECT_EQ(storeSnapshot(m_store.path()), before);
}

} // namespace
