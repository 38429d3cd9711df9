// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CertificateListPane.h"
#include "DeleteCommand.h"
#include "DialogRunner.h"
#include "FileDialog.h"
#include "InfoBar.h"
#include "MainActions.h"
#include "MessageBox.h"
#include "SessionProgress.h"
#include "StoreSession.h"
#include "StoreView.h"
#include "TrashDialog.h"
#include "WorkflowLauncher.h"
#include "dashboard/DashboardWindow.h"
#include "dashboard/ExpiryReminder.h"
#include "renewal/RenewalBanner.h"
#include "help/HelpTopic.h"
#include "help/HelpWindow.h"
#include "request/RequestFileDialog.h"
#include "settings/SettingsDialog.h"
#include "AppVersion.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace certpilot {

namespace {
QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_cryptoVersion(tr("unknown"))
    , m_actions(new MainActions(this))
    , m_readOnlyBar(new InfoBar(this))
    , m_noticeBar(new InfoBar(this))
    , m_problemBar(new InfoBar(this))
    , m_renewals(new RenewalBanner(this))
    , m_viewSlot(new QWidget(this))
    , m_progress(new SessionProgress(this))
    , m_counts(new QLabel(this))
    , m_workflow(new WorkflowLauncher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CertPilot"));
    setAcceptDrops(true);
    resize(1200, 760);

    m_actions->addToMenus(menuBar());
    auto* toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addToToolBar(toolBar);

    m_readOnlyBar->setObjectName(QStringLiteral("readOnlyInfoBar"));
    m_readOnlyBar->setClosable(false);
    m_noticeBar->setObjectName(QStringLiteral("noticeInfoBar"));
    m_problemBar->setObjectName(QStringLiteral("problemInfoBar"));
    auto* slotLayout = new QVBoxLayout(m_viewSlot);
    slotLayout->setContentsMargins(0, 0, 0, 0);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_readOnlyBar);
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_problemBar);
    layout->addWidget(m_renewals);
    layout->addWidget(m_viewSlot, 1);
    setCentralWidget(central);

    m_counts->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_counts);

    connect(m_renewals, &RenewalBanner::continueRequested, m_workflow, &WorkflowLauncher::resumeRenewal);
    connect(m_workflow, &WorkflowLauncher::renewalChanged, m_renewals, &RenewalBanner::refresh);
    connect(m_workflow, &WorkflowLauncher::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_workflow, &WorkflowLauncher::showCertificate, this, [this](const QString& sha1) {
        if (m_view)
            m_view->selectCertificate(sha1);
    });
    connectActions();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The view's models point into the session: they go first.
    delete m_view;
    m_view = nullptr;
    m_session.reset();
}

void MainWindow::connectActions()
{
    connect(m_actions->openStore, &QAction::triggered, this, &MainWindow::chooseStore);
    connect(m_actions->import, &QAction::triggered, m_workflow, [this] { m_workflow->importCertificates(); });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->remove, &QAction::triggered, this, &MainWindow::deleteCurrent);
    connect(m_actions->refresh, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->reload();
    });
    connect(m_actions->copyThumbprint, &QAction::triggered, this, &MainWindow::copyThumbprint);
    connect(m_actions->find, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->listPane()->focusFilter();
    });
    connect(m_actions->showTrash, &QAction::triggered, this, &MainWindow::showTrash);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->helpContents, &QAction::triggered, this,
            [] { HelpWindow::showPage(HelpTopic::forWidget(QApplication::activeWindow())); });
    HelpWindow::installF1();
    connect(m_actions->preferences, &QAction::triggered, this, [this] {
        auto* dialog = SettingsDialog::open(this);
        connect(dialog, &SettingsDialog::settingsSaved, this, [this] {
            // Thresholds apply at once; key type, PFX profile and timeout are read when a window opens.
            if (m_view)
                m_view->applySettings();
            if (m_dashboard)
                m_dashboard->applySettings();
            statusBar()->showMessage(tr("Preferences saved. A new language or store is used from the next start."),
                                     8000);
        });
    });

    const auto current = [this] { return m_view ? m_view->currentEntry() : std::nullopt; };
    connect(m_actions->createRequest, &QAction::triggered, m_workflow, [this] { m_workflow->createRequest(); });
    connect(m_actions->completeRequest, &QAction::triggered, m_workflow, [this] { m_workflow->completeRequest(); });
    connect(m_actions->importPfx, &QAction::triggered, m_workflow, [this] { m_workflow->importPfx(); });
    connect(m_actions->exportCertificate, &QAction::triggered, m_workflow, [this, current] {
        if (const auto entry = current())
            m_workflow->exportCertificate(*entry);
    });
    connect(m_actions->bindToSite, &QAction::triggered, m_workflow, [this, current] {
        if (const auto entry = current())
            m_workflow->bindToSite(*entry);
    });
    connect(m_actions->verifyInstallation, &QAction::triggered, m_workflow, [this, current] {
        if (const auto entry = current())
            m_workflow->verifyInstallation(*entry);
    });
    connect(m_actions->checkSite, &QAction::triggered, m_workflow, [this, current] { m_workflow->checkSite(current()); });
    connect(m_actions->expiryDashboard, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        m_dashboard = DashboardWindow::open(this, m_session.get());
        if (m_view)
            connect(m_dashboard, &DashboardWindow::certificateActivated, m_view, &StoreView::selectCertificate,
                    Qt::UniqueConnection);
    });
    connect(m_actions->diagnose, &QAction::triggered, m_workflow, [this, current] {
        if (const auto entry = current())
            m_workflow->diagnose(*entry);
    });
    connect(m_actions->renew, &QAction::triggered, m_workflow, [this, current] {
        if (const auto entry = current())
            m_workflow->renew(*entry);
    });
}

void MainWindow::showTableMenu(const QPoint& pos)
{
    QTableView* table = m_view->listPane()->tableView();
    if (!table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("tableContextMenu"));
    for (QAction* action : {m_actions->verifyInstallation, m_actions->diagnose, m_actions->renew,
                            m_actions->exportCertificate,
                            m_actions->bindToSite, m_actions->checkSite}) {
        if (action->isVisible())
            menu.addAction(action);
    }
    menu.addSeparator();
    menu.addAction(m_actions->copyThumbprint);
    menu.addAction(m_actions->remove);
    menu.exec(table->viewport()->mapToGlobal(pos));
}

void MainWindow::setStoreFactory(StoreFactory factory)
{
    m_factory = std::move(factory);
    updateActions();
}

void MainWindow::setSession(std::unique_ptr<StoreSession> session, const Result<void>& writeLock)
{
    delete m_view;
    m_view = nullptr;
    delete m_reminder;
    m_reminder = nullptr;
    if (m_dashboard)
        m_dashboard->close();
    m_progress->setSession(nullptr);
    m_session = std::move(session);
    m_workflow->setSession(m_session.get());
    m_renewals->setSession(m_session.get());
    m_noticeBar->hide();
    m_problemBar->hide();
    m_readOnlyBar->hide();
    if (!m_session) {
        setWindowTitle(tr("CertPilot"));
        updateActions();
        return;
    }
    m_view = new StoreView(m_session.get(), m_viewSlot);
    m_view->setObjectName(QStringLiteral("storeView"));
    m_workflow->setSession(m_session.get());
    QTableView* table = m_view->listPane()->tableView();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    m_viewSlot->layout()->addWidget(m_view);
    connect(m_view, &StoreView::currentEntryChanged, this, &MainWindow::updateActions);
    connect(m_view, &StoreView::rowsChanged, this, &MainWindow::updateCounts);
    connect(m_session.get(), &StoreSession::loaded, this, &MainWindow::onLoaded);
    connect(m_session.get(), &StoreSession::loadFailed, this, [this](const Error& error) {
        m_problemBar->showMessage(error.message, InfoBar::Level::Error, error.detail);
    });
    m_progress->setSession(m_session.get());
    m_reminder = new ExpiryReminder(m_session.get(), this);
    connect(m_reminder, &ExpiryReminder::dashboardRequested, m_actions->expiryDashboard, &QAction::trigger);

    const QString location = QDir::toNativeSeparators(m_session->store().location());
    if (!writeLock) {
        m_readOnlyBar->showMessage(writeLock.error().message, InfoBar::Level::Warning, writeLock.error().detail);
        setWindowTitle(tr("%1 (read-only) — CertPilot").arg(location));
    } else {
        setWindowTitle(tr("%1 — CertPilot").arg(location));
    }
    m_session->reload();
    updateActions();
    updateCounts();
}

void MainWindow::onLoaded()
{
    const StoreContents& contents = m_session->contents();
    if (!contents.notices.isEmpty())
        m_noticeBar->showMessage(contents.notices.join(QLatin1Char('\n')), InfoBar::Level::Information);
    if (contents.problems.isEmpty()) {
        m_problemBar->hide();
    } else {
        QStringList details;
        for (const StoreProblem& p : contents.problems)
            details << tr("%1: %2").arg(p.location, p.message);
        m_problemBar->showMessage(tr("Some items in the store could not be read (%1).").arg(contents.problems.size()),
                                  InfoBar::Level::Warning, details.join(QLatin1Char('\n')));
    }
    updateCounts();
    updateActions();
}

void MainWindow::updateActions()
{
    const auto entry = m_view ? m_view->currentEntry() : std::nullopt;
    const bool writable = m_session && m_session->isWritable();
    m_actions->openStore->setVisible(bool(m_factory));
    m_actions->import->setEnabled(writable);
    m_actions->remove->setEnabled(writable && entry.has_value());
    m_actions->copyThumbprint->setEnabled(entry && !entry->isRequest());
    m_actions->refresh->setEnabled(bool(m_session));
    m_actions->showTrash->setEnabled(bool(m_session));
    m_actions->find->setEnabled(m_view != nullptr);
    m_actions->createRequest->setEnabled(writable);
    m_actions->completeRequest->setEnabled(writable);
    m_actions->importPfx->setEnabled(writable);
    m_actions->exportCertificate->setEnabled(WorkflowLauncher::canExport(entry));
    m_actions->bindToSite->setEnabled(writable && WorkflowLauncher::canBind(entry));
    m_actions->checkSite->setEnabled(m_session && WorkflowLauncher::canCheckSite());
    m_actions->verifyInstallation->setEnabled(WorkflowLauncher::canVerify(entry));
    m_actions->diagnose->setEnabled(entry && !entry->isRequest());
    m_actions->renew->setEnabled(writable && WorkflowLauncher::canRenew(entry));
    m_actions->expiryDashboard->setEnabled(bool(m_session));
}

void MainWindow::updateCounts()
{
    if (!m_view) {
        m_counts->clear();
        return;
    }
    const CertificateListPane* list = m_view->listPane();
    QStringList parts;
    // "Label: number" needs no plural forms, which English only gets from a translation file.
    parts << (list->shownCount() == list->totalCount()
                  ? tr("Items: %1").arg(list->totalCount())
                  : tr("Shown: %1 of %2").arg(list->shownCount()).arg(list->totalCount()));
    if (const int expired = list->expiredCount())
        parts << tr("Expired: %1").arg(expired);
    if (const int expiring = list->expiringCount())
        parts << tr("Expiring within 30 days: %1").arg(expiring);
    m_counts->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::importFiles(const QStringList& paths)
{
    if (paths.isEmpty() || !m_session)
        return;
    // A request file is read, not imported: it works on a read-only store too.
    QStringList imports;
    for (const QString& path : paths) {
        if (!RequestFileDialog::looksLikeRequestFile(path)) {
            imports << path;
            continue;
        }
        auto* dialog = RequestFileDialog::open(this, m_session.get(), path);
        connect(dialog, &RequestFileDialog::certificatesFound, this, [this](const QString& file) { importFiles({file}); });
    }
    if (imports.isEmpty())
        return;
    if (!m_session->isWritable()) {
        MessageBox::warning(this, tr("Import Certificates"),
                            tr("The store is open read-only, so nothing can be imported now."));
        return;
    }
    // A PFX backup holds a private key: it has its own wizard (password, trust, exportable).
    QStringList certificates;
    for (const QString& path : imports) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("pfx") || suffix == QLatin1String("p12"))
            m_workflow->importPfx(path);
        else
            certificates << path;
    }
    if (certificates.isEmpty())
        return;
    m_workflow->importCertificates(certificates);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Dialogs must not open inside the drag-and-drop event loop of the source.
    QMetaObject::invokeMethod(this, [this, files] { importFiles(files); }, Qt::QueuedConnection);
}

void MainWindow::deleteCurrent()
{
    const auto entry = m_view ? m_view->currentEntry() : std::nullopt;
    if (!entry || !m_session || !m_session->isWritable())
        return;
    QPointer<MainWindow> self(this);
    DeleteCommand::run(this, m_session.get(), *entry, [self](bool deleted) {
        if (self && deleted)
            self->statusBar()->showMessage(tr("Moved to the trash."), 8000);
    });
}

void MainWindow::copyThumbprint()
{
    const auto entry = m_view ? m_view->currentEntry() : std::nullopt;
    if (!entry || entry->isRequest())
        return;
    QApplication::clipboard()->setText(entry->certificate.sha1());
    statusBar()->showMessage(tr("Copied thumbprint %1.").arg(entry->certificate.sha1()), 5000);
}

void MainWindow::showTrash()
{
    if (!m_session)
        return;
    TrashDialog dialog(m_session.get(), this);
    DialogRunner::exec(dialog);
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>CertPilot %1</h3>"
           "<p>Manages TLS server certificates: requests, chains, expiry, import and export.</p>"
           "<p>Qt %2 (built with %3)<br>%4</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). "
           "It comes with ABSOLUTELY NO WARRANTY. Charts by QCustomPlot (GPL-3.0).</p>")
            .arg(appVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                 m_cryptoVersion.toHtmlEscaped());
    MessageBox::about(this, tr("About CertPilot"), text);
}

void MainWindow::chooseStore()
{
    const QString start = m_session ? m_session->store().location() : QDir::homePath();
    const QString folder = FileDialog::existingFolder(this, tr("Open Store"), start);
    if (!folder.isEmpty())
        openStore(folder);
}

void MainWindow::openStore(const QString& folder)
{
    if (!m_factory)
        return;
    // A second session on the same folder would find its own lock taken.
    if (m_session
        && QFileInfo(folder).canonicalFilePath() == QFileInfo(m_session->store().location()).canonicalFilePath()) {
        m_session->reload();
        return;
    }
    auto opened = SessionOpener::open(m_factory, folder);
    if (!opened) {
        MessageBox::error(this, tr("Open Store"), opened.error());
        return;
    }
    setSession(std::move(opened->session), opened->writeLock);
}

} // namespace certpilot
