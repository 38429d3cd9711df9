// SPDX-License-Identifier: GPL-3.0-or-later
#include "E2eFixture.h"
#include "NginxServer.h"
#include "OpensslCli.h"

#include "ChainVerifier.h"
#include "binding/BindWorkflow.h"
#include "binding/BindingRegistry.h"
#include "binding/NginxBinder.h"
#include "binding/ProbeAnalysis.h"
#include "binding/SiteMatch.h"
#include "probe/OpenSslEndpointProbe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::e2e;

namespace {

class NginxBindingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (NginxServer::binary().isEmpty())
            GTEST_SKIP() << "nginx is not installed (Debian package nginx; scripts/install-deps installs it)";
        server = std::make_unique<NginxServer>();
        tlsPort = WebServer::freePort();
        const E2ePki& p = E2ePki::get();
        // The site starts with the old certificate, served with its intermediate.
        const QString oldChain = server->writeFile("old/fullchain.pem", pemOf({p.old.cert, p.intermediate()}));
        const QString oldKey = server->writeFile("old/privkey.pem", keyPem(p.old));
        server->writeConfig("sites-enabled/www",
                            "server {\n    listen 127.0.0.1:" + QByteArray::number(tlsPort) + " ssl;\n"
                            "    server_name www.e2e.test;\n"
                            "    ssl_certificate " + oldChain.toUtf8() + ";\n"
                            "    ssl_certificate_key " + oldKey.toUtf8() + ";\n"
                            "    location / { return 200 \"www\\n\"; }\n}\n");
        server->writeConfig("sites-enabled/other",
                            "server {\n    listen 127.0.0.1:" + QByteArray::number(tlsPort) + " ssl;\n"
                            "    server_name other.e2e.test;\n"
                            "    ssl_certificate " + oldChain.toUtf8() + ";\n"
                            "    ssl_certificate_key " + oldKey.toUtf8() + ";\n}\n");
    }
    void start(const QList<int>& extraPorts = {})
    {
        QString error;
        ASSERT_TRUE(server->start(QList<int>{tlsPort} + extraPorts, &error)) << error.toStdString();
    }
    ProbeTarget target(int port, const QString& sni = QStringLiteral("www.e2e.test")) const
    {
        ProbeTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = port;
        t.sni = sni;
        t.timeoutMs = 5000;
        return t;
    }
    ProbeResult probe(int port, const QString& sni = QStringLiteral("www.e2e.test"))
    {
        auto r = OpenSslEndpointProbe().probe(target(port, sni));
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().fullText().toStdString()) << "\nserver log:\n"
                            << server->log().toStdString();
        return r.ok() ? *r : ProbeResult();
    }
    Result<BindingPlan> plan(NginxBinder& binder, const QString& siteName, bool addListener = false, int port = 443)
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
    NginxBinder binder() { return NginxBinder(server->settings(), std::make_shared<OpenSslEndpointProbe>()); }

    E2eStore store;
    std::unique_ptr<NginxServer> server;
    int tlsPort = 0;
};

TEST_F(NginxBindingTest, ListsSitesAndSuggestsTheOneMatchingTheCertificate)
{
    NginxBinder b = binder();
    auto sites = b.listSites();
    ASSERT_TRUE(sites.ok()) << sites.error().fullText().toStdString();
    ASSERT_EQ(sites->size(), 2);
    const int suggested = SiteMatch::suggest(*sites, E2ePki::get().leaf().cert);
    ASSERT_GE(suggested, 0);
    EXPECT_EQ(sites->at(suggested).displayName(), QStringLiteral("www.e2e.test"));
    EXPECT_EQ(sites->at(suggested).tlsPorts(), QList<int>{tlsPort});
}

TEST_F(NginxBindingTest, BindThenProbeServesExactlyTheLeafAndItsIntermediate)
{
    start();
    const E2ePki& p = E2ePki::get();
    EXPECT_EQ(probe(tlsPort).leaf(), p.old.cert);

    NginxBinder b = binder();
    auto planned = plan(b, QStringLiteral("www.e2e.test"));
    ASSERT_TRUE(planned.ok()) << planned.error().fullText().toStdString();
    EXPECT_EQ(planned->probe.port, tlsPort);
    EXPECT_EQ(planned->probe.host, QStringLiteral("127.0.0.1"));
    QList<StepReport> steps;
    auto applied = b.apply(*planned, [&steps](const StepReport& r) { steps << r; });
    ASSERT_TRUE(applied.ok()) << applied.error().fullText().toStdString() << server->log().toStdString();
    for (const StepReport& r : steps)
        EXPECT_NE(r.state, StepState::Failed) << BindingStepText::title(r.step).toStdString();
    ASSERT_TRUE(applied->probe.has_value());
    ASSERT_TRUE(BindingRegistry::recordIn(store.store(), applied->record).ok());

    // What a client sees now: exactly the new leaf and its intermediate, in order.
    const ProbeResult served = probe(tlsPort);
    EXPECT_EQ(sha1s(served.servedChain), sha1s({p.leaf().cert, p.intermediate()}));
    const ChainVerifier clientView({p.root()}, served.servedChain.mid(1));
    EXPECT_TRUE(clientView.verify(served.leaf()).trusted);
    ProbeAnalysis::Options options;
    options.bound = p.leaf().cert;
    const ProbeAnalysis analysis = ProbeAnalysis::analyse(served, store.contents(), options);
    EXPECT_TRUE(analysis.allPassed());
    EXPECT_EQ(analysis.count(FindingLevel::Fail), 0);
    EXPECT_EQ(analysis.count(FindingLevel::Warn), 0);
    // The other site kept its certificate.
    EXPECT_EQ(probe(tlsPort, QStringLiteral("other.e2e.test")).leaf(), p.old.cert);

    // An independent client agrees: openssl s_client verifies with the test root.
    const QString rootFile = server->writeFile("root.pem", p.root().toPem());
    const auto client = test::runOpenssl({"s_client", "-connect", QStringLiteral("127.0.0.1:%1").arg(tlsPort),
                                          "-servername", "www.e2e.test", "-CAfile", rootFile, "-verify_return_error",
                                          "-verify_hostname", "www.e2e.test"},
                                         "Q\n");
    EXPECT_EQ(client.exitCode, 0) << client.err.toStdString();

    const QString dir = server->root() + QStringLiteral("/certpilot/www.e2e.test");
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(dir + "/privkey.pem").constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    auto records = BindingRegistry::read(store.store());
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->forCertificate(p.leaf().cert.sha1()).size(), 1);
    EXPECT_EQ(records->forCertificate(p.leaf().cert.sha1()).first().probePort, tlsPort);
}

TEST_F(NginxBindingTest, AddsAnHttpsListenerToAPlainSite)
{
    const int plainPort = WebServer::freePort();
    const int newPort = WebServer::freePort();
    server->writeConfig("sites-enabled/plain", "server {\n    listen 127.0.0.1:" + QByteArray::number(plainPort)
                                                   + ";\n    server_name plain.e2e.test www.e2e.test;\n"
                                                     "    location / { return 200 \"plain\\n\"; }\n}\n");
    start({plainPort});
    NginxBinder b = binder();
    auto sites = b.listSites();
    ASSERT_TRUE(sites.ok());
    QString plainId;
    for (const Site& s : *sites)
        plainId = s.serverNames.contains(QStringLiteral("plain.e2e.test")) ? s.id : plainId;
    ASSERT_FALSE(plainId.isEmpty());
    auto planned = plan(b, plainId, true, newPort);
    ASSERT_TRUE(planned.ok()) << planned.error().fullText().toStdString();
    EXPECT_NE(planned->preview().indexOf(QStringLiteral("+    listen 127.0.0.1:%1 ssl;").arg(newPort)), -1)
        << planned->preview().toStdString();
    auto applied = b.apply(*planned);
    ASSERT_TRUE(applied.ok()) << applied.error().fullText().toStdString();
    const ProbeResult served = probe(newPort);
    EXPECT_EQ(sha1s(served.servedChain), sha1s({E2ePki::get().leaf().cert, E2ePki::get().intermediate()}));
    // The plain port still answers plain http: probing it says so.
    auto plain = OpenSslEndpointProbe().probe(target(plainPort));
    ASSERT_FALSE(plain.ok());
    EXPECT_NE(plain.error().message.indexOf(QLatin1String("does not speak TLS")), -1) << plain.error().message.toStdString();
    EXPECT_NE(plain.error().detail.indexOf(QLatin1String("HTTP/1.1 400")), -1) << plain.error().detail.toStdString();
}

TEST_F(NginxBindingTest, AFailingConfigTestRollsBackAndTheOldCertificateStaysServed)
{
    start();
    NginxBinder b = binder();
    auto planned = plan(b, QStringLiteral("www.e2e.test"));
    ASSERT_TRUE(planned.ok());
    // A key that does not match, as if the wrong key file had been picked: nginx -t must refuse it.
    BindingPlan wrongKey = *planned;
    wrongKey.key = E2ePki::get().old.key;
    const auto before = test::snapshotTree(server->root());
    const auto oldFiles = test::snapshotTree(server->prefix() + "/old");
    QList<StepReport> steps;
    auto applied = b.apply(wrongKey, [&steps](const StepReport& r) { steps << r; });
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().kind, ErrorKind::ServerRejected);
    EXPECT_NE(applied.error().message.indexOf(QLatin1String("Test the configuration")), -1);
    // nginx's own words.
    EXPECT_NE(applied.error().message.indexOf(QLatin1String("key values mismatch")), -1)
        << applied.error().message.toStdString();
    EXPECT_NE(applied.error().detail.indexOf(QLatin1String("nginx")), -1);
    EXPECT_EQ(steps.last().step, BindingStep::RollBack);
    EXPECT_EQ(steps.last().state, StepState::Done);
    EXPECT_EQ(test::snapshotTree(server->root()), before);
    EXPECT_EQ(test::snapshotTree(server->prefix() + "/old"), oldFiles);
    EXPECT_EQ(probe(tlsPort).leaf(), E2ePki::get().old.cert);
    EXPECT_TRUE(server->isRunning());
}

TEST_F(NginxBindingTest, AReloadThatNeverReachesTheServerIsCaughtAndRolledBack)
{
    start();
    // Case 9: "service not restarted". The reload command does nothing.
    BinderSettings settings = server->settings();
    settings.reloadCommand = {QStringLiteral("true")};
    settings.probeWaitMs = 1500;
    NginxBinder b(settings, std::make_shared<OpenSslEndpointProbe>());
    auto planned = plan(b, QStringLiteral("www.e2e.test"));
    ASSERT_TRUE(planned.ok());
    const auto before = test::snapshotTree(server->root());
    auto applied = b.apply(*planned);
    ASSERT_FALSE(applied.ok());
    EXPECT_NE(applied.error().message.indexOf(QLatin1String("still serves another certificate")), -1)
        << applied.error().message.toStdString();
    EXPECT_NE(applied.error().message.indexOf(E2ePki::get().old.cert.sha1()), -1);
    EXPECT_EQ(test::snapshotTree(server->root()), before);

    // The analysis of the live site says the same, given what should be bound.
    ProbeAnalysis::Options options;
    options.bound = E2ePki::get().leaf().cert;
    const ProbeAnalysis analysis = ProbeAnalysis::analyse(probe(tlsPort), store.contents(), options);
    EXPECT_EQ(analysis.leafIsBound, std::optional<bool>(false));
    EXPECT_FALSE(analysis.allPassed());
}

TEST_F(NginxBindingTest, AServerSendingOnlyTheLeafIsReportedAsLeafOnly)
{
    const int leafOnlyPort = WebServer::freePort();
    const E2ePki& p = E2ePki::get();
    const QString cert = server->writeFile("leafonly/cert.pem", p.leaf().cert.toPem());
    const QString key = server->writeFile("leafonly/key.pem", keyPem(p.leaf()));
    server->writeConfig("sites-enabled/leafonly", "server {\n    listen 127.0.0.1:" + QByteArray::number(leafOnlyPort)
                                                      + " ssl;\n    server_name www.e2e.test;\n    ssl_certificate "
                                                      + cert.toUtf8() + ";\n    ssl_certificate_key " + key.toUtf8()
                                                      + ";\n}\n");
    start({leafOnlyPort});
    const ProbeResult served = probe(leafOnlyPort);
    ASSERT_EQ(served.servedChain.size(), 1);
    const ProbeAnalysis analysis = ProbeAnalysis::analyse(served, store.contents());
    EXPECT_TRUE(analysis.leafOnly);
    EXPECT_EQ(analysis.missingIntermediates, QList<Certificate>{p.intermediate()});
    EXPECT_FALSE(analysis.chainTrusted);
    EXPECT_FALSE(analysis.allPassed());

    // The CLI says so too, with exit code 3.
    const CliRun cli = runCli({"--store", store.temp.path(), "probe", QStringLiteral("127.0.0.1:%1").arg(leafOnlyPort),
                               "--sni", "www.e2e.test", "--json"});
    EXPECT_EQ(cli.exitCode, 3) << cli.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(cli.out.toUtf8()).object();
    EXPECT_TRUE(json.value("leafOnly").toBool());
    EXPECT_FALSE(json.value("passed").toBool());
}

TEST_F(NginxBindingTest, CliBindsProbesAndListsTheBinding)
{
    start();
    const QString thumb = E2ePki::get().leaf().cert.sha1();
    const BinderSettings s = server->settings();
    const QStringList common{"--store", store.temp.path()};
    const QStringList bindArgs = common + QStringList{"bind", thumb, "--server", "nginx", "--config-root", s.configRoot,
                                                      "--test-command", BinderSettings::commandLine(s.testCommand),
                                                      "--reload-command", BinderSettings::commandLine(s.reloadCommand)};
    // Without --site: the sites, the suggestion marked, exit 2.
    const CliRun list = runCli(bindArgs);
    EXPECT_EQ(list.exitCode, 2);
    EXPECT_NE(list.out.indexOf(QLatin1String("* sites-enabled/www#1")), -1) << list.out.toStdString();
    // --dry-run: the preview, nothing changed.
    const auto before = test::snapshotTree(server->root());
    const CliRun dry = runCli(bindArgs + QStringList{"--site", "www.e2e.test", "--dry-run"});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_NE(dry.out.indexOf(QLatin1String("+    ssl_certificate ")), -1) << dry.out.toStdString();
    EXPECT_EQ(test::snapshotTree(server->root()), before);

    const CliRun bound = runCli(bindArgs + QStringList{"--site", "www.e2e.test", "--yes"});
    ASSERT_EQ(bound.exitCode, 0) << bound.out.toStdString() << bound.err.toStdString();
    EXPECT_NE(bound.out.indexOf(QLatin1String("[done   ] Check the live site")), -1) << bound.out.toStdString();

    const CliRun probed = runCli(common + QStringList{"probe", QStringLiteral("127.0.0.1:%1").arg(tlsPort), "--sni",
                                                      "www.e2e.test", "--json"});
    EXPECT_EQ(probed.exitCode, 0) << probed.out.toStdString() << probed.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(probed.out.toUtf8()).object();
    EXPECT_TRUE(json.value("passed").toBool());
    EXPECT_TRUE(json.value("leafIsBound").toBool());   // found through the recorded binding
    EXPECT_EQ(json.value("servedChain").toArray().size(), 2);

    const CliRun used = runCli(common + QStringList{"bindings", thumb});
    EXPECT_EQ(used.exitCode, 0);
    EXPECT_NE(used.out.indexOf(QLatin1String("sites-enabled/www#1")), -1) << used.out.toStdString();
}

} // namespace
