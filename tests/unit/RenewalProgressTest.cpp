// SPDX-License-Identifier: GPL-3.0-or-later
// A renewal's steps as the store moves on: request, CA answer, chain, sites, retirement.

#include "RequestTestSupport.h"
#include "TestPki.h"
#include "request/CompleteRequest.h"
#include "request/CreateRequest.h"
#include "request/RequestDraft.h"
#include "renewal/RenewalBook.h"
#include "renewal/RenewalProgress.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

using State = RenewalStepState;

class RenewalProgressTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3, QStringLiteral("www.renew.test"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    void SetUp() override
    {
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, s_pki->root.cert)
            .addCertificate(StoreKind::Intermediate, s_pki->intermediates.first().cert)
            .addCertificateWithKey(StoreKind::Personal, s_pki->leaf.cert, s_pki->leaf.key);
        ASSERT_TRUE(m_store.store->commit(change).ok());
        m_record = RenewalRecord::start(s_pki->leaf.cert.sha1(), QStringLiteral("www.renew.test"),
                                        s_pki->leaf.cert.notAfter());
        BindingRecord site;
        site.certificate = s_pki->leaf.cert.sha1();
        site.siteId = QStringLiteral("sites-enabled/www#1");
        site.siteName = QStringLiteral("www.renew.test");
        m_record.sites << RenewalSite{site, RenewalSiteState::Pending, {}, {}};
    }
    StoreContents contents()
    {
        auto loaded = m_store.store->load();
        EXPECT_TRUE(loaded.ok());
        return loaded ? *loaded : StoreContents();
    }
    QList<RenewalStepStatus> steps(const StoreContents& c, bool withChain = true)
    {
        RenewalProgress::refresh(m_record, c);
        std::optional<ChainResult> chain;
        if (const StoreEntry* e = c.find(StoreKind::Personal, m_record.newCertificate); e && withChain)
            chain = ChainVerifier::forStore(c)->verify(e->certificate);
        return RenewalProgress::steps(m_record, c, chain ? &*chain : nullptr);
    }
    static State at(const QList<RenewalStepStatus>& s, RenewalStep step)
    {
        return s.at(int(step)).state;
    }
    static QString detail(const QList<RenewalStepStatus>& s, RenewalStep step)
    {
        return s.at(int(step)).detail;
    }
    // Request made from the old certificate and signed by the CA; the response file.
    QString requestAndSign()
    {
        auto created = CreateRequest::run(RequestDraft::fromCertificate(s_pki->leaf.cert), *m_store.store);
        EXPECT_TRUE(created.ok());
        m_record.requestKeyId = created->request.keyId();
        m_record.requestedAt = QDateTime::currentDateTimeUtc();
        const Certificate signed_ = caSigns(created->request, s_pki->intermediates.first(), m_dir.path());
        return writeTestFile(m_dir.path(), QStringLiteral("server.cer"), signed_.toPem());
    }

    TempStore m_store;
    QTemporaryDir m_dir;
    RenewalRecord m_record;
};
Hierarchy* RenewalProgressTest::s_pki = nullptr;

TEST_F(RenewalProgressTest, EachStepOpensWhenTheStoreReachesIt)
{
    auto s = steps(contents());
    ASSERT_EQ(s.size(), 10);
    EXPECT_EQ(at(s, RenewalStep::Request), State::Next);
    EXPECT_EQ(at(s, RenewalStep::Submit), State::Waiting);
    EXPECT_EQ(at(s, RenewalStep::Rebind), State::Waiting);
    EXPECT_EQ(at(s, RenewalStep::Retire), State::Waiting);
    EXPECT_EQ(RenewalProgress::current(s), RenewalStep::Request);

    const QString response = requestAndSign();
    s = steps(contents());
    EXPECT_EQ(at(s, RenewalStep::Request), State::Done);
    EXPECT_EQ(at(s, RenewalStep::Submit), State::Next);
    EXPECT_EQ(at(s, RenewalStep::Complete), State::Waiting);
    EXPECT_EQ(RenewalProgress::current(s), RenewalStep::Submit);

    m_record.submittedAt = QDateTime::currentDateTimeUtc().addDays(-3);
    s = steps(contents());
    EXPECT_EQ(at(s, RenewalStep::Wait), State::Next);
    EXPECT_TRUE(detail(s, RenewalStep::Wait).contains(QLatin1String("(3 days ago)"))) << detail(s, RenewalStep::Wait).toStdString();
    EXPECT_EQ(at(s, RenewalStep::InstallCa), State::Next);
    EXPECT_EQ(at(s, RenewalStep::Complete), State::Next);
    EXPECT_EQ(at(s, RenewalStep::Verify), State::Waiting);

    const CompletionPlan done = CompleteRequest::run(*m_store.store, {response}, QString());
    ASSERT_EQ(done.status, CompletionStatus::Ready) << done.error.message.toStdString();
    const StoreContents completed = contents();
    s = steps(completed, false);
    ASSERT_FALSE(m_record.newCertificate.isEmpty()) << "found by the request's public key";
    EXPECT_NE(m_record.newCertificate, m_record.oldCertificate);
    EXPECT_EQ(at(s, RenewalStep::Request), State::Done) << "the request is gone, the certificate is there";
    EXPECT_EQ(at(s, RenewalStep::Complete), State::Done);
    EXPECT_EQ(at(s, RenewalStep::Verify), State::Waiting) << "chain still being computed";
    s = steps(completed);
    EXPECT_EQ(at(s, RenewalStep::InstallCa), State::Done);
    EXPECT_EQ(at(s, RenewalStep::Verify), State::Done);
    EXPECT_EQ(at(s, RenewalStep::Rebind), State::Next);
    EXPECT_EQ(at(s, RenewalStep::Backup), State::Next);
    EXPECT_EQ(at(s, RenewalStep::Retire), State::Waiting);
    EXPECT_FALSE(RenewalProgress::canRetire(m_record, completed));
    EXPECT_FALSE(RenewalProgress::canRollBack(m_record, completed));

    m_record.sites[0].state = RenewalSiteState::Rebound;
    s = steps(completed);
    EXPECT_EQ(at(s, RenewalStep::Rebind), State::Done);
    EXPECT_EQ(at(s, RenewalStep::Probe), State::Next);
    EXPECT_TRUE(RenewalProgress::canRollBack(m_record, completed));
    m_record.sites[0].message = QStringLiteral("www.renew.test:443 serves another certificate");
    s = steps(completed);
    EXPECT_EQ(at(s, RenewalStep::Probe), State::Problem);
    EXPECT_TRUE(detail(s, RenewalStep::Probe).contains(QLatin1String("serves another certificate")));
    EXPECT_EQ(at(s, RenewalStep::Retire), State::Waiting) << "the old one stays until the site serves the new one";

    m_record.sites[0].state = RenewalSiteState::Serving;
    m_record.backupSkipped = true;
    s = steps(completed);
    EXPECT_EQ(at(s, RenewalStep::Probe), State::Done);
    EXPECT_EQ(at(s, RenewalStep::Backup), State::Skipped);
    EXPECT_EQ(at(s, RenewalStep::Retire), State::Next);
    EXPECT_EQ(RenewalProgress::current(s), RenewalStep::Retire);
    EXPECT_TRUE(m_record.isActive());

    ASSERT_TRUE(m_store.store->commit(StoreChange().remove(StoreKind::Personal, m_record.oldCertificate)).ok());
    s = steps(contents());
    EXPECT_EQ(at(s, RenewalStep::Retire), State::Done);
    EXPECT_EQ(m_record.phase, RenewalPhase::Finished);
    EXPECT_TRUE(m_record.retiredAt.isValid());
}

TEST_F(RenewalProgressTest, AMissingIntermediateIsNamedAndBlocksTheSites)
{
    ASSERT_TRUE(m_store.store->commit(StoreChange().remove(StoreKind::Intermediate,
                                                           s_pki->intermediates.first().cert.sha1())).ok());
    const QString response = requestAndSign();
    ASSERT_EQ(CompleteRequest::run(*m_store.store, {response}, QString()).status, CompletionStatus::Ready);
    const auto s = steps(contents());
    EXPECT_EQ(at(s, RenewalStep::Complete), State::Done);
    EXPECT_EQ(at(s, RenewalStep::InstallCa), State::Problem);
    EXPECT_TRUE(detail(s, RenewalStep::InstallCa).contains(s_pki->intermediates.first().cert.subject().commonName()))
        << detail(s, RenewalStep::InstallCa).toStdString();
    EXPECT_EQ(at(s, RenewalStep::Verify), State::Problem);
    EXPECT_EQ(at(s, RenewalStep::Rebind), State::Waiting) << "no site gets a chain clients cannot build";
}

TEST_F(RenewalProgressTest, FailuresAndGapsSayWhatToDo)
{
    // No site recorded: nothing to re-bind, the old certificate may go once verified.
    m_record.sites.clear();
    const QString response = requestAndSign();
    ASSERT_EQ(CompleteRequest::run(*m_store.store, {response}, QString()).status, CompletionStatus::Ready);
    auto s = steps(contents());
    EXPECT_EQ(at(s, RenewalStep::Rebind), State::Skipped);
    EXPECT_EQ(at(s, RenewalStep::Probe), State::Skipped);
    EXPECT_TRUE(detail(s, RenewalStep::Rebind).contains(QLatin1String("Bind to Site")));
    EXPECT_EQ(at(s, RenewalStep::Retire), State::Next);

    // A failed re-bind is shown with the binder's words.
    RenewalSite failed;
    failed.binding.siteId = QStringLiteral("sites-enabled/shop#1");
    failed.binding.siteName = QStringLiteral("shop.renew.test");
    failed.binding.certificate = m_record.oldCertificate;
    failed.state = RenewalSiteState::Failed;
    failed.message = QStringLiteral("nginx -t failed");
    m_record.sites << failed;
    s = steps(contents());
    EXPECT_EQ(at(s, RenewalStep::Rebind), State::Problem);
    EXPECT_TRUE(detail(s, RenewalStep::Rebind).contains(QLatin1String("shop.renew.test: nginx -t failed")));
    EXPECT_EQ(at(s, RenewalStep::Retire), State::Waiting);

    // A request deleted before the CA answered.
    RenewalRecord lost = RenewalRecord::start(m_record.oldCertificate, {}, {});
    lost.requestKeyId = QStringLiteral("00FF");
    s = RenewalProgress::steps(lost, contents(), nullptr);
    EXPECT_EQ(at(s, RenewalStep::Request), State::Problem);
}

TEST_F(RenewalProgressTest, TheBookKeepsRenewalsWithTheStore)
{
    auto empty = RenewalBook::read(*m_store.store);
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->all().isEmpty());

    m_record.requestKeyId = QStringLiteral("ABCD");
    m_record.submittedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15, 250), Qt::UTC);
    m_record.sites[0].state = RenewalSiteState::Rebound;
    m_record.sites[0].message = QStringLiteral("ok");
    ASSERT_TRUE(RenewalBook::saveIn(*m_store.store, m_record).ok());
    RenewalRecord other = RenewalRecord::start(QStringLiteral("1234"), QStringLiteral("other"), {});
    other.phase = RenewalPhase::Abandoned;
    ASSERT_TRUE(RenewalBook::saveIn(*m_store.store, other).ok());
    m_record.newCertificate = QStringLiteral("BEEF");
    ASSERT_TRUE(RenewalBook::saveIn(*m_store.store, m_record).ok());   // replaces, by id
    EXPECT_TRUE(QFileInfo::exists(m_store.path() + QStringLiteral("/meta/renewals.json")));

    auto book = RenewalBook::read(*m_store.store);
    ASSERT_TRUE(book.ok());
    ASSERT_EQ(book->all().size(), 2);
    ASSERT_EQ(book->active().size(), 1);
    EXPECT_EQ(book->active().first().toJson(), m_record.toJson());
    EXPECT_EQ(book->active().first().submittedAt, m_record.submittedAt);
    EXPECT_TRUE(book->activeFor(QStringLiteral("beef")).has_value());
    EXPECT_TRUE(book->activeFor(m_record.oldCertificate).has_value());
    EXPECT_FALSE(book->activeFor(QStringLiteral("1234")).has_value()) << "abandoned";

    EXPECT_EQ(RenewalBook::fromJson("{broken").error().kind, ErrorKind::Corrupt);
    EXPECT_EQ(RenewalBook::fromJson(R"({"format":"certpilot-renewals","version":2})").error().kind,
              ErrorKind::Unsupported);
    writeFile(m_store.path() + QStringLiteral("/meta/renewals.json"), "{broken");
    EXPECT_FALSE(RenewalBook::saveIn(*m_store.store, m_record).ok()) << "a damaged book is never overwritten";
    EXPECT_EQ(QFile(m_store.path() + QStringLiteral("/meta/renewals.json")).size(), 7);
}

} // namespace
