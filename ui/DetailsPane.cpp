// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailsPane.h"

#include "DetailsTab.h"
#include "GeneralTab.h"
#include "PathTab.h"
#include "RequestView.h"
#include "StoreSession.h"
#include "binding/UsedByWidget.h"
#include "chain/ChainCardView.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace certpilot {

DetailsPane::DetailsPane(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a certificate to see its details."), this))
    , m_tabs(new QTabWidget(this))
    , m_general(new GeneralTab(m_tabs))
    , m_details(new DetailsTab(m_tabs))
    , m_path(new PathTab(m_tabs))
    , m_chain(new ChainCardView(m_tabs))
    , m_usedBy(new UsedByWidget(session, m_tabs))
    , m_request(new RequestView(this))
{
    m_stack->setObjectName(QStringLiteral("detailsStackedWidget"));
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_tabs->setObjectName(QStringLiteral("detailsTabWidget"));
    m_general->setObjectName(QStringLiteral("generalTab"));
    m_details->setObjectName(QStringLiteral("detailsTab"));
    m_path->setObjectName(QStringLiteral("pathTab"));
    m_request->setObjectName(QStringLiteral("requestView"));
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_path, tr("Certification Path"));
    m_chain->setObjectName(QStringLiteral("chainCardView"));
    m_usedBy->setObjectName(QStringLiteral("usedByWidget"));
    m_tabs->addTab(m_chain, tr("Chain"));
    m_tabs->addTab(m_usedBy, tr("Used By"));
    // Queued: selecting another certificate redraws the chain, which deletes the card still handling the click.
    connect(m_chain, &ChainCardView::certificateActivated, this, &DetailsPane::certificateActivated,
            Qt::QueuedConnection);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_request);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(session, &StoreSession::chainResultsReady, this, &DetailsPane::onChainResults);
}

void DetailsPane::showEntry(const std::optional<StoreEntry>& entry)
{
    m_entry = entry;
    if (!entry) {
        m_details->clear();
        m_path->clear();
        m_chain->clear();
        m_usedBy->setCertificate({});
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (entry->isRequest()) {
        m_request->setEntry(*entry);
        m_stack->setCurrentWidget(m_request);
        return;
    }
    const ChainResult* chain = m_session->chainResult(entry->certificate.sha1());
    m_general->setEntry(*entry, chain);
    m_details->setCertificate(entry->certificate, entry->friendlyName);
    m_path->setChain(chain);
    m_chain->setChain(chain);
    m_usedBy->setCertificate(entry->kind == StoreKind::Personal ? entry->certificate.sha1() : QString());
    m_stack->setCurrentWidget(m_tabs);
}

void DetailsPane::onChainResults(const QStringList& thumbprints)
{
    if (!m_entry || m_entry->isRequest() || !thumbprints.contains(m_entry->certificate.sha1()))
        return;
    const ChainResult* chain = m_session->chainResult(m_entry->certificate.sha1());
    m_general->setEntry(*m_entry, chain);
    m_path->setChain(chain);
    m_chain->setChain(chain);
}

} // namespace certpilot
