// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainChecker.h"
#include "Native.h"
#include "StoreCleanup.h"
#include "SystemStore.h"
#include "TestCa.h"
#include "WineInfo.h"

#include <gtest/gtest.h>

using namespace certpilot::win;
using namespace certpilot::win::test;

namespace {

class ChainCheckerTest : public ::testing::Test {
protected:
    // Keys are slow to make under Wine: one set for the whole suite.
    static void SetUpTestSuite()
    {
        s_root = TestCa::createRoot(L"CertPilot Chain Test Root").release();
        s_intermediate = s_root->createIntermediate(L"CertPilot Chain Test Intermediate").release();
        s_key = new KeyContainer(makeKey());
    }
    static void TearDownTestSuite()
    {
        (void)KeyContainer::destroy(s_key->location());
        delete s_key;
        delete s_intermediate;
        delete s_root;
    }

    std::vector<std::uint8_t> leaf(const TestCa &issuer, int notBefore = -1, int notAfter = 90)
    {
        TestCa::Issue issue;
        issue.subjectName = encodeName(L"CN=chain.certpilot.test");
        issue.publicKeyInfo = s_key->publicKeyInfo().value();
        issue.dnsNames = {L"chain.certpilot.test"};
        issue.notBeforeDays = notBefore;
        issue.notAfterDays = notAfter;
        return issuer.issue(issue);
    }

    void trustRoot()
    {
        auto added = SystemStore::open(StoreName::Root)->add(s_root->certificate());
        ASSERT_TRUE(added.ok()) << added.describe();
        m_cleanup.certificate(StoreName::Root, added->thumbprint);
    }

    static TestCa *s_root;
    static TestCa *s_intermediate;
    static KeyContainer *s_key;
    StoreCleanup m_cleanup;
};

TestCa *ChainCheckerTest::s_root = nullptr;
TestCa *ChainCheckerTest::s_intermediate = nullptr;
KeyContainer *ChainCheckerTest::s_key = nullptr;

} // namespace

TEST_F(ChainCheckerTest, UntrustedRoot)
{
    // The root comes with the chain (as in a CA's zip) but is not installed.
    auto report = ChainChecker::check(leaf(*s_root), L"chain.certpilot.test", {s_root->certificate()});
    ASSERT_TRUE(report.ok()) << report.describe();
    EXPECT_EQ(report->statusName, "CERT_E_UNTRUSTEDROOT");
    EXPECT_EQ(report->error().hex(), "0x800B0109");
    EXPECT_EQ(report->thumbprints.size(), 2u);
}

TEST_F(ChainCheckerTest, TrustedRootAndMatchingNameIsOk)
{
    trustRoot();
    const auto der = leaf(*s_intermediate);
    auto report = ChainChecker::check(der, L"chain.certpilot.test", {s_intermediate->certificate()});
    ASSERT_TRUE(report.ok()) << report.describe();
    EXPECT_TRUE(report->ok()) << report->statusName << " trust 0x" << std::hex << report->trustErrors;
    EXPECT_EQ(report->statusName, "OK");
    EXPECT_EQ(report->thumbprints.size(), 3u);
    EXPECT_FALSE(report->decidedByTrustStatus);
}

TEST_F(ChainCheckerTest, WrongHostName)
{
    trustRoot();
    auto report = ChainChecker::check(leaf(*s_root), L"other.certpilot.test");
    ASSERT_TRUE(report.ok()) << report.describe();
    EXPECT_EQ(report->statusName, "CERT_E_CN_NO_MATCH");
    EXPECT_EQ(report->status, 0x800B010Fu);
}

TEST_F(ChainCheckerTest, ExpiredLeaf)
{
    trustRoot();
    auto report = ChainChecker::check(leaf(*s_root, -60, -1), L"chain.certpilot.test");
    ASSERT_TRUE(report.ok()) << report.describe();
    EXPECT_EQ(report->statusName, "CERT_E_EXPIRED");
}

TEST_F(ChainCheckerTest, MissingIntermediateIsChainingError)
{
    trustRoot();
    // The intermediate is neither installed nor given: a partial chain.
    auto report = ChainChecker::check(leaf(*s_intermediate), L"chain.certpilot.test");
    ASSERT_TRUE(report.ok()) << report.describe();
    EXPECT_EQ(report->statusName, "CERT_E_CHAINING");
    EXPECT_EQ(report->error().hex(), "0x800B010A");
    EXPECT_TRUE(report->trustErrors & CERT_TRUST_IS_PARTIAL_CHAIN);
    EXPECT_EQ(report->thumbprints.size(), 1u);
}

TEST_F(ChainCheckerTest, NativeSslPolicyRejectsPartialChain)
{
    // What ChainChecker compensates for: Windows' own policy verdict.
    trustRoot();
    auto report = ChainChecker::check(leaf(*s_intermediate), L"chain.certpilot.test");
    ASSERT_TRUE(report.ok()) << report.describe();
    if (report->decidedByTrustStatus && wineVersion())
        GTEST_SKIP() << "Wine " << *wineVersion()
                     << ": CertVerifyCertificateChainPolicy(SSL) returns 0 for a partial chain (partial chain policy is a stub)";
    EXPECT_FALSE(report->decidedByTrustStatus);
    EXPECT_EQ(report->statusName, "CERT_E_CHAINING");
}
