// SPDX-License-Identifier: GPL-3.0-or-later
#include "IisSiteMapping.h"

#include <gtest/gtest.h>

using namespace certpilot;
using win::SslBinding;

namespace {
SslBinding binding(const char* endpoint, const char* hash, const char* appId = "{4dc3e181-e14b-4a21-b022-59fc669b0914}")
{
    auto b = SslBinding::parseEndpoint(endpoint);
    EXPECT_TRUE(b) << endpoint;
    b->certificateHash = hash;
    b->applicationId = appId;
    b->storeName = "MY";
    return *b;
}
const char* kHash = "0123456789ABCDEF0123456789ABCDEF01234567";
} // namespace

TEST(IisSiteMappingTest, SniBindingBecomesANamedSite)
{
    const Site site = IisSiteMapping::toSite(binding("www.example.com:443", kHash));
    EXPECT_EQ(site.serverType, ServerType::Iis);
    EXPECT_EQ(site.id, QStringLiteral("www.example.com:443"));
    EXPECT_EQ(site.serverNames, QStringList{QStringLiteral("www.example.com")});
    EXPECT_EQ(site.displayName(), QStringLiteral("www.example.com"));
    ASSERT_EQ(site.listens.size(), 1);
    EXPECT_EQ(site.listens.first().port, 443);
    EXPECT_TRUE(site.listens.first().tls);
    EXPECT_TRUE(site.tls);
    EXPECT_EQ(site.certificateFile, QStringLiteral("Cert:\\LocalMachine\\MY\\%1").arg(QString::fromLatin1(kHash)));
    EXPECT_EQ(site.configFile, QStringLiteral("HTTP.sys"));
}

TEST(IisSiteMappingTest, IpBindingsKeepTheirAddress)
{
    const Site wildcard = IisSiteMapping::toSite(binding("0.0.0.0:443", kHash));
    EXPECT_TRUE(wildcard.serverNames.isEmpty());
    EXPECT_TRUE(wildcard.listens.first().host.isEmpty());
    const Site v6 = IisSiteMapping::toSite(binding("[2001:db8::1]:8443", ""));
    EXPECT_EQ(v6.listens.first().host, QStringLiteral("[2001:db8::1]"));
    EXPECT_EQ(v6.listens.first().port, 8443);
    EXPECT_TRUE(v6.certificateFile.isEmpty());
}

TEST(IisSiteMappingTest, EndpointForASiteOrANewHostName)
{
    auto fromId = IisSiteMapping::endpointFor(IisSiteMapping::toSite(binding("10.0.0.5:443", kHash)), 8443);
    ASSERT_TRUE(fromId);
    EXPECT_EQ(fromId->endpoint(), "10.0.0.5:443");
    EXPECT_EQ(fromId->kind, SslBinding::Kind::IpPort);

    Site fresh;
    fresh.serverNames = {QStringLiteral("*.example.com"), QStringLiteral("shop.example.com")};
    auto fromName = IisSiteMapping::endpointFor(fresh, 8443);
    ASSERT_TRUE(fromName);
    EXPECT_EQ(fromName->endpoint(), "shop.example.com:8443");
    EXPECT_EQ(fromName->kind, SslBinding::Kind::HostnamePort);

    EXPECT_FALSE(IisSiteMapping::endpointFor(Site(), 443));
}

TEST(IisSiteMappingTest, NetshTextShowsWhatChanges)
{
    EXPECT_TRUE(IisSiteMapping::netshText(std::nullopt).isEmpty());
    const QByteArray text = IisSiteMapping::netshText(binding("www.example.com:443", kHash));
    EXPECT_TRUE(text.contains("Hostname:port"));
    EXPECT_TRUE(text.contains("www.example.com:443"));
    EXPECT_TRUE(text.contains(QByteArray(kHash).toLower()));
    EXPECT_TRUE(text.contains("{4dc3e181-e14b-4a21-b022-59fc669b0914}"));
    EXPECT_TRUE(IisSiteMapping::netshText(binding("0.0.0.0:443", kHash)).contains("IP:port"));
}

TEST(IisSiteMappingTest, CaseTenFindingsBecomeNotesForTheEndpoint)
{
    const std::vector<SslBinding> list = {
        binding("0.0.0.0:443", ""),
        binding("www.example.com:443", kHash),
        binding("api.example.com:8443", kHash, "{00000000-0000-0000-0000-000000000000}"),
    };
    const auto problems = win::SslBindingAudit::audit(list);
    ASSERT_FALSE(problems.empty());
    for (const auto& p : problems)
        EXPECT_TRUE(IisSiteMapping::noteFor(p).contains(QString::fromStdString(p.endpoint))) << p.endpoint;

    const QStringList www = IisSiteMapping::notesFor(problems, list[1]);
    EXPECT_TRUE(www.join(QLatin1Char('\n')).contains(QStringLiteral("0.0.0.0:443"))) << www.join('\n').toStdString();
    EXPECT_TRUE(www.join(QLatin1Char('\n')).contains(QStringLiteral("no certificate hash")));
    EXPECT_FALSE(www.join(QLatin1Char('\n')).contains(QStringLiteral("api.example.com")));

    const QStringList api = IisSiteMapping::notesFor(problems, list[2]);
    ASSERT_EQ(api.size(), 1);
    EXPECT_TRUE(api.first().contains(QStringLiteral("all-zero application id")));
}
