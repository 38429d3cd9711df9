// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ImportPfxWizard.h"

#include "pfx/ImportPfxContentsPage.h"
#include "pfx/ImportPfxFilePage.h"
#include "pfx/ImportPfxResultPage.h"
#include "pfx/ImportPfxTrustPage.h"

#include <QLineEdit>

namespace certpilot {

ImportPfxWizard::ImportPfxWizard(StoreSession* session, const QString& file, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importPfxWizard"));
    setWindowTitle(tr("Import PFX Backup"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, new ImportPfxFilePage(this, file));
    setPage(ContentsPageId, new ImportPfxContentsPage(this));
    setPage(TrustPageId, new ImportPfxTrustPage(this));
    auto* result = new ImportPfxResultPage(this);
    setPage(ResultPageId, result);
    connect(result, &ImportPfxResultPage::imported, this, &ImportPfxWizard::imported);
    resize(720, 620);
}

ImportPfxWizard::~ImportPfxWizard() { passwordEdit()->clear(); }

ImportPfxWizard* ImportPfxWizard::open(QWidget* parent, StoreSession* session, const QString& file)
{
    auto* wizard = new ImportPfxWizard(session, file, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

QString ImportPfxWizard::filePath() const { return static_cast<ImportPfxFilePage*>(page(FilePageId))->filePath(); }

QLineEdit* ImportPfxWizard::passwordEdit() const
{
    return static_cast<ImportPfxFilePage*>(page(FilePageId))->passwordEdit();
}

bool ImportPfxWizard::markExportable() const
{
    return static_cast<ImportPfxFilePage*>(page(FilePageId))->markExportable();
}

void ImportPfxWizard::setRead(const Pkcs12Contents& contents, const PfxImportPlan& plan)
{
    m_contents = contents;
    m_plan = plan;
}

void ImportPfxWizard::clearRead()
{
    m_contents = {};
    m_plan.reset();
}

int ImportPfxWizard::nextId() const
{
    switch (currentId()) {
    case FilePageId:
        return ContentsPageId;
    case ContentsPageId:
        return m_plan && !m_plan->newRoots().isEmpty() ? TrustPageId : ResultPageId;
    case TrustPageId:
        return ResultPageId;
    default:
        return -1;
    }
}

} // namespace certpilot
