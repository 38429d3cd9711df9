// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace certpilot {

class ImportPfxWizard;

// The file, its password and "mark this key as exportable" (said honestly:
// it matters for the Windows store; a PEM store keeps every key in a file).
class ImportPfxFilePage : public QWizardPage {
    Q_OBJECT
public:
    ImportPfxFilePage(ImportPfxWizard* wizard, const QString& file);
    bool isComplete() const override;

    QString filePath() const;
    QLineEdit* passwordEdit() const { return m_password; }
    bool markExportable() const;

private:
    void browse();

    QLineEdit* m_file;
    QPushButton* m_browse;
    QLineEdit* m_password;
    QCheckBox* m_exportable;
};

} // namespace certpilot
