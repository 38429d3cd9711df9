// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPki.h"
#include "binding/ProbeAnalysis.h"

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class ProbeAnalysisTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(4, QStringLiteral("www.test.example"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    const Certificate& root() const { return s_pki->root.cert; }
    const Certificate& upper() const { return s_pki->intermediates[0].cert; }   // issued by the root
    const Certificate& lower() const { return s_pki->intermediates[1].cert; }   // issues the leaf
    const Certificate& leaf() const { return s_pki->leaf.cert; }

    static StoreContents store(const QList<Certificate>& roots, const QList<Certificate>& intermediates)
    {
        StoreContents c;
        auto add = [&c](StoreKind kind, const Certificate& cert) {
            StoreEntry e;
            e.kind = kind;
            e.id = cert.sha1();
            e.certificate = cert;
            c.entries.append(e);
        };
        for (const Certificate& r : roots)
            add(StoreKind::TrustedRoot, r);
        for (const Certificate& i : intermediates)
            add(StoreKind::Intermediate, i);
        return c;
    }
    StoreContents fullStore() const { return store({root()}, {upper(), lower()}); }
    ProbeResult served(const QList<Certificate>& chain, const QString& sni = QStringLiteral("www.test.example"),
                       const QString& protocol = QStringLiteral("TLSv1.3")) const
    {
        ProbeResult r;
        r.target.host = QStringLiteral("127.0.0.1");
        r.target.port = 8443;
        r.target.sni = sni;
        r.servedChain = chain;
        r.protocol = protocol;
        r.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        return r;
    }
    static const ProbeFinding* finding(const ProbeAnalysis& a, const char* id)
    {
        for (const ProbeFinding& f : a.findings) {
            if (f.id == QLatin1String(id))
                return &f;
        }
        return nullptr;
    }
    ProbeAnalysis::Options bound(const Certificate& c) const
    {
        ProbeAnalysis::Options o;
        o.bound = c;
        return o;
    }
};
Hierarchy* ProbeAnalysisTest::s_pki = nullptr;

TEST_F(ProbeAnalysisTest, CompleteTrustedChainPassesEveryCheck)
{
    const ProbeAnalysis a = ProbeAnalysis::analyse(served({leaf(), lower(), upper()}), fullStore(), bound(leaf()));
    EXPECT_TRUE(a.allPassed());
    EXPECT_EQ(a.leafIsBound, std::optional<bool>(true));
    EXPECT_FALSE(a.leafOnly);
    EXPECT_TRUE(a.missingIntermediates.isEmpty());
    EXPECT_TRUE(a.chainTrusted);
    EXPECT_TRUE(a.hostCovered);
    EXPECT_EQ(a.hostname, QStringLiteral("www.test.example"));
    EXPECT_EQ(a.count(FindingLevel::Fail), 0);
    EXPECT_EQ(a.count(FindingLevel::Warn), 0);
    ASSERT_NE(finding(a, "chain-complete"), nullptr);
    EXPECT_NE(finding(a, "chain-complete")->message.indexOf(QLatin1String("2 intermediate")), -1);
    ASSERT_NE(finding(a, "protocol"), nullptr);
    EXPECT_EQ(finding(a, "protocol")->level, FindingLevel::Info);
    EXPECT_EQ(a.chain.nodes.first().certificate, root());
}

TEST_F(ProbeAnalysisTest, OnlyTheLeafIsReportedWithTheMissingIntermediates)
{
    const ProbeAnalysis a = ProbeAnalysis::analyse(served({leaf()}), fullStore());
    EXPECT_TRUE(a.leafOnly);
    EXPECT_EQ(a.missingIntermediates, (QList<Certificate>{lower(), upper()}));
    EXPECT_FALSE(a.chainComplete());
    EXPECT_FALSE(a.chainTrusted);   // a client only has the roots
    EXPECT_FALSE(a.allPassed());
    ASSERT_NE(finding(a, "leaf-only"), nullptr);
    EXPECT_EQ(finding(a, "leaf-only")->level, FindingLevel::Fail);
    EXPECT_NE(finding(a, "leaf-only")->message.indexOf(lower().subject().displayName()), -1);
    EXPECT_FALSE(a.leafIsBound.has_value());
}

TEST_F(ProbeAnalysisTest, OneMissingIntermediateIsNamed)
{
    const ProbeAnalysis a = ProbeAnalysis::analyse(served({leaf(), lower()}), fullStore());
    EXPECT_FALSE(a.leafOnly);
    EXPECT_EQ(a.missingIntermediates, QList<Certificate>{upper()});
    ASSERT_NE(finding(a, "intermediates-missing"), nullptr);
    EXPECT_NE(finding(a, "intermediates-missing")->message.indexOf(upper().subject().displayName()), -1);
}

TEST_F(ProbeAnalysisTest, LeafOnlyWithAnUnknownIssuerAsksForTheIntermediates)
{
    const ProbeAnalysis a = ProbeAnalysis::analyse(served({leaf()}), store({root()}, {}));
    EXPECT_TRUE(a.leafOnly);
    EXPECT_TRUE(a.issuerUnknown);
    EXPECT_TRUE(a.missingIntermediates.isEmpty());
    ASSERT_NE(finding(a, "leaf-only"), nullptr);
    EXPECT_NE(finding(a, "leaf-only")->message.indexOf(QLatin1String("does not have its issuer")), -1);
}

TEST_F(ProbeAnalysisTest, ALeafIssuedByTheRootItselfNeedsNoIntermediate)
{
    const Issued direct = makeLeaf(s_pki->root, QStringLiteral("direct.test.example"));
    const ProbeAnalysis a = ProbeAnalysis::analyse(served({direct.cert}, QStringLiteral("direct.test.example")),
                                                   fullStore());
    EXPECT_FALSE(a.leafOnly);
    EXPECT_TRUE(a.chainComplete());
    EXPECT_TRUE(a.allPassed());
}

TEST_F(ProbeAnalysisTest, ADifferentServedCertificateIsCase9)
{
    const Issued renewed = makeLeaf(s_pki->intermediates[1], QStringLiteral("www.test.example"), {},
                                    QDateTime::currentDateTimeUtc().addDays(-1),
                                    QDateTime::currentDateTimeUtc().addDays(700));
    const ProbeAnalysis a = ProbeAnalysis::analyse(served({leaf(), lower(), upper()}), fullStore(), bound(renewed.cert));
    EXPECT_EQ(a.leafIsBound, std::optional<bool>(false));
    EXPECT_FALSE(a.allPassed());
    ASSERT_NE(finding(a, "leaf-bound"), nullptr);
    EXPECT_EQ(finding(a, "leaf-bound")->level, FindingLevel::Fail);
    EXPECT_NE(finding(a, "leaf-bound")->message.indexOf(leaf().sha1()), -1);
    EXPECT_NE(finding(a, "leaf-bound")->message.indexOf(QLatin1String("older")), -1);
    EXPECT_TRUE(a.chainTrusted);   // the old chain itself is fine
}

TEST_F(ProbeAnalysisTest, HostNameNotCoveredAndRootNotInStore)
{
    const ProbeAnalysis wrongName = ProbeAnalysis::analyse(served({leaf(), lower(), upper()}, QStringLiteral("shop.test.example")),
                                                           fullStore());
    EXPECT_FALSE(wrongName.hostCovered);
    EXPECT_FALSE(wrongName.allPassed());
    EXPECT_NE(finding(wrongName, "host")->message.indexOf(QLatin1String("www.test.example")), -1);

    const ProbeAnalysis noRoot = ProbeAnalysis::analyse(served({leaf(), lower(), upper()}), store({}, {}));
    EXPECT_TRUE(noRoot.chainComplete());   // everything needed was sent
    EXPECT_FALSE(noRoot.chainTrusted);
    EXPECT_EQ(finding(noRoot, "chain-trusted")->level, FindingLevel::Fail);
}

TEST_F(ProbeAnalysisTest, ExtraRootOrderAndOldProtocolsAreReported)
{
    const ProbeAnalysis withRoot = ProbeAnalysis::analyse(served({leaf(), lower(), upper(), root()}), fullStore());
    EXPECT_TRUE(withRoot.allPassed());
    ASSERT_NE(finding(withRoot, "root-sent"), nullptr);
    EXPECT_EQ(finding(withRoot, "root-sent")->level, FindingLevel::Info);

    const ProbeAnalysis shuffled = ProbeAnalysis::analyse(served({leaf(), upper(), lower()}), fullStore());
    ASSERT_NE(finding(shuffled, "chain-order"), nullptr);
    EXPECT_EQ(finding(shuffled, "chain-order")->level, FindingLevel::Warn);

    const Issued stranger = makeRoot(QStringLiteral("Unrelated CA"));
    const ProbeAnalysis extra = ProbeAnalysis::analyse(
        served({leaf(), lower(), upper(), makeIntermediate(stranger, QStringLiteral("Stray CA")).cert}), fullStore());
    ASSERT_NE(finding(extra, "unrelated-sent"), nullptr);

    const ProbeAnalysis old = ProbeAnalysis::analyse(served({leaf(), lower(), upper()}, QStringLiteral("www.test.example"),
                                                            QStringLiteral("TLSv1")),
                                                     fullStore());
    EXPECT_EQ(finding(old, "protocol")->level, FindingLevel::Warn);
}

TEST_F(ProbeAnalysisTest, ExpiredAndNotYetValidCertificatesFail)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Issued expired = makeLeaf(s_pki->intermediates[1], QStringLiteral("www.test.example"), {}, now.addDays(-400),
                                    now.addDays(-2));
    const ProbeAnalysis a = ProbeAnalysis::analyse(served({expired.cert, lower(), upper()}), fullStore());
    EXPECT_EQ(a.expired, QList<Certificate>{expired.cert});
    EXPECT_FALSE(a.allPassed());
    EXPECT_NE(finding(a, "expired"), nullptr);

    const Issued future = makeLeaf(s_pki->intermediates[1], QStringLiteral("www.test.example"), {}, now.addDays(3),
                                   now.addDays(300));
    const ProbeAnalysis b = ProbeAnalysis::analyse(served({future.cert, lower(), upper()}), fullStore());
    EXPECT_EQ(b.notYetValid, QList<Certificate>{future.cert});
    EXPECT_NE(finding(b, "not-yet-valid")->message.indexOf(QLatin1String("clock")), -1);

    const Issued soon = makeLeaf(s_pki->intermediates[1], QStringLiteral("www.test.example"), {}, now.addDays(-80),
                                 now.addDays(10));
    const ProbeAnalysis c = ProbeAnalysis::analyse(served({soon.cert, lower(), upper()}), fullStore());
    EXPECT_TRUE(c.allPassed());
    EXPECT_EQ(finding(c, "expires-soon")->level, FindingLevel::Warn);
}

TEST_F(ProbeAnalysisTest, NothingServedIsAFailure)
{
    const ProbeAnalysis a = ProbeAnalysis::analyse(served({}), fullStore());
    EXPECT_FALSE(a.allPassed());
    EXPECT_NE(finding(a, "no-certificate"), nullptr);
}

} // namespace
