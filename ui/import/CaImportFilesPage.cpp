// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CaImportFilesPage.h"

#include "FileDialog.h"
#include "StatusIcons.h"
#include "StoreSession.h"
#include "import/CaImport.h"
#include "import/CaImportWizard.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace certpilot {

namespace {

struct ReadOutcome {
    QStringList sourceNames;
    ImportPlan plan;
};

QString describeItem(const ImportPlan::Item& item)
{
    const QString what = CaImportFilesPage::tr("%1: %2").arg(ImportPlan::roleName(item.role),
                                                             item.certificate.subject().displayName());
    if (item.flags & ImportPlan::Flag::DuplicateInStore)
        return CaImportFilesPage::tr("%1 (already installed)").arg(what);
    if (item.flags & ImportPlan::Flag::DuplicateInImport)
        return CaImportFilesPage::tr("%1 (a second copy)").arg(what);
    return what;
}

} // namespace

CaImportFilesPage::CaImportFilesPage(CaImportWizard* wizard, const QStringList& files)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add Files...")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_busyBar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("caImportFilesPage"));
    setTitle(tr("Files from Your CA"));
    setSubTitle(tr("Add what the CA sent: the cert.zip archive as it came, or its files (root.cer, uca.cer, "
                   "server.cer; PEM or DER). You can also drop files on this page."));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("sourcesTreeWidget"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("File"), tr("What it holds")});
    m_list->setRootIsDecorated(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->setColumnWidth(0, 260);
    m_add->setObjectName(QStringLiteral("addFilesPushButton"));
    m_add->setParent(this);
    m_remove->setObjectName(QStringLiteral("removeFilesPushButton"));
    m_remove->setParent(this);
    m_remove->setEnabled(false);
    m_busyBar->setObjectName(QStringLiteral("readProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(12);
    m_busyBar->hide();
    m_status->setObjectName(QStringLiteral("readStatusLabel"));
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->hide();

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
    connect(m_add, &QPushButton::clicked, this, &CaImportFilesPage::browse);
    connect(m_remove, &QPushButton::clicked, this, &CaImportFilesPage::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        bool any = false;
        for (QTreeWidgetItem* item : m_list->selectedItems())
            any = any || !item->parent();
        m_remove->setEnabled(any && !m_busy);
    });
    m_status->setText(tr("No files yet."));
    addFiles(files);
}

CaImportFilesPage::~CaImportFilesPage() { ++m_generation; }

void CaImportFilesPage::addFiles(const QStringList& files)
{
    bool changed = false;
    for (const QString& f : files) {
        const QString path = QFileInfo(f).absoluteFilePath();
        if (!f.isEmpty() && !m_files.contains(path)) {
            m_files << path;
            changed = true;
        }
    }
    if (changed)
        replan();
}

bool CaImportFilesPage::isComplete() const
{
    return !m_busy && m_wizard->plan() && m_wizard->plan()->importCount() > 0;
}

void CaImportFilesPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CaImportFilesPage::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    event->acceptProposedAction();
    addFiles(files);
}

void CaImportFilesPage::browse()
{
    addFiles(FileDialog::openCertificateFiles(this));
}

void CaImportFilesPage::removeSelected()
{
    QStringList gone;
    for (QTreeWidgetItem* item : m_list->selectedItems()) {
        if (!item->parent())
            gone << item->data(0, Qt::UserRole).toString();
    }
    for (const QString& path : gone)
        m_files.removeAll(path);
    if (!gone.isEmpty())
        replan();
}

void CaImportFilesPage::replan()
{
    const int generation = ++m_generation;
    m_busy = true;
    m_wizard->setPlan(std::nullopt);
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
    m_busyBar->setVisible(!m_files.isEmpty());
    m_problems->hide();
    m_status->setText(m_files.isEmpty() ? tr("No files yet.")
                                        : tr("Reading %n file(s) and checking the chains...", nullptr,
                                             int(m_files.size())));
    emit completeChanged();
    StoreSession* session = m_wizard->session();
    if (m_files.isEmpty() || !session) {
        m_busy = false;
        m_add->setEnabled(true);
        m_list->clear();
        m_busyBar->hide();
        emit completeChanged();
        return;
    }
    // The store's thread: a server certificate whose key is pending here is
    // handed to Complete Request, which reads the key from the store.
    const QStringList files = m_files;
    const StoreContents contents = session->contents();
    auto outcome = std::make_shared<ReadOutcome>();
    QPointer<CaImportFilesPage> self(this);
    session->runOnStore(
        [files, contents, outcome](CertificateStore& store) {
            const QList<ImportSource> sources = CaImport::readSources(files);
            for (const ImportSource& s : sources)
                outcome->sourceNames << s.name;
            outcome->plan = CaImport::prepare(store, contents, sources);
        },
        [self, generation, outcome] {
            if (!self || generation != self->m_generation)
                return;
            self->m_busy = false;
            self->m_busyBar->hide();
            self->m_add->setEnabled(true);
            self->m_wizard->setPlan(outcome->plan);
            self->showRead(outcome->sourceNames, outcome->plan);
            emit self->completeChanged();
        });
}

void CaImportFilesPage::showRead(const QStringList& sourceNames, const ImportPlan& plan)
{
    m_list->clear();
    // Top rows are the files chosen; archive entries ("cert.zip/uca_1.cer") go under their archive.
    QHash<QString, QTreeWidgetItem*> tops;
    for (const QString& path : m_files) {
        auto* top = new QTreeWidgetItem(m_list, {QFileInfo(path).fileName()});
        top->setData(0, Qt::UserRole, path);
        top->setToolTip(0, QDir::toNativeSeparators(path));
        tops.insert(QFileInfo(path).fileName(), top);
    }
    QSet<QString> failed;
    for (const ImportPlan::Problem& p : plan.problems())
        failed.insert(p.sourceName);
    for (const QString& name : sourceNames) {
        QStringList holds;
        for (const ImportPlan::Item& item : plan.items()) {
            if (item.sourceName == name && item.action != ImportPlan::Action::AddKey)
                holds << describeItem(item);
            if (item.keySourceName == name)
                holds << tr("Private key of %1").arg(item.certificate.subject().displayName());
        }
        const int slash = int(name.indexOf(QLatin1Char('/')));
        QTreeWidgetItem* top = tops.value(slash < 0 ? name : name.left(slash));
        QTreeWidgetItem* row = top;
        if (slash >= 0 && top) {
            row = new QTreeWidgetItem(top, {name});
            top->setExpanded(true);
        }
        if (!row)
            continue;
        QString text = holds.join(QLatin1String("; "));
        if (failed.contains(name))
            text = text.isEmpty() ? tr("Not imported: see below") : text + tr("; not all imported: see below");
        else if (text.isEmpty() && slash < 0 && row->childCount() > 0)
            text = tr("Archive, %n file(s)", nullptr, row->childCount());
        row->setText(1, text);
        row->setToolTip(1, text);
        row->setIcon(0, StatusIcons::icon(failed.contains(name) ? StatusIcons::Kind::Error
                                                                 : StatusIcons::Kind::Ok));
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_list->topLevelItem(i);
        if (top->childCount() > 0 && top->text(1).isEmpty())
            top->setText(1, tr("Archive, %n file(s)", nullptr, top->childCount()));
    }

    QStringList problems;
    for (const ImportPlan::Problem& p : plan.problems())
        problems << QStringLiteral("<li><b>%1</b>: %2</li>").arg(p.sourceName.toHtmlEscaped(), p.message.toHtmlEscaped());
    if (!problems.isEmpty()) {
        m_problems->setText(tr("Not imported:") + QStringLiteral("<ul style=\"margin-left:12px; -qt-list-indent:0\">")
                            + problems.join(QString()) + QStringLiteral("</ul>"));
        m_problems->show();
    }
    const int count = plan.importCount();
    if (count > 0)
        m_status->setText(tr("%n certificate(s) to install. Next shows where each one goes.", nullptr, count));
    else if (!plan.items().isEmpty())
        m_status->setText(tr("Everything in these files is in the store already; there is nothing to install."));
    else
        m_status->setText(tr("Nothing in these files can be installed."));
}

} // namespace certpilot
