// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CaImportPlanPage.h"

#include "StatusIcons.h"
#include "UrgencyColors.h"
#include "import/CaImportWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certpilot {

namespace {

constexpr int kIndexRole = Qt::UserRole;

StatusIcons::Kind statusKind(const ImportPlan::Item& item)
{
    if (item.chainAfter.trusted)
        return StatusIcons::Kind::Ok;
    return StatusIcons::kindOf(item.chainAfter.status);
}

// The column is narrow: the store's short name, the full one in the tooltip.
QString shortStoreName(StoreKind kind)
{
    switch (kind) {
    case StoreKind::TrustedRoot:
        return CaImportPlanPage::tr("Trusted Root");
    case StoreKind::Intermediate:
        return CaImportPlanPage::tr("Intermediate");
    default:
        break;
    }
    return StoreKindText::displayName(kind);
}

} // namespace

CaImportPlanPage::CaImportPlanPage(CaImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("caImportPlanPage"));
    setTitle(tr("What Will Be Installed"));
    setSubTitle(tr("Each certificate in chain order, the store it goes to, and its status once everything is "
                   "installed. Nothing has been changed yet."));
    m_summary->setObjectName(QStringLiteral("planSummaryLabel"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("planTreeWidget"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Certificate"), tr("Role"), tr("Goes to"), tr("Flags"), tr("After import")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setIndentation(18);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(SubjectColumn, 230);
    m_tree->setColumnWidth(RoleColumn, 120);
    m_tree->setColumnWidth(DestinationColumn, 100);
    m_tree->setColumnWidth(FlagsColumn, 150);
    m_details->setObjectName(QStringLiteral("itemDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(110);
    m_problems->setObjectName(QStringLiteral("planProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_problems);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CaImportPlanPage::showDetails);
}

void CaImportPlanPage::initializePage()
{
    m_tree->clear();
    m_details->clear();
    if (!m_wizard->plan())
        return;
    const ImportPlan& plan = *m_wizard->plan();
    const QPalette palette = m_tree->palette();
    const QColor red = UrgencyColors::text(Urgency::Expired, palette);
    const QColor amber = UrgencyColors::text(Urgency::Notice, palette);
    QList<QTreeWidgetItem*> rows;
    QTreeWidgetItem* firstServer = nullptr;
    for (int i = 0; i < plan.items().size(); ++i) {
        const ImportPlan::Item& item = plan.items().at(i);
        QTreeWidgetItem* parent = item.parent >= 0 && item.parent < rows.size() ? rows.at(item.parent) : nullptr;
        auto* row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        rows << row;
        row->setData(0, kIndexRole, i);
        row->setText(SubjectColumn, item.certificate.subject().displayName());
        row->setText(RoleColumn, ImportPlan::roleName(item.role));
        row->setText(DestinationColumn, item.action == ImportPlan::Action::Skip
                                            ? tr("(not added)")
                                            : shortStoreName(item.destination));
        row->setToolTip(DestinationColumn, StoreKindText::displayName(item.destination));
        const QStringList flags = ImportPlan::flagTexts(item.flags);
        row->setText(FlagsColumn, flags.join(QLatin1String(", ")));
        row->setToolTip(FlagsColumn, flags.join(QLatin1String(", ")));
        if (item.flags & (ImportPlan::Flag::Expired | ImportPlan::Flag::NotYetValid))
            row->setForeground(FlagsColumn, red);
        else if (item.flags & (ImportPlan::Flag::CrossSigned | ImportPlan::Flag::NoPrivateKey
                               | ImportPlan::Flag::SelfSignedNotAnchor))
            row->setForeground(FlagsColumn, amber);
        row->setText(StatusColumn, ImportPlan::statusText(item));
        row->setIcon(StatusColumn, StatusIcons::icon(statusKind(item)));
        row->setToolTip(StatusColumn, ImportPlan::statusReason(item));
        row->setToolTip(SubjectColumn, item.certificate.subject().toString());
        if (item.action == ImportPlan::Action::Skip) {
            for (int c = 0; c < ColumnCount; ++c)
                row->setForeground(c, palette.color(QPalette::Disabled, QPalette::Text));
        }
        if (!firstServer && item.role == ImportPlan::Role::Server)
            firstServer = row;
    }
    m_tree->expandAll();
    m_tree->setCurrentItem(firstServer ? firstServer : m_tree->topLevelItem(0));

    const int count = plan.importCount();
    QString summary = tr("%n certificate(s) will be installed in one step: all of them, or none.", nullptr, count);
    if (plan.addsTrustedRoot())
        summary += QLatin1Char(' ') + tr("Roots are installed only if you trust them on the next page.");
    m_summary->setText(summary);
    QStringList problems;
    for (const ImportPlan::Problem& p : plan.problems())
        problems << QStringLiteral("<li><b>%1</b>: %2</li>").arg(p.sourceName.toHtmlEscaped(), p.message.toHtmlEscaped());
    m_problems->setText(problems.isEmpty() ? QString()
                                           : tr("Not imported:") + QStringLiteral("<ul>") + problems.join(QString())
                                               + QStringLiteral("</ul>"));
    m_problems->setVisible(!problems.isEmpty());
    setButtonText(QWizard::NextButton, plan.addsTrustedRoot() ? tr("&Next >") : tr("&Install"));
}

void CaImportPlanPage::showDetails()
{
    QTreeWidgetItem* row = m_tree->currentItem();
    if (!row || !m_wizard->plan()) {
        m_details->clear();
        return;
    }
    const ImportPlan::Item& item = m_wizard->plan()->items().at(row->data(0, kIndexRole).toInt());
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(item.certificate.subject().displayName().toHtmlEscaped());
    lines << tr("From %1; issued by %2; valid until %3.")
                 .arg(item.sourceName.toHtmlEscaped(), item.certificate.issuer().displayName().toHtmlEscaped(),
                      locale.toString(item.certificate.notAfter().date(), QLocale::ShortFormat));
    lines << tr("After import: %1. %2")
                 .arg(ImportPlan::statusText(item).toHtmlEscaped(), ImportPlan::statusReason(item).toHtmlEscaped());
    if (!item.note.isEmpty())
        lines << item.note.toHtmlEscaped();
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace certpilot
