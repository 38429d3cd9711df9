// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;

namespace certpilot {

class ImportPfxWizard;
struct Error;

// Reads the file in a worker (the password derivations take a moment, a
// hostile file is refused before it can take long, Back or Cancel stop it),
// then shows what it holds and where each certificate goes, or which problem
// it has: wrong password, damaged integrity check, damaged content, cut off,
// unsupported algorithm, no key.
class ImportPfxContentsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPfxContentsPage(ImportPfxWizard* wizard);
    ~ImportPfxContentsPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override { return m_ready; }
    bool validatePage() override;
    bool isBusy() const { return m_busy; }

private:
    void showPlan();
    void failed(const Error& error);

    ImportPfxWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_busyBar;
    QLabel* m_destinations;
    QLabel* m_nameLabel;
    QLineEdit* m_friendlyName;
    QLabel* m_warnings;
    QPlainTextEdit* m_info;
    QLabel* m_detail;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    bool m_busy = false;
    bool m_ready = false;
};

} // namespace certpilot
