// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "binding/BindingPlan.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace certpilot {

class BindWizard;

// The change before it is made: the files, the configuration diff, the
// commands. Fetches the key on the store's thread and plans in a worker; its
// Next button is "Apply".
class BindPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit BindPreviewPage(BindWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool isPlanning() const { return m_planning; }

private:
    void planned(const Result<BindingPlan>& plan, int generation);

    BindWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_busy;
    QPlainTextEdit* m_preview;
    bool m_planning = false;
    int m_generation = 0;
};

} // namespace certpilot
