// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for driving the real main window on a real store in tests and in
// the screenshot tool.

#include "MainWindow.h"
#include "SessionOpener.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace certpilot::test {

// Opens PEM-directory stores, as app/gui does.
StoreFactory pemDirFactory();

// A demo store (DemoData) made once per process; copyDemoStore() gives each
// test its own copy, because key generation makes populating slow.
QString demoStoreTemplate();
void copyTree(const QString& from, const QString& to);
QString copyDemoStore(const QTemporaryDir& into);

// Runs the event loop until `done` holds, up to `timeoutMs`. No fixed sleeps.
[[nodiscard]] bool waitFor(const std::function<bool()>& done, int timeoutMs = 30000);

// A window on `folder`, shown, with the store loaded and every chain checked.
std::unique_ptr<MainWindow> openWindow(const QString& folder);
[[nodiscard]] bool waitForIdle(MainWindow& window, int timeoutMs = 30000);

// The table row whose "Issued To" is `name`, or -1.
int rowOf(const QTableView* table, const QString& name);
// Selects a row of the table as a click would.
bool selectRow(QTableView* table, const QString& name);
QStringList columnTexts(const QTableView* table, int column);

// The items of a tree, depth first.
QList<QTreeWidgetItem*> allItems(const QTreeWidget* tree);

} // namespace certpilot::test
