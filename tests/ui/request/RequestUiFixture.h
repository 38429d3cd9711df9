// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreSession.h"
#include "TestPki.h"

#include <QString>
#include <QWidget>

#include <memory>

namespace certpilot::test {

// A StoreSession on a fresh temporary store, loaded, as the main window has one.
struct SessionOnTempStore {
    SessionOnTempStore();
    ~SessionOnTempStore();
    TempStore temp;
    std::unique_ptr<StoreSession> session;

    // Reloads and waits until the session has the store's contents.
    bool reload();
};

// Waits (spinning the event loop) until `done` or a generous limit; true when done.
bool waitFor(const std::function<bool()>& done, int limitMs = 60000);

// Types `text` into `widget` as key events, including characters no test
// keyboard has (QTest's key helpers know ASCII only).
void typeText(QWidget* widget, const QString& text);

template <typename T> T* find(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

} // namespace certpilot::test
