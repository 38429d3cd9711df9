// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SessionOpener.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

namespace certpilot {

class DashboardWindow;
class ExpiryReminder;

class InfoBar;
class RenewalBanner;
class MainActions;
class SessionProgress;
class StoreSession;
class StoreView;
class WorkflowLauncher;

// The main window. It composes: actions and menus (MainActions), the view of
// the open store (StoreView), banners (InfoBar), progress (SessionProgress),
// and hands work to commands (WorkflowLauncher, DeleteCommand, TrashDialog).
// It owns the session it shows.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows `session` and starts loading it. `writeLock` is the result of
    // lockForWriting(): on failure the window is read-only and says why.
    void setSession(std::unique_ptr<StoreSession> session, const Result<void>& writeLock = {});
    StoreSession* session() const { return m_session.get(); }
    StoreView* storeView() const { return m_view; }

    // Lets File > Open Store… open other folders; hidden without one.
    void setStoreFactory(StoreFactory factory);
    // For Help > About. Until the model can tell (see the issue note), app/ passes it in.
    void setCryptoLibraryVersion(const QString& version) { m_cryptoVersion = version; }

public slots:
    // Imports certificate files, exactly as dropping them on the window does:
    // PFX backups go to the PFX import wizard, everything else to the CA import.
    void importFiles(const QStringList& paths);
    void openStore(const QString& folder);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void connectActions();
    void updateActions();
    void updateCounts();
    void onLoaded();
    void deleteCurrent();
    void copyThumbprint();
    void showTrash();
    void showAbout();
    void chooseStore();
    void showTableMenu(const QPoint& pos);

    std::unique_ptr<StoreSession> m_session;
    StoreFactory m_factory;
    QString m_cryptoVersion;
    MainActions* m_actions;
    InfoBar* m_readOnlyBar;
    InfoBar* m_noticeBar;
    InfoBar* m_problemBar;
    RenewalBanner* m_renewals;
    StoreView* m_view = nullptr;
    QWidget* m_viewSlot;
    SessionProgress* m_progress;
    QLabel* m_counts;
    WorkflowLauncher* m_workflow;
    // Both follow the session: replaced with it.
    ExpiryReminder* m_reminder = nullptr;
    QPointer<DashboardWindow> m_dashboard;
};

} // namespace certpilot
