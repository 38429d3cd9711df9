// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace certpilot {

class BindWizard;

// The server: type, configuration folder, and the commands that test and
// reload it, pre-filled from the settings and saved back when left.
class BindServerPage : public QWizardPage {
    Q_OBJECT
public:
    explicit BindServerPage(BindWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void loadSettings();
    void browse();

    BindWizard* m_wizard;
    QComboBox* m_server;
    QLineEdit* m_root;
    QLineEdit* m_test;
    QLineEdit* m_reload;
    QLabel* m_error;
};

} // namespace certpilot
