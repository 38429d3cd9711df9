// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace certpilot {

class ExportWizard;
class PasswordFields;

// How the private key is protected. For a PFX: the compatibility profile by
// who must read the file (the exact algorithms on request), the friendly name
// and the password. For key files: encrypted with a password unless the user
// explicitly unticks it, as web servers without a pass phrase need.
class ExportProtectionPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ExportProtectionPage(ExportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    PasswordFields* passwordFields() const { return m_password; }

private:
    void updateProfile();
    void updateEncryption();

    ExportWizard* m_wizard;
    QWidget* m_pfxBox;
    QComboBox* m_profile;
    QLabel* m_profileText;
    QCheckBox* m_showAlgorithms;
    QLabel* m_algorithms;
    QLineEdit* m_friendlyName;
    QCheckBox* m_encrypt;
    QLabel* m_encryptText;
    PasswordFields* m_password;
};

} // namespace certpilot
