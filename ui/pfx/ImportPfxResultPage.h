// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace certpilot {

class ImportPfxWizard;

// Commits the import as one store transaction (on the store's thread) and
// says what landed where. Complete only when the store has it.
class ImportPfxResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPfxResultPage(ImportPfxWizard* wizard);
    void initializePage() override;
    bool isComplete() const override { return m_done; }

signals:
    void imported(const QString& thumbprint);

private:
    ImportPfxWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_busyBar;
    QLabel* m_detail;
    bool m_done = false;
};

} // namespace certpilot
