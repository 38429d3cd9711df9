// SPDX-License-Identifier: GPL-3.0-or-later
#include "SslBindingService.h"
#include "WineInfo.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace certpilot::win;
using namespace certpilot::win::test;

namespace {

SslBinding binding(const char *endpoint)
{
    auto parsed = SslBinding::parseEndpoint(endpoint);
    EXPECT_TRUE(parsed.has_value()) << endpoint;
    parsed->certificateHash = "0123456789ABCDEF0123456789ABCDEF01234567";
    parsed->storeName = "MY";
    parsed->applicationId = "{4DC3E181-E14B-4A21-B022-59FC669B0914}";
    return *parsed;
}

bool listed(const std::vector<SslBinding> &list, const SslBinding &wanted)
{
    return std::any_of(list.begin(), list.end(), [&](const SslBinding &b) {
        return b.kind == wanted.kind && b.endpoint() == wanted.endpoint() && b.certificateHash == wanted.certificateHash
            && b.applicationId == wanted.applicationId;
    });
}

} // namespace

TEST(SslBindingServiceTest, AddListRemoveIpAndSniBindings)
{
    const auto ip = binding("127.0.0.1:44301");
    const auto sni = binding("www.certpilot.test:44301");
    auto addedIp = SslBindingService::add(ip);
    auto before = SslBindingService::list();
    if (!before.ok() && wineVersion())
        GTEST_SKIP() << "Wine " << *wineVersion() << ": HTTP.sys configuration (HttpSetServiceConfiguration, "
                     << "HttpQueryServiceConfiguration " << before.error().name() << ") is a stub";
    ASSERT_TRUE(addedIp.ok()) << addedIp.describe();
    ASSERT_TRUE(SslBindingService::add(sni).ok());
    auto list = SslBindingService::list();
    ASSERT_TRUE(list.ok()) << list.describe();
    EXPECT_TRUE(listed(list.value(), ip));
    EXPECT_TRUE(listed(list.value(), sni));

    auto duplicate = SslBindingService::add(ip);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().name(), "ERROR_ALREADY_EXISTS");

    ASSERT_TRUE(SslBindingService::remove(ip).ok());
    ASSERT_TRUE(SslBindingService::remove(sni).ok());
    list = SslBindingService::list();
    ASSERT_TRUE(list.ok());
    EXPECT_FALSE(listed(list.value(), ip));
    EXPECT_FALSE(listed(list.value(), sni));
}

TEST(SslBindingServiceTest, RejectsMalformedInputBeforeCallingHttpSys)
{
    auto bad = binding("127.0.0.1:44302");
    bad.certificateHash = "abc";
    auto added = SslBindingService::add(bad);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().name(), "ERROR_INVALID_PARAMETER");

    auto badGuid = binding("127.0.0.1:44302");
    badGuid.applicationId = "not-a-guid";
    added = SslBindingService::add(badGuid);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().name(), "ERROR_INVALID_PARAMETER");
}
