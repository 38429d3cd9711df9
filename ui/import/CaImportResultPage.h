// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace certpilot {

class CaImportWizard;

// Commits the final plan (declined roots left out) as one store transaction
// through the session, then says what was done, including a request
// completed on the way, or why nothing was. "Verify installation" hands the
// server certificate to the installation check.
class CaImportResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CaImportResultPage(CaImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override { return m_finished; }
    bool isBusy() const { return m_busy; }
    bool succeeded() const { return m_succeeded; }

signals:
    void verifyRequested(const QString& sha1);
    void imported(const QStringList& sha1s);

private:
    CaImportWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_busyBar;
    QLabel* m_done;
    QLabel* m_detail;
    QPushButton* m_verify;
    QString m_serverSha1;
    bool m_busy = false;
    bool m_finished = false;
    bool m_succeeded = false;
};

} // namespace certpilot
