// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindWizard.h"

#include "StoreSession.h"
#include "binding/BindApplyPage.h"
#include "binding/BindPreviewPage.h"
#include "binding/BindServerPage.h"
#include "binding/BindSitePage.h"
#include "binding/BindingServices.h"

namespace certpilot {

BindWizard::BindWizard(StoreSession* session, const StoreEntry& entry, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_entry(entry)
{
    setObjectName(QStringLiteral("bindWizard"));
    setWindowTitle(tr("Bind to Site - %1").arg(entry.certificate.subject().displayName()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ServerPageId, new BindServerPage(this));
    setPage(SitePageId, new BindSitePage(this));
    setPage(PreviewPageId, new BindPreviewPage(this));
    auto* apply = new BindApplyPage(this);
    setPage(ApplyPageId, apply);
    connect(apply, &BindApplyPage::bound, this, &BindWizard::bound);
    resize(820, 640);
}

BindWizard* BindWizard::open(QWidget* parent, StoreSession* session, const QString& thumbprint)
{
    if (!BindingServices::installed().canBind())
        return nullptr;
    const StoreEntry* entry = session->contents().find(StoreKind::Personal, thumbprint.toUpper());
    if (!entry || entry->certificate.isNull())
        return nullptr;
    auto* wizard = new BindWizard(session, *entry, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

} // namespace certpilot
