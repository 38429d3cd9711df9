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
    , import(make(window, tr("&Import…"), "importAction", QKeySequence(tr("Ctrl+I")),
                  themed("document-import", QStyle::SP_DialogOpenButton, window)))
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
{
    import->setToolTip(tr("Import certificate files (you can also drop them on the window)"));
    remove->setToolTip(tr("Move the selected item to the store's trash"));
    copyThumbprint->setToolTip(tr("Copy the SHA-1 thumbprint, as IIS and netsh use it"));
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
}

void MainActions::addToMenus(QMenuBar* menuBar) const
{
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(openStore);
    file->addAction(import);
    file->addSeparator();
    file->addAction(quit);

    QMenu* certificate = menuBar->addMenu(tr("&Certificate"));
    certificate->setObjectName(QStringLiteral("certificateMenu"));
    certificate->addAction(remove);
    certificate->addAction(copyThumbprint);
    certificate->addSeparator();
    certificate->addAction(refresh);

    QMenu* view = menuBar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(find);
    view->addAction(showTrash);

    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(about);
}

void MainActions::addToToolBar(QToolBar* toolBar) const
{
    toolBar->addAction(import);
    toolBar->addAction(remove);
    toolBar->addAction(refresh);
    toolBar->addSeparator();
    toolBar->addAction(showTrash);
}

} // namespace certpilot
