// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreSession.h"
#include "TestPki.h"
#include "pfx/Pkcs12Profile.h"

#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

namespace certpilot::test {

// A loaded StoreSession on a temporary store, optionally holding a 4-tier
// hierarchy (root in Trusted Root, two intermediates, the leaf with its key in
// Personal), and a folder for the files the wizards write.
struct PfxUiWorld {
    explicit PfxUiWorld(bool seeded = true);
    ~PfxUiWorld();
    static const Hierarchy& pki();   // made once per process

    TempStore temp;
    std::unique_ptr<StoreSession> session;
    QTemporaryDir out;

    bool reload();
    StoreEntry leafEntry() const;
    // A PFX of the leaf, its key and its chain (with or without the root).
    QString writePfx(const QString& name, const QString& password, bool withRoot,
                     const Pkcs12Profile& profile = Pkcs12Profile::modern()) const;
};

// Spins the event loop until `done` or a generous limit (a safety net, not a timing check).
bool waitFor(const std::function<bool()>& done, int limitMs = 60000);

// Toggles a check box or radio button the way a keyboard user does (Space):
// a mouse click at the centre of a stretched check box misses its label.
void press(QWidget* button);

template <typename T> T* find(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

} // namespace certpilot::test
