// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios of DESIGN.md's "the GUI thread never blocks for more than a
// frame", measured with a heartbeat watchdog on a store shaped like a real
// one (bench's generator). The store size comes from CERTPILOT_WATCHDOG_LEAVES
// (default 2,000 to keep the suite short; bench/run uses 10,000 and reuses
// the benchmark's store through CERTPILOT_BENCH_DIR).

#include "CertificateListPane.h"
#include "CertificateTableModel.h"
#include "HeartbeatWatchdog.h"
#include "PrivateKey.h"
#include "StoreSession.h"
#include "TestPki.h"
#include "WorkerPriority.h"
#include "pfx/Pkcs12Writer.h"
#include "binding/PlatformBindingServices.h"
#include "binding/ProbeDialog.h"
#include "binding/ProbeReportView.h"
#include "pemdir/PemDirStore.h"

#include "../../bench/StoreGenerator.h"
#include "../unit/LocalTlsServer.h"

#include "TestEnvironment.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <gtest/gtest.h>

#include <array>
#include <cstdio>

using namespace certpilot;

namespace {

int leaves()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("CERTPILOT_WATCHDOG_LEAVES", &ok);
    return ok && n > 0 ? n : 2000;
}

QString storePath()
{
    static const QString path = [] {
        const QString base = qEnvironmentVariable("CERTPILOT_BENCH_DIR", QDir::tempPath() + QStringLiteral("/certpilot-bench"));
        const QString folder = base + QStringLiteral("/store-%1").arg(leaves());
        auto generated = bench::generateStore(folder, leaves());
        return generated ? folder : QString();
    }();
    return path;
}

// Runs the event loop until `signal` fires (or a generous deadline passes, so
// a broken scenario fails instead of hanging).
template <typename Sender, typename Signal> bool waitFor(Sender* sender, Signal signal, int deadlineMs = 600000)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(deadlineMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

void report(const char* scenario, const test::HeartbeatWatchdog& w)
{
    // bench/run reads these lines.
    std::printf("largest-gap %s %.1f ms (at %.0f ms, %d ticks; largest busy %.1f ms)\n", scenario, w.largestGapMs(),
                w.largestGapAtMs(), w.ticks(), w.largestBusyMs());
    std::fflush(stdout);
}

// The window's certificate list as the main window has it: the filter box
// and the table sorted by expiry date, over the session.
struct Window {
    Window()
        : session(std::shared_ptr<CertificateStore>(std::move(PemDirStore::open(storePath())).value()))
        , pane(&session)
    {
        pane.resize(1000, 700);
        pane.show();
        // The status bar's counts, as the main window asks for them.
        QObject::connect(&pane, &CertificateListPane::rowsChanged, &pane, [this] {
            counts = {pane.shownCount(), pane.expiredCount(), pane.expiringCount()};
        });
    }
    QAbstractItemModel* shown() const { return pane.tableView()->model(); }
    StoreSession session;
    CertificateListPane pane;
    std::array<int, 3> counts{};
};

void openScenario(const char* name, bool cold)
{
    ASSERT_FALSE(storePath().isEmpty());
    if (cold)
        QFile::remove(storePath() + QLatin1Char('/') + PemDirStore::indexFileName());
    test::HeartbeatWatchdog watchdog;
    Window w;
    // The window is up (and its first paint, with the fonts it loads, done)
    // before the store opens, as when the application starts.
    QApplication::processEvents();
    watchdog.start();
    w.session.reload();
    ASSERT_TRUE(waitFor(&w.session, &StoreSession::loaded));
    // The table is filled and painted.
    QApplication::processEvents();
    w.pane.tableView()->viewport()->repaint();
    QApplication::processEvents();
    watchdog.stop();
    report(name, watchdog);
    ASSERT_EQ(w.pane.shownCount(), leaves());
    EXPECT_EQ(w.counts[0], leaves());
    EXPECT_GT(w.counts[1], 0);   // the generator spreads expiry: some have expired
    EXPECT_GT(w.counts[2], 0);   // and some expire within 30 days
    // Sorted by expiry date, earliest first, as the window opens.
    const QAbstractItemModel* m = w.shown();
    for (int row = 1; row < m->rowCount(); ++row) {
        const QDateTime a = m->index(row - 1, CertificateTableModel::Expires).data(CertificateTableModel::SortRole).toDateTime();
        const QDateTime b = m->index(row, CertificateTableModel::Expires).data(CertificateTableModel::SortRole).toDateTime();
        ASSERT_LE(a, b) << "row " << row;
    }
    // Let the chain checks that started with the load end before the window goes.
    waitFor(&w.session, &StoreSession::verificationFinished);
}

TEST(ResponsivenessTest, OpeningTheStoreCold) { openScenario("open-cold", true); }
TEST(ResponsivenessTest, OpeningTheStoreWarm) { openScenario("open-warm", false); }

TEST(ResponsivenessTest, CheckingEveryChain)
{
    ASSERT_FALSE(storePath().isEmpty());
    Window w;
    w.session.reload();
    ASSERT_TRUE(waitFor(&w.session, &StoreSession::loaded));
    test::HeartbeatWatchdog watchdog;
    watchdog.start();
    int results = 0;
    QObject::connect(&w.session, &StoreSession::chainResultsReady,
                     [&](const QStringList& ids) { results += int(ids.size()); });
    ASSERT_TRUE(w.session.isVerifying());
    ASSERT_TRUE(waitFor(&w.session, &StoreSession::verificationFinished));
    watchdog.stop();
    report("verify-all", watchdog);
    // Every certificate has a status, and the table shows it.
    EXPECT_EQ(results, leaves() + 5);
    EXPECT_NE(w.shown()->index(0, CertificateTableModel::Status).data(CertificateTableModel::StatusRole).toInt(), -1);
}

TEST(ResponsivenessTest, GeneratingAnRsa4096Key)
{
    test::HeartbeatWatchdog watchdog;
    QFutureWatcher<Result<PrivateKey>> watcher;
    watchdog.start();
    watcher.setFuture(QtConcurrent::run([] { return PrivateKey::generate(KeySpec::rsa(4096)); }));
    ASSERT_TRUE(waitFor(&watcher, &QFutureWatcher<Result<PrivateKey>>::finished));
    watchdog.stop();
    report("rsa4096-keygen", watchdog);
    const Result<PrivateKey> key = watcher.result();
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(key->bits(), 4096);
}

// A PFX export as the export wizard runs it: off the GUI thread (both
// profiles: the modern one's PBKDF2 rounds and the legacy one's 3DES).
TEST(ResponsivenessTest, ExportingAPfx)
{
    const test::Hierarchy h = test::makeHierarchy(4, QStringLiteral("www.export.example"));
    Pkcs12Writer::Input input;
    input.certificate = h.leaf.cert;
    input.key = h.leaf.key;
    for (auto it = h.intermediates.crbegin(); it != h.intermediates.crend(); ++it)
        input.chain << it->cert;
    input.chain << h.root.cert;
    for (const Pkcs12Profile& profile : Pkcs12Profile::all()) {
        test::HeartbeatWatchdog watchdog;
        QFutureWatcher<Result<QByteArray>> watcher;
        watchdog.start();
        watcher.setFuture(QtConcurrent::run(
            [input, profile] { return Pkcs12Writer::write(input, SecureBytes(QByteArray("correct horse battery")), profile); }));
        ASSERT_TRUE(waitFor(&watcher, &QFutureWatcher<Result<QByteArray>>::finished));
        watchdog.stop();
        report(qPrintable(QStringLiteral("pfx-export-") + profile.idString()), watchdog);
        const Result<QByteArray> pfx = watcher.result();
        ASSERT_TRUE(pfx.ok()) << pfx.error().fullText().toStdString();
        EXPECT_GT(pfx->size(), 1000);
    }
}

// Site > Check Site as the window runs it: the real dialog, a real TLS server
// on loopback; the connection and handshake happen in a worker.
TEST(ResponsivenessTest, ProbingAnEndpoint)
{
    installPlatformBindingServices();
    const test::Hierarchy h = test::makeHierarchy(3, QStringLiteral("probe.example"));
    test::LocalTlsServer server(h.leaf, {h.intermediates.first().cert});
    test::TempStore store;
    StoreSession session(std::shared_ptr<CertificateStore>(std::move(store.store)));
    session.reload();
    ASSERT_TRUE(waitFor(&session, &StoreSession::loaded));
    ProbeDialog dialog(&session);
    dialog.show();
    dialog.setTarget(QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("probe.example"));
    // The user sees the dialog before pressing Check: its first paint is not part of the check.
    QDeadlineTimer painted(200);
    while (!painted.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    test::HeartbeatWatchdog watchdog;
    watchdog.start();
    dialog.startProbe();
    QDeadlineTimer limit(60000);
    while (dialog.isProbing() && !limit.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    watchdog.stop();
    report("endpoint-probe", watchdog);
    EXPECT_GE(server.connections(), 1);
    ASSERT_FALSE(dialog.isProbing());
    // The report names the served certificate: the check really happened.
    EXPECT_TRUE(dialog.report()->toPlainText().contains(QLatin1String("probe.example")))
        << dialog.report()->toPlainText().toStdString();
}

} // namespace

int main(int argc, char** argv)
{
    certpilot::test::setUpEnvironment();
    QApplication app(argc, argv);
    certpilot::keepWorkersBelowGuiThread();   // as the application does
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
