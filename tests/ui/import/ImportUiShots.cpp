// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every page of the CA import wizard for a 4-tier cert.zip to PNG,
// for people to look at (not a test):
//   certpilot_import_ui_shots [DIR]   (default /tmp/certpilot-shots/import)

#include "ImportUiFixture.h"
#include "import/CaImportTrustPage.h"
#include "import/CaImportWizard.h"
#include "import/RootTrustCard.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QTest>
#include <QTreeWidget>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QString g_dir;

void shoot(QWidget* w, const QString& name)
{
    QApplication::processEvents();
    w->grab().save(QDir(g_dir).filePath(name + QStringLiteral(".png")));
}

void trustedRun()
{
    ImportUiWorld world;
    CaImportWizard w(world.session.get(), {world.certZip()});
    w.show();
    // Before the event loop runs, so the reading state (busy bar) is what is drawn.
    w.grab().save(QDir(g_dir).filePath(QStringLiteral("1-files-reading.png")));
    (void)QTest::qWaitForWindowExposed(&w);
    waitUntilIdle(w);
    shoot(&w, QStringLiteral("1-files"));
    w.next();
    shoot(&w, QStringLiteral("2-plan"));
    auto* tree = w.findChild<QTreeWidget*>(QStringLiteral("planTreeWidget"));
    tree->setCurrentItem(tree->topLevelItem(0));
    shoot(&w, QStringLiteral("2-plan-root-selected"));
    w.next();
    shoot(&w, QStringLiteral("3-trust"));
    static_cast<CaImportTrustPage*>(w.currentPage())->cards().first()->checkBox()->setChecked(true);
    shoot(&w, QStringLiteral("3-trust-ticked"));
    w.next();
    waitUntilIdle(w);
    shoot(&w, QStringLiteral("4-result"));
}

void otherRuns()
{
    ImportUiWorld world;
    {
        CaImportWizard w(world.session.get(), {world.hostileZip(), world.certZip(QStringLiteral("good.zip"))});
        w.show();
        (void)QTest::qWaitForWindowExposed(&w);
        waitUntilIdle(w);
        shoot(&w, QStringLiteral("5-files-hostile-and-good"));
    }
    {
        CaImportWizard w(world.session.get(), {world.hostileZip()});
        w.show();
        (void)QTest::qWaitForWindowExposed(&w);
        waitUntilIdle(w);
        shoot(&w, QStringLiteral("6-files-hostile-only"));
    }
    {
        CaImportWizard w(world.session.get(), {world.certZip()});
        w.show();
        (void)QTest::qWaitForWindowExposed(&w);
        waitUntilIdle(w);
        w.next();
        w.next();
        w.next();
        waitUntilIdle(w);
        shoot(&w, QStringLiteral("7-result-root-declined"));
    }
    world.reload();
    {
        CaImportWizard w(world.session.get(), {world.certZip()});
        w.show();
        (void)QTest::qWaitForWindowExposed(&w);
        waitUntilIdle(w);
        shoot(&w, QStringLiteral("8-files-already-installed"));
    }
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
    g_dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/certpilot-shots/import");
    QDir().mkpath(g_dir);
    trustedRun();
    otherRuns();
    return 0;
}
