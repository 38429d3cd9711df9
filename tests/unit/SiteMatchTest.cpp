// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPki.h"
#include "binding/HostnameMatch.h"
#include "binding/SiteMatch.h"

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

struct Case {
    const char* pattern;
    const char* host;
    bool match;
};

// RFC 6125 6.4.3 as browsers apply it.
const Case kCases[] = {
    {"www.example.com", "www.example.com", true},
    {"WWW.Example.COM", "www.example.com.", true},       // case and trailing dot do not matter
    {"*.example.com", "www.example.com", true},
    {"*.example.com", "example.com", false},             // the wildcard needs a label
    {"*.example.com", "a.b.example.com", false},         // exactly one label
    {"*.example.com", ".example.com", false},
    {"w*.example.com", "www.example.com", false},        // no partial wildcards
    {"*w.example.com", "www.example.com", false},
    {"www.*.com", "www.example.com", false},             // leftmost label only
    {"*.*.example.com", "a.b.example.com", false},
    {"*.com", "example.com", false},                     // two labels after the wildcard
    {"*", "localhost", false},
    {"*.example.com", "*.example.com", false},           // a host name is never a pattern
    {"*.1.2.3", "4.1.2.3", false},                       // no wildcards for addresses
    {"192.0.2.1", "192.0.2.1", true},
    {"xn--bcher-kva.example", "XN--BCHER-KVA.example", true},
};

class HostnameCaseTest : public ::testing::TestWithParam<Case> {
protected:
    static void SetUpTestSuite() { s_root = new Issued(makeRoot(QStringLiteral("Match Root"))); }
    static void TearDownTestSuite() { delete s_root; }
    static Issued* s_root;
};
Issued* HostnameCaseTest::s_root = nullptr;

TEST_P(HostnameCaseTest, PatternAndOpenSslAgree)
{
    const Case c = GetParam();
    EXPECT_EQ(HostnameMatch::matches(QLatin1String(c.pattern), QLatin1String(c.host)), c.match)
        << c.pattern << " vs " << c.host;
    // The certificate check (X509_check_host) must agree with the pure rule,
    // for names a certificate can hold.
    const QString pattern = QLatin1String(c.pattern);
    if (pattern.contains(QLatin1Char('*')) && pattern != QLatin1String("*") && !QString(c.host).contains('*')
        && !HostnameMatch::isIpAddress(QLatin1String(c.host))) {
        const Issued leaf = makeLeaf(*s_root, QStringLiteral("leaf"), {pattern});
        EXPECT_EQ(HostnameMatch::covers(leaf.cert, QLatin1String(c.host)), c.match) << c.pattern << " vs " << c.host;
    }
}

INSTANTIATE_TEST_SUITE_P(Rfc6125, HostnameCaseTest, ::testing::ValuesIn(kCases));

TEST(HostnameMatchTest, CoversIpAddressesOnlyThroughIpSans)
{
    const Issued root = makeRoot(QStringLiteral("IP Root"));
    CertificateSpec spec;
    spec.subject = {{"CN", "192.0.2.7"}};
    spec.dnsNames = {QStringLiteral("www.example.com")};
    spec.ipAddresses = {QStringLiteral("192.0.2.8"), QStringLiteral("2001:db8::1")};
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(10);
    const Issued leaf = issueWith(root, spec);
    EXPECT_TRUE(HostnameMatch::covers(leaf.cert, QStringLiteral("192.0.2.8")));
    EXPECT_TRUE(HostnameMatch::covers(leaf.cert, QStringLiteral("[2001:db8::1]")));
    EXPECT_FALSE(HostnameMatch::covers(leaf.cert, QStringLiteral("192.0.2.7")));   // the CN is ignored
    EXPECT_TRUE(HostnameMatch::covers(leaf.cert, QStringLiteral("WWW.example.com")));
    EXPECT_FALSE(HostnameMatch::covers(Certificate(), QStringLiteral("www.example.com")));
}

Site site(const QStringList& names, bool tls = false, ServerType type = ServerType::Nginx)
{
    Site s;
    s.serverType = type;
    s.serverNames = names;
    s.tls = tls;
    s.id = names.join(QLatin1Char(',')) + (tls ? "#tls" : "#plain");
    return s;
}

TEST(SiteMatchTest, HostNamesSkipCatchAllsAndRegexesAndExpandNginxDotNames)
{
    EXPECT_EQ(SiteMatch::hostNames(site({"_", "", "~^www\\d+\\.example\\.com$", ".Example.com", "www.example.com."})),
              (QStringList{"example.com", "*.example.com", "www.example.com"}));
    EXPECT_EQ(SiteMatch::hostNames(site({"www.example.*", "web?.example.com", "*.ok.example.com"}, false,
                                        ServerType::Apache)),
              QStringList{"*.ok.example.com"});
}

TEST(SiteMatchTest, SuggestsTheSiteWhoseNamesTheCertificateCovers)
{
    const Issued root = makeRoot(QStringLiteral("Suggest Root"));
    const Issued wildcard = makeLeaf(root, QStringLiteral("*.example.com"),
                                     {QStringLiteral("*.example.com"), QStringLiteral("example.com")});
    const QList<Site> sites{
        site({"_"}),                                              // catch-all: never suggested
        site({"www.other.org"}, true),
        site({"www.example.com", "static.example.com"}),           // all covered, plain
        site({"www.example.com", "static.example.com"}, true),     // all covered, https: best
        site({"shop.example.com", "a.b.example.com"}, true),       // one of two
    };
    EXPECT_EQ(SiteMatch::suggest(sites, wildcard.cert), 3);
    EXPECT_EQ(SiteMatch::coveredNames(sites[4], wildcard.cert), QStringList{"shop.example.com"});
    EXPECT_EQ(SiteMatch::uncoveredNames(sites[4], wildcard.cert), QStringList{"a.b.example.com"});

    // A wildcard site name needs the same wildcard in the certificate.
    const Issued single = makeLeaf(root, QStringLiteral("api.example.com"));
    EXPECT_TRUE(SiteMatch::coveredNames(site({"*.example.com"}), single.cert).isEmpty());
    EXPECT_EQ(SiteMatch::coveredNames(site({"*.example.com"}), wildcard.cert), QStringList{"*.example.com"});
    EXPECT_EQ(SiteMatch::suggest({site({"www.example.com"}), site({"api.example.com"})}, single.cert), 1);
    EXPECT_EQ(SiteMatch::suggest({site({"www.other.org"})}, single.cert), -1);
}

} // namespace
