// SPDX-License-Identifier: GPL-3.0-or-later
// certpilot-cli killed with SIGKILL at random moments during import, export,
// remove and complete. After every kill the store must open, every file in it
// must parse, every private key that existed must still exist (in Personal,
// Requests or the trash) and match its certificate, and what the killed
// program left (its lock, an interrupted change) must be cleaned up by the
// next open, which says so ("Note: ..." on stderr).
//
// CERTPILOT_CRASH_SEED=N repeats a run; CERTPILOT_CRASH_STEPS=N sets its
// length (one killed run per step; default 250, cut short after 80 s).

#include "CaDelivery.h"
#include "FileDecoder.h"
#include "HostileInputSupport.h"
#include "InProcessCli.h"
#include "RequestTestSupport.h"
#include "TestPki.h"
#include "pfx/Pkcs12Reader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const QByteArray kExportPassword = "crash-test-export-password";

struct KillStats {
    int runs = 0;
    int killed = 0;       // still running when the signal came
    int leftovers = 0;    // kills after which the next open had to clean up
    qint64 runMs = 0;     // time spent running (and killing) the program
    qint64 checkMs = 0;   // time spent checking the store
};

class CrashSafetyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_pki = std::make_unique<Hierarchy>(makeHierarchy(3, QStringLiteral("www.crash.example")));
        m_store = m_dir.filePath(QStringLiteral("store"));
        m_work = m_dir.filePath(QStringLiteral("work"));
        QDir().mkpath(m_work);
        m_zip = writeCertZip(m_work, *m_pki);
        m_key = writeTestFile(m_work, QStringLiteral("server.key"), m_pki->leaf.key.toPem().view());
        m_passwordFile = writeTestFile(m_work, QStringLiteral("password.txt"), kExportPassword + '\n');
        ASSERT_FALSE(certpilotCliPath().isEmpty()) << "certpilot-cli not found";
    }

    // Runs certpilot-cli and kills it after `delayUs` (0: let it finish). True when it was killed.
    bool runAndKill(const QStringList& args, qint64 delayUs)
    {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.setProgram(certpilotCliPath());
        p.setArguments(QStringList{QStringLiteral("--store"), m_store} + args);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start();
        if (!p.waitForStarted(10000)) {
            ADD_FAILURE() << "certpilot-cli did not start";
            return false;
        }
        bool killed = false;
        if (delayUs > 0) {
            QThread::usleep(quint64(delayUs));
            killed = p.state() == QProcess::Running;
            p.kill();   // SIGKILL
        }
        p.waitForFinished(60000);
        m_stats.runMs += timer.elapsed();
        ++m_stats.runs;
        m_stats.killed += killed ? 1 : 0;
        return killed;
    }

    // How long an operation takes when it is not killed: the range kills are drawn from.
    qint64 durationUs(const QStringList& args)
    {
        QElapsedTimer t;
        t.start();
        runAndKill(args, 0);
        return qMax<qint64>(t.nsecsElapsed() / 1000, 20000);
    }

    qint64 randomDelay(qint64 upToUs) { return 1 + qint64(m_rng.bounded(quint32(upToUs + upToUs / 5))); }

    // Public-key ids of every private key file anywhere in the store (Personal,
    // Requests, the trash), each checked to parse.
    QSet<QString> keysInStore(const QString& why)
    {
        QSet<QString> ids;
        QDirIterator it(m_store, {QStringLiteral("*.key")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/.txn/")))
                continue;   // staged, not yet part of the store
            auto key = PrivateKey::fromPem(readAll(path));
            EXPECT_TRUE(key.ok()) << why.toStdString() << ": unreadable key " << path.toStdString();
            if (key)
                ids.insert(key->publicKeyId());
        }
        return ids;
    }

    // Every file of the store parses; keys sit next to the certificate or request they belong to.
    void everyFileParses(const QString& why)
    {
        QDirIterator it(m_store, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = path.mid(m_store.size() + 1);
            const QString name = it.fileName();
            SCOPED_TRACE(why.toStdString() + ": " + rel.toStdString());
            if (name == QLatin1String(".index"))
                continue;   // the load cache: rebuilt when it does not read
            if (name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".json.damaged"))) {
                QJsonParseError error{};
                QJsonDocument::fromJson(readAll(path), &error);
                EXPECT_EQ(error.error, QJsonParseError::NoError) << "half-written JSON";
            } else if (name.endsWith(QLatin1String(".key"))) {
                auto key = PrivateKey::fromPem(readAll(path));
                ASSERT_TRUE(key.ok()) << "half-written key";
                const QString base = path.left(path.size() - 4);
                auto partner = FileDecoder::decodeFile(QFileInfo::exists(base + QStringLiteral(".pem"))
                                                           ? base + QStringLiteral(".pem")
                                                           : base + QStringLiteral(".csr"));
                ASSERT_TRUE(partner.ok()) << "a key without its certificate or request";
                if (!partner->certificates.isEmpty())
                    EXPECT_TRUE(key->matches(partner->certificates.first())) << "key and certificate differ";
                else
                    EXPECT_EQ(key->publicKeyDer(), partner->requests.value(0).publicKeyDer());
                EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                          QFileDevice::Permissions())
                    << "key readable by others";
            } else if (name.endsWith(QLatin1String(".pem")) || name.endsWith(QLatin1String(".csr"))) {
                auto decoded = FileDecoder::decodeFile(path);
                ASSERT_TRUE(decoded.ok()) << "half-written certificate: " << decoded.error().message.toStdString();
                EXPECT_EQ(decoded->certificates.size() + decoded->requests.size(), 1);
            } else {
                ADD_FAILURE() << "unexpected file (a leftover temporary file?)";
            }
        }
    }

    // The checks after one kill. `keysBefore`: every key that existed before the operation.
    // Returns the keys now in the store: the "before" of the next step.
    QSet<QString> checkAfterKill(const QString& what, const QSet<QString>& keysBefore)
    {
        QElapsedTimer timer;
        timer.start();
        const auto addTime = qScopeGuard([&] { m_stats.checkMs += timer.elapsed(); });
        const QString lock = m_store + QStringLiteral("/.lock");
        const QString staging = m_store + QStringLiteral("/.txn");
        const bool leftLock = QFileInfo::exists(lock);
        const bool leftChange = !QDir(staging).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        const bool leftProbe = !QDir(m_store).entryList({QStringLiteral(".write-probe-*")}, QDir::Files | QDir::Hidden).isEmpty();
        if (leftLock || leftChange || leftProbe) {
            ++m_stats.leftovers;
            // The next open cleans up and says so: certpilot-cli list, every fourth
            // time the real program, else the same command in this process (faster).
            const bool real = m_stats.leftovers % 4 == 1;
            const CliRun listed = real
                ? [&] {
                      const CliResult r = runCliLimited({QStringLiteral("--store"), m_store, QStringLiteral("list")});
                      return CliRun{r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
                  }()
                : runCliCommand(QStringLiteral("list"), {}, m_store);
            EXPECT_EQ(listed.exit, 0) << what.toStdString() << ": " << listed.err.toStdString();
            EXPECT_TRUE(listed.err.contains(QLatin1String("Note: "))) << what.toStdString() << ": no recovery note, stderr: "
                                                                      << listed.err.toStdString();
            EXPECT_FALSE(QFileInfo::exists(lock)) << what.toStdString() << ": the leftover lock is still there";
            EXPECT_TRUE(QDir(m_store).entryList({QStringLiteral(".write-probe-*")}, QDir::Files | QDir::Hidden).isEmpty());
            EXPECT_TRUE(QDir(staging).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                << what.toStdString() << ": the interrupted change is still there";
        }
        auto store = PemDirStore::open(m_store);
        if (!store) {
            ADD_FAILURE() << what.toStdString() << ": " << store.error().message.toStdString();
            return keysBefore;
        }
        EXPECT_TRUE((*store)->takeNotices().isEmpty()) << what.toStdString() << ": cleaned up twice";
        auto contents = (*store)->load();
        if (!contents) {
            ADD_FAILURE() << what.toStdString() << ": " << contents.error().message.toStdString();
            return keysBefore;
        }
        for (const StoreProblem& p : contents->problems)
            ADD_FAILURE() << what.toStdString() << ": " << p.location.toStdString() << ": " << p.message.toStdString();
        for (const StoreEntry& e : contents->entries) {
            if (!e.hasPrivateKey || e.certificate.isNull())
                continue;
            auto key = (*store)->privateKey(e.kind, e.id);
            EXPECT_TRUE(key.ok()) << what.toStdString() << ": " << e.id.toStdString();
            if (key)
                EXPECT_TRUE(key->matches(e.certificate)) << what.toStdString() << ": " << e.id.toStdString();
        }
        everyFileParses(what);
        const QSet<QString> keysAfter = keysInStore(what);
        for (const QString& id : keysBefore)
            EXPECT_TRUE(keysAfter.contains(id)) << what.toStdString() << ": the private key " << id.toStdString()
                                                << " is gone";
        return keysAfter;
    }

    QString leafThumbprintInPersonal()
    {
        const QString path = m_store + QStringLiteral("/personal/") + m_pki->leaf.cert.sha1().toUpper()
            + QStringLiteral(".pem");
        return QFileInfo::exists(path) ? m_pki->leaf.cert.sha1() : QString();
    }

    // A pending request made in-process (not killed) and the CA's answer to it.
    QString pendingRequestResponse(int round)
    {
        const QString csr = m_work + QStringLiteral("/req%1.csr").arg(round);
        const CliRun made = runCliCommand(QStringLiteral("request"),
                                          {QStringLiteral("--cn"), QStringLiteral("r%1.crash.example").arg(round),
                                           QStringLiteral("--key"), QStringLiteral("ec:P-256"), QStringLiteral("--out"), csr},
                                          m_store);
        EXPECT_EQ(made.exit, 0) << made.err.toStdString();
        auto decoded = FileDecoder::decodeFile(csr);
        if (!decoded || decoded->requests.isEmpty())
            return {};
        const Certificate signed_ = caSigns(decoded->requests.first(), m_pki->intermediates.first(), m_work);
        return writeTestFile(m_work, QStringLiteral("resp%1.cer").arg(round), signed_.toPem());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Hierarchy> m_pki;
    QString m_store, m_work, m_zip, m_key, m_passwordFile;
    QRandomGenerator m_rng;
    KillStats m_stats;
};

TEST_F(CrashSafetyTest, KilledAtRandomMomentsTheStoreStaysWhole)
{
    const quint32 seed = qEnvironmentVariableIsSet("CERTPILOT_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("CERTPILOT_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    const int steps = qEnvironmentVariableIsSet("CERTPILOT_CRASH_STEPS")
        ? qEnvironmentVariableIntValue("CERTPILOT_CRASH_STEPS")
        : 250;
    m_rng.seed(seed);
    std::cout << "crash test seed " << seed << " (CERTPILOT_CRASH_SEED=" << seed << " repeats it), up to " << steps
              << " steps" << std::endl;
    RecordProperty("seed", std::to_string(seed));

    const QStringList importArgs{QStringLiteral("import"), m_zip, m_key, QStringLiteral("--yes")};
    auto exportArgs = [&](int round) {
        return QStringList{QStringLiteral("export"), m_pki->leaf.cert.sha1(), QStringLiteral("--chain"),
                           QStringLiteral("--out"), m_work + QStringLiteral("/backup%1.pfx").arg(round),
                           QStringLiteral("--password-file"), m_passwordFile};
    };
    // Calibration, not killed: how long each step takes on this machine now.
    const qint64 importUs = durationUs(importArgs);
    ASSERT_FALSE(leafThumbprintInPersonal().isEmpty()) << "the unkilled import did not install the server certificate";
    const qint64 exportUs = durationUs(exportArgs(-1));
    ASSERT_TRUE(QFileInfo::exists(m_work + QStringLiteral("/backup-1.pfx")));
    const qint64 removeUs = durationUs({QStringLiteral("remove"), m_pki->leaf.cert.sha1()});
    ASSERT_TRUE(leafThumbprintInPersonal().isEmpty());
    const QString firstResponse = pendingRequestResponse(-1);
    const qint64 completeUs = durationUs({QStringLiteral("complete"), firstResponse});
    std::cout << "unkilled: import " << importUs / 1000 << " ms, export " << exportUs / 1000 << " ms, remove "
              << removeUs / 1000 << " ms, complete " << completeUs / 1000 << " ms" << std::endl;

    // Each step is one killed run of an operation that has something to do in
    // the store's current state; a step that was killed before it finished is
    // simply tried again by a later step.
    QElapsedTimer total;
    total.start();
    QString response;   // the CA's answer to a request pending in the store
    QSet<QString> keys = keysInStore(QStringLiteral("before the first step"));
    int step = 0;
    for (; step < steps && !HasFatalFailure(); ++step) {
        const bool leafInPersonal = !leafThumbprintInPersonal().isEmpty();
        if (response.isEmpty()) {
            response = pendingRequestResponse(step);
            keys = keysInStore(QStringLiteral("before step %1").arg(step));   // with the new pending key
        }
        ASSERT_FALSE(response.isEmpty());
        const int pick = int(m_rng.bounded(4u));
        if (pick == 0) {
            runAndKill({QStringLiteral("complete"), response}, randomDelay(completeUs));
            keys = checkAfterKill(QStringLiteral("step %1 complete").arg(step), keys);
            // Completed: that request is no longer pending; make a new one next time.
            const auto decoded = FileDecoder::decodeFile(response);
            if (decoded && QFileInfo::exists(m_store + QStringLiteral("/personal/")
                                             + decoded->certificates.value(0).sha1().toUpper() + QStringLiteral(".pem")))
                response.clear();
        } else if (!leafInPersonal) {
            runAndKill(importArgs, randomDelay(importUs));
            keys = checkAfterKill(QStringLiteral("step %1 import").arg(step), keys);
        } else if (pick == 1) {
            // Export: the store must not change at all; the backup is whole or absent.
            const auto storeBefore = storeSnapshot(m_store);
            const QString backup = m_work + QStringLiteral("/backup%1.pfx").arg(step);
            runAndKill(exportArgs(step), randomDelay(exportUs));
            keys = checkAfterKill(QStringLiteral("step %1 export").arg(step), keys);
            EXPECT_EQ(storeSnapshot(m_store), storeBefore) << "step " << step << ": export changed the store";
            if (QFileInfo::exists(backup)) {
                EXPECT_TRUE(Pkcs12Reader::readFile(backup, SecureBytes(kExportPassword)).ok())
                    << "step " << step << ": a half-written backup";
            }
        } else {
            // Remove: the key goes to the trash whole, or stays.
            runAndKill({QStringLiteral("remove"), m_pki->leaf.cert.sha1()}, randomDelay(removeUs));
            keys = checkAfterKill(QStringLiteral("step %1 remove").arg(step), keys);
        }
        // Bounded run time on a loaded machine: stop early rather than time out.
        if (total.elapsed() > 80000) {
            ++step;
            break;
        }
    }
    std::cout << "crash test seed " << seed << ": " << m_stats.runs << " runs, " << m_stats.killed
              << " killed while running, " << m_stats.leftovers << " left a lock or an interrupted change, "
              << step << " steps in " << total.elapsed() / 1000.0 << " s (running " << m_stats.runMs / 1000.0
              << " s, checking " << m_stats.checkMs / 1000.0 << " s)" << std::endl;
    RecordProperty("killed", m_stats.killed);
    EXPECT_GT(m_stats.killed, 0) << "no run was killed while it worked";
}

} // namespace
