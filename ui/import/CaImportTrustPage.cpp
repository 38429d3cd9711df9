// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CaImportTrustPage.h"

#include "import/CaImportWizard.h"
#include "import/RootTrustCard.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace certpilot {

CaImportTrustPage::CaImportTrustPage(CaImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_cardLayout(nullptr)
    , m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("caImportTrustPage"));
    setTitle(tr("Security Warning: Trust a Root Certificate?"));
    setSubTitle(tr("You are about to install a certificate from a certification authority (CA) as a trusted "
                   "root."));
    auto* warning = new QLabel(tr("CertPilot cannot confirm that a root really comes from the CA it names. "
                                  "Confirm its origin: compare the fingerprints below with the ones your CA "
                                  "publishes on its web site or in its installation manual.<br><b>If you install "
                                  "a root, every certificate it has issued is trusted in this store.</b> "
                                  "Installing a root whose fingerprint you have not confirmed is a security "
                                  "risk."),
                               this);
    warning->setObjectName(QStringLiteral("trustWarningLabel"));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::RichText);
    auto* cards = new QWidget;
    m_cardLayout = new QVBoxLayout(cards);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("rootsScrollArea"));
    scroll->setWidget(cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_outcome->setObjectName(QStringLiteral("trustOutcomeLabel"));
    m_outcome->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_outcome);
    setButtonText(QWizard::NextButton, tr("&Install"));
}

void CaImportTrustPage::initializePage()
{
    for (RootTrustCard* card : m_cards)
        delete card;
    m_cards.clear();
    if (!m_wizard->plan())
        return;
    for (const Certificate& root : m_wizard->plan()->rootsToTrust()) {
        auto* card = new RootTrustCard(root);
        m_cardLayout->insertWidget(m_cardLayout->count() - 1, card);
        m_cards << card;
        connect(card, &RootTrustCard::decisionChanged, this, &CaImportTrustPage::updateOutcome);
    }
    updateOutcome();
}

void CaImportTrustPage::cleanupPage() { m_wizard->setDeclinedRoots({}); }

bool CaImportTrustPage::validatePage()
{
    QSet<QString> declined;
    for (RootTrustCard* card : m_cards) {
        if (!card->isTrusted())
            declined.insert(card->root().sha1());
    }
    m_wizard->setDeclinedRoots(declined);
    return true;
}

void CaImportTrustPage::updateOutcome()
{
    int declined = 0;
    for (RootTrustCard* card : m_cards)
        declined += card->isTrusted() ? 0 : 1;
    if (declined == 0) {
        m_outcome->setText(tr("Every root shown will be installed into Trusted Root."));
        return;
    }
    m_outcome->setText(tr("%n root(s) left unticked will not be installed.", nullptr, declined) + QLatin1Char(' ')
                       + tr("The other certificates are installed all the same; until you install their root, "
                            "their certification path ends below it (\"Issuer missing\")."));
}

} // namespace certpilot
