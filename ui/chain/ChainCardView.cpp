// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/ChainCardView.h"

#include "StatusIcons.h"
#include "chain/ChainCard.h"
#include "chain/ChainConnector.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace certpilot {

namespace {
// Wide enough for a long DN on two lines; wider cards only spread the text thin.
constexpr int kMaxColumnWidth = 760;
}

ChainCardView::ChainCardView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_placeholderText(tr("Select a certificate to see its certification path."))
{
    setObjectName(QStringLiteral("chainCardView"));
    m_stack->setObjectName(QStringLiteral("chainStackedWidget"));
    m_placeholder->setObjectName(QStringLiteral("chainPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);
    m_scroll->setObjectName(QStringLiteral("chainScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes straight to the cards.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void ChainCardView::setPlaceholderText(const QString& text)
{
    m_placeholderText = text;
    if (isPlaceholderShown() && m_cards.isEmpty())
        m_placeholder->setText(text);
}

void ChainCardView::setReferenceTime(const QDateTime& at) { m_at = at; }

bool ChainCardView::isPlaceholderShown() const { return m_stack->currentWidget() == m_placeholder; }

QString ChainCardView::placeholderText() const { return m_placeholder->text(); }

void ChainCardView::clear() { showMessage(m_placeholderText); }

void ChainCardView::showChecking() { showMessage(tr("Checking the certification path…")); }

void ChainCardView::setChain(const ChainResult* chain)
{
    if (chain)
        showChain(*chain);
    else
        showChecking();
}

void ChainCardView::showMessage(const QString& text)
{
    m_cards.clear();
    delete m_scroll->takeWidget();
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void ChainCardView::showChain(const ChainResult& chain)
{
    if (chain.nodes.isEmpty()) {
        showMessage(tr("There is no certification path to show."));
        return;
    }
    m_cards.clear();
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("chainPageWidget"));
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto* column = new QWidget(page);
    column->setObjectName(QStringLiteral("chainColumnWidget"));
    column->setMaximumWidth(kMaxColumnWidth);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(12, 12, 12, 12);
    // The column takes the width up to its maximum; the spacers share what is left.
    pageLayout->addStretch(1);
    pageLayout->addWidget(column, 1000);
    pageLayout->addStretch(1);

    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);

    // The verdict first, in words, then the path.
    auto* summaryIcon = new QLabel(column);
    summaryIcon->setObjectName(QStringLiteral("chainSummaryIconLabel"));
    summaryIcon->setPixmap(
        StatusIcons::icon(chain.trusted ? StatusIcons::Kind::Ok : StatusIcons::kindOf(chain.status)).pixmap(16, 16));
    auto* summary = new QLabel(column);
    summary->setObjectName(QStringLiteral("chainCardSummaryLabel"));
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    summary->setForegroundRole(QPalette::Text);
    const int levels = int(chain.nodes.size());
    summary->setText(chain.trusted
                         ? (levels == 1 ? tr("Trusted: the certificate is itself a trusted root. Click it to select it.")
                                        : tr("Trusted: %n levels from the root down to this certificate. Click a "
                                             "certificate to select it.", nullptr, levels))
                         : tr("Not trusted: %1. Click a certificate to select it.")
                               .arg(ChainStatusText::shortText(chain.status)));
    auto* summaryRow = new QHBoxLayout;
    summaryRow->setSpacing(8);
    summaryRow->addWidget(summaryIcon, 0, Qt::AlignTop);
    summaryRow->addWidget(summary, 1);
    columnLayout->addLayout(summaryRow);
    columnLayout->addSpacing(10);

    for (int i = 0; i < levels; ++i) {
        const ChainNode& node = chain.nodes.at(i);
        if (i > 0)
            columnLayout->addWidget(new ChainConnector(chain.nodes.at(i - 1).isGap(), column));
        const auto position = i == levels - 1 ? ChainCard::Position::Leaf
            : i == 0                          ? ChainCard::Position::Root
                                              : ChainCard::Position::Intermediate;
        auto* card = new ChainCard(node, position, m_at, column);
        card->setObjectName(QStringLiteral("chainCard%1Frame").arg(i + 1));
        connect(card, &ChainCard::activated, this, &ChainCardView::certificateActivated);
        connect(card, &ChainCard::focused, this, [this, card] { m_scroll->ensureWidgetVisible(card, 0, 16); });
        columnLayout->addWidget(card);
        m_cards.append(card);
    }
    columnLayout->addStretch(1);
    delete m_scroll->takeWidget();
    m_scroll->setWidget(page);
    m_stack->setCurrentWidget(m_scroll);
}

} // namespace certpilot
