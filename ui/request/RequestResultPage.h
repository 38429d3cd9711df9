// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace certpilot {

class CreateRequestWizard;

// The request text for the CA's web form (-----BEGIN CERTIFICATE REQUEST-----
// ... END), with Copy to Clipboard and Save As, a decoded summary to check
// before submitting, and what happens next (step 2 of WORKFLOW.md).
class RequestResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RequestResultPage(CreateRequestWizard* wizard);
    void initializePage() override;

    // Writes the request to `path` (atomically); the Save As button's work.
    Result<void> saveTo(const QString& path);
    // "www.example.com.csr", a file name for the request.
    QString suggestedFileName() const;

private:
    void copyToClipboard();
    void saveAs();

    CreateRequestWizard* m_wizard;
    QPlainTextEdit* m_pem;
    QPushButton* m_copy;
    QPushButton* m_save;
    QLabel* m_actionStatus;
    QFormLayout* m_summary;
};

} // namespace certpilot
