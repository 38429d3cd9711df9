// SPDX-License-Identifier: GPL-3.0-or-later
// Private keys and passwords stay where the user put them: never in output,
// error messages, other store files or temporary files; both programs refuse
// core dumps; key files are owner-only whatever the umask; buffers are wiped.

#include "CaDelivery.h"
#include "HostileInputSupport.h"
#include "RequestTestSupport.h"
#include "SecureBytes.h"
#include "TestPki.h"
#include "pemdir/ProcessProtection.h"
#include "pfx/Pkcs12Writer.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <grp.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const QByteArray kPassword = "Zebra-Secret-Passw0rd-4711";
const QByteArray kWrongPassword = "Wrong-Guess-Passw0rd-0815";

// What must never show up: the passwords, the key's DER, its PEM body and pieces of both.
QList<QByteArray> secretNeedles(const PrivateKey& key)
{
    const QByteArray der = key.pkcs8Der().view();
    const QByteArray b64 = der.toBase64();
    QList<QByteArray> needles{kPassword, kWrongPassword, der, der.toHex(), der.toHex().toUpper()};
    // 32-character pieces of the Base64 body from the middle (the private scalar is there).
    for (qsizetype at = b64.size() / 3; at + 32 <= b64.size() - 8; at += 16)
        needles << b64.mid(at, 32);
    return needles;
}

QStringList leaks(const QByteArray& haystack, const QList<QByteArray>& needles, const QString& where)
{
    QStringList found;
    for (const QByteArray& n : needles)
        if (haystack.contains(n))
            found << where + QStringLiteral(": ") + QString::fromLatin1(n.left(12)) + QStringLiteral("...");
    return found;
}

class SecretsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3, QStringLiteral("www.secret.example"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    void SetUp() override
    {
        m_tmp = m_dir.filePath(QStringLiteral("tmp"));
        m_out = m_dir.filePath(QStringLiteral("out"));
        m_in = m_dir.filePath(QStringLiteral("in"));
        for (const QString& d : {m_tmp, m_out, m_in, m_out + QStringLiteral("/nginx")})
            QDir().mkpath(d);
        m_store = m_dir.filePath(QStringLiteral("store"));
        m_zip = writeCertZip(m_in, *s_pki);
        m_key = writeTestFile(m_in, QStringLiteral("server.key"), s_pki->leaf.key.toPem().view());
        m_passwordFile = writeTestFile(m_in, QStringLiteral("password.txt"), kPassword + '\n');
        m_wrongFile = writeTestFile(m_in, QStringLiteral("wrong.txt"), kWrongPassword + '\n');
    }

    // The real certpilot-cli, with its own TMPDIR and umask 000 (the worst case for key files).
    CliResult cli(const QStringList& args, const QString& store = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), m_tmp);
        env.insert(QStringLiteral("SECRETS_TEST_PASSWORD"), QString::fromUtf8(kPassword));
        env.insert(QStringLiteral("SECRETS_TEST_WRONG"), QString::fromUtf8(kWrongPassword));
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([] { ::umask(0); });
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(certpilotCliPath(),
                QStringList{QStringLiteral("--store"), store.isEmpty() ? m_store : store} + args);
        EXPECT_TRUE(p.waitForFinished(120000));
        CliResult r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                    p.readAllStandardError()};
        m_output += r.out + r.err;
        return r;
    }

    // Fails the test with the program's stderr when the exit code is not `expected`.
    static void expectExit(const CliResult& r, int expected)
    {
        EXPECT_EQ(r.exitCode, expected) << r.err.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_tmp, m_out, m_in, m_store, m_zip, m_key, m_passwordFile, m_wrongFile;
    QByteArray m_output;   // everything every run printed
};
Hierarchy* SecretsTest::s_pki = nullptr;

TEST_F(SecretsTest, KeysAndPasswordsReachNoOutputNoOtherFileAndKeyFilesAre0600UnderUmask000)
{
    const QString thumb = s_pki->leaf.cert.sha1();
    const QString pfx = m_out + QStringLiteral("/backup.pfx");
    expectExit(cli({QStringLiteral("import"), m_zip, m_key, QStringLiteral("--yes")}), 0);
    expectExit(cli({QStringLiteral("export"), thumb, QStringLiteral("--chain"), QStringLiteral("--out"), pfx,
                   QStringLiteral("--password-file"), m_passwordFile}), 0);
    expectExit(cli({QStringLiteral("export"), thumb, QStringLiteral("--format"), QStringLiteral("key"),
                   QStringLiteral("--out"), m_out + QStringLiteral("/encrypted.key"), QStringLiteral("--password-env"),
                   QStringLiteral("SECRETS_TEST_PASSWORD")}), 0);
    // The user asks for a plain key file here: it is 0600, and still not printed.
    expectExit(cli({QStringLiteral("export"), thumb, QStringLiteral("--format"), QStringLiteral("nginx"),
                   QStringLiteral("--no-encrypt-key"), QStringLiteral("--out-dir"), m_out + QStringLiteral("/nginx")}), 0);
    // Failures: a wrong password, a refused --password argument, JSON output.
    const QString restored = m_dir.filePath(QStringLiteral("restored"));
    expectExit(cli({QStringLiteral("import-pfx"), pfx, QStringLiteral("--password-env"), QStringLiteral("SECRETS_TEST_WRONG")},
                  restored), 1);
    expectExit(cli({QStringLiteral("--json"), QStringLiteral("import-pfx"), pfx, QStringLiteral("--password-file"),
                   m_wrongFile}, restored), 1);
    expectExit(cli({QStringLiteral("import-pfx"), pfx, QStringLiteral("--password-env"), QStringLiteral("SECRETS_TEST_PASSWORD"),
                   QStringLiteral("--yes")}, restored), 0);
    expectExit(cli({QStringLiteral("--json"), QStringLiteral("list")}), 0);
    expectExit(cli({QStringLiteral("show"), thumb}), 0);
    expectExit(cli({QStringLiteral("remove"), thumb}), 0);
    // A pending request's key, made under umask 000 too.
    expectExit(cli({QStringLiteral("request"), QStringLiteral("--cn"), QStringLiteral("pending.secret.example"),
                   QStringLiteral("--key"), QStringLiteral("ec:P-256"), QStringLiteral("--out"),
                   m_out + QStringLiteral("/pending.csr")}), 0);

    const QList<QByteArray> needles = secretNeedles(s_pki->leaf.key);
    QStringList found = leaks(m_output, needles, QStringLiteral("program output"));

    // Every file the programs made: only key files may hold the key (never the
    // password), and key files are owner-only.
    int keyFiles = 0;
    for (const QString& root : {m_store, restored, m_out, m_tmp}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
            const QByteArray bytes = f.readAll();
            // Key files hold the key on purpose (nginx's privkey.pem was asked for unencrypted).
            const bool keyFile = path.endsWith(QLatin1String(".key")) || path.endsWith(QLatin1String("/privkey.pem"));
            found += leaks(bytes, {kPassword, kWrongPassword}, path);
            if (!keyFile)
                found += leaks(bytes, needles, path);
            if (keyFile || path.endsWith(QLatin1String(".pfx"))) {
                ++keyFiles;
                struct stat st{};
                ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
                EXPECT_EQ(st.st_mode & 0777, 0600u) << path.toStdString() << " under umask 000";
            }
        }
    }
    EXPECT_TRUE(QDir(m_tmp).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        << "files left in TMPDIR";
    // personal (trash after remove), restored personal, encrypted.key, nginx key, backup.pfx, the request key.
    EXPECT_GE(keyFiles, 6);
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

// The owner of /proc/PID/status: the process's user while it is dumpable,
// root once it is not (the kernel's task_dump_owner).
uint procOwner(qint64 pid)
{
    struct stat st{};
    return ::stat(QStringLiteral("/proc/%1/status").arg(pid).toLocal8Bit().constData(), &st) == 0 ? st.st_uid
                                                                                                  : uint(-1);
}

// The programs run as a user other than root (nobody, when this test is
// root), so that "owned by root" can only mean "not dumpable".
uid_t testUser()
{
    return ::geteuid() == 0 ? 65534 : ::geteuid();
}

void runAsTestUser(QProcess& p)
{
    const uid_t user = testUser();
    p.setChildProcessModifier([user] {
        if (::getuid() == 0) {
            ::setgroups(0, nullptr);
            (void)::setgid(user);
            (void)::setuid(user);
        }
    });
}

// Checks a started program, while it runs: its /proc files turn root's (main()
// turns dumping off first thing; wait for it, the check fails if it never
// comes) and its core file size limit is 0. Kills it afterwards.
void expectRunningWithoutCoreDumps(QProcess& p, const char* name)
{
    ASSERT_TRUE(p.waitForStarted()) << name << ": " << p.errorString().toStdString();
    for (int i = 0; i < 400 && procOwner(p.processId()) != 0 && p.state() == QProcess::Running; ++i)
        QThread::msleep(25);
    ASSERT_EQ(p.state(), QProcess::Running) << name << " ended: " << p.readAllStandardError().toStdString();
    EXPECT_EQ(procOwner(p.processId()), 0u) << name << " is dumpable";
    QByteArray coreLine;
    QFile limits(QStringLiteral("/proc/%1/limits").arg(p.processId()));
    ASSERT_TRUE(limits.open(QIODevice::ReadOnly));
    for (const QByteArray& line : limits.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            coreLine = line.simplified();
    EXPECT_TRUE(coreLine.startsWith("Max core file size 0 0")) << name << ": " << coreLine.toStdString();
    p.kill();
    p.waitForFinished();

    // The control: an ordinary program run the same way stays dumpable, so the check above can fail.
    QProcess control;
    runAsTestUser(control);
    control.start(QStringLiteral("sleep"), {QStringLiteral("5")});
    ASSERT_TRUE(control.waitForStarted());
    QThread::msleep(50);
    EXPECT_EQ(procOwner(control.processId()), uint(testUser()));
    control.kill();
    control.waitForFinished();
}

TEST_F(SecretsTest, CliRunsWithoutCoreDumps)
{
    ASSERT_NE(testUser(), 0u);
    // import-pfx waiting for its password on standard input: a live process
    // about to hold a key.
    auto backup = Pkcs12Writer::write({s_pki->leaf.cert, s_pki->leaf.key, {}, {}}, SecureBytes(kPassword),
                                      Pkcs12Profile::modern());
    ASSERT_TRUE(backup.ok());
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    ::chmod(QFile::encodeName(m_in).constData(), 0755);
    writeFile(m_in + QStringLiteral("/some.pfx"), *backup);
    ::chmod(QFile::encodeName(m_in + QStringLiteral("/some.pfx")).constData(), 0644);
    QProcess p;
    runAsTestUser(p);
    p.start(certpilotCliPath(), {QStringLiteral("--store"), m_store, QStringLiteral("import-pfx"),
                                 m_in + QStringLiteral("/some.pfx"), QStringLiteral("--password-file"),
                                 QStringLiteral("-")});
    expectRunningWithoutCoreDumps(p, "certpilot-cli");
}

// The desktop program, started as a user would start it (offscreen here), on
// a store of its own: the same protection from its main(), checked on the
// running process rather than by reading the code.
TEST_F(SecretsTest, GuiRunsWithoutCoreDumps)
{
    ASSERT_NE(testUser(), 0u);
    const QString gui = QFileInfo(certpilotCliPath()).dir().filePath(QStringLiteral("certpilot"));
    ASSERT_TRUE(QFileInfo(gui).isExecutable()) << gui.toStdString() << " is not built (target certpilot)";
    // A home, settings and store folder the test user may write.
    const QString home = m_dir.filePath(QStringLiteral("gui-home"));
    ASSERT_TRUE(QDir().mkpath(home));
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    ::chmod(QFile::encodeName(home).constData(), 0777);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("TMPDIR"), home);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    runAsTestUser(p);
    p.start(gui, {QStringLiteral("--store"), home + QStringLiteral("/store")});
    expectRunningWithoutCoreDumps(p, "certpilot");
}

TEST_F(SecretsTest, ProcessProtectionTurnsOffDumpsAndSaysSo)
{
    // In a child, so this test process keeps its own settings.
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const bool before = ProcessProtection::coreDumpsDisabled();
        const bool applied = ProcessProtection::disableCoreDumps();
        const bool after = ProcessProtection::coreDumpsDisabled() && ::prctl(PR_GET_DUMPABLE) == 0;
        ::_exit(applied && after ? (before ? 2 : 0) : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_NE(WEXITSTATUS(status), 1) << "core dumps still possible after disableCoreDumps()";
}

TEST_F(SecretsTest, SecretBuffersAreTakenOverAndWiped)
{
    // A password read into a QByteArray is moved into SecureBytes, leaving no copy behind.
    QByteArray read = kPassword;
    read.detach();
    SecureBytes password = SecureBytes::takeFrom(read);
    EXPECT_TRUE(read.isEmpty());
    EXPECT_EQ(password.view(), kPassword);
    // A shared buffer is copied before wiping, so nobody else's copy is zeroed under them.
    QByteArray shared = kPassword;
    QByteArray other = shared;
    cleanse(shared);
    EXPECT_TRUE(shared.isEmpty());
    EXPECT_EQ(other, kPassword);
    password.clear();
    EXPECT_TRUE(password.isEmpty());
}

} // namespace
