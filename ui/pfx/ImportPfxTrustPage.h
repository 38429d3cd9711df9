// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

namespace certpilot {

class ImportPfxWizard;
class TrustConfirmationWidget;

// The trust decision for the roots in the file. Not trusting them is a valid
// answer: the certificate and intermediates are still imported, and the chain
// shows "root not trusted" until a root is installed.
class ImportPfxTrustPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPfxTrustPage(ImportPfxWizard* wizard);
    void initializePage() override;
    bool validatePage() override;
    TrustConfirmationWidget* trustWidget() const { return m_trust; }

private:
    ImportPfxWizard* m_wizard;
    TrustConfirmationWidget* m_trust;
};

} // namespace certpilot
