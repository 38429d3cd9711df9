// SPDX-License-Identifier: GPL-3.0-or-later
// certpilot-cli export / import-pfx / convert, run as a user runs them.

#include "Pkcs12TestSupport.h"
#include "pfx/Pkcs12Reader.h"

#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const QString kPassword = QStringLiteral("cli backup password");

class PfxCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(4, QStringLiteral("cli.test.example"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    void SetUp() override
    {
        if (!QFileInfo::exists(cliPath()))
            GTEST_SKIP() << "certpilot-cli is not built";
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, s_pki->root.cert)
            .addCertificate(StoreKind::Intermediate, s_pki->intermediates[0].cert)
            .addCertificate(StoreKind::Intermediate, s_pki->intermediates[1].cert)
            .addCertificateWithKey(StoreKind::Personal, s_pki->leaf.cert, s_pki->leaf.key, QStringLiteral("CLI"));
        ASSERT_TRUE(source.store->commit(change).ok());
    }
    QStringList env() const { return {QStringLiteral("BACKUP_PW=") + kPassword}; }
    CliResult cli(const TempStore& store, QStringList args, const QStringList& environment = {})
    {
        return runCli(QStringList{QStringLiteral("--store"), store.path()} + args, environment);
    }
    QString thumb() const { return s_pki->leaf.cert.sha1().left(12); }
    QString exportPfx(const QString& profile)
    {
        const QString out = dir.filePath(profile + QStringLiteral(".pfx"));
        const CliResult r = cli(source, {QStringLiteral("export"), thumb(), QStringLiteral("--format"),
                                         QStringLiteral("pfx"), QStringLiteral("--profile"), profile,
                                         QStringLiteral("--chain"), QStringLiteral("--password-env"),
                                         QStringLiteral("BACKUP_PW"), QStringLiteral("--out"), out},
                                env());
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return out;
    }
    TempStore source;
    QTemporaryDir dir;
};
Hierarchy* PfxCliTest::s_pki = nullptr;

TEST_F(PfxCliTest, ExportPfxBothProfilesReadByOpenssl)
{
    for (const QString profile : {QStringLiteral("legacy"), QStringLiteral("modern")}) {
        SCOPED_TRACE(profile.toStdString());
        const QString out = exportPfx(profile);
        struct stat st {};
        ASSERT_EQ(::stat(QFile::encodeName(out).constData(), &st), 0);
        EXPECT_EQ(st.st_mode & 0777, 0600u);
        const CliResult r = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), out, QStringLiteral("-info"),
                                        QStringLiteral("-nokeys"), QStringLiteral("-passin"),
                                        QStringLiteral("pass:") + kPassword});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QString all = QString::fromUtf8(r.out + r.err);
        EXPECT_TRUE(all.contains(profile == QLatin1String("legacy") ? QStringLiteral("MAC: sha1, Iteration 2048")
                                                                  : QStringLiteral("MAC: sha256, Iteration 10000")))
            << all.toStdString();
        EXPECT_EQ(all.count(QStringLiteral("BEGIN CERTIFICATE")), 4);
    }
}

TEST_F(PfxCliTest, PasswordsNeverFromArgumentsNorFromNowhere)
{
    const QString out = dir.filePath(QStringLiteral("x.pfx"));
    for (const QString opt : {QStringLiteral("--password"), QStringLiteral("--pass")}) {
        const CliResult r = cli(source, {QStringLiteral("export"), thumb(), opt, QStringLiteral("secret"),
                                         QStringLiteral("--out"), out});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains("not accepted on the command line")) << r.err.toStdString();
    }
    const CliResult noTerminal = cli(source, {QStringLiteral("export"), thumb(), QStringLiteral("--out"), out});
    EXPECT_EQ(noTerminal.exitCode, 2);
    EXPECT_TRUE(noTerminal.err.contains("no terminal")) << noTerminal.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(PfxCliTest, PasswordFromAFileOrStandardInput)
{
    const QString pwFile = dir.filePath(QStringLiteral("pw.txt"));
    writeFile(pwFile, kPassword.toUtf8() + "\n");
    const QString a = dir.filePath(QStringLiteral("a.pfx"));
    EXPECT_EQ(cli(source, {QStringLiteral("export"), thumb(), QStringLiteral("--password-file"), pwFile,
                           QStringLiteral("--out"), a})
                  .exitCode,
              0);
    EXPECT_TRUE(Pkcs12Reader::readFile(a, SecureBytes(kPassword.toUtf8())).ok());
    const QString b = dir.filePath(QStringLiteral("b.pfx"));
    const CliResult piped = runCli({QStringLiteral("--store"), source.path(), QStringLiteral("export"), thumb(),
                                    QStringLiteral("--password-file"), QStringLiteral("-"), QStringLiteral("--out"), b},
                                   {}, kPassword.toUtf8() + "\n");
    EXPECT_EQ(piped.exitCode, 0) << piped.err.toStdString();
    EXPECT_TRUE(Pkcs12Reader::readFile(b, SecureBytes(kPassword.toUtf8())).ok());
}

TEST_F(PfxCliTest, NginxAndApacheFolders)
{
    const CliResult nginx = cli(source, {QStringLiteral("export"), thumb(), QStringLiteral("--format"),
                                         QStringLiteral("nginx"), QStringLiteral("--out-dir"), dir.path(),
                                         QStringLiteral("--no-encrypt-key")});
    ASSERT_EQ(nginx.exitCode, 0) << nginx.err.toStdString();
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("fullchain.pem"))).count("BEGIN CERTIFICATE"), 3);
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("privkey.pem"))).startsWith("-----BEGIN PRIVATE KEY"));
    QTemporaryDir apacheDir;
    const CliResult apache = cli(source, {QStringLiteral("export"), thumb(), QStringLiteral("--format"),
                                          QStringLiteral("apache"), QStringLiteral("--out-dir"), apacheDir.path(),
                                          QStringLiteral("--password-env"), QStringLiteral("BACKUP_PW")},
                                 env());
    ASSERT_EQ(apache.exitCode, 0) << apache.err.toStdString();
    EXPECT_TRUE(readAll(apacheDir.filePath(QStringLiteral("privkey.pem"))).startsWith("-----BEGIN ENCRYPTED"));
    EXPECT_EQ(readAll(apacheDir.filePath(QStringLiteral("chain.pem"))).count("BEGIN CERTIFICATE"), 2);
    // A second run does not overwrite without --force.
    const CliResult again = cli(source, {QStringLiteral("export"), thumb(), QStringLiteral("--format"),
                                         QStringLiteral("nginx"), QStringLiteral("--out-dir"), dir.path(),
                                         QStringLiteral("--no-encrypt-key")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains("already exists"));
}

TEST_F(PfxCliTest, ImportPfxRestoresIntoAnotherStoreRootsOnlyWithYes)
{
    const QString pfx = exportPfx(QStringLiteral("modern"));
    TempStore target;
    const CliResult first = cli(target, {QStringLiteral("import-pfx"), pfx, QStringLiteral("--password-env"),
                                         QStringLiteral("BACKUP_PW")},
                                env());
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains("not trusted")) << first.out.toStdString();
    auto contents = target.store->load();
    ASSERT_TRUE(contents.ok());
    EXPECT_EQ(contents->count(StoreKind::TrustedRoot), 0);
    EXPECT_EQ(contents->count(StoreKind::Intermediate), 2);
    const StoreEntry* leaf = contents->find(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_NE(leaf, nullptr);
    EXPECT_TRUE(leaf->hasPrivateKey);
    EXPECT_EQ(leaf->friendlyName, QStringLiteral("CLI"));

    const CliResult trusted = cli(target, {QStringLiteral("import-pfx"), pfx, QStringLiteral("--password-env"),
                                           QStringLiteral("BACKUP_PW"), QStringLiteral("--yes")},
                                  env());
    ASSERT_EQ(trusted.exitCode, 0) << trusted.err.toStdString();
    contents = target.store->load();
    EXPECT_EQ(contents->count(StoreKind::TrustedRoot), 1);
}

TEST_F(PfxCliTest, FailedImportsSayWhyAndChangeNothing)
{
    const QString pfx = exportPfx(QStringLiteral("legacy"));
    TempStore target;
    const auto before = snapshotTree(target.path());
    const CliResult wrong = cli(target, {QStringLiteral("import-pfx"), pfx, QStringLiteral("--password-env"),
                                         QStringLiteral("BACKUP_PW")},
                                {QStringLiteral("BACKUP_PW=not the password")});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains("Wrong password")) << wrong.err.toStdString();
    const QString cut = dir.filePath(QStringLiteral("cut.pfx"));
    writeFile(cut, readAll(pfx).left(900));
    const CliResult truncated = cli(target, {QStringLiteral("import-pfx"), cut, QStringLiteral("--password-env"),
                                             QStringLiteral("BACKUP_PW")},
                                    env());
    EXPECT_EQ(truncated.exitCode, 1);
    EXPECT_TRUE(truncated.err.contains("ends early")) << truncated.err.toStdString();
    EXPECT_EQ(snapshotTree(target.path()), before);
}

TEST_F(PfxCliTest, ConvertPfxToPemAndPemToPfx)
{
    const QString pfx = exportPfx(QStringLiteral("modern"));
    const QString pem = dir.filePath(QStringLiteral("bundle.pem"));
    const CliResult toPem = runCli({QStringLiteral("convert"), pfx, QStringLiteral("--to"), QStringLiteral("pem"),
                                    QStringLiteral("--out"), pem, QStringLiteral("--in-password-env"),
                                    QStringLiteral("BACKUP_PW"), QStringLiteral("--no-encrypt-key")},
                                   env());
    ASSERT_EQ(toPem.exitCode, 0) << toPem.err.toStdString();
    EXPECT_EQ(readAll(pem).count("BEGIN CERTIFICATE"), 4);
    const QString back = dir.filePath(QStringLiteral("back.pfx"));
    const CliResult toPfx = runCli({QStringLiteral("convert"), pem, QStringLiteral("--to"), QStringLiteral("pfx"),
                                    QStringLiteral("--profile"), QStringLiteral("legacy"), QStringLiteral("--out"), back,
                                    QStringLiteral("--password-env"), QStringLiteral("BACKUP_PW")},
                                   env());
    ASSERT_EQ(toPfx.exitCode, 0) << toPfx.err.toStdString();
    auto read = Pkcs12Reader::readFile(back, SecureBytes(kPassword.toUtf8()));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->certificates.first().certificate, s_pki->leaf.cert);
    EXPECT_EQ(read->info.macDigest, QStringLiteral("sha1"));
}

} // namespace
