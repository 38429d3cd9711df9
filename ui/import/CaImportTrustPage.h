// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace certpilot {

class CaImportWizard;
class RootTrustCard;

// The trust decision, shown only when the import adds roots: a warning in
// the words Windows uses, then one card per root with its fingerprints and
// its own unticked box. Unticked roots are not installed; the rest of the
// import goes ahead, and the page says what that means for the chains.
class CaImportTrustPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CaImportTrustPage(CaImportWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

    QList<RootTrustCard*> cards() const { return m_cards; }

private:
    void updateOutcome();

    CaImportWizard* m_wizard;
    QVBoxLayout* m_cardLayout;
    QLabel* m_outcome;
    QList<RootTrustCard*> m_cards;
};

} // namespace certpilot
