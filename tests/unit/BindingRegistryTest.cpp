// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPki.h"
#include "binding/BindingRegistry.h"
#include "binding/ProbeTarget.h"

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

BindingRecord record(const QString& cert, const QString& site, ServerType type = ServerType::Nginx)
{
    BindingRecord r;
    r.certificate = cert;
    r.serverType = type;
    r.configRoot = QStringLiteral("/etc/nginx");
    r.siteId = site;
    r.siteName = QStringLiteral("www.example.com");
    r.serverNames = {QStringLiteral("www.example.com"), QStringLiteral("example.com")};
    r.configFile = QStringLiteral("/etc/nginx/sites-available/www");
    r.files = {QStringLiteral("/etc/nginx/certpilot/www.example.com/fullchain.pem")};
    r.probeHost = QStringLiteral("localhost");
    r.probePort = 443;
    r.probeSni = QStringLiteral("www.example.com");
    r.boundAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    return r;
}

TEST(BindingRegistryTest, RoundTripsThroughTheStoreAndReplacesASitesRecord)
{
    TempStore t;
    auto empty = BindingRegistry::read(*t.store);
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->all().isEmpty());

    ASSERT_TRUE(BindingRegistry::recordIn(*t.store, record("AAAA", "sites-enabled/www#1")).ok());
    ASSERT_TRUE(BindingRegistry::recordIn(*t.store, record("AAAA", "sites-enabled/api#1")).ok());
    ASSERT_TRUE(BindingRegistry::recordIn(*t.store, record("AAAA", "sites-enabled/www#1", ServerType::Apache)).ok());
    // Renewal: a new certificate on the same site replaces the old record.
    ASSERT_TRUE(BindingRegistry::recordIn(*t.store, record("BBBB", "sites-enabled/www#1")).ok());

    auto read = BindingRegistry::read(*t.store);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->all().size(), 3);
    EXPECT_EQ(read->forCertificate(QStringLiteral("aaaa")).size(), 2);
    const QList<BindingRecord> b = read->forCertificate(QStringLiteral("BBBB"));
    ASSERT_EQ(b.size(), 1);
    const BindingRecord expected = record("BBBB", "sites-enabled/www#1");
    EXPECT_EQ(b.first().toJson(), expected.toJson());
    EXPECT_EQ(read->forEndpoint(QStringLiteral("WWW.example.com"), 443).size(), 3);
    EXPECT_TRUE(read->forEndpoint(QStringLiteral("www.example.com"), 8443).isEmpty());
    EXPECT_TRUE(QFileInfo::exists(t.path() + QStringLiteral("/meta/bindings.json")));
}

TEST(BindingRegistryTest, ADamagedDocumentIsAnErrorNotAnEmptyList)
{
    EXPECT_EQ(BindingRegistry::fromJson("{not json").error().kind, ErrorKind::Corrupt);
    EXPECT_EQ(BindingRegistry::fromJson(R"({"format":"other"})").error().kind, ErrorKind::Corrupt);
    EXPECT_EQ(BindingRegistry::fromJson(R"({"format":"certpilot-bindings","version":7})").error().kind,
              ErrorKind::Unsupported);
    auto skipped = BindingRegistry::fromJson(
        R"({"format":"certpilot-bindings","version":1,"bindings":[{"certificate":"AA"},{"certificate":"BB","server":"nginx","site":"x#1"}]})");
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped->all().size(), 1);   // the record without a site is dropped
}

TEST(ProbeTargetTest, ParsesHostsPortsAndUrls)
{
    auto t = ProbeTarget::parse(QStringLiteral("www.example.com"));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->host, QStringLiteral("www.example.com"));
    EXPECT_EQ(t->port, 443);
    EXPECT_EQ(t->serverName(), QStringLiteral("www.example.com"));
    t = ProbeTarget::parse(QStringLiteral("https://shop.example.com:8443/cart?x=1"));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->host, QStringLiteral("shop.example.com"));
    EXPECT_EQ(t->port, 8443);
    t = ProbeTarget::parse(QStringLiteral("[::1]:9443"));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->host, QStringLiteral("::1"));
    EXPECT_EQ(t->port, 9443);
    EXPECT_EQ(t->displayName(), QStringLiteral("[::1]:9443"));
    EXPECT_TRUE(t->serverName().isEmpty());   // no SNI for an address
    t = ProbeTarget::parse(QStringLiteral("127.0.0.1:8443"));
    ASSERT_TRUE(t.ok());
    EXPECT_TRUE(t->serverName().isEmpty());
    t->sni = QStringLiteral("www.example.com");
    EXPECT_EQ(t->serverName(), QStringLiteral("www.example.com"));
    EXPECT_FALSE(ProbeTarget::parse(QStringLiteral("host:99999")).ok());
    EXPECT_FALSE(ProbeTarget::parse(QStringLiteral("host:https")).ok());
    EXPECT_FALSE(ProbeTarget::parse(QStringLiteral("")).ok());
    EXPECT_FALSE(ProbeTarget::parse(QStringLiteral("[::1")).ok());
}

} // namespace
