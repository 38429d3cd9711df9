// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindSitePage.h"

#include "binding/BindWizard.h"
#include "binding/SiteMatch.h"

#include <QDir>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace certpilot {

namespace {
enum Column { NameColumn, PortsColumn, MatchColumn, FileColumn };
}

BindSitePage::BindSitePage(BindWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_sites(new QTreeWidget(this))
    , m_existing(new QRadioButton(tr("Use the site's &https settings"), this))
    , m_addListener(new QRadioButton(tr("&Add an https listener on port:"), this))
    , m_port(new QSpinBox(this))
{
    setObjectName(QStringLiteral("bindSitePage"));
    setTitle(tr("Site"));
    setSubTitle(tr("Choose the site to serve %1 on.").arg(wizard->entry().certificate.subject().displayName()));
    m_status->setObjectName(QStringLiteral("siteStatusLabel"));
    m_status->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("siteProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_sites->setObjectName(QStringLiteral("sitesTreeWidget"));
    m_sites->setRootIsDecorated(false);
    m_sites->setHeaderLabels({tr("Site"), tr("Ports"), tr("Certificate covers"), tr("Configuration")});
    m_sites->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_sites->header()->setSectionResizeMode(PortsColumn, QHeaderView::ResizeToContents);
    m_sites->header()->setSectionResizeMode(MatchColumn, QHeaderView::ResizeToContents);
    m_sites->header()->setStretchLastSection(true);
    m_existing->setObjectName(QStringLiteral("useExistingRadioButton"));
    m_addListener->setObjectName(QStringLiteral("addListenerRadioButton"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(443);
    m_existing->setChecked(true);

    auto* options = new QGridLayout;
    options->addWidget(m_existing, 0, 0, 1, 2);
    options->addWidget(m_addListener, 1, 0);
    options->addWidget(m_port, 1, 1);
    options->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_sites, 1);
    layout->addLayout(options);

    connect(m_sites, &QTreeWidget::itemSelectionChanged, this, &BindSitePage::selectionChanged);
    connect(m_existing, &QRadioButton::toggled, this, &BindSitePage::completeChanged);
    connect(m_addListener, &QRadioButton::toggled, m_port, &QSpinBox::setEnabled);
    m_port->setEnabled(false);
}

void BindSitePage::initializePage()
{
    m_sites->clear();
    m_loading = true;
    m_busy->show();
    m_status->setText(tr("Reading the configuration in %1...")
                          .arg(QDir::toNativeSeparators(m_wizard->draft().settings.configRoot)));
    emit completeChanged();
    auto binder = m_wizard->draft().binder;
    QtConcurrent::run([binder] { return binder->listSites(); })
        .then(this, [this](const Result<QList<Site>>& sites) { loaded(sites); });
}

void BindSitePage::loaded(const Result<QList<Site>>& sites)
{
    m_loading = false;
    m_busy->hide();
    BindDraft& draft = m_wizard->draft();
    if (!sites) {
        draft.sites.clear();
        m_status->setText(sites.error().message);
        emit completeChanged();
        return;
    }
    draft.sites = *sites;
    const Certificate& cert = m_wizard->entry().certificate;
    draft.suggested = SiteMatch::suggest(draft.sites, cert);
    for (int i = 0; i < draft.sites.size(); ++i) {
        const Site& s = draft.sites[i];
        auto* item = new QTreeWidgetItem(m_sites);
        QStringList names = s.serverNames;
        names.removeAll(QStringLiteral("_"));
        item->setText(NameColumn, names.isEmpty() ? s.displayName() : names.join(QStringLiteral(", ")));
        item->setText(PortsColumn, s.portsText());
        const QStringList covered = SiteMatch::coveredNames(s, cert);
        const QStringList uncovered = SiteMatch::uncoveredNames(s, cert);
        item->setText(MatchColumn, covered.isEmpty()        ? tr("no name")
                                   : uncovered.isEmpty()     ? tr("every name")
                                                             : tr("%1 of %2 names").arg(covered.size()).arg(covered.size() + uncovered.size()));
        item->setText(FileColumn, tr("%1, line %2").arg(QDir::toNativeSeparators(s.id.section(QLatin1Char('#'), 0, 0))).arg(s.line));
        item->setToolTip(FileColumn, QDir::toNativeSeparators(s.configFile));
        item->setData(NameColumn, Qt::UserRole, i);
        if (i == draft.suggested) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            for (int c = 0; c < m_sites->columnCount(); ++c)
                item->setFont(c, bold);
            item->setText(MatchColumn, item->text(MatchColumn) + tr(" (suggested)"));
        }
    }
    if (draft.sites.isEmpty())
        m_status->setText(tr("The configuration has no sites (server blocks or virtual hosts). Add one, then "
                             "bind again."));
    else if (draft.suggested >= 0)
        m_status->setText(tr("The suggested site is the one whose names the certificate covers."));
    else
        m_status->setText(tr("No site has a name this certificate covers. Check that you chose the right "
                             "certificate and server."));
    const int select = draft.suggested >= 0 ? draft.suggested : (draft.sites.isEmpty() ? -1 : 0);
    if (select >= 0)
        m_sites->setCurrentItem(m_sites->topLevelItem(select));
    emit completeChanged();
}

void BindSitePage::selectionChanged()
{
    const QTreeWidgetItem* item = m_sites->currentItem();
    m_wizard->draft().site = item ? item->data(NameColumn, Qt::UserRole).toInt() : -1;
    const Site* site = m_wizard->draft().chosenSite();
    // A site without https can only get a new listener.
    m_existing->setEnabled(site && site->tls);
    if (site && !site->tls)
        m_addListener->setChecked(true);
    else if (site)
        m_existing->setChecked(true);
    emit completeChanged();
}

bool BindSitePage::isComplete() const
{
    const Site* site = m_wizard->draft().chosenSite();
    return !m_loading && site && (site->tls || m_addListener->isChecked());
}

bool BindSitePage::validatePage()
{
    BindDraft& draft = m_wizard->draft();
    draft.addListener = m_addListener->isChecked();
    draft.port = m_port->value();
    draft.plan.reset();
    return draft.chosenSite() != nullptr;
}

} // namespace certpilot
