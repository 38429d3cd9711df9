// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreSession.h"
#include "TestPki.h"

#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

namespace certpilot {
class CaImportWizard;
}

namespace certpilot::test {

// A loaded StoreSession on an empty temporary store, a 4-tier hierarchy made
// once per process, and a folder for the archives the CA "sent".
struct ImportUiWorld {
    ImportUiWorld();
    ~ImportUiWorld();
    static const Hierarchy& pki();

    TempStore temp;
    std::unique_ptr<StoreSession> session;
    QTemporaryDir out;

    bool reload();
    StoreContents contents() const { return session->contents(); }
    // cert.zip with root.cer, uca_1.cer, uca_2.cer and server.cer.
    QString certZip(const QString& name = QStringLiteral("cert.zip")) const;
    // An archive with a "../" entry, refused whole.
    QString hostileZip(const QString& name = QStringLiteral("evil.zip")) const;
};

// Spins the event loop until `done` or a generous limit (a safety net, not a timing check).
bool waitFor(const std::function<bool()>& done, int limitMs = 60000);
// Waits until the current page of the wizard has finished its background work.
bool waitUntilIdle(CaImportWizard& wizard);
// Toggles a check box the way a keyboard user does.
void press(QWidget* button);

template <typename T> T* find(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

} // namespace certpilot::test
