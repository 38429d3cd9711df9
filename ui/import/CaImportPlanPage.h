// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace certpilot {

class CaImportWizard;

// The plan before anything is written: every certificate in chain order
// (issuers above, indented by depth), its role, the store it goes to, its
// flags in words and its status once installed, with the reason for the
// selected one below. What cannot be imported is listed under the tree.
class CaImportPlanPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CaImportPlanPage(CaImportWizard* wizard);
    void initializePage() override;

    enum Column { SubjectColumn, RoleColumn, DestinationColumn, FlagsColumn, StatusColumn, ColumnCount };

private:
    void showDetails();

    CaImportWizard* m_wizard;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QLabel* m_details;
    QLabel* m_problems;
};

} // namespace certpilot
