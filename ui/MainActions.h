// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenuBar;
class QToolBar;

namespace certpilot {

// The main window's actions, with their shortcuts and objectNames (tests fire
// them by name), and where they appear in the menus and the toolbar.
class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(QWidget* window);

    void addToMenus(QMenuBar* menuBar) const;
    void addToToolBar(QToolBar* toolBar) const;

    QAction* openStore;
    QAction* import;
    QAction* importPfx;
    QAction* exportCertificate;
    QAction* quit;
    QAction* remove;
    QAction* refresh;
    QAction* copyThumbprint;
    QAction* find;
    QAction* showTrash;
    QAction* about;
    QAction* preferences;

    // The administrator's workflow, in its order (WORKFLOW.md steps 1, 6, 7, 8).
    QAction* createRequest;
    QAction* completeRequest;
    QAction* verifyInstallation;
    QAction* bindToSite;
    QAction* checkSite;
    // The troubleshooting checks for the selected certificate and its site.
    QAction* diagnose;
    // The guided renewal of the selected certificate, or the one in progress for it.
    QAction* renew;
    // Validity timeline and inventory of the store.
    QAction* expiryDashboard;

    // The bundled guide, on the page for the window in front (F1).
    QAction* helpContents;
};

} // namespace certpilot
