// SPDX-License-Identifier: GPL-3.0-or-later
// SingleInstance: the first `certpilot` on a store listens, a second one hands
// its files over and is told to exit. The second runs in another thread, as
// it would in another process, so that the first can answer.

#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <gtest/gtest.h>

using namespace certpilot;

namespace {

// Starts a second instance on another thread; its outcome arrives in the future.
QFuture<SingleInstance::Outcome> startSecond(const QString& store, const QStringList& files, int timeoutMs = 5000)
{
    return QtConcurrent::run([store, files, timeoutMs] {
        SingleInstance second(store);
        return second.start(files, timeoutMs);
    });
}

// Runs the event loop (so the first instance can answer) until the future is done.
SingleInstance::Outcome waitFor(QFuture<SingleInstance::Outcome> future)
{
    QFutureWatcher<SingleInstance::Outcome> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<SingleInstance::Outcome>::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(20000);
    return future.result();
}

class SingleInstanceTest : public ::testing::Test {
protected:
    QString store() const { return m_dir.filePath(QStringLiteral("store")); }
    QTemporaryDir m_dir;
};

TEST_F(SingleInstanceTest, SecondInstanceHandsItsFilesToTheFirst)
{
    SingleInstance first(store());
    ASSERT_EQ(first.start({}), SingleInstance::Outcome::Primary);
    QSignalSpy received(&first, &SingleInstance::filesReceived);

    const QString cert = m_dir.filePath(QStringLiteral("site.cer"));
    const QString pfx = m_dir.filePath(QStringLiteral("backup folder/site.pfx"));
    EXPECT_EQ(waitFor(startSecond(store(), {cert, pfx})), SingleInstance::Outcome::HandedOver);
    ASSERT_EQ(received.count(), 1);
    EXPECT_EQ(received.first().first().toStringList(), (QStringList{cert, pfx}));
}

TEST_F(SingleInstanceTest, RelativePathsArriveAbsolute)
{
    SingleInstance first(store());
    ASSERT_EQ(first.start({}), SingleInstance::Outcome::Primary);
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    EXPECT_EQ(waitFor(startSecond(store(), {QStringLiteral("request.csr")})), SingleInstance::Outcome::HandedOver);
    ASSERT_EQ(received.count(), 1);
    EXPECT_EQ(received.first().first().toStringList(),
              QStringList{QDir::current().absoluteFilePath(QStringLiteral("request.csr"))});
}

TEST_F(SingleInstanceTest, WithoutFilesTheFirstIsAskedToComeForward)
{
    SingleInstance first(store());
    ASSERT_EQ(first.start({}), SingleInstance::Outcome::Primary);
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    EXPECT_EQ(waitFor(startSecond(store(), {})), SingleInstance::Outcome::HandedOver);
    ASSERT_EQ(received.count(), 1);
    EXPECT_TRUE(received.first().first().toStringList().isEmpty());
}

TEST_F(SingleInstanceTest, SameStoreSpelledDifferentlyIsTheSameInstance)
{
    QDir().mkpath(store());
    EXPECT_EQ(SingleInstance::serverName(store()),
              SingleInstance::serverName(store() + QStringLiteral("/../store/.")));
    EXPECT_NE(SingleInstance::serverName(store()), SingleInstance::serverName(m_dir.filePath(QStringLiteral("other"))));
}

TEST_F(SingleInstanceTest, OtherStoresGetTheirOwnInstance)
{
    SingleInstance first(store());
    ASSERT_EQ(first.start({}), SingleInstance::Outcome::Primary);
    SingleInstance other(m_dir.filePath(QStringLiteral("other")));
    EXPECT_EQ(other.start({}), SingleInstance::Outcome::Primary);
}

TEST_F(SingleInstanceTest, NameIsFreedWhenTheFirstEnds)
{
    {
        SingleInstance first(store());
        ASSERT_EQ(first.start({}), SingleInstance::Outcome::Primary);
    }
    SingleInstance next(store());
    EXPECT_EQ(next.start({}), SingleInstance::Outcome::Primary);
}

#ifdef Q_OS_UNIX
TEST_F(SingleInstanceTest, SocketLeftByACrashIsReplaced)
{
    // A crashed instance leaves its socket file; nobody answers on it.
    const QString name = SingleInstance::serverName(store());
    QFile leftover(name);
    ASSERT_TRUE(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    SingleInstance first(store());
    EXPECT_EQ(first.start({}), SingleInstance::Outcome::Primary);
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    EXPECT_EQ(waitFor(startSecond(store(), {QStringLiteral("/tmp/a.pem")})), SingleInstance::Outcome::HandedOver);
    EXPECT_EQ(received.count(), 1);
}
#endif

TEST_F(SingleInstanceTest, SomethingElseOnTheNameIsNotTakenForAnAnswer)
{
    // A server that accepts but never answers (a hung instance): the second
    // does not claim success, and does not take the name either.
    QLocalServer mute;
    QLocalServer::removeServer(SingleInstance::serverName(store()));
    ASSERT_TRUE(mute.listen(SingleInstance::serverName(store())));
    EXPECT_EQ(waitFor(startSecond(store(), {QStringLiteral("/tmp/a.pem")}, 300)), SingleInstance::Outcome::Standalone);
}

} // namespace
