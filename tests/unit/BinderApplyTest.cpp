// SPDX-License-Identifier: GPL-3.0-or-later
// apply() and its roll-back with stand-in commands (`true`, `false`); the real
// servers are in tests/e2e.
#include "TestPki.h"
#include "binding/ApacheBinder.h"
#include "binding/BindWorkflow.h"
#include "binding/NginxBinder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class BinderApplyTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3, QStringLiteral("www.unit.example"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    QTemporaryDir dir;
    QString root() const { return dir.path() + QStringLiteral("/nginx"); }
    void write(const QString& rel, const QByteArray& text)
    {
        QDir(root()).mkpath(QFileInfo(QDir(root()).filePath(rel)).path());
        writeFile(QDir(root()).filePath(rel), text);
    }
    BinderSettings settings(const QString& test, const QString& reload = QStringLiteral("true"))
    {
        BinderSettings s = BinderSettings::defaults(ServerType::Nginx);
        s.configRoot = root();
        s.testCommand = {test};
        s.reloadCommand = {reload};
        s.probeAfterReload = false;
        return s;
    }
    void SetUp() override
    {
        write("nginx.conf", "events {}\nhttp {\n    include sites-enabled/*;\n}\n");
        write("sites-enabled/www", "server {\n    listen 443 ssl;\n    server_name www.unit.example;\n"
                                   "    ssl_certificate /etc/ssl/old.pem;\n    ssl_certificate_key /etc/ssl/old.key;\n}\n");
    }
    BindingRequest request(NginxBinder& binder)
    {
        auto sites = binder.listSites();
        EXPECT_TRUE(sites.ok());
        BindingRequest r;
        r.site = sites->first();
        r.certificate = s_pki->leaf.cert;
        r.intermediates = {s_pki->intermediates[0].cert};
        r.key = s_pki->leaf.key;
        return r;
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};
Hierarchy* BinderApplyTest::s_pki = nullptr;

TEST_F(BinderApplyTest, WritesFilesEditsConfigAndKeepsTheEarlierFilesAndABackup)
{
    NginxBinder binder(settings(QStringLiteral("true")));
    auto plan = binder.planBinding(request(binder));
    ASSERT_TRUE(plan.ok()) << plan.error().fullText().toStdString();
    const QString directory = root() + QStringLiteral("/certpilot/www.unit.example");
    EXPECT_EQ(plan->directory, directory);
    EXPECT_NE(plan->preview().indexOf(QLatin1String("+    ssl_certificate ") + directory + "/fullchain.pem;"), -1);
    EXPECT_NE(plan->preview().indexOf(QLatin1String("/etc/ssl/old.pem) stay where they are")), -1);

    QList<StepReport> steps;
    auto applied = binder.apply(*plan, [&steps](const StepReport& r) { steps << r; });
    ASSERT_TRUE(applied.ok()) << applied.error().fullText().toStdString();
    EXPECT_EQ(read(directory + "/fullchain.pem"), s_pki->leaf.cert.toPem() + s_pki->intermediates[0].cert.toPem());
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(directory + "/privkey.pem").constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    ASSERT_EQ(::stat(QFile::encodeName(directory + "/fullchain.pem").constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0644u);
    EXPECT_NE(read(root() + "/sites-enabled/www").indexOf(directory.toUtf8() + "/privkey.pem;"), -1);
    EXPECT_EQ(applied->record.siteId, QStringLiteral("sites-enabled/www#1"));
    EXPECT_EQ(applied->record.certificate, s_pki->leaf.cert.sha1());
    EXPECT_EQ(steps.last().step, BindingStep::Probe);
    EXPECT_EQ(steps.last().state, StepState::Skipped);
    const QStringList backups = QDir(root() + "/certpilot/backups").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_NE(read(root() + "/certpilot/backups/" + backups.first() + "/sites-enabled/www").indexOf("/etc/ssl/old.pem"), -1);

    // Binding again (a renewal) keeps the earlier files one generation back.
    const Issued renewed = makeLeaf(s_pki->intermediates[0], QStringLiteral("www.unit.example"));
    BindingRequest again = request(binder);
    again.certificate = renewed.cert;
    again.key = renewed.key;
    auto plan2 = binder.planBinding(again);
    ASSERT_TRUE(plan2.ok());
    EXPECT_TRUE(plan2->configChanges.isEmpty());   // already pointing at these files
    ASSERT_TRUE(binder.apply(*plan2).ok());
    EXPECT_EQ(read(directory + "/previous/fullchain.pem"),
              s_pki->leaf.cert.toPem() + s_pki->intermediates[0].cert.toPem());
    EXPECT_TRUE(read(directory + "/fullchain.pem").startsWith(renewed.cert.toPem()));
}

TEST_F(BinderApplyTest, AFailedConfigTestRestoresEveryFileByteForByte)
{
    const auto before = snapshotTree(dir.path());
    NginxBinder binder(settings(QStringLiteral("false")));
    auto plan = binder.planBinding(request(binder));
    ASSERT_TRUE(plan.ok());
    QList<StepReport> steps;
    auto applied = binder.apply(*plan, [&steps](const StepReport& r) { steps << r; });
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().kind, ErrorKind::ServerRejected);
    EXPECT_NE(applied.error().message.indexOf(QLatin1String("Test the configuration")), -1);
    EXPECT_NE(applied.error().message.indexOf(QLatin1String("was not reloaded")), -1);
    EXPECT_EQ(snapshotTree(dir.path()), before);
    EXPECT_FALSE(QFileInfo::exists(root() + "/certpilot"));
    ASSERT_GE(steps.size(), 2);
    EXPECT_EQ(steps.last().step, BindingStep::RollBack);
    EXPECT_EQ(steps.last().state, StepState::Done);
}

TEST_F(BinderApplyTest, AFailedReloadRollsBackAndReloadsAgain)
{
    const auto before = snapshotTree(dir.path());
    NginxBinder binder(settings(QStringLiteral("true"), QStringLiteral("false")));
    auto plan = binder.planBinding(request(binder));
    ASSERT_TRUE(plan.ok());
    auto applied = binder.apply(*plan);
    ASSERT_FALSE(applied.ok());
    EXPECT_NE(applied.error().message.indexOf(QLatin1String("Reload the server")), -1);
    EXPECT_NE(applied.error().message.indexOf(QLatin1String("reloading the server failed")), -1);
    EXPECT_EQ(snapshotTree(dir.path()), before);
}

TEST_F(BinderApplyTest, RefusesAMismatchedKeyAndAConfigurationChangedSinceThePreview)
{
    NginxBinder binder(settings(QStringLiteral("true")));
    BindingRequest wrong = request(binder);
    wrong.key = s_pki->intermediates[0].key;
    EXPECT_EQ(binder.planBinding(wrong).error().kind, ErrorKind::KeyMismatch);

    // A key swapped after planning is caught by our own check of the written files.
    auto plan = binder.planBinding(request(binder));
    ASSERT_TRUE(plan.ok());
    BindingPlan tampered = *plan;
    tampered.key = s_pki->intermediates[0].key;
    const auto before = snapshotTree(dir.path());
    auto applied = binder.apply(tampered);
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().kind, ErrorKind::KeyMismatch);
    EXPECT_EQ(snapshotTree(dir.path()), before);

    write("sites-enabled/www", read(root() + "/sites-enabled/www") + "# edited meanwhile\n");
    const auto edited = snapshotTree(dir.path());
    auto stale = binder.apply(*plan);
    ASSERT_FALSE(stale.ok());
    EXPECT_NE(stale.error().message.indexOf(QLatin1String("changed since the preview")), -1);
    EXPECT_EQ(snapshotTree(dir.path()), edited);
}

TEST_F(BinderApplyTest, AMissingServerProgramIsReportedNotCrashed)
{
    NginxBinder binder(settings(QStringLiteral("certpilot-no-such-program")));
    auto plan = binder.planBinding(request(binder));
    ASSERT_TRUE(plan.ok());
    auto applied = binder.apply(*plan);
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().kind, ErrorKind::NotFound);
    EXPECT_NE(applied.error().message.indexOf(QLatin1String("certpilot-no-such-program was not found")), -1);
}

TEST_F(BinderApplyTest, WorkflowRequestsNeedAKeyServerAuthAndTheStoresIntermediates)
{
    TempStore t;
    StoreChange change;
    const Issued noKey = makeLeaf(s_pki->intermediates[0], QStringLiteral("nokey.unit.example"));
    change.addCertificate(StoreKind::TrustedRoot, s_pki->root.cert)
        .addCertificate(StoreKind::Intermediate, s_pki->intermediates[0].cert)
        .addCertificateWithKey(StoreKind::Personal, s_pki->leaf.cert, s_pki->leaf.key)
        .addCertificate(StoreKind::Personal, noKey.cert);
    ASSERT_TRUE(t.store->commit(change).ok());
    auto contents = t.store->load();
    ASSERT_TRUE(contents.ok());
    NginxBinder binder(settings(QStringLiteral("true")));
    const Site site = binder.listSites()->first();
    auto r = BindWorkflow::makeRequest(*t.store, *contents, s_pki->leaf.cert.sha1(), site);
    ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
    EXPECT_EQ(r->intermediates, QList<Certificate>{s_pki->intermediates[0].cert});
    EXPECT_TRUE(r->key.matches(s_pki->leaf.cert));
    EXPECT_EQ(BindWorkflow::makeRequest(*t.store, *contents, noKey.cert.sha1(), site).error().kind,
              ErrorKind::KeyMissing);
    EXPECT_EQ(BindWorkflow::makeRequest(*t.store, *contents, s_pki->root.cert.sha1(), site).error().kind,
              ErrorKind::NotFound);

    auto found = BindWorkflow::findSite({site}, QStringLiteral("WWW.unit.example"), false);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->id, site.id);
    EXPECT_EQ(BindWorkflow::findSite({site}, QStringLiteral("sites-enabled/www#1"), false)->id, site.id);
    EXPECT_EQ(BindWorkflow::findSite({site}, QStringLiteral("nope.example"), false).error().kind, ErrorKind::NotFound);
}

} // namespace
