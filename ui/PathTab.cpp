// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathTab.h"

#include "StatusIcons.h"

#include <QGroupBox>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certpilot {

namespace {
constexpr int kNodeRole = Qt::UserRole + 2;
}

PathTab::PathTab(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("pathTreeWidget"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setItemsExpandable(false);
    m_tree->setIconSize(QSize(16, 16));
    m_status->setObjectName(QStringLiteral("pathStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* box = new QGroupBox(tr("Certificate status:"), this);
    box->setObjectName(QStringLiteral("pathStatusGroupBox"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Certification path:"), this));
    layout->addWidget(m_tree, 1);
    layout->addWidget(box);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PathTab::showExplanation);
}

void PathTab::clear()
{
    m_nodes.clear();
    m_tree->clear();
    m_status->clear();
}

void PathTab::setChain(const ChainResult* chain)
{
    clear();
    if (!chain) {
        m_status->setText(tr("Checking the certification path…"));
        return;
    }
    m_nodes = chain->nodes;
    QTreeWidgetItem* parent = nullptr;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const ChainNode& node = m_nodes.at(i);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, node.isGap() ? tr("Issuer not found: %1").arg(node.missingIssuer)
                                      : node.certificate.subject().displayName());
        item->setToolTip(0, node.isGap() ? node.missingIssuer : node.certificate.subject().toString());
        item->setIcon(0, StatusIcons::forStatus(node.status()));
        item->setData(0, StatusRole, int(node.status()));
        item->setData(0, kNodeRole, i);
        parent = item;
    }
    m_tree->expandAll();
    // Like Windows: the certificate itself, at the bottom, is selected.
    if (parent)
        m_tree->setCurrentItem(parent);
}

void PathTab::showExplanation(QTreeWidgetItem* item)
{
    if (!item) {
        m_status->clear();
        return;
    }
    const int i = item->data(0, kNodeRole).toInt();
    m_status->setText(i >= 0 && i < m_nodes.size() ? m_nodes.at(i).explanation() : QString());
}

} // namespace certpilot
