// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the expiry dashboard to PNG for looking at (not a test), and times
// building the timeline for large stores:
//   certpilot_dashboard_ui_shots [DIR]      (default /tmp/certpilot-shots/dashboard)
//   certpilot_dashboard_ui_shots --time N   (a generated store of N leaves)

#include "../../../bench/StoreGenerator.h"
#include "DashboardFixture.h"
#include "StoreChange.h"
#include "dashboard/DashboardWindow.h"
#include "dashboard/ExpiryTimeline.h"
#include "dashboard/InventoryModel.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QDir>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextStream>

#include <qcustomplot.h>

#include <cstdio>
#include <ctime>

using namespace certpilot;
using namespace certpilot::test;

namespace {

// CPU time of this thread: the machine these run on is shared, wall time is noise.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int timeLargeStore(int leaves)
{
    const QString folder = QDir::tempPath() + QStringLiteral("/certpilot-dashboard-bench-%1").arg(leaves);
    const auto generated = bench::generateStore(folder + QStringLiteral("/store"), leaves);
    if (!generated) {
        std::fprintf(stderr, "%s\n", qPrintable(generated.error().fullText()));
        return 1;
    }
    auto store = PemDirStore::open(generated->path);
    const StoreContents contents = *(*store)->load();
    ExpiryTimeline timeline;
    timeline.resize(1100, 500);
    timeline.show();
    QCoreApplication::processEvents();
    for (int round = 0; round < 3; ++round) {
        double t = cpuMs();
        timeline.setEntries(contents.entries);   // one pass, then a replot
        const double build = cpuMs() - t;
        t = cpuMs();
        timeline.plot()->replot();
        const double replot = cpuMs() - t;
        t = cpuMs();
        timeline.plot()->yAxis->setRange(0, contents.entries.size());   // every row at once: the worst case
        timeline.plot()->replot();
        const double all = cpuMs() - t;
        timeline.resetView();
        t = cpuMs();
        InventoryModel inventory;
        inventory.setEntries(contents.entries);
        const double table = cpuMs() - t;
        std::printf("%d entries (%lld bars), CPU ms: setEntries (with its replot) %.1f, replot %.1f, "
                    "replot with every row in view %.1f, inventory model %.1f\n",
                    int(contents.entries.size()), (long long)timeline.bars().size(), build, replot, all, table);
    }
    return 0;
}

QList<Issued> varied(DashboardStore& store, QStringList& names)
{
    struct Spec {
        const char* cn;
        int daysLeft;
        int validDays;
        const char* friendly;
    };
    const Spec specs[] = {
        {"legacy-intranet.corp.example", -40, 730, ""},  {"old-vpn.example.com", -5, 365, "Old VPN"},
        {"www.example.com", 3, 90, "Public web site"},    {"api.example.com", 6, 398, ""},
        {"mail.example.com", 12, 365, "Exchange"},        {"shop.example.com", 18, 90, ""},
        {"財務系統.example.tw", 25, 365, "財務系統"},     {"portal.example.org", 29, 398, ""},
        {"git.example.com", 33, 90, ""},                  {"wiki.example.com", 41, 365, ""},
        {"sso.example.com", 52, 398, "Single sign-on"},   {"cdn.example.net", 58, 90, ""},
        {"erp.example.com", 75, 365, ""},                 {"crm.example.com", 90, 365, ""},
        {"hr.example.com", 120, 398, ""},                 {"files.example.com", 150, 365, ""},
        {"monitor.example.com", 170, 398, ""},            {"backup.example.com", 200, 365, ""},
        {"printer.example.local", 230, 825, ""},          {"vpn.example.com", 260, 365, "VPN gateway"},
        {"intranet.corp.example", 300, 398, ""},          {"docs.example.com", 330, 365, ""},
        {"status.example.com", 360, 398, ""},             {"test.example.com", 15, 30, "Staging"},
        {"dev.example.com", 45, 60, ""},                  {"ldap.corp.example", 390, 730, ""},
        {"smtp.example.com", 8, 365, ""},                 {"chat.example.com", 27, 90, ""},
        {"meet.example.com", 64, 90, ""},                 {"a-rather-long-host-name-for-a-reporting.example.com", 110, 365, ""},
    };
    QList<Issued> leaves;
    for (const Spec& s : specs) {
        leaves << store.makeExpiring(QString::fromUtf8(s.cn), s.daysLeft, s.validDays);
        names << QString::fromUtf8(s.friendly);
    }
    return leaves;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // scripts/update-help-images renders the windows in each language for the user guide.
    if (qEnvironmentVariableIsSet("CERTPILOT_SHOTS_LANGUAGE"))
        Translations::install(app, qEnvironmentVariable("CERTPILOT_SHOTS_LANGUAGE"));
    QApplication::setApplicationName(QStringLiteral("certpilot-dashboard-shots"));
    const QStringList args = app.arguments();
    if (args.size() > 2 && args.at(1) == QLatin1String("--time"))
        return timeLargeStore(args.at(2).toInt());
    const QString dir = args.size() > 1 ? args.at(1) : QStringLiteral("/tmp/certpilot-shots/dashboard");
    QDir().mkpath(dir);

    DashboardStore store;
    QStringList names;
    const QList<Issued> leaves = varied(store, names);
    store.addPersonal(leaves, names);
    StoreChange notes;
    notes.setInventory(StoreKind::Personal, leaves.at(2).cert.sha1(), QStringLiteral("Web team"),
                       QStringLiteral("Renew through the CA portal, then rebind IIS"));
    notes.setInventory(StoreKind::Personal, leaves.at(6).cert.sha1(), QStringLiteral("王小明"),
                       QStringLiteral("財務部，分機 1234"));
    (void)store.temp.store->commit(notes);
    auto session = store.openSession();

    DashboardWindow window(session.get());
    window.timeline()->setNow(store.now);
    window.show();
    QCoreApplication::processEvents();
    window.grab().save(dir + QStringLiteral("/dashboard.png"));
    window.resize(820, 620);
    QCoreApplication::processEvents();
    window.grab().save(dir + QStringLiteral("/dashboard-small.png"));
    window.resize(1100, 760);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    window.setPalette(dark);
    QCoreApplication::processEvents();
    window.grab().save(dir + QStringLiteral("/dashboard-dark.png"));
    std::printf("wrote %s/dashboard.png, dashboard-small.png, dashboard-dark.png\n", qPrintable(dir));
    return 0;
}
