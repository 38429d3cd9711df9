// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "E2eFixture.h"
#include "NginxServer.h"
#include "StoreSession.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace certpilot::test {

// A loaded StoreSession on the end-to-end store (test root, intermediate, the
// new and the old www.e2e.test certificates with keys) and, when asked, a
// real nginx serving the old certificate for www.e2e.test on a loopback port
// next to an unrelated site. The binding settings (QSettings, test mode)
// point at that nginx.
struct BindingUiWorld {
    explicit BindingUiWorld(bool withServer = true);
    ~BindingUiWorld();

    e2e::E2eStore store;
    std::unique_ptr<StoreSession> session;
    std::unique_ptr<e2e::NginxServer> server;
    int tlsPort = 0;
    QString startError;

    bool started() const { return server && server->isRunning(); }
    // Saves settings for the server (and probeWaitMs / reload overrides).
    void saveSettings(const QStringList& reloadCommand = {}, int probeWaitMs = 10000) const;
    StoreEntry leafEntry() const;
};

// Sets up the application once: organisation name, QSettings test mode, the platform binders.
void setUpBindingUiApplication();

// Spins the event loop until `done` or a generous limit (a safety net, not a timing check).
bool waitFor(const std::function<bool()>& done, int limitMs = 60000);

template <typename T> T* find(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

} // namespace certpilot::test
