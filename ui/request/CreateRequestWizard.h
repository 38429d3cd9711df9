// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateRequest.h"
#include "request/RequestDraft.h"

#include <QWizard>

namespace certpilot {

class StoreSession;
class RequestGenerationPage;
class RequestResultPage;

// "Create Certificate Request" (steps 1 and 2 of WORKFLOW.md): the IIS fields,
// the alternative names IIS cannot add, key and hash; then the key is made off
// the GUI thread, kept pending in the Requests store, and the request text is
// shown to copy or save for the CA. The pages fill one RequestDraft.
class CreateRequestWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SubjectPageId, NamesPageId, KeyPageId, GenerationPageId, ResultPageId };

    // `prefillFrom`: start from an existing certificate's names and key type
    // (renewal, re-issue). The session must outlive the wizard.
    explicit CreateRequestWizard(StoreSession* session, const Certificate& prefillFrom = {},
                                 QWidget* parent = nullptr);

    // Opens the wizard (non-modal, deleted when closed) and returns it.
    static CreateRequestWizard* open(QWidget* parent, StoreSession* session, const Certificate& prefillFrom = {});

    RequestDraft& draft() { return m_draft; }
    StoreSession* session() const { return m_session; }

    // The stored request, once the generation page is done; null before.
    const CertificateRequest& request() const { return m_request; }
    void setRequest(const CertificateRequest& request) { m_request = request; }

signals:
    // The request and its pending key are in the store.
    void requestCreated(const QString& requestId);

private:
    StoreSession* m_session;
    RequestDraft m_draft;
    CertificateRequest m_request;
};

} // namespace certpilot
