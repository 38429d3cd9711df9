// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreView.h"

#include "CertificateListPane.h"
#include "CertificateTableModel.h"
#include "DetailsPane.h"
#include "StoreSession.h"
#include "StoreTreeWidget.h"
#include "settings/AppSettings.h"

#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace certpilot {

StoreView::StoreView(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tree(new StoreTreeWidget(this))
    , m_list(new CertificateListPane(session, this))
    , m_details(new DetailsPane(session, this))
{
    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("detailsSplitter"));
    right->addWidget(m_list);
    right->addWidget(m_details);
    right->setChildrenCollapsible(false);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 5);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("storeSplitter"));
    main->addWidget(m_tree);
    main->addWidget(right);
    main->setChildrenCollapsible(false);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    // Wide enough for "Trusted Root Certification Authorities (99)"; the
    // table takes the rest.
    const int treeWidth = m_tree->fontMetrics().horizontalAdvance(tr("Trusted Root Certification Authorities (99)"))
        + m_tree->style()->pixelMetric(QStyle::PM_SmallIconSize) + 28;
    main->setSizes({treeWidth, 1200 - treeWidth});
    right->setSizes({330, 370});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main);

    m_tree->setCounts(session->contents());
    connect(session, &StoreSession::loaded, this, [this] {
        m_tree->setCounts(m_session->contents());
        if (!m_pendingSelection.isEmpty() && trySelect(m_pendingSelection))
            m_pendingSelection.clear();
    });
    connect(m_tree, &StoreTreeWidget::storeSelected, this, [this](StoreKind kind) { m_list->setStoreKind(kind); });
    connect(m_list, &CertificateListPane::currentEntryChanged, this, [this] {
        m_details->showEntry(m_list->currentEntry());
        emit currentEntryChanged();
    });
    connect(m_list, &CertificateListPane::rowsChanged, this, &StoreView::rowsChanged);
    connect(m_details, &DetailsPane::certificateActivated, this, &StoreView::selectCertificate);
}

std::optional<StoreEntry> StoreView::currentEntry() const { return m_list->currentEntry(); }

void StoreView::applySettings()
{
    m_list->tableModel()->setThresholds(AppSettings::load().expiry);
    m_details->showEntry(m_list->currentEntry());
}

void StoreView::selectCertificate(const QString& sha1)
{
    m_pendingSelection = trySelect(sha1) ? QString() : sha1;
}

bool StoreView::trySelect(const QString& sha1)
{
    // Personal first: a certificate with a key is what the user just made.
    for (const StoreKind kind : {StoreKind::Personal, StoreKind::Intermediate, StoreKind::TrustedRoot}) {
        if (!m_session->contents().find(kind, sha1))
            continue;
        m_tree->setCurrentKind(kind);
        m_list->setStoreKind(kind);
        m_list->selectId(sha1);
        return true;
    }
    return false;
}

} // namespace certpilot
