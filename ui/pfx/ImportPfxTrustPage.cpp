// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ImportPfxTrustPage.h"

#include "pfx/ImportPfxWizard.h"
#include "pfx/TrustConfirmationWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace certpilot {

ImportPfxTrustPage::ImportPfxTrustPage(ImportPfxWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_trust(new TrustConfirmationWidget(this))
{
    setObjectName(QStringLiteral("importPfxTrustPage"));
    setTitle(tr("Trust the Root Certificate?"));
    setSubTitle(tr("The file contains a root certificate that this store does not trust yet."));
    setButtonText(QWizard::NextButton, tr("&Import"));
    auto* untrusted = new QLabel(tr("If you leave the box unticked, the certificate, its private key and the "
                                    "intermediate certificates are imported all the same; the chain then shows "
                                    "\"root not trusted\" until you install the root."),
                                 this);
    untrusted->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_trust);
    layout->addSpacing(12);
    layout->addWidget(untrusted);
    layout->addStretch();
}

void ImportPfxTrustPage::initializePage()
{
    if (m_wizard->plan())
        m_trust->setRoots(m_wizard->plan()->newRoots());
}

bool ImportPfxTrustPage::validatePage()
{
    m_wizard->options().acceptRoots = m_trust->isAccepted();
    return true;
}

} // namespace certpilot
