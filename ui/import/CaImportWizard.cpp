// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CaImportWizard.h"

#include "import/CaImportFilesPage.h"
#include "import/CaImportPlanPage.h"
#include "import/CaImportResultPage.h"
#include "import/CaImportTrustPage.h"

namespace certpilot {

CaImportWizard::CaImportWizard(StoreSession* session, const QStringList& files, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("caImportWizard"));
    setWindowTitle(tr("Install CA Certificates"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilesPageId, new CaImportFilesPage(this, files));
    setPage(PlanPageId, new CaImportPlanPage(this));
    setPage(TrustPageId, new CaImportTrustPage(this));
    auto* result = new CaImportResultPage(this);
    setPage(ResultPageId, result);
    connect(result, &CaImportResultPage::verifyRequested, this, &CaImportWizard::verifyRequested);
    connect(result, &CaImportResultPage::imported, this, &CaImportWizard::imported);
    resize(820, 640);
}

CaImportWizard* CaImportWizard::open(QWidget* parent, StoreSession* session, const QStringList& files)
{
    auto* wizard = new CaImportWizard(session, files, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

CaImportFilesPage* CaImportWizard::filesPage() const { return static_cast<CaImportFilesPage*>(page(FilesPageId)); }

void CaImportWizard::addFiles(const QStringList& files)
{
    // Files arriving later belong on the first page: the plan is made again there.
    while (currentId() != FilesPageId && currentId() != ResultPageId && currentId() != -1)
        back();
    if (currentId() == ResultPageId)
        return;
    filesPage()->addFiles(files);
}

void CaImportWizard::setPlan(const std::optional<ImportPlan>& plan)
{
    m_plan = plan;
    m_declined.clear();
}

ImportPlan CaImportWizard::finalPlan() const
{
    if (!m_plan)
        return {};
    return m_declined.isEmpty() ? *m_plan : m_plan->withRootsDeclined(m_declined);
}

int CaImportWizard::nextId() const
{
    switch (currentId()) {
    case FilesPageId:
        return PlanPageId;
    case PlanPageId:
        return m_plan && m_plan->addsTrustedRoot() ? TrustPageId : ResultPageId;
    case TrustPageId:
        return ResultPageId;
    default:
        return -1;
    }
}

} // namespace certpilot
