// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pfx/ExportRequest.h"

#include <QHash>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QRadioButton;

namespace certpilot {

class ExportWizard;

// What to export: the formats of WORKFLOW.md's format facts, those that need
// the private key disabled (with the reason) when the store has none; whether
// the chain (and its root) goes with it, and which chain that is.
class ExportFormatPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ExportFormatPage(ExportWizard* wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void updateOptions();

    ExportWizard* m_wizard;
    QButtonGroup* m_group;
    QHash<int, QRadioButton*> m_buttons;
    QCheckBox* m_chain;
    QCheckBox* m_root;
    QLabel* m_chainText;
    QLabel* m_formatText;
};

} // namespace certpilot
