// SPDX-License-Identifier: GPL-3.0-or-later
#include "SslBinding.h"

#include <gtest/gtest.h>

using certpilot::win::SslBinding;

TEST(SslBindingTest, ParsesWhatNetshAccepts)
{
    auto any = SslBinding::parseEndpoint("0.0.0.0:443");
    ASSERT_TRUE(any);
    EXPECT_EQ(any->kind, SslBinding::Kind::IpPort);
    EXPECT_EQ(any->host, "0.0.0.0");
    EXPECT_EQ(any->port, 443);
    EXPECT_TRUE(any->isWildcardAddress());

    auto v6 = SslBinding::parseEndpoint("[::]:8443");
    ASSERT_TRUE(v6);
    EXPECT_EQ(v6->kind, SslBinding::Kind::IpPort);
    EXPECT_EQ(v6->host, "::");
    EXPECT_EQ(v6->endpoint(), "[::]:8443");
    EXPECT_TRUE(v6->isWildcardAddress());

    auto host = SslBinding::parseEndpoint("www.example.com:443");
    ASSERT_TRUE(host);
    EXPECT_EQ(host->kind, SslBinding::Kind::HostnamePort);
    EXPECT_EQ(host->endpoint(), "www.example.com:443");
    EXPECT_FALSE(host->isWildcardAddress());

    auto ip = SslBinding::parseEndpoint("10.1.2.3:443");
    ASSERT_TRUE(ip);
    EXPECT_FALSE(ip->isWildcardAddress());
    EXPECT_TRUE(SslBinding::parseEndpoint("*.example.com:443"));
    EXPECT_TRUE(SslBinding::parseEndpoint("[fe80::1]:443"));
}

TEST(SslBindingTest, RejectsMalformedEndpoints)
{
    for (const char *bad : {"", ":443", "host", "host:", "host:0", "host:65536", "host:44x", "10.1.2.3:-1",
                            "256.1.1.1:443", "1.2.3:443", "[::1:443", "[zz::1]:443", "a..b:443", ".a:443",
                            "-a.com:443", "a b:443", "*:443", "a.*.com:443", "http://x:443"}) {
        EXPECT_FALSE(SslBinding::parseEndpoint(bad)) << bad;
    }
}

TEST(SslBindingTest, Ipv4LiteralIsStrict)
{
    EXPECT_TRUE(SslBinding::isIpv4Literal("192.168.0.1"));
    EXPECT_FALSE(SslBinding::isIpv4Literal("192.168.0"));
    EXPECT_FALSE(SslBinding::isIpv4Literal("192.168.0.1.5"));
    EXPECT_FALSE(SslBinding::isIpv4Literal("1.2.3.1234"));
    EXPECT_FALSE(SslBinding::isIpv4Literal("1..2.3"));
}
