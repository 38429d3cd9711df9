// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreSession.h"
#include "TestPki.h"
#include "diagnostics/DiagnosticsDialog.h"

#include <QLabel>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>

namespace certpilot::test {

// A real PEM-directory store with a 3-tier hierarchy for www.diag.example,
// opened in a StoreSession as the main window has it.
struct DiagnosticsStore {
    DiagnosticsStore();
    TempStore temp;
    Hierarchy pki;

    // Root in Trusted Root, the intermediate unless left out, `leaf` in Personal (with its key unless told).
    void install(const Issued& leaf, bool withKey = true, bool withIntermediate = true);
    std::unique_ptr<StoreSession> openSession();
};

struct CheckRow {
    QString verdict;
    QString title;
    QString reason;
    QString fix;
};

// The rows as shown, by check id, and their order on screen.
QMap<QString, CheckRow> rowsOf(DiagnosticsDialog& dialog);
QStringList rowOrder(DiagnosticsDialog& dialog);

bool waitFor(const std::function<bool()>& done, int limitMs = 60000);

template <typename T> T* find(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

} // namespace certpilot::test
