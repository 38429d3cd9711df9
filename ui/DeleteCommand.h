// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace certpilot {

class StoreSession;
struct StoreEntry;

// Certificate > Delete: asks first, naming the item and what losing it means
// (louder when a private key goes with it), then moves it to the store's
// trash, from where View > Show Trash restores it.
class DeleteCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)
public:
    // `done` runs in the GUI thread once the store has changed (true) or the
    // user cancelled or the change failed (false).
    static void run(QWidget* parent, StoreSession* session, const StoreEntry& entry,
                    const std::function<void(bool deleted)>& done = {});

    // The question, for tests and for the dialog.
    static QString question(const StoreEntry& entry);
    static QString consequences(const StoreEntry& entry);
};

} // namespace certpilot
