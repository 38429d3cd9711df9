// SPDX-License-Identifier: GPL-3.0-or-later
// Two real processes on one store: while one holds the writer lock, a second
// certpilot-cli that tries to write is told who holds it and changes nothing;
// reading still works.

#include "CaDelivery.h"
#include "HostileInputSupport.h"
#include "RequestTestSupport.h"
#include "TestPki.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class SecondInstanceTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3, QStringLiteral("www.second.example"))); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    void SetUp() override
    {
        m_zip = writeCertZip(m_dir.path(), *s_pki);
        m_key = writeTestFile(m_dir.path(), QStringLiteral("server.key"), s_pki->leaf.key.toPem().view());
    }
    CliResult cli(const QStringList& args)
    {
        return runCliLimited(QStringList{QStringLiteral("--store"), m_store.path()} + args);
    }

    TempStore m_store;
    QTemporaryDir m_dir;
    QString m_zip, m_key;
};
Hierarchy* SecondInstanceTest::s_pki = nullptr;

TEST_F(SecondInstanceTest, WriterIsToldWhoHoldsTheStoreAndReadersStillRead)
{
    // Something to read: the root and intermediate.
    const CliResult seeded = cli({QStringLiteral("import"), m_zip, QStringLiteral("--yes")});
    ASSERT_EQ(seeded.exitCode, 0) << seeded.err.toStdString();

    // This test process is the first instance: it holds the writer lock, as the GUI does while it runs.
    ASSERT_TRUE(m_store.store->acquireWriteLock().ok());
    const auto before = storeSnapshot(m_store.path());

    const CliResult second = cli({QStringLiteral("import"), m_zip, m_key, QStringLiteral("--yes")});
    EXPECT_EQ(second.exitCode, 1);
    const QString expected = QStringLiteral("The store is in use by %1 (process %2)")
                                 .arg(QCoreApplication::applicationName())
                                 .arg(QCoreApplication::applicationPid());
    EXPECT_TRUE(QString::fromUtf8(second.err).contains(expected)) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains("You can still view the store")) << second.err.toStdString();
    EXPECT_EQ(storeSnapshot(m_store.path()), before) << "the refused writer changed the store";

    const CliResult removed = cli({QStringLiteral("remove"), s_pki->root.cert.sha1()});
    EXPECT_EQ(removed.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(removed.err).contains(expected)) << removed.err.toStdString();

    // Reading works while the lock is held.
    const CliResult listed = cli({QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(s_pki->root.cert.sha1().toUtf8())) << listed.out.toStdString();
    const CliResult shown = cli({QStringLiteral("show"), s_pki->intermediates[0].cert.sha1()});
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_FALSE(listed.err.contains("Note:")) << "a live lock was treated as a leftover: " << listed.err.toStdString();
    EXPECT_EQ(storeSnapshot(m_store.path()), before);

    // Once the first instance lets go, the second one writes.
    m_store.store->releaseWriteLock();
    const CliResult retried = cli({QStringLiteral("import"), m_zip, m_key, QStringLiteral("--yes")});
    EXPECT_EQ(retried.exitCode, 0) << retried.err.toStdString();
    EXPECT_FALSE(retried.err.contains("Note:")) << "a released lock is no leftover: " << retried.err.toStdString();
}

TEST_F(SecondInstanceTest, TwoCliWritersAtOnceNeitherCorruptsTheStore)
{
    // Two real certpilot-cli processes importing into one store at the same
    // moment: each either installs or is told the store is in use; the store
    // ends whole, with the key matching its certificate.
    QProcess a, b;
    const QStringList args{QStringLiteral("--store"), m_store.path(), QStringLiteral("import"), m_zip, m_key,
                           QStringLiteral("--yes")};
    a.start(certpilotCliPath(), args);
    b.start(certpilotCliPath(), args);
    ASSERT_TRUE(a.waitForFinished(60000));
    ASSERT_TRUE(b.waitForFinished(60000));
    for (QProcess* p : {&a, &b}) {
        const QString err = QString::fromUtf8(p->readAllStandardError());
        if (p->exitCode() != 0) {
            EXPECT_TRUE(err.contains(QLatin1String("is in use by certpilot-cli (process"))
                        || err.contains(QLatin1String("already")) || err.contains(QLatin1String("Nothing")))
                << err.toStdString();
        }
    }
    EXPECT_TRUE(a.exitCode() == 0 || b.exitCode() == 0);
    auto contents = m_store.store->load();
    ASSERT_TRUE(contents.ok());
    EXPECT_TRUE(contents->problems.isEmpty());
    const StoreEntry* leaf = contents->find(StoreKind::Personal, s_pki->leaf.cert.sha1());
    ASSERT_NE(leaf, nullptr);
    ASSERT_TRUE(leaf->hasPrivateKey);
    auto key = m_store.store->privateKey(StoreKind::Personal, leaf->id);
    ASSERT_TRUE(key.ok());
    EXPECT_TRUE(key->matches(s_pki->leaf.cert));
}

TEST_F(SecondInstanceTest, EmptyLockOfAProgramKilledWhileLockingIsRemovedWithANote)
{
    // QLockFile creates the file before it writes its owner into it: a program
    // killed in between leaves an empty lock that nobody holds. Without care
    // it would lock the store for good ("in use by another program (process 0)").
    writeFile(m_store.path() + QStringLiteral("/.lock"), QByteArray());
    const CliResult r = cli({QStringLiteral("import"), m_zip, QStringLiteral("--yes")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("Note: Removed a damaged lock")) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_store.path() + QStringLiteral("/.lock")));

    // A live holder's lock is never taken for damaged, even while the second program waits.
    ASSERT_TRUE(m_store.store->acquireWriteLock().ok());
    const CliResult second = cli({QStringLiteral("remove"), s_pki->root.cert.sha1()});
    EXPECT_EQ(second.exitCode, 1);
    EXPECT_TRUE(second.err.contains("is in use by")) << second.err.toStdString();
    m_store.store->releaseWriteLock();
}

} // namespace
