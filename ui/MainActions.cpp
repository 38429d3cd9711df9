// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainActions.h"

#include <QAction>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QWidget>

namespace certpilot {

namespace {
QAction* make(QWidget* window, const QString& text, const char* objectName, const QKeySequence& shortcut = {},
              const QIcon& icon = {})
{
    auto* action = new QAction(icon, text, window);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    // Shortcuts work wherever focus is in the window, menus hidden or not.
    window->addAction(action);
    return action;
}

QIcon themed(const char* name, QStyle::StandardPixmap fallback, const QWidget* window)
{
    return QIcon::fromTheme(QLatin1String(name), window->style()->standardIcon(fallback));
}
} // namespace

MainActions::MainActions(QWidget* window)
    : QObject(window)
    , openStore(make(window, tr("&Open Store…"), "openStoreAction", QKeySequence::Open,
                     themed("folder-open", QStyle::SP_DirOpenIcon, window)))
    , import(make(window, tr("&Import Certificates…"), "importAction", QKeySequence(tr("Ctrl+I")),
                  themed("document-import", QStyle::SP_DialogOpenButton, window)))
    , importPfx(make(window, tr("Import &PFX…"), "importPfxAction", QKeySequence(tr("Ctrl+Shift+I"))))
    , exportCertificate(make(window, tr("&Export…"), "exportAction", QKeySequence(tr("Ctrl+E")),
                             themed("document-export", QStyle::SP_DialogSaveButton, window)))
    , quit(make(window, tr("&Quit"), "quitAction", QKeySequence::Quit))
    , remove(make(window, tr("&Delete…"), "deleteAction", QKeySequence::Delete,
                  themed("edit-delete", QStyle::SP_TrashIcon, window)))
    , refresh(make(window, tr("&Refresh"), "refreshAction", QKeySequence(Qt::Key_F5),
                   themed("view-refresh", QStyle::SP_BrowserReload, window)))
    , copyThumbprint(make(window, tr("Copy &Thumbprint"), "copyThumbprintAction", QKeySequence(tr("Ctrl+Shift+C"))))
    , find(make(window, tr("&Find…"), "findAction", QKeySequence::Find))
    , showTrash(make(window, tr("Show &Trash…"), "showTrashAction", {},
                     themed("user-trash", QStyle::SP_TrashIcon, window)))
    , about(make(window, tr("&About CertPilot"), "aboutAction"))
    , preferences(make(window, tr("&Preferences…"), "preferencesAction", QKeySequence::Preferences))
    , createRequest(make(window, tr("Create Certificate &Request…"), "createRequestAction", QKeySequence::New,
                         themed("document-new", QStyle::SP_FileIcon, window)))
    , completeRequest(make(window, tr("C&omplete Certificate Request…"), "completeRequestAction",
                           QKeySequence(tr("Ctrl+Shift+O")), themed("mail-mark-read", QStyle::SP_DialogApplyButton, window)))
    , verifyInstallation(make(window, tr("&Verify Installation…"), "verifyInstallationAction",
                              QKeySequence(tr("Ctrl+Shift+V")), themed("security-high", QStyle::SP_DialogYesButton, window)))
    , bindToSite(make(window, tr("&Bind to Site…"), "bindToSiteAction", QKeySequence(tr("Ctrl+B")),
                      themed("network-server", QStyle::SP_DriveNetIcon, window)))
    , checkSite(make(window, tr("Check &Site…"), "checkSiteAction", QKeySequence(tr("Ctrl+Shift+K")),
                     themed("network-wired", QStyle::SP_BrowserReload, window)))
    , diagnose(make(window, tr("Dia&gnose…"), "diagnoseAction", QKeySequence(tr("Ctrl+Shift+G")),
                    themed("dialog-information", QStyle::SP_MessageBoxInformation, window)))
    , renew(make(window, tr("Re&new…"), "renewAction", QKeySequence(tr("Ctrl+Shift+R")),
                 themed("appointment-soon", QStyle::SP_ArrowForward, window)))
    , expiryDashboard(make(window, tr("Expiry &Dashboard"), "expiryDashboardAction", QKeySequence(tr("Ctrl+Shift+D")),
                           themed("view-calendar", QStyle::SP_FileDialogDetailedView, window)))
    , helpContents(make(window, tr("CertPilot &Help"), "helpContentsAction", QKeySequence::HelpContents,
                        themed("help-contents", QStyle::SP_DialogHelpButton, window)))
{
    // Short words under the toolbar icons; the menus keep the full names.
    createRequest->setIconText(tr("New Request"));
    import->setIconText(tr("Import"));
    completeRequest->setIconText(tr("Complete"));
    bindToSite->setIconText(tr("Bind"));
    checkSite->setIconText(tr("Check Site"));
    verifyInstallation->setIconText(tr("Verify"));
    exportCertificate->setIconText(tr("Export"));
    remove->setIconText(tr("Delete"));
    createRequest->setToolTip(tr("Make a private key and a certificate request (CSR) to send to your CA"));
    completeRequest->setToolTip(tr("Pair the certificate your CA sent with the pending request's private key"));
    importPfx->setToolTip(tr("Restore a certificate with its private key from a .pfx or .p12 backup"));
    exportCertificate->setToolTip(tr("Back up the selected certificate as PFX, or save it for nginx or Apache"));
    renew->setToolTip(tr("Renew the selected certificate step by step: request, CA, sites, backup"));
    diagnose->setToolTip(tr("Run the troubleshooting checks for the selected certificate and its site"));
    verifyInstallation->setToolTip(tr("Check dates, private key, chain and usage of the selected certificate"));
    bindToSite->setToolTip(tr("Use the selected certificate for an nginx or Apache site"));
    checkSite->setToolTip(tr("Connect to a site and compare the certificate it serves with the store"));
    import->setToolTip(tr("Import certificate files (you can also drop them on the window)"));
    remove->setToolTip(tr("Move the selected item to the store's trash"));
    copyThumbprint->setToolTip(tr("Copy the SHA-1 thumbprint, as IIS and netsh use it"));
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    preferences->setMenuRole(QAction::PreferencesRole);
}

void MainActions::addToMenus(QMenuBar* menuBar) const
{
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(openStore);
    file->addSeparator();
    file->addAction(import);
    file->addAction(importPfx);
    file->addAction(exportCertificate);
    file->addSeparator();
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(quit);

    QMenu* certificate = menuBar->addMenu(tr("&Certificate"));
    certificate->setObjectName(QStringLiteral("certificateMenu"));
    certificate->addAction(createRequest);
    certificate->addAction(completeRequest);
    certificate->addSeparator();
    certificate->addAction(verifyInstallation);
    certificate->addAction(diagnose);
    certificate->addAction(renew);
    certificate->addAction(exportCertificate);
    certificate->addSeparator();
    certificate->addAction(remove);
    certificate->addAction(copyThumbprint);
    certificate->addSeparator();
    certificate->addAction(refresh);

    QMenu* site = menuBar->addMenu(tr("&Site"));
    site->setObjectName(QStringLiteral("siteMenu"));
    site->addAction(bindToSite);
    site->addAction(checkSite);

    QMenu* view = menuBar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(find);
    view->addAction(showTrash);
    view->addSeparator();
    view->addAction(expiryDashboard);

    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(helpContents);
    help->addSeparator();
    help->addAction(about);
}

void MainActions::addToToolBar(QToolBar* toolBar) const
{
    // The workflow left to right: request, install, complete, bind, check, back up.
    toolBar->addAction(createRequest);
    toolBar->addAction(import);
    toolBar->addAction(completeRequest);
    toolBar->addAction(verifyInstallation);
    toolBar->addSeparator();
    toolBar->addAction(bindToSite);
    toolBar->addAction(checkSite);
    toolBar->addAction(exportCertificate);
    toolBar->addSeparator();
    toolBar->addAction(remove);
    toolBar->addAction(refresh);
}

} // namespace certpilot
