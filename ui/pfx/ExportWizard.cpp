// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ExportWizard.h"

#include "pfx/ExportFilePage.h"
#include "pfx/ExportFormatPage.h"
#include "pfx/ExportProtectionPage.h"
#include "pfx/ExportResultPage.h"
#include "pfx/PasswordFields.h"
#include "settings/AppSettings.h"
#include "StoreSession.h"

namespace certpilot {

ExportWizard::ExportWizard(StoreSession* session, const StoreEntry& entry, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_entry(entry)
{
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Export Certificate - %1").arg(entry.certificate.subject().displayName()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_draft.format = entry.hasPrivateKey ? ExportFormat::Pfx : ExportFormat::CerDer;
    if (AppSettings::load().pfxProfile == Pkcs12Profile::Id::Legacy)
        m_draft.profile = Pkcs12Profile::legacy();   // Preferences > PFX export for
    m_draft.friendlyName = entry.friendlyName;
    setPage(FormatPageId, new ExportFormatPage(this));
    setPage(ProtectionPageId, new ExportProtectionPage(this));
    setPage(FilePageId, new ExportFilePage(this));
    auto* result = new ExportResultPage(this);
    setPage(ResultPageId, result);
    connect(result, &ExportResultPage::exported, this, &ExportWizard::exported);
    resize(720, 620);
}

ExportWizard::~ExportWizard()
{
    // The password must not outlive the wizard in a widget.
    passwordFields()->clear();
}

ExportWizard* ExportWizard::open(QWidget* parent, StoreSession* session, const QString& thumbprint)
{
    const StoreEntry* entry = session->contents().findByThumbprint(thumbprint);
    if (!entry || entry->certificate.isNull())
        return nullptr;
    auto* wizard = new ExportWizard(session, *entry, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

PasswordFields* ExportWizard::passwordFields() const
{
    return static_cast<ExportProtectionPage*>(page(ProtectionPageId))->passwordFields();
}

int ExportWizard::nextId() const
{
    switch (currentId()) {
    case FormatPageId:
        return ExportFormatText::needsKey(m_draft.format) ? ProtectionPageId : FilePageId;
    case ProtectionPageId:
        return FilePageId;
    case FilePageId:
        return ResultPageId;
    default:
        return -1;
    }
}

} // namespace certpilot
