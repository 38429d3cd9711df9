// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/CreateRequestWizard.h"

#include "request/RequestGenerationPage.h"
#include "request/RequestKeyPage.h"
#include "request/RequestNamesPage.h"
#include "request/RequestResultPage.h"
#include "request/RequestSubjectPage.h"
#include "settings/AppSettings.h"

namespace certpilot {

CreateRequestWizard::CreateRequestWizard(StoreSession* session, const Certificate& prefillFrom, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_draft(RequestDraft::fromCertificate(prefillFrom))
{
    setObjectName(QStringLiteral("createRequestWizard"));
    if (prefillFrom.isNull())
        m_draft.key = AppSettings::load().defaultKey;   // Preferences > New requests use
    setWindowTitle(tr("Create Certificate Request"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SubjectPageId, new RequestSubjectPage(&m_draft, this));
    setPage(NamesPageId, new RequestNamesPage(&m_draft, this));
    setPage(KeyPageId, new RequestKeyPage(&m_draft, this));
    auto* generation = new RequestGenerationPage(this);
    setPage(GenerationPageId, generation);
    setPage(ResultPageId, new RequestResultPage(this));
    connect(generation, &RequestGenerationPage::created, this, [this](const CertificateRequest& request) {
        m_request = request;
        emit requestCreated(request.keyId());
    });
    resize(720, 620);
}

CreateRequestWizard* CreateRequestWizard::open(QWidget* parent, StoreSession* session, const Certificate& prefillFrom)
{
    auto* wizard = new CreateRequestWizard(session, prefillFrom, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

} // namespace certpilot
