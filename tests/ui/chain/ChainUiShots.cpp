// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the chain view and the Verify Installation dialog to PNG, in a light
// and a dark palette, for looking at (not a test):
//   certpilot_chain_ui_shots [DIR]   (default /tmp/certpilot-shots/chain)

#include "ChainUiFixture.h"
#include "TestEnvironment.h"
#include "chain/ChainCardView.h"
#include "verify/VerifyInstallationDialog.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QDir>
#include <QStyleFactory>

#include <cstdio>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QString g_dir;

void shoot(QWidget* w, const QString& name, bool settle = true)
{
    // The busy state lasts until the store's thread answers: only lay out, do not deliver that answer.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (int i = 0; settle && i < 3; ++i)
        QCoreApplication::processEvents();
    const QString path = QDir(g_dir).filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x2f, 0x2f, 0x2f));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

void shootChain(const ChainResult& chain, const QString& name, QSize size = {620, 760})
{
    ChainCardView view;
    view.resize(size);
    view.show();
    view.showChain(chain);
    shoot(&view, name);
}

void shootDialog(StoreSession* session, const QString& sha1, const QString& name)
{
    VerifyInstallationDialog dialog(session, sha1);
    dialog.show();
    dialog.start();
    if (name.contains(QLatin1String("busy")))
        shoot(&dialog, name, false);
    waitFor([&] { return !dialog.isBusy(); });
    if (!name.contains(QLatin1String("busy")))
        shoot(&dialog, name);
}

struct Scenes {
    ChainStore good, gap, expired, broken, noKey, levels6;
    Hierarchy goodPki, gapPki, expiredPki, brokenPki, noKeyPki, sixPki;

    Scenes()
    {
        goodPki = makeHierarchy(4);
        good.install(goodPki);
        gapPki = makeHierarchy(4);
        gap.install(gapPki, {.withKey = true, .skipIntermediate = 0});
        // An intermediate close to its end and a server certificate past it.
        expiredPki = makeHierarchy(3);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        expiredPki.intermediates[0] = makeIntermediate(expiredPki.root, QStringLiteral("Test Intermediate CA 3.1"),
                                                       now.addDays(-900), now.addDays(23).addSecs(3600));
        expiredPki.leaf = makeLeafWith(expiredPki.intermediates[0], [&](CertificateSpec& s) {
            s.notBefore = now.addDays(-400);
            s.notAfter = now.addDays(-4).addSecs(-3600);
        });
        expired.install(expiredPki);
        // Several things wrong at once: RSA 1024, SHA-1, and the issuer missing.
        brokenPki = makeHierarchy(4);
        brokenPki.leaf = makeLeafWith(
            brokenPki.intermediates[1], [](CertificateSpec& s) { s.digest = QStringLiteral("SHA1"); },
            KeySpec::rsa(1024));
        broken.install(brokenPki, {.withKey = true, .skipIntermediate = 1});
        noKeyPki = makeHierarchy(3);
        noKey.install(noKeyPki, {.withKey = false});
        sixPki = makeLevels(6);
        levels6.install(sixPki);
    }
};

} // namespace

int main(int argc, char** argv)
{
    certpilot::test::setUpEnvironment();
    QApplication app(argc, argv);
    // scripts/update-help-images renders the windows in each language for the user guide.
    if (qEnvironmentVariableIsSet("CERTPILOT_SHOTS_LANGUAGE"))
        Translations::install(app, qEnvironmentVariable("CERTPILOT_SHOTS_LANGUAGE"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    g_dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/certpilot-shots/chain");
    QDir().mkpath(g_dir);
    Scenes s;
    const QPalette light = QApplication::palette();

    for (int pass = 0; pass < 2; ++pass) {
        const QString suffix = pass == 0 ? QString() : QStringLiteral("-dark");
        QApplication::setPalette(pass == 0 ? light : darkPalette());
        {
            ChainCardView view;
            view.resize(620, 300);
            view.show();
            shoot(&view, QStringLiteral("chain-01-placeholder") + suffix);
        }
        shootChain(s.good.chainOf(s.goodPki.leaf.cert), QStringLiteral("chain-02-4tier") + suffix);
        shootChain(s.gap.chainOf(s.gapPki.leaf.cert), QStringLiteral("chain-03-gap") + suffix);
        shootChain(s.expired.chainOf(s.expiredPki.leaf.cert), QStringLiteral("chain-04-expired") + suffix);
        shootChain(s.levels6.chainOf(s.sixPki.leaf.cert), QStringLiteral("chain-05-6levels-scrolls") + suffix,
                   {620, 520});
        shootChain(s.good.chainOf(s.goodPki.root.cert), QStringLiteral("chain-06-1level") + suffix, {620, 300});
        shootChain(s.good.chainOf(s.goodPki.leaf.cert), QStringLiteral("chain-07-narrow") + suffix, {380, 760});

        auto goodSession = s.good.openSession();
        shootDialog(goodSession.get(), s.goodPki.leaf.cert.sha1(), QStringLiteral("verify-01-good") + suffix);
        auto brokenSession = s.broken.openSession();
        shootDialog(brokenSession.get(), s.brokenPki.leaf.cert.sha1(), QStringLiteral("verify-02-broken") + suffix);
        auto expiredSession = s.expired.openSession();
        shootDialog(expiredSession.get(), s.expiredPki.leaf.cert.sha1(), QStringLiteral("verify-03-expired") + suffix);
        auto noKeySession = s.noKey.openSession();
        shootDialog(noKeySession.get(), s.noKeyPki.leaf.cert.sha1(), QStringLiteral("verify-04-nokey") + suffix);
        shootDialog(goodSession.get(), s.goodPki.root.cert.sha1(), QStringLiteral("verify-05-error") + suffix);
        shootDialog(goodSession.get(), s.goodPki.leaf.cert.sha1(), QStringLiteral("verify-06-busy") + suffix);
        for (auto* session : {goodSession.get(), brokenSession.get(), expiredSession.get(), noKeySession.get()})
            session->waitForIdle();
    }
    return 0;
}
