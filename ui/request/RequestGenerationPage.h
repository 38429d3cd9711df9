// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateRequest.h"
#include "Result.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace certpilot {

struct CreatedRequest;
class CreateRequestWizard;
class FieldMessageLabel;

// Makes the key and the request in a worker thread (RSA 4096 takes seconds),
// then keeps the key pending in the store through StoreSession::commit; the
// window stays responsive throughout. Complete, and moving on by itself, only
// once the key is stored: a request whose key was lost must never reach a CA.
class RequestGenerationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RequestGenerationPage(CreateRequestWizard* wizard);
    void initializePage() override;
    bool isComplete() const override { return m_done; }
    bool isBusy() const { return m_busy; }

signals:
    void created(const certpilot::CertificateRequest& request);

private:
    void start();
    void generated(const Result<CreatedRequest>& result);
    void failed(const QString& message, const QString& detail);

    CreateRequestWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_busyBar;
    FieldMessageLabel* m_error;
    QLabel* m_detail;
    QPushButton* m_retry;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace certpilot
