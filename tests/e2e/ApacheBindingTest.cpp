// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApacheServer.h"
#include "E2eFixture.h"

#include "ChainVerifier.h"
#include "binding/ApacheBinder.h"
#include "binding/BindWorkflow.h"
#include "binding/ProbeAnalysis.h"
#include "probe/OpenSslEndpointProbe.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::e2e;

namespace {

class ApacheBindingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (ApacheServer::binary().isEmpty())
            GTEST_SKIP() << "apache2 is not installed (Debian package apache2; scripts/install-deps installs it)";
        if (!ApacheServer::modulesAvailable())
            GTEST_SKIP() << "Apache's modules (mod_ssl, mod_mpm_event) are missing from /usr/lib/apache2/modules";
        server = std::make_unique<ApacheServer>();
        tlsPort = WebServer::freePort();
        const E2ePki& p = E2ePki::get();
        // The old certificate with a separate chain file, the pre-2.4.8 layout many sites still have.
        const QString cert = server->writeFile("old/cert.pem", p.old.cert.toPem());
        const QString chain = server->writeFile("old/chain.pem", p.intermediate().toPem());
        const QString key = server->writeFile("old/key.pem", keyPem(p.old));
        server->writeConfig("sites-enabled/www.conf",
                            "Listen 127.0.0.1:" + QByteArray::number(tlsPort) + "\n"
                            "<VirtualHost 127.0.0.1:" + QByteArray::number(tlsPort) + ">\n"
                            "    ServerName www.e2e.test\n"
                            "    SSLEngine on\n"
                            "    SSLCertificateFile " + cert.toUtf8() + "\n"
                            "    SSLCertificateKeyFile " + key.toUtf8() + "\n"
                            "    SSLCertificateChainFile " + chain.toUtf8() + "\n"
                            "</VirtualHost>\n");
    }
    void start(const QList<int>& extraPorts = {})
    {
        QString error;
        ASSERT_TRUE(server->start(QList<int>{tlsPort} + extraPorts, &error)) << error.toStdString();
    }
    ProbeResult probe(int port)
    {
        ProbeTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = port;
        t.sni = QStringLiteral("www.e2e.test");
        t.timeoutMs = 5000;
        auto r = OpenSslEndpointProbe().probe(t);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().fullText().toStdString()) << "\nserver log:\n"
                            << server->log().toStdString();
        return r.ok() ? *r : ProbeResult();
    }
    Result<BindingPlan> plan(ApacheBinder& binder, const QString& siteName, bool addListener = false, int port = 443)
    {
        auto sites = binder.listSites();
        if (!sites)
            return sites.error();
        auto site = BindWorkflow::findSite(*sites, siteName, addListener);
        if (!site)
            return site.error();
        auto request = BindWorkflow::makeRequest(store.store(), store.contents(), E2ePki::get().leaf().cert.sha1(), *site,
                                                 addListener, port);
        if (!request)
            return request.error();
        return binder.planBinding(*request);
    }
    ApacheBinder binder() { return ApacheBinder(server->settings(), std::make_shared<OpenSslEndpointProbe>()); }

    E2eStore store;
    std::unique_ptr<ApacheServer> server;
    int tlsPort = 0;
};

TEST_F(ApacheBindingTest, BindThenProbeKeepsTheChainFileLayoutAndServesTheNewChain)
{
    start();
    const E2ePki& p = E2ePki::get();
    EXPECT_EQ(probe(tlsPort).leaf(), p.old.cert);
    ApacheBinder b = binder();
    auto planned = plan(b, QStringLiteral("www.e2e.test"));
    ASSERT_TRUE(planned.ok()) << planned.error().fullText().toStdString();
    ASSERT_EQ(planned->files.size(), 3);   // cert.pem, chain.pem, privkey.pem
    EXPECT_NE(planned->preview().indexOf(QLatin1String("+    SSLCertificateChainFile ")), -1);
    auto applied = b.apply(*planned);
    ASSERT_TRUE(applied.ok()) << applied.error().fullText().toStdString() << server->log().toStdString();
    ASSERT_TRUE(applied->probe.has_value());

    const ProbeResult served = probe(tlsPort);
    EXPECT_EQ(sha1s(served.servedChain), sha1s({p.leaf().cert, p.intermediate()}));
    EXPECT_TRUE(ChainVerifier({p.root()}, served.servedChain.mid(1)).verify(served.leaf()).trusted);
    ProbeAnalysis::Options options;
    options.bound = p.leaf().cert;
    EXPECT_TRUE(ProbeAnalysis::analyse(served, store.contents(), options).allPassed());
    EXPECT_TRUE(server->isRunning());
}

TEST_F(ApacheBindingTest, AddsAnHttpsVirtualHostForAPlainSite)
{
    const int plainPort = WebServer::freePort();
    const int newPort = WebServer::freePort();
    server->writeConfig("sites-enabled/plain.conf", "Listen 127.0.0.1:" + QByteArray::number(plainPort) + "\n"
                                                    "<VirtualHost 127.0.0.1:" + QByteArray::number(plainPort) + ">\n"
                                                    "    ServerName plain.e2e.test\n    ServerAlias www.e2e.test\n"
                                                    "</VirtualHost>\n");
    start({plainPort});
    ApacheBinder b = binder();
    auto planned = plan(b, QStringLiteral("plain.e2e.test"), true, newPort);
    ASSERT_TRUE(planned.ok()) << planned.error().fullText().toStdString();
    EXPECT_NE(planned->preview().indexOf(QStringLiteral("+Listen 127.0.0.1:%1").arg(newPort)), -1)
        << planned->preview().toStdString();
    auto applied = b.apply(*planned);
    ASSERT_TRUE(applied.ok()) << applied.error().fullText().toStdString() << server->log().toStdString();
    EXPECT_EQ(sha1s(probe(newPort).servedChain), sha1s({E2ePki::get().leaf().cert, E2ePki::get().intermediate()}));
}

TEST_F(ApacheBindingTest, AKeyApacheWouldDieOnIsCaughtBeforeTheReload)
{
    // apache2 -t does not load certificates, and a graceful restart with a
    // key that does not match stops Apache: CertPilot checks the pair itself.
    start();
    ApacheBinder b = binder();
    auto planned = plan(b, QStringLiteral("www.e2e.test"));
    ASSERT_TRUE(planned.ok());
    BindingPlan wrongKey = *planned;
    wrongKey.key = E2ePki::get().old.key;
    const auto before = test::snapshotTree(server->root());
    const auto oldFiles = test::snapshotTree(server->prefix() + "/old");
    auto applied = b.apply(wrongKey);
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().kind, ErrorKind::KeyMismatch);
    EXPECT_NE(applied.error().message.indexOf(QLatin1String("Test the configuration")), -1);
    EXPECT_EQ(test::snapshotTree(server->root()), before);
    EXPECT_EQ(test::snapshotTree(server->prefix() + "/old"), oldFiles);
    EXPECT_TRUE(server->isRunning());
    EXPECT_EQ(probe(tlsPort).leaf(), E2ePki::get().old.cert);
}

TEST_F(ApacheBindingTest, ApachesOwnConfigTestFailureRollsBackWithItsMessage)
{
    start();
    ApacheBinder b = binder();
    auto planned = plan(b, QStringLiteral("www.e2e.test"));
    ASSERT_TRUE(planned.ok());
    // As if another edit had broken the file: Apache's test must refuse it.
    BindingPlan broken = *planned;
    broken.configChanges.first().after += "CertPilotNoSuchDirective on\n";
    const auto before = test::snapshotTree(server->root());
    auto applied = b.apply(broken);
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().kind, ErrorKind::ServerRejected);
    EXPECT_NE(applied.error().message.indexOf(QLatin1String("CertPilotNoSuchDirective")), -1)
        << applied.error().message.toStdString();
    EXPECT_EQ(test::snapshotTree(server->root()), before);
    EXPECT_EQ(probe(tlsPort).leaf(), E2ePki::get().old.cert);
}

TEST_F(ApacheBindingTest, AHostSendingOnlyTheLeafIsReportedAsLeafOnly)
{
    const int leafOnlyPort = WebServer::freePort();
    const E2ePki& p = E2ePki::get();
    const QString cert = server->writeFile("leafonly/cert.pem", p.leaf().cert.toPem());
    const QString key = server->writeFile("leafonly/key.pem", keyPem(p.leaf()));
    server->writeConfig("sites-enabled/leafonly.conf",
                        "Listen 127.0.0.1:" + QByteArray::number(leafOnlyPort) + "\n<VirtualHost 127.0.0.1:"
                            + QByteArray::number(leafOnlyPort) + ">\n    ServerName www.e2e.test\n    SSLEngine on\n"
                            "    SSLCertificateFile " + cert.toUtf8() + "\n    SSLCertificateKeyFile " + key.toUtf8()
                            + "\n</VirtualHost>\n");
    start({leafOnlyPort});
    const ProbeAnalysis analysis = ProbeAnalysis::analyse(probe(leafOnlyPort), store.contents());
    EXPECT_TRUE(analysis.leafOnly);
    EXPECT_EQ(analysis.missingIntermediates, QList<Certificate>{p.intermediate()});
}

} // namespace
