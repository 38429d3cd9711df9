// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainVerifier.h"
#include "TestPki.h"

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QList<Certificate> certs(const QList<Issued>& list)
{
    QList<Certificate> out;
    for (const Issued& i : list)
        out << i.cert;
    return out;
}

QList<ChainStatus> statuses(const ChainResult& r)
{
    QList<ChainStatus> out;
    for (const ChainNode& n : r.nodes)
        out << n.status();
    return out;
}

TEST(ChainVerifierTest, ThreeAndFourTierChainsAreOk)
{
    for (int tiers : {3, 4}) {
        const Hierarchy h = makeHierarchy(tiers);
        const ChainVerifier v({h.root.cert}, certs(h.intermediates));
        const ChainResult r = v.verify(h.leaf.cert);
        EXPECT_TRUE(r.trusted) << tiers;
        EXPECT_EQ(r.status, ChainStatus::Ok);
        ASSERT_EQ(r.nodes.size(), tiers);
        EXPECT_EQ(r.nodes.first().certificate.sha1(), h.root.cert.sha1());
        EXPECT_TRUE(r.nodes.first().trustAnchor);
        EXPECT_EQ(r.nodes.last().certificate.sha1(), h.leaf.cert.sha1());
        EXPECT_EQ(r.summary(), QStringLiteral("This certificate is OK."));
    }
}

TEST(ChainVerifierTest, ExpiredAndNotYetValid)
{
    const Issued root = makeRoot(QStringLiteral("Root"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Issued expiredCa = makeIntermediate(root, QStringLiteral("Old CA"), now.addDays(-900), now.addDays(-1));
    const Issued leaf = makeLeaf(expiredCa, QStringLiteral("a.example"), {}, now.addDays(-800), now.addDays(-2));
    const ChainVerifier v({root.cert}, {expiredCa.cert});
    const ChainResult r = v.verify(leaf.cert);
    EXPECT_FALSE(r.trusted);
    EXPECT_EQ(r.status, ChainStatus::Expired);
    EXPECT_EQ(statuses(r), QList<ChainStatus>({ChainStatus::Ok, ChainStatus::Expired, ChainStatus::Expired}));

    const Issued future = makeLeaf(root, QStringLiteral("b.example"), {}, now.addDays(5), now.addDays(50));
    const ChainResult f = ChainVerifier({root.cert}, {}).verify(future.cert);
    EXPECT_FALSE(f.trusted);
    EXPECT_EQ(f.status, ChainStatus::NotYetValid);

    // Checked at a time when everything was valid, the same chain is fine.
    VerifyOptions then;
    then.at = now.addDays(-100);
    EXPECT_TRUE(ChainVerifier({root.cert}, {expiredCa.cert}, then).verify(leaf.cert).trusted);
}

TEST(ChainVerifierTest, MissingIntermediateIsAGapNamingIt)
{
    const Hierarchy h = makeHierarchy(4);
    const ChainVerifier v({h.root.cert}, {h.intermediates[0].cert});  // the issuing CA is missing
    const ChainResult r = v.verify(h.leaf.cert);
    EXPECT_FALSE(r.trusted);
    EXPECT_EQ(r.status, ChainStatus::IssuerMissing);
    ASSERT_EQ(r.nodes.size(), 2);
    EXPECT_TRUE(r.nodes.first().isGap());
    EXPECT_EQ(r.nodes.first().missingIssuer, h.intermediates[1].cert.subject().toString());
    EXPECT_TRUE(r.summary().contains(QStringLiteral("Issuer not found: CN=Test Intermediate CA 4.2")));
}

TEST(ChainVerifierTest, UntrustedRoot)
{
    const Hierarchy h = makeHierarchy(3);
    // The root is known but only as an intermediate: it is not a trust anchor.
    const ChainVerifier v({}, {h.intermediates[0].cert, h.root.cert});
    const ChainResult r = v.verify(h.leaf.cert);
    EXPECT_FALSE(r.trusted);
    EXPECT_EQ(r.status, ChainStatus::RootNotTrusted);
    EXPECT_EQ(r.nodes.first().status(), ChainStatus::RootNotTrusted);
    EXPECT_EQ(r.nodes.size(), 3);

    // A root verified on its own, not installed in Trusted Root.
    EXPECT_EQ(ChainVerifier({}, {}).verify(h.root.cert).status, ChainStatus::RootNotTrusted);
}

TEST(ChainVerifierTest, SelfSignedLeaf)
{
    CertificateSpec spec;
    spec.subject = {{"CN", "self.example"}};
    spec.dnsNames = {"self.example"};
    auto key = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
    auto cert = CertificateBuilder::selfSigned(spec, *key);
    ASSERT_TRUE(cert.ok());
    const ChainResult r = ChainVerifier({}, {}).verify(*cert);
    EXPECT_FALSE(r.trusted);
    EXPECT_EQ(r.status, ChainStatus::SelfSignedLeaf);
}

TEST(ChainVerifierTest, SignatureByAnImpostorIssuer)
{
    // Same issuer name, different key, no key identifiers: OpenSSL finds the
    // impostor by name and the signature check fails.
    const Issued real = makeRoot(QStringLiteral("Shared Name CA"));
    CertificateSpec rootSpec;
    rootSpec.subject = {{"C", "TW"}, {"O", "CertPilot Test"}, {"CN", "Shared Name CA"}};
    rootSpec.isCa = true;
    rootSpec.withKeyIdentifiers = false;
    auto impostorKey = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
    auto impostor = CertificateBuilder::selfSigned(rootSpec, *impostorKey);
    ASSERT_TRUE(impostor.ok());
    CertificateSpec leafSpec;
    leafSpec.subject = {{"CN", "victim.example"}};
    leafSpec.withKeyIdentifiers = false;
    const Issued leaf = issueWith(real, leafSpec);
    const ChainResult r = ChainVerifier({*impostor}, {}).verify(leaf.cert);
    EXPECT_FALSE(r.trusted);
    EXPECT_EQ(r.status, ChainStatus::SignatureInvalid);
    EXPECT_EQ(r.nodes.last().status(), ChainStatus::SignatureInvalid);
}

TEST(ChainVerifierTest, IssuerThatIsNotACa)
{
    const Issued root = makeRoot(QStringLiteral("Root"));
    const Issued server = makeLeaf(root, QStringLiteral("server.example"));
    const Issued child = makeLeaf(server, QStringLiteral("child.example"));
    const ChainResult r = ChainVerifier({root.cert}, {server.cert}).verify(child.cert);
    EXPECT_FALSE(r.trusted);
    EXPECT_EQ(r.status, ChainStatus::NotACa);
}

TEST(ChainVerifierTest, HostnameAndPurposeWhenAsked)
{
    const Hierarchy h = makeHierarchy(3, QStringLiteral("www.test.example"));
    VerifyOptions o;
    o.hostname = QStringLiteral("www.test.example");
    o.sslServer = true;
    o.strict = true;
    EXPECT_TRUE(ChainVerifier({h.root.cert}, certs(h.intermediates), o).verify(h.leaf.cert).trusted);
    o.hostname = QStringLiteral("other.example");
    const ChainResult r = ChainVerifier({h.root.cert}, certs(h.intermediates), o).verify(h.leaf.cert);
    EXPECT_FALSE(r.trusted);
    EXPECT_EQ(r.status, ChainStatus::HostnameMismatch);
}

TEST(ChainVerifierTest, VerifierIsSafeAcrossThreads)
{
    const Hierarchy h = makeHierarchy(3);
    const ChainVerifier v({h.root.cert}, certs(h.intermediates));
    std::atomic<int> trusted{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i)
                trusted += v.verify(h.leaf.cert).trusted ? 1 : 0;
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(trusted.load(), 200);
}

} // namespace
