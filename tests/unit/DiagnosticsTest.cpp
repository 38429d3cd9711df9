// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting checks of WORKFLOW.md: for each check a fixture that
// fails it and one that passes it, on real temporary stores and, for the live
// site, a real TLS server on loopback.

#include "InProcessCli.h"
#include "LocalTlsServer.h"
#include "Permissions.h"
#include "RequestTestSupport.h"
#include "TestPki.h"
#include "binding/BindingRegistry.h"
#include "binding/BindingServices.h"
#include "binding/SiteBinder.h"
#include "diagnostics/Diagnostician.h"
#include "probe/OpenSslEndpointProbe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <set>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const QString kHost = QStringLiteral("www.diag.example");

class DiagnosticsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3, kHost)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    static const Issued& root() { return s_pki->root; }
    static const Issued& ca() { return s_pki->intermediates[0]; }
    static const Issued& leaf() { return s_pki->leaf; }

    TempStore m_store;
    QTemporaryDir m_dir;

    struct Install {
        bool key = true;
        bool intermediate = true;
        bool root = true;
        bool rootAsIntermediate = false;   // the root in Intermediate CAs: present, not trusted
    };
    void install(const Issued& cert) { install(cert, Install()); }
    void install(const Issued& cert, const Install& how)
    {
        StoreChange change;
        if (how.root)
            change.addCertificate(how.rootAsIntermediate ? StoreKind::Intermediate : StoreKind::TrustedRoot,
                                  root().cert);
        if (how.intermediate)
            change.addCertificate(StoreKind::Intermediate, ca().cert);
        if (how.key)
            change.addCertificateWithKey(StoreKind::Personal, cert.cert, cert.key, QStringLiteral("Site"));
        else
            change.addCertificate(StoreKind::Personal, cert.cert);
        if (!m_store.store->commit(change))
            throw std::runtime_error("cannot install");
    }
    DiagnosisReport diagnose(const Certificate& cert, const QString& host = {}, bool probe = true)
    {
        auto contents = m_store.store->load();
        if (!contents)
            throw std::runtime_error("cannot load");
        Diagnostician::Options options;
        options.host = host;
        options.timeoutMs = 5000;
        OpenSslEndpointProbe prober;
        auto report = Diagnostician::run(*m_store.store, *contents, cert.sha1(), options, probe ? &prober : nullptr);
        if (!report)
            throw std::runtime_error(report.error().fullText().toStdString());
        return *report;
    }
    static const Diagnosis& check(const DiagnosisReport& r, const char* id)
    {
        const Diagnosis* d = r.find(QLatin1String(id));
        if (!d)
            throw std::runtime_error(std::string("no check ") + id);
        return *d;
    }
    static Verdict verdictOf(const DiagnosisReport& r, const char* id) { return check(r, id).verdict; }
    static QString local(int port) { return QStringLiteral("127.0.0.1:%1").arg(port); }

    static Issued leafWith(const QStringList& names, int notBeforeDays = -1, int notAfterDays = 300,
                           const KeySpec& key = KeySpec::ec(QStringLiteral("P-256")))
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return makeLeaf(ca(), names.first(), names, now.addDays(notBeforeDays), now.addDays(notAfterDays), key);
    }
    QString keyFile(const Certificate& c) const
    {
        return m_store.path() + QStringLiteral("/personal/") + c.sha1() + QStringLiteral(".key");
    }
    void recordBinding(const Certificate& c, ServerType type, const QStringList& names, int port)
    {
        BindingRecord r;
        r.certificate = c.sha1();
        r.serverType = type;
        r.configRoot = QStringLiteral("/etc/test");
        r.siteId = names.first();
        r.siteName = names.first();
        r.serverNames = names;
        r.probeHost = names.first();
        r.probePort = port;
        r.boundAt = QDateTime::currentDateTimeUtc().addDays(-1);
        if (!BindingRegistry::recordIn(*m_store.store, r))
            throw std::runtime_error("cannot record the binding");
    }
};
Hierarchy* DiagnosticsTest::s_pki = nullptr;

// --- the report as a whole ---

TEST_F(DiagnosticsTest, AGoodCertificateWithoutHostPassesAndLeavesTheSiteChecksNotApplicable)
{
    install(leaf());
    const DiagnosisReport r = diagnose(leaf().cert);
    QStringList ids;
    for (const Diagnosis& d : r.checks)
        ids << d.id;
    EXPECT_EQ(ids, Diagnostician::checkIds());
    EXPECT_EQ(r.overall(), Verdict::Pass) << r.summary().toStdString();
    for (const char* id : {"validity", "intermediate-missing", "root-not-trusted", "private-key-missing",
                           "key-mismatch", "server-auth", "weak-key", "weak-signature", "key-access"})
        EXPECT_EQ(verdictOf(r, id), Verdict::Pass) << id << ": " << check(r, id).reason.toStdString();
    for (const char* id : {"host-name", "weak-protocol", "served-certificate", "http-sys-binding", "served-chain"}) {
        EXPECT_EQ(verdictOf(r, id), Verdict::NotApplicable) << id;
        EXPECT_FALSE(check(r, id).reason.isEmpty()) << id;
    }
    for (const Diagnosis& d : r.checks) {
        EXPECT_GE(d.workflowCase, 1);
        EXPECT_LE(d.workflowCase, 12);
        EXPECT_FALSE(d.title.isEmpty());
    }
    std::set<int> cases;
    for (const Diagnosis& d : r.checks)
        cases.insert(d.workflowCase);
    EXPECT_EQ(cases.size(), 12u);   // every case of the list has a check
    EXPECT_NE(r.summary().indexOf(QLatin1String("Every check passed")), -1) << r.summary().toStdString();
}

TEST_F(DiagnosticsTest, AnUnknownThumbprintIsNotFound)
{
    install(leaf());
    auto contents = m_store.store->load();
    ASSERT_TRUE(contents.ok());
    auto r = Diagnostician::run(*m_store.store, *contents, QStringLiteral("00112233"), {}, nullptr);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::NotFound);
}

// --- case 1: validity ---

TEST_F(DiagnosticsTest, ValidityFailsForExpiredAndNotYetValidAndWarnsBeforeExpiry)
{
    const Issued expired = leafWith({kHost}, -400, -2);
    const Issued future = leafWith({QStringLiteral("future.diag.example")}, 3, 300);
    const Issued soon = leafWith({QStringLiteral("soon.diag.example")}, -80, 10);
    install(expired);
    install(future, Install{true, false, false});
    install(soon, Install{true, false, false});
    const Diagnosis e = check(diagnose(expired.cert), "validity");
    EXPECT_EQ(e.verdict, Verdict::Fail);
    EXPECT_NE(e.reason.indexOf(QLatin1String("Expired on")), -1) << e.reason.toStdString();
    EXPECT_NE(e.fix.indexOf(QLatin1String("Renew")), -1);
    const Diagnosis f = check(diagnose(future.cert), "validity");
    EXPECT_EQ(f.verdict, Verdict::Fail);
    EXPECT_NE(f.fix.indexOf(QLatin1String("clock")), -1) << f.fix.toStdString();
    const Diagnosis s = check(diagnose(soon.cert), "validity");
    EXPECT_EQ(s.verdict, Verdict::Warning);
    EXPECT_EQ(diagnose(soon.cert).overall(), Verdict::Warning);
}

TEST_F(DiagnosticsTest, ValidityPassesWithinTheDates)
{
    install(leaf());
    const Diagnosis d = check(diagnose(leaf().cert), "validity");
    EXPECT_EQ(d.verdict, Verdict::Pass);
    EXPECT_TRUE(d.fix.isEmpty());
}

// --- case 2: intermediate installed ---

TEST_F(DiagnosticsTest, IntermediateMissingFailsAndNamesTheIssuer)
{
    install(leaf(), Install{true, false, true});
    const DiagnosisReport r = diagnose(leaf().cert);
    const Diagnosis& d = check(r, "intermediate-missing");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.reason.indexOf(ca().cert.subject().commonName()), -1) << d.reason.toStdString();
    EXPECT_NE(d.reason.indexOf(QLatin1String("SEC_ERROR_UNKNOWN_ISSUER")), -1);
    EXPECT_NE(d.fix.indexOf(QLatin1String("uca.cer")), -1);
    // The root cannot be judged behind the gap.
    EXPECT_EQ(verdictOf(r, "root-not-trusted"), Verdict::NotApplicable);
    EXPECT_EQ(r.overall(), Verdict::Fail);
}

TEST_F(DiagnosticsTest, IntermediateMissingPassesWhenThePathIsComplete)
{
    install(leaf());
    const Diagnosis d = check(diagnose(leaf().cert), "intermediate-missing");
    EXPECT_EQ(d.verdict, Verdict::Pass);
    EXPECT_NE(d.reason.indexOf(QLatin1String("3 level")), -1) << d.reason.toStdString();
}

// --- case 3: root trusted ---

TEST_F(DiagnosticsTest, RootNotTrustedFailsWhenTheRootIsNotInTrustedRoot)
{
    Install how;
    how.rootAsIntermediate = true;
    install(leaf(), how);
    const Diagnosis d = check(diagnose(leaf().cert), "root-not-trusted");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.reason.indexOf(QLatin1String("CERT_E_UNTRUSTEDROOT")), -1);
    EXPECT_NE(d.fix.indexOf(root().cert.sha256()), -1) << d.fix.toStdString();
}

TEST_F(DiagnosticsTest, RootTrustedPassesAtATrustAnchor)
{
    install(leaf());
    const Diagnosis d = check(diagnose(leaf().cert), "root-not-trusted");
    EXPECT_EQ(d.verdict, Verdict::Pass);
    EXPECT_NE(d.reason.indexOf(root().cert.subject().displayName()), -1);
}

// --- case 4: host name ---

TEST_F(DiagnosticsTest, HostNameFailsForANameTheCertificateDoesNotCover)
{
    const Issued wildcard = leafWith({QStringLiteral("*.diag.example")});
    install(wildcard);
    const Diagnosis d = check(diagnose(wildcard.cert, QStringLiteral("a.b.diag.example"), false), "host-name");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.reason.indexOf(QLatin1String("exactly one label")), -1) << d.reason.toStdString();
    EXPECT_NE(d.fix.indexOf(QLatin1String("a.b.diag.example")), -1);
    const Diagnosis base = check(diagnose(wildcard.cert, QStringLiteral("diag.example"), false), "host-name");
    EXPECT_EQ(base.verdict, Verdict::Fail);
    EXPECT_NE(base.reason.indexOf(QLatin1String("base name")), -1) << base.reason.toStdString();
}

TEST_F(DiagnosticsTest, HostNamePassesForACoveredNameAndUsesRecordedBindings)
{
    install(leaf());
    EXPECT_EQ(verdictOf(diagnose(leaf().cert, kHost, false), "host-name"), Verdict::Pass);
    // Without a host, the names of the sites it is bound to are checked.
    recordBinding(leaf().cert, ServerType::Nginx, {QStringLiteral("shop.diag.example")}, 443);
    const Diagnosis d = check(diagnose(leaf().cert), "host-name");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.reason.indexOf(QLatin1String("shop.diag.example")), -1);
}

// --- case 5: private key present ---

TEST_F(DiagnosticsTest, PrivateKeyMissingFailsAndSaysOnlyTheOriginalKeyOrAReissueHelps)
{
    install(leaf(), Install{false, true, true});
    const DiagnosisReport r = diagnose(leaf().cert);
    const Diagnosis& d = check(r, "private-key-missing");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.fix.indexOf(QLatin1String("PFX")), -1);
    EXPECT_NE(d.fix.indexOf(QLatin1String("re-issue")), -1);
    EXPECT_EQ(verdictOf(r, "key-mismatch"), Verdict::NotApplicable);
    EXPECT_EQ(verdictOf(r, "key-access"), Verdict::NotApplicable);
}

TEST_F(DiagnosticsTest, PrivateKeyPresentPassesAndCaCertificatesNeedNone)
{
    install(leaf());
    EXPECT_EQ(verdictOf(diagnose(leaf().cert), "private-key-missing"), Verdict::Pass);
    EXPECT_EQ(verdictOf(diagnose(ca().cert), "private-key-missing"), Verdict::NotApplicable);
}

// --- case 6: key matches ---

TEST_F(DiagnosticsTest, KeyMismatchFailsWhenTheStoredKeyBelongsToAnotherCertificate)
{
    install(leaf());
    // The store refuses a wrong pair, so the key file is replaced behind its back, as a hand edit would.
    auto other = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
    ASSERT_TRUE(other.ok());
    QFile file(keyFile(leaf().cert));
    ASSERT_TRUE(file.exists()) << file.fileName().toStdString();
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(other->toPem().view());
    file.close();
    const DiagnosisReport r = diagnose(leaf().cert);
    EXPECT_EQ(verdictOf(r, "key-mismatch"), Verdict::Fail);
    EXPECT_NE(check(r, "key-mismatch").reason.indexOf(QLatin1String("another certificate")), -1);
    EXPECT_EQ(verdictOf(r, "key-access"), Verdict::Pass);
}

TEST_F(DiagnosticsTest, KeyMatchPasses)
{
    install(leaf());
    EXPECT_EQ(verdictOf(diagnose(leaf().cert), "key-mismatch"), Verdict::Pass);
}

// --- case 7: server authentication ---

TEST_F(DiagnosticsTest, ServerAuthFailsForAClientCertificateAndWarnsWithoutEku)
{
    auto key = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
    ASSERT_TRUE(key.ok());
    const QString keyPath = writeTestFile(m_dir.path(), QStringLiteral("client.key"), key->toPem().view());
    const QString csrPath = m_dir.filePath(QStringLiteral("client.csr"));
    ASSERT_EQ(runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), keyPath,
                          QStringLiteral("-subj"), QStringLiteral("/CN=client.diag.example"), QStringLiteral("-out"),
                          csrPath})
                  .exitCode,
              0);
    const QString ext = writeTestFile(m_dir.path(), QStringLiteral("ext.cnf"),
                                      "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n");
    const QString caPath = writeTestFile(m_dir.path(), QStringLiteral("ca.pem"), ca().cert.toPem());
    const QString caKey = writeTestFile(m_dir.path(), QStringLiteral("ca.key"), ca().key.toPem().view());
    const QString out = m_dir.filePath(QStringLiteral("client.pem"));
    const CliResult signedBy = runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrPath,
                                           QStringLiteral("-CA"), caPath, QStringLiteral("-CAkey"), caKey,
                                           QStringLiteral("-set_serial"), QStringLiteral("91"), QStringLiteral("-days"),
                                           QStringLiteral("90"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"), out});
    ASSERT_EQ(signedBy.exitCode, 0) << signedBy.err.toStdString();
    auto decoded = FileDecoder::decodeFile(out);
    ASSERT_TRUE(decoded.ok());
    const Issued client{decoded->certificates.first(), *key};
    install(client);
    const Diagnosis d = check(diagnose(client.cert), "server-auth");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.reason.indexOf(QLatin1String("without Server Authentication")), -1) << d.reason.toStdString();

    CertificateSpec spec;
    spec.subject = {{"CN", "noeku.diag.example"}};
    spec.dnsNames = {QStringLiteral("noeku.diag.example")};
    spec.serverAuth = false;
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(90);
    const Issued noEku = issueWith(ca(), spec);
    install(noEku, Install{true, false, false});
    EXPECT_EQ(verdictOf(diagnose(noEku.cert), "server-auth"), Verdict::Warning);
}

TEST_F(DiagnosticsTest, ServerAuthPassesForATlsServerCertificate)
{
    install(leaf());
    EXPECT_EQ(verdictOf(diagnose(leaf().cert), "server-auth"), Verdict::Pass);
}

// --- case 8: weak key, weak signature, old protocol ---

TEST_F(DiagnosticsTest, WeakKeyFailsBelowRsa2048)
{
    const Issued weak = leafWith({QStringLiteral("weak.diag.example")}, -1, 90, KeySpec::rsa(1024));
    install(weak);
    const Diagnosis d = check(diagnose(weak.cert), "weak-key");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.reason.indexOf(QLatin1String("1024")), -1) << d.reason.toStdString();
}

TEST_F(DiagnosticsTest, WeakKeyPassesForRsa2048)
{
    const Issued strong = leafWith({QStringLiteral("rsa.diag.example")}, -1, 90, KeySpec::rsa(2048));
    install(strong);
    EXPECT_EQ(verdictOf(diagnose(strong.cert), "weak-key"), Verdict::Pass);
}

TEST_F(DiagnosticsTest, WeakSignatureFailsForSha1)
{
    CertificateSpec spec;
    spec.subject = {{"CN", "sha1.diag.example"}};
    spec.dnsNames = {QStringLiteral("sha1.diag.example")};
    spec.digest = QStringLiteral("SHA1");
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(90);
    const Issued sha1 = issueWith(ca(), spec);
    install(sha1);
    const Diagnosis d = check(diagnose(sha1.cert), "weak-signature");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.fix.indexOf(QLatin1String("SHA-256")), -1);
}

TEST_F(DiagnosticsTest, WeakSignaturePassesForSha256)
{
    install(leaf());
    const Diagnosis d = check(diagnose(leaf().cert), "weak-signature");
    EXPECT_EQ(d.verdict, Verdict::Pass);
    EXPECT_NE(d.reason.indexOf(QLatin1String("SHA256")), -1) << d.reason.toStdString();
}

TEST_F(DiagnosticsTest, WeakProtocolFailsForAServerStuckAtTls11)
{
    install(leaf());
    LocalTlsServer server(leaf(), {ca().cert}, TLS1_1_VERSION);
    const DiagnosisReport r = diagnose(leaf().cert, local(server.port()));
    const Diagnosis& d = check(r, "weak-protocol");
    EXPECT_EQ(d.verdict, Verdict::Fail) << d.reason.toStdString();
    EXPECT_NE(d.reason.indexOf(QLatin1String("TLSv1.1")), -1) << d.reason.toStdString();
}

TEST_F(DiagnosticsTest, WeakProtocolPassesForTls13)
{
    install(leaf());
    LocalTlsServer server(leaf(), {ca().cert});
    const Diagnosis d = check(diagnose(leaf().cert, local(server.port())), "weak-protocol");
    EXPECT_EQ(d.verdict, Verdict::Pass) << d.reason.toStdString();
    EXPECT_NE(d.reason.indexOf(QLatin1String("TLSv1.3")), -1);
}

// --- case 9: the site serves this certificate ---

TEST_F(DiagnosticsTest, ServedCertificateFailsWhenTheSiteStillServesTheOldOne)
{
    const Issued old = leafWith({kHost}, -300, 20);
    install(leaf());
    LocalTlsServer server(old, {ca().cert});
    recordBinding(leaf().cert, ServerType::Nginx, {QStringLiteral("127.0.0.1")}, server.port());
    const DiagnosisReport r = diagnose(leaf().cert, local(server.port()));
    const Diagnosis& d = check(r, "served-certificate");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.reason.indexOf(old.cert.sha1()), -1) << d.reason.toStdString();
    EXPECT_NE(d.reason.indexOf(QLatin1String("older")), -1);
    EXPECT_NE(d.reason.indexOf(QLatin1String("This certificate was bound to")), -1) << d.reason.toStdString();
    EXPECT_NE(d.fix.indexOf(QLatin1String("load balancer")), -1);
    EXPECT_EQ(r.overall(), Verdict::Fail);
}

TEST_F(DiagnosticsTest, ServedCertificateFailsWhenNothingAnswers)
{
    install(leaf());
    int port = 0;
    {
        LocalTlsServer gone(leaf(), {});
        port = gone.port();
    }
    const DiagnosisReport r = diagnose(leaf().cert, local(port));
    EXPECT_EQ(verdictOf(r, "served-certificate"), Verdict::Fail);
    EXPECT_FALSE(r.probe.has_value());
    EXPECT_EQ(verdictOf(r, "served-chain"), Verdict::NotApplicable);
    EXPECT_EQ(verdictOf(r, "weak-protocol"), Verdict::NotApplicable);
}

TEST_F(DiagnosticsTest, ServedCertificatePassesWhenTheSiteServesIt)
{
    install(leaf());
    LocalTlsServer server(leaf(), {ca().cert});
    const DiagnosisReport r = diagnose(leaf().cert, local(server.port()));
    EXPECT_EQ(verdictOf(r, "served-certificate"), Verdict::Pass);
    ASSERT_TRUE(r.probe.has_value());
    EXPECT_EQ(r.probe->leaf(), leaf().cert);
    EXPECT_GE(server.connections(), 1);
}

// --- case 10: HTTP.sys binding (IIS) ---

TEST_F(DiagnosticsTest, HttpSysBindingFailsWhenAnotherCertificateAnswersForAnIisBinding)
{
    const Issued other = leafWith({kHost}, -1, 200);
    install(leaf());
    LocalTlsServer server(other, {ca().cert});
    recordBinding(leaf().cert, ServerType::Iis, {QStringLiteral("127.0.0.1")}, server.port());
    const Diagnosis d = check(diagnose(leaf().cert, local(server.port())), "http-sys-binding");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.fix.indexOf(QLatin1String("netsh http show sslcert")), -1);
    EXPECT_NE(d.fix.indexOf(leaf().cert.sha1()), -1);
}

TEST_F(DiagnosticsTest, HttpSysBindingPassesForIisAndDoesNotApplyElsewhere)
{
    install(leaf());
    LocalTlsServer server(leaf(), {ca().cert});
    EXPECT_EQ(verdictOf(diagnose(leaf().cert, local(server.port())), "http-sys-binding"), Verdict::NotApplicable);
    recordBinding(leaf().cert, ServerType::Iis, {QStringLiteral("127.0.0.1")}, server.port());
    EXPECT_EQ(verdictOf(diagnose(leaf().cert, local(server.port())), "http-sys-binding"), Verdict::Pass);
}

// HTTP.sys as a Windows build reads it (netsh http show sslcert): here a
// stand-in IIS binder serves the bindings the way IisSiteMapping shapes them.
class HttpSysStandIn final : public SiteBinder {
public:
    explicit HttpSysStandIn(QList<Site> sites) : m_sites(std::move(sites)) {}
    const BinderSettings& settings() const override { return m_settings; }
    Result<QList<Site>> listSites() override { return m_sites; }
    Result<BindingPlan> planBinding(const BindingRequest&) override { return makeError(ErrorKind::Unsupported, {}); }
    Result<AppliedBinding> apply(const BindingPlan&, const StepCallback&) override
    {
        return makeError(ErrorKind::Unsupported, {});
    }

private:
    QList<Site> m_sites;
    BinderSettings m_settings = BinderSettings::defaults(ServerType::Iis);
};

struct HttpSysInstalled {
    explicit HttpSysInstalled(const QList<Site>& sites) : saved(BindingServices::installed())
    {
        BindingServices s = saved;
        s.servers.prepend(ServerType::Iis);
        s.makeBinder = [sites](const BinderSettings&) { return std::make_unique<HttpSysStandIn>(sites); };
        BindingServices::install(s);
    }
    ~HttpSysInstalled() { BindingServices::install(saved); }
    BindingServices saved;
};

Site httpSysBinding(const QString& endpoint, int port, const QString& hash)
{
    Site s;
    s.serverType = ServerType::Iis;
    s.id = endpoint;
    if (!endpoint.startsWith(QLatin1String("0.0.0.0")))
        s.serverNames << endpoint.section(QLatin1Char(':'), 0, 0);
    s.listens << ListenAddress{QString(), port, true};
    if (!hash.isEmpty())
        s.certificateFile = QStringLiteral("Cert:\\LocalMachine\\MY\\") + hash;
    s.tls = true;
    return s;
}

TEST_F(DiagnosticsTest, HttpSysBindingReadsWhatHttpSysHasBound)
{
    install(leaf());
    {
        HttpSysInstalled httpSys({httpSysBinding(kHost + QStringLiteral(":443"), 443, leaf().cert.sha1().toLower())});
        const Diagnosis d = check(diagnose(leaf().cert), "http-sys-binding");
        EXPECT_EQ(d.verdict, Verdict::Pass) << d.reason.toStdString();
        EXPECT_NE(d.reason.indexOf(kHost + QStringLiteral(":443")), -1) << d.reason.toStdString();
    }
    {
        HttpSysInstalled httpSys({httpSysBinding(QStringLiteral("0.0.0.0:443"), 443, QStringLiteral("AB12"))});
        const Diagnosis d = check(diagnose(leaf().cert), "http-sys-binding");
        EXPECT_EQ(d.verdict, Verdict::Warning) << "bindings exist, none with this certificate";
    }
    EXPECT_EQ(verdictOf(diagnose(leaf().cert), "http-sys-binding"), Verdict::NotApplicable)
        << "where HTTP.sys cannot be read and nothing is recorded";
}

TEST_F(DiagnosticsTest, HttpSysBindingFailsOnAnEntryWithoutACertificateHash)
{
    install(leaf());
    LocalTlsServer server(leaf(), {ca().cert});
    HttpSysInstalled httpSys({httpSysBinding(QStringLiteral("0.0.0.0:%1").arg(server.port()), server.port(), {}),
                              httpSysBinding(kHost + QStringLiteral(":%1").arg(server.port()), server.port(),
                                             leaf().cert.sha1())});
    const Diagnosis d = check(diagnose(leaf().cert, local(server.port())), "http-sys-binding");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.reason.indexOf(QLatin1String("no certificate hash")), -1) << d.reason.toStdString();
    EXPECT_NE(d.fix.indexOf(leaf().cert.sha1()), -1);
}

// --- case 11: private key readable ---

TEST_F(DiagnosticsTest, KeyAccessFailsWhenTheKeyFileCannotBeRead)
{
    install(leaf());
    const QString path = keyFile(leaf().cert);
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::Permissions()));
    DiagnosisReport r;
    {
        EnforceFilePermissions enforce;
        r = diagnose(leaf().cert);
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Diagnosis& d = check(r, "key-access");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.fix.indexOf(QLatin1String("Manage Private Keys")), -1);
    EXPECT_EQ(verdictOf(r, "key-mismatch"), Verdict::NotApplicable);
    EXPECT_EQ(verdictOf(r, "private-key-missing"), Verdict::Pass);
}

TEST_F(DiagnosticsTest, KeyAccessPassesForAReadableKey)
{
    install(leaf());
    EXPECT_EQ(verdictOf(diagnose(leaf().cert), "key-access"), Verdict::Pass);
}

// --- case 12 (and 2, served): the site serves the full chain ---

TEST_F(DiagnosticsTest, ServedChainFailsWhenOnlyTheLeafIsServed)
{
    install(leaf());
    LocalTlsServer server(leaf(), {});
    const Diagnosis d = check(diagnose(leaf().cert, local(server.port())), "served-chain");
    EXPECT_EQ(d.verdict, Verdict::Fail);
    EXPECT_NE(d.reason.indexOf(QLatin1String("only its own certificate")), -1) << d.reason.toStdString();
    EXPECT_NE(d.reason.indexOf(ca().cert.subject().displayName()), -1);
    EXPECT_NE(d.fix.indexOf(QLatin1String("fullchain.pem")), -1);
}

TEST_F(DiagnosticsTest, ServedChainPassesWithTheIntermediate)
{
    install(leaf());
    LocalTlsServer server(leaf(), {ca().cert});
    const DiagnosisReport r = diagnose(leaf().cert, local(server.port()));
    EXPECT_EQ(verdictOf(r, "served-chain"), Verdict::Pass) << check(r, "served-chain").reason.toStdString();
    // The name checked is the host given: an IP address the certificate does not carry.
    EXPECT_EQ(verdictOf(r, "host-name"), Verdict::Fail);
}

// --- certpilot-cli diagnose ---

TEST_F(DiagnosticsTest, CliPrintsEveryCheckAndExits3WhenOneFails)
{
    install(leaf(), Install{false, true, true});
    const CliRun run = runCliCommand(QStringLiteral("diagnose"), {leaf().cert.sha1().left(12)}, m_store.path());
    EXPECT_EQ(run.exit, 3) << run.err.toStdString();
    EXPECT_NE(run.out.indexOf(QLatin1String("[FAIL] Private key present  (private-key-missing)")), -1)
        << run.out.toStdString();
    EXPECT_NE(run.out.indexOf(QLatin1String("Fix: Only the original key")), -1) << run.out.toStdString();
    EXPECT_NE(run.out.indexOf(QLatin1String("[PASS] Validity dates")), -1);
    EXPECT_NE(run.out.indexOf(QLatin1String("[N/A ] Site serves this certificate")), -1);
    EXPECT_NE(run.out.indexOf(QLatin1String("1 check(s) failed")), -1) << run.out.toStdString();
}

TEST_F(DiagnosticsTest, CliJsonWithAHostPassesAndExits0)
{
    install(leaf());
    LocalTlsServer server(leaf(), {ca().cert});
    const CliRun run = runCliCommand(QStringLiteral("diagnose"),
                                     {leaf().cert.sha1(), QStringLiteral("--host"), local(server.port()),
                                      QStringLiteral("--sni"), kHost},
                                     m_store.path(), true);
    EXPECT_EQ(run.exit, 0) << run.out.toStdString() << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    EXPECT_EQ(o.value(QStringLiteral("endpoint")).toString(), local(server.port()));
    const QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
    ASSERT_EQ(checks.size(), Diagnostician::checkIds().size());
    QStringList ids;
    for (const QJsonValue& v : checks)
        ids << v.toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(ids, Diagnostician::checkIds());
    for (const QJsonValue& v : checks) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        const QString result = c.value(QStringLiteral("result")).toString();
        if (id == QLatin1String("http-sys-binding"))
            EXPECT_EQ(result, QStringLiteral("not-applicable"));
        else
            EXPECT_EQ(result, QStringLiteral("pass")) << id.toStdString() << ": "
                                                      << c.value(QStringLiteral("reason")).toString().toStdString();
        EXPECT_GE(c.value(QStringLiteral("case")).toInt(), 1);
    }
    EXPECT_EQ(o.value(QStringLiteral("served")).toObject().value(QStringLiteral("chain")).toArray().size(), 2);
}

TEST_F(DiagnosticsTest, CliUsageAndNotFoundExitCodes)
{
    install(leaf());
    EXPECT_EQ(runCliCommand(QStringLiteral("diagnose"), {QStringLiteral("DEADBEEFDEADBEEF")}, m_store.path()).exit, 4);
    EXPECT_EQ(runCliCommand(QStringLiteral("diagnose"), {}, m_store.path()).exit, 2);
    EXPECT_EQ(runCliCommand(QStringLiteral("diagnose"), {leaf().cert.sha1(), QStringLiteral("--host"),
                                                         QStringLiteral("bad host:99999")},
                            m_store.path())
                  .exit,
              2);
}

} // namespace
