// SPDX-License-Identifier: GPL-3.0-or-later
#include "BindingUiFixture.h"

#include "binding/PlatformBindingServices.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace certpilot::test {

void setUpBindingUiApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CertPilotTests"));
    QCoreApplication::setApplicationName(QStringLiteral("certpilot-binding-ui"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    installPlatformBindingServices();
}

bool waitFor(const std::function<bool()>& done, int limitMs)
{
    QDeadlineTimer deadline(limitMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

BindingUiWorld::BindingUiWorld(bool withServer)
{
    session = std::make_unique<StoreSession>(std::shared_ptr<CertificateStore>(std::move(store.temp.store)));
    // Recording a binding writes the store's bindings document.
    [[maybe_unused]] const auto locked = session->lockForWriting();
    session->reload();
    waitFor([this] { return !session->isLoading() && !session->contents().entries.isEmpty(); });
    if (!withServer || e2e::NginxServer::binary().isEmpty())
        return;
    const e2e::E2ePki& p = e2e::E2ePki::get();
    server = std::make_unique<e2e::NginxServer>();
    tlsPort = e2e::WebServer::freePort();
    const QString chain = server->writeFile("old/fullchain.pem", e2e::pemOf({p.old.cert, p.intermediate()}));
    const QString key = server->writeFile("old/privkey.pem", e2e::keyPem(p.old));
    const QByteArray listen = "    listen 127.0.0.1:" + QByteArray::number(tlsPort) + " ssl;\n";
    const QByteArray files = "    ssl_certificate " + chain.toUtf8() + ";\n    ssl_certificate_key " + key.toUtf8() + ";\n";
    server->writeConfig("sites-enabled/shop", "server {\n" + listen + "    server_name shop.example.org;\n" + files + "}\n");
    server->writeConfig("sites-enabled/www", "server {\n" + listen + "    server_name www.e2e.test;\n" + files + "}\n");
    if (!server->start({tlsPort}, &startError))
        server.reset();
    saveSettings();
}

BindingUiWorld::~BindingUiWorld()
{
    if (session)
        session->waitForIdle();
}

void BindingUiWorld::saveSettings(const QStringList& reloadCommand, int probeWaitMs) const
{
    if (!server)
        return;
    BinderSettings s = server->settings();
    if (!reloadCommand.isEmpty())
        s.reloadCommand = reloadCommand;
    s.probeWaitMs = probeWaitMs;
    QSettings settings;
    s.save(settings);
}

StoreEntry BindingUiWorld::leafEntry() const
{
    const StoreEntry* e = session->contents().find(StoreKind::Personal, e2e::E2ePki::get().leaf().cert.sha1());
    return e ? *e : StoreEntry();
}

} // namespace certpilot::test
