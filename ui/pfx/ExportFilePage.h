// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certpilot {

class ExportWizard;

// Where the files go: a file name (PFX, .cer, .p7b, key) or a folder (nginx,
// Apache), the list of files that will be written, and an explicit tick
// before any existing file is replaced.
class ExportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ExportFilePage(ExportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void refresh();
    QStringList plannedPaths() const;

    ExportWizard* m_wizard;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_files;
    QCheckBox* m_replace;
    QStringList m_existing;
};

} // namespace certpilot
