// SPDX-License-Identifier: GPL-3.0-or-later
// certpilot-cli import (plan, then --yes) and verify-install, run in-process.

#include "CaDelivery.h"
#include "ChainVerifier.h"
#include "InProcessCli.h"
#include "Permissions.h"
#include "RequestTestSupport.h"
#include "TestPki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class ImportCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(4, QStringLiteral("www.cli.example"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;
    TempStore m_store;
    QTemporaryDir m_dir;

    CliRun run(const QString& command, const QStringList& args, bool json = false)
    {
        return runCliCommand(command, args, m_store.path(), json);
    }
    StoreContents load() { return *m_store.store->load(); }
};
Hierarchy* ImportCliTest::s_pki = nullptr;

TEST_F(ImportCliTest, WithoutYesThePlanIsPrintedAndNothingChanges)
{
    const QString zip = writeCertZip(m_dir.path(), *s_pki);
    const auto before = storeSnapshot(m_store.path());
    const CliRun r = run(QStringLiteral("import"), {zip});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(storeSnapshot(m_store.path()), before);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 4);
    EXPECT_TRUE(lines.first().startsWith(QLatin1String("[Root CA] Test Root CA 4  -> Trusted Root Certification Authorities (install)")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("\n  [Intermediate CA] Test Intermediate CA 4.1  -> Intermediate Certification Authorities")))
        << "indented by depth";
    EXPECT_TRUE(r.out.contains(QLatin1String("\n      [Server certificate] www.cli.example  -> Personal (install)")));
    EXPECT_TRUE(r.out.contains(QLatin1String("from cert.zip/uca_2.cer")));
    EXPECT_TRUE(r.out.contains(QLatin1String("trust decision: SHA-256 ")));
    EXPECT_TRUE(r.out.contains(QLatin1String("flags: no private key")));
    EXPECT_TRUE(r.out.contains(QLatin1String(
        "Nothing was changed. Run again with --yes to install 4 certificate(s), trusting the roots shown.")))
        << r.out.toStdString();
}

TEST_F(ImportCliTest, WithYesEverythingIsInstalled)
{
    const QString zip = writeCertZip(m_dir.path(), *s_pki);
    const QString key = writeTestFile(m_dir.path(), QStringLiteral("server.key"),
                                      s_pki->leaf.key.toPem().view());
    const CliRun r = run(QStringLiteral("import"), {zip, key, QStringLiteral("--yes"), QStringLiteral("--friendly-name"),
                                                    QStringLiteral("CLI site")});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("Installed 4 certificate(s)."))) << r.out.toStdString();
    const StoreContents contents = load();
    EXPECT_EQ(contents.count(StoreKind::TrustedRoot), 1);
    EXPECT_EQ(contents.count(StoreKind::Intermediate), 2);
    const StoreEntry* leaf = contents.find(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_NE(leaf, nullptr);
    EXPECT_TRUE(leaf->hasPrivateKey);
    EXPECT_EQ(leaf->friendlyName, QStringLiteral("CLI site"));
    EXPECT_TRUE(ChainVerifier::forStore(contents)->verify(s_pki->leaf.cert).trusted);

    // Again: nothing to install, still success.
    const CliRun again = run(QStringLiteral("import"), {zip, QStringLiteral("--yes")});
    EXPECT_EQ(again.exit, 0);
    EXPECT_TRUE(again.out.contains(QLatin1String("Nothing to install."))) << again.out.toStdString();

    // verify-install: every check passes, exit 0.
    const CliRun verified = run(QStringLiteral("verify-install"), {s_pki->leaf.cert.sha1().left(10).toLower()});
    EXPECT_EQ(verified.exit, 0) << verified.out.toStdString() << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QLatin1String("[PASS] Private key: You have a private key that corresponds")));
    EXPECT_TRUE(verified.out.contains(QLatin1String("The certificate is installed correctly.")));
    EXPECT_FALSE(verified.out.contains(QLatin1String("[FAIL]")));
}

TEST_F(ImportCliTest, JsonPlanForScripts)
{
    const CliRun r = run(QStringLiteral("import"), {writeCertZip(m_dir.path(), *s_pki), QStringLiteral("--yes")}, true);
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_TRUE(o.value(QStringLiteral("installed")).toBool());
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("root"));
    EXPECT_EQ(items.at(2).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("intermediate"));
    const QJsonObject server = items.at(3).toObject();
    EXPECT_EQ(server.value(QStringLiteral("role")).toString(), QStringLiteral("server"));
    EXPECT_EQ(server.value(QStringLiteral("statusAfterImport")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(server.value(QStringLiteral("source")).toString(), QStringLiteral("cert.zip/server.cer"));
    EXPECT_FALSE(server.value(QStringLiteral("withPrivateKey")).toBool());
}

TEST_F(ImportCliTest, ExitCodesForBadInput)
{
    const auto before = storeSnapshot(m_store.path());
    const QString hostile = m_dir.filePath(QStringLiteral("evil.zip"));
    writeZip(hostile, {{QStringLiteral("../../etc/cron.d/x.cer"), s_pki->root.cert.der()}});
    const CliRun r = run(QStringLiteral("import"), {hostile, QStringLiteral("--yes")});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.out.contains(QLatin1String("not imported: evil.zip: evil.zip was not opened because"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("None of the files holds a certificate that can be imported.")));
    EXPECT_EQ(storeSnapshot(m_store.path()), before);

    EXPECT_EQ(run(QStringLiteral("import"), {}).exit, 2);
    EXPECT_EQ(run(QStringLiteral("import"), {hostile, QStringLiteral("--as"), QStringLiteral("server")}).exit, 2);
    EXPECT_EQ(run(QStringLiteral("import"), {hostile, QStringLiteral("--at"), QStringLiteral("yesterday")}).exit, 2);
    EXPECT_EQ(storeSnapshot(m_store.path()), before);
}

TEST_F(ImportCliTest, AsIntermediateNeverTrusts)
{
    const QString root = writeTestFile(m_dir.path(), QStringLiteral("root.cer"), s_pki->root.cert.der());
    const CliRun r = run(QStringLiteral("import"), {root, QStringLiteral("--as"), QStringLiteral("intermediate"),
                                                    QStringLiteral("--yes")});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("self-signed, not trusted"))) << r.out.toStdString();
    const StoreContents contents = load();
    EXPECT_EQ(contents.count(StoreKind::TrustedRoot), 0);
    EXPECT_NE(contents.find(StoreKind::Intermediate, s_pki->root.cert.sha1()), nullptr);
}

TEST_F(ImportCliTest, NoRootsLeavesTheTrustDecisionForLater)
{
    const CliRun r = run(QStringLiteral("import"), {writeCertZip(m_dir.path(), *s_pki), QStringLiteral("--no-roots"),
                                                    QStringLiteral("--yes")});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("Installed 3 certificate(s)."))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("you did not confirm that you trust this root")));
    const StoreContents contents = load();
    EXPECT_EQ(contents.count(StoreKind::TrustedRoot), 0);
    EXPECT_EQ(contents.count(StoreKind::Intermediate), 2);
    EXPECT_EQ(ChainVerifier::forStore(contents)->verify(s_pki->leaf.cert).status, ChainStatus::IssuerMissing);
}

TEST_F(ImportCliTest, AFailedInstallChangesNothingAndSaysSo)
{
    const QString zip = writeCertZip(m_dir.path(), *s_pki);
    const QString personal = m_store.path() + QStringLiteral("/personal");
    ASSERT_EQ(::chmod(QFile::encodeName(personal).constData(), 0500), 0);
    CliRun r;
    CliRun json;
    QMap<QString, QByteArray> before, after;
    {
        EnforceFilePermissions enforce;
        before = storeSnapshot(m_store.path());
        r = run(QStringLiteral("import"), {zip, QStringLiteral("--yes")});
        json = run(QStringLiteral("import"), {zip, QStringLiteral("--yes")}, true);
        after = storeSnapshot(m_store.path());
    }
    ::chmod(QFile::encodeName(personal).constData(), 0700);
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("Error: Nothing was imported:"))) << r.err.toStdString();
    EXPECT_EQ(after, before);
    EXPECT_EQ(json.exit, 1);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << "one JSON document: " << json.out.toStdString();
    EXPECT_FALSE(o.value(QStringLiteral("installed")).toBool());
    EXPECT_TRUE(o.value(QStringLiteral("error")).toString().startsWith(QLatin1String("Nothing was imported:")));
}

TEST_F(ImportCliTest, VerifyInstallFailsWithExitThreeAndSaysWhy)
{
    ASSERT_TRUE(m_store.store
                    ->commit(StoreChange()
                                 .addCertificate(StoreKind::TrustedRoot, s_pki->root.cert)
                                 .addCertificate(StoreKind::Intermediate, s_pki->intermediates[0].cert)
                                 .addCertificate(StoreKind::Personal, s_pki->leaf.cert))
                    .ok());
    const CliRun r = run(QStringLiteral("verify-install"), {s_pki->leaf.cert.sha1()});
    EXPECT_EQ(r.exit, 3);
    EXPECT_TRUE(r.out.contains(QLatin1String("[FAIL] Private key: There is no private key"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("[FAIL] Certification path: Incomplete: issuer not found")));
    EXPECT_TRUE(r.out.contains(QLatin1String("[PASS] Validity dates")));

    const CliRun json = run(QStringLiteral("verify-install"), {s_pki->leaf.cert.sha1()}, true);
    EXPECT_EQ(json.exit, 3);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
    EXPECT_EQ(o.value(QStringLiteral("checks")).toArray().size(), 6);
    EXPECT_EQ(o.value(QStringLiteral("checks")).toArray().at(1).toObject().value(QStringLiteral("check")).toString(),
              QStringLiteral("private-key"));

    EXPECT_EQ(run(QStringLiteral("verify-install"), {QStringLiteral("0123456789ABCDEF")}).exit, 4);
    EXPECT_EQ(run(QStringLiteral("verify-install"), {s_pki->root.cert.sha1()}).exit, 4) << "not in Personal";
    EXPECT_EQ(run(QStringLiteral("verify-install"), {}).exit, 2);
}

} // namespace
