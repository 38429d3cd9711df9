// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the bind wizard's pages, the probe dialog and the "used by" list to
// PNG against a real nginx, for looking at: certpilot_binding_ui_shots [DIR].

#include "BindingUiFixture.h"

#include "binding/BindApplyPage.h"
#include "binding/BindPreviewPage.h"
#include "binding/BindSitePage.h"
#include "binding/BindWizard.h"
#include "binding/ProbeDialog.h"
#include "binding/UsedByWidget.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QString g_dir;

void shot(QWidget* w, const QString& name)
{
    QApplication::processEvents();
    const QString path = g_dir + QLatin1Char('/') + name + QStringLiteral(".png");
    w->grab().save(path);
    QTextStream(stdout) << path << '\n';
}

bool runWizard(BindingUiWorld& world, const QString& prefix)
{
    BindWizard wizard(world.session.get(), world.leafEntry());
    wizard.show();
    shot(&wizard, prefix + QStringLiteral("1-server"));
    wizard.next();
    auto* site = qobject_cast<BindSitePage*>(wizard.currentPage());
    if (!site || !waitFor([&] { return !site->isLoading(); }))
        return false;
    shot(&wizard, prefix + QStringLiteral("2-site"));
    wizard.next();
    auto* preview = qobject_cast<BindPreviewPage*>(wizard.currentPage());
    if (!preview || !waitFor([&] { return preview->isComplete(); }))
        return false;
    shot(&wizard, prefix + QStringLiteral("3-preview"));
    wizard.next();
    auto* apply = qobject_cast<BindApplyPage*>(wizard.currentPage());
    if (!apply || !waitFor([&] { return apply->isComplete(); }))
        return false;
    shot(&wizard, prefix + QStringLiteral("4-apply"));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // scripts/update-help-images renders the windows in each language for the user guide.
    if (qEnvironmentVariableIsSet("CERTPILOT_SHOTS_LANGUAGE"))
        Translations::install(app, qEnvironmentVariable("CERTPILOT_SHOTS_LANGUAGE"));
    setUpBindingUiApplication();
    g_dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/certpilot-shots/binding");
    QDir().mkpath(g_dir);
    BindingUiWorld world;
    if (!world.started()) {
        QTextStream(stderr) << "nginx did not start: " << world.startError << '\n';
        return 1;
    }
    // A failing binding first (the reload does nothing, so the live check fails), then the real one.
    world.saveSettings({QStringLiteral("true")}, 1500);
    if (!runWizard(world, QStringLiteral("failed-")))
        return 1;
    world.saveSettings();
    if (!runWizard(world, QStringLiteral("bind-")))
        return 1;

    ProbeDialog probe(world.session.get());
    probe.show();
    probe.setTarget(QStringLiteral("127.0.0.1"), world.tlsPort, QStringLiteral("www.e2e.test"));
    probe.startProbe();
    waitFor([&] { return !probe.isProbing(); });
    shot(&probe, QStringLiteral("probe-report"));
    probe.setTarget(QStringLiteral("127.0.0.1"), e2e::WebServer::freePort(), {});
    probe.startProbe();
    waitFor([&] { return !probe.isProbing(); });
    shot(&probe, QStringLiteral("probe-refused"));

    UsedByWidget usedBy(world.session.get());
    usedBy.resize(640, 220);
    usedBy.show();
    usedBy.setCertificate(world.leafEntry().id);
    waitFor([&] { return !usedBy.isLoading(); });
    shot(&usedBy, QStringLiteral("used-by"));
    usedBy.setCertificate(e2e::E2ePki::get().root().sha1());
    waitFor([&] { return !usedBy.isLoading(); });
    shot(&usedBy, QStringLiteral("used-by-empty"));
    return 0;
}
