// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace certpilot {

class ExportWizard;
struct Error;
struct ExportReport;

// Writes the files off the GUI thread (the private key is fetched on the
// store's thread, the PFX encrypted in a worker), then shows what reading them
// back found: for a PFX, that it opens with the password, the key matches and
// the chain is complete, with `openssl pkcs12 -info`-like detail. Complete only
// when the files are written and read back.
class ExportResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ExportResultPage(ExportWizard* wizard);
    ~ExportResultPage() override;
    void initializePage() override;
    bool isComplete() const override { return m_done; }
    bool isBusy() const { return m_busy; }

signals:
    void exported(const QStringList& files);

private:
    void start();
    void finished(const ExportReport& report);
    void failed(const Error& error);

    ExportWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_busyBar;
    QLabel* m_files;
    QLabel* m_warnings;
    QLabel* m_readBack;
    QPlainTextEdit* m_info;
    QLabel* m_detail;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace certpilot
