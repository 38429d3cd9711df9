// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Diagnose dialog to PNG for looking at (not a test):
//   certpilot_diagnostics_ui_shots [DIR]   (default /tmp/certpilot-shots/diagnostics)

#include "DiagnosticsUiFixture.h"
#include "LocalTlsServer.h"
#include "TestEnvironment.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QDir>

#include <cstdio>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QString g_dir;

void shoot(QWidget* w, const QString& name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QString path = QDir(g_dir).filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

void run(StoreSession* session, const QString& sha1, const QString& host, const QString& name, QSize size = {})
{
    DiagnosticsDialog dialog(session, sha1);
    if (size.isValid())
        dialog.resize(size);
    dialog.setHost(host);
    dialog.show();
    dialog.start();
    if (name == QLatin1String("busy")) {
        shoot(&dialog, name);
        waitFor([&] { return !dialog.isBusy(); });
        return;
    }
    waitFor([&] { return !dialog.isBusy(); });
    shoot(&dialog, name);
}

} // namespace

int main(int argc, char** argv)
{
    setUpEnvironment();
    QApplication app(argc, argv);
    // scripts/update-help-images renders the windows in each language for the user guide.
    if (qEnvironmentVariableIsSet("CERTPILOT_SHOTS_LANGUAGE"))
        Translations::install(app, qEnvironmentVariable("CERTPILOT_SHOTS_LANGUAGE"));
    g_dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/certpilot-shots/diagnostics");
    QDir().mkpath(g_dir);

    DiagnosticsStore good;
    good.install(good.pki.leaf);
    auto goodSession = good.openSession();
    {
        LocalTlsServer server(good.pki.leaf, {good.pki.intermediates[0].cert});
        run(goodSession.get(), good.pki.leaf.cert.sha1(), {}, QStringLiteral("pass-no-host"));
        run(goodSession.get(), good.pki.leaf.cert.sha1(), QStringLiteral("127.0.0.1:%1").arg(server.port()),
            QStringLiteral("busy"));
    }
    {
        LocalTlsServer leafOnly(good.pki.leaf, {});
        run(goodSession.get(), good.pki.leaf.cert.sha1(), QStringLiteral("127.0.0.1:%1").arg(leafOnly.port()),
            QStringLiteral("site-leaf-only"));
        run(goodSession.get(), good.pki.leaf.cert.sha1(), QStringLiteral("127.0.0.1:%1").arg(leafOnly.port()),
            QStringLiteral("site-leaf-only-small"), QSize(560, 480));
    }

    DiagnosticsStore broken;
    broken.install(broken.pki.leaf, false, false);
    auto brokenSession = broken.openSession();
    run(brokenSession.get(), broken.pki.leaf.cert.sha1(), {}, QStringLiteral("fail-key-and-intermediate"));
    run(brokenSession.get(), QStringLiteral("00112233445566778899AABBCCDDEEFF00112233"), {},
        QStringLiteral("not-found"));
    return 0;
}
