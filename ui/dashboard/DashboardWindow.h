// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace certpilot {

class ExpiryTimeline;
class InfoBar;
class InventoryModel;
class StoreSession;

// The expiry dashboard (View > Expiry Dashboard): the validity timeline above,
// the inventory table below, CSV export. Follows the session: every reload of
// the store redraws it. Clicking a bar or activating a row emits
// certificateActivated so the main window can select that certificate.
class DashboardWindow : public QWidget {
    Q_OBJECT
public:
    explicit DashboardWindow(StoreSession* session, QWidget* parent = nullptr);

    // Shows the dashboard of `session` (a window of its own, deleted on
    // close), raising the one already open for this parent and session.
    static DashboardWindow* open(QWidget* parent, StoreSession* session);

    ExpiryTimeline* timeline() const { return m_timeline; }
    InventoryModel* inventory() const { return m_inventory; }
    QTableView* table() const { return m_table; }
    StoreSession* session() const;
    // Preferences changed: bands, colours and the summary use the new thresholds.
    void applySettings();

    // Writes the inventory, as sorted on screen, to `path` (the Export CSV
    // button asks for the path, then calls this).
    Result<void> exportCsv(const QString& path) const;

signals:
    void certificateActivated(const QString& sha1);

private:
    void refresh();
    void updateSummary();
    void chooseAndExport();
    void activateRow(const QModelIndex& proxyIndex);

    QPointer<StoreSession> m_session;
    ExpiryTimeline* m_timeline = nullptr;
    InventoryModel* m_inventory = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_allStores = nullptr;
    QPushButton* m_resetZoom = nullptr;
    QPushButton* m_export = nullptr;
    InfoBar* m_infoBar = nullptr;
};

} // namespace certpilot
