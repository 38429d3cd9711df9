// SPDX-License-Identifier: GPL-3.0-or-later
#include "SslBindingAudit.h"

#include <gtest/gtest.h>

using namespace certpilot::win;

namespace {

const char *kGoodHash = "0123456789abcdef0123456789abcdef01234567";
const char *kAppId = "{4dc3e181-e14b-4a21-b022-59fc669b0914}";

SslBinding make(const char *endpoint, std::string hash = kGoodHash, std::string appId = kAppId)
{
    auto binding = *SslBinding::parseEndpoint(endpoint);
    binding.certificateHash = std::move(hash);
    binding.applicationId = std::move(appId);
    binding.storeName = "MY";
    return binding;
}

} // namespace

TEST(SslBindingAuditTest, HealthyListHasNoProblems)
{
    const std::vector<SslBinding> bindings{make("www.example.com:443"), make("api.example.com:443"),
                                           make("0.0.0.0:8443")};
    EXPECT_TRUE(SslBindingAudit::audit(bindings).empty());
}

TEST(SslBindingAuditTest, FlagsEmptyHashAndZeroAppId)
{
    const std::vector<SslBinding> bindings{make("10.0.0.5:8443", ""),
                                           make("10.0.0.6:8443", kGoodHash, "{00000000-0000-0000-0000-000000000000}"),
                                           make("10.0.0.7:8443", "", "")};
    const auto problems = SslBindingAudit::audit(bindings);
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_EQ(problems[0].kind, BindingProblemKind::EmptyHash);
    EXPECT_EQ(problems[0].endpoint, "10.0.0.5:8443");
    EXPECT_EQ(problems[1].kind, BindingProblemKind::ZeroApplicationId);
    EXPECT_EQ(problems[1].endpoint, "10.0.0.6:8443");
    EXPECT_EQ(problems[2].kind, BindingProblemKind::EmptyHash);
    EXPECT_EQ(problems[3].kind, BindingProblemKind::ZeroApplicationId);
    EXPECT_EQ(problems[3].endpoint, "10.0.0.7:8443");
}

TEST(SslBindingAuditTest, FlagsIpBindingsThatOverrideSniOnTheSamePort)
{
    const std::vector<SslBinding> bindings{make("www.example.com:443"), make("0.0.0.0:443"),
                                           make("shop.example.com:443"), make("192.168.1.10:443"),
                                           make("[::]:8443"), make("intranet.example.com:8080")};
    const auto problems = SslBindingAudit::audit(bindings);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].kind, BindingProblemKind::OverridesSniBinding);
    EXPECT_EQ(problems[0].endpoint, "0.0.0.0:443");
    EXPECT_EQ(problems[0].related, (std::vector<std::string>{"www.example.com:443", "shop.example.com:443"}));
    EXPECT_EQ(problems[1].endpoint, "192.168.1.10:443");
    // [::]:8443 has no SNI neighbour; intranet's port differs.
}

TEST(SslBindingAuditTest, FlagsMalformedAndMissingCertificates)
{
    const std::vector<SslBinding> bindings{make("a.example.com:443", "12 34"),
                                           make("b.example.com:443", "not hex at all but long enough to be 40ch"),
                                           make("c.example.com:443", "AA BB CC DD EE FF 00 11 22 33 44 55 66 77 88 99 AA BB CC DD"),
                                           make("d.example.com:443")};
    const std::vector<std::string> installed{"aabbccddeeff00112233445566778899aabbccdd"};
    const auto problems = SslBindingAudit::audit(bindings, installed);
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].kind, BindingProblemKind::MalformedHash);
    EXPECT_EQ(problems[1].kind, BindingProblemKind::MalformedHash);
    // c matches the installed thumbprint despite spaces and case.
    EXPECT_EQ(problems[2].kind, BindingProblemKind::CertificateNotFound);
    EXPECT_EQ(problems[2].endpoint, "d.example.com:443");
    // Without the store's list, no CertificateNotFound.
    EXPECT_EQ(SslBindingAudit::audit(bindings).size(), 2u);
}

TEST(SslBindingAuditTest, EveryKindHasNameAndAdvice)
{
    for (auto kind : {BindingProblemKind::EmptyHash, BindingProblemKind::MalformedHash,
                      BindingProblemKind::ZeroApplicationId, BindingProblemKind::OverridesSniBinding,
                      BindingProblemKind::CertificateNotFound}) {
        EXPECT_FALSE(SslBindingAudit::name(kind).empty());
        EXPECT_GT(SslBindingAudit::advice(kind).size(), 40u);
    }
}
