// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkflowLauncher.h"

#include "StoreSession.h"
#include "binding/BindWizard.h"
#include "binding/BindingServices.h"
#include "binding/ProbeDialog.h"
#include "diagnostics/DiagnosticsDialog.h"
#include "import/CaImportWizard.h"
#include "pfx/ExportWizard.h"
#include "pfx/ImportPfxWizard.h"
#include "request/CompleteRequestDialog.h"
#include "renewal/RenewalWindow.h"
#include "request/CreateRequestWizard.h"
#include "verify/VerifyInstallationDialog.h"

#include <QWidget>

namespace certpilot {

WorkflowLauncher::WorkflowLauncher(QWidget* window)
    : QObject(window)
    , m_window(window)
{
}

void WorkflowLauncher::createRequest(const Certificate& prefillFrom)
{
    if (!m_session)
        return;
    auto* wizard = CreateRequestWizard::open(m_window, m_session, prefillFrom);
    connect(wizard, &CreateRequestWizard::requestCreated, this,
            [this] { emit statusMessage(tr("The request and its private key are kept in Requests.")); });
}

void WorkflowLauncher::importCertificates(const QStringList& files)
{
    if (!m_session)
        return;
    if (auto* open = qobject_cast<CaImportWizard*>(m_caImport.data()); open && open->session() == m_session) {
        if (!files.isEmpty())
            open->addFiles(files);
        open->raise();
        open->activateWindow();
        return;
    }
    auto* wizard = CaImportWizard::open(m_window, m_session, files);
    m_caImport = wizard;
    connect(wizard, &CaImportWizard::imported, this, [this](const QStringList& sha1s) {
        emit statusMessage(tr("Installed %n certificate(s).", nullptr, int(sha1s.size())));
        if (!sha1s.isEmpty())
            emit showCertificate(sha1s.last());
    });
    connect(wizard, &CaImportWizard::verifyRequested, this, [this](const QString& sha1) {
        if (const StoreEntry* e = m_session ? m_session->contents().find(StoreKind::Personal, sha1) : nullptr)
            verifyInstallation(*e);
    });
}

void WorkflowLauncher::completeRequest(const QStringList& files)
{
    if (!m_session)
        return;
    QPointer<WorkflowLauncher> self(this);
    auto* dialog = CompleteRequestDialog::open(m_window, m_session, files, [self] {
        if (self)
            self->importPfx();
    });
    connect(dialog, &CompleteRequestDialog::completed, this, &WorkflowLauncher::showCertificate);
}

void WorkflowLauncher::importPfx(const QString& file)
{
    if (m_session)
        ImportPfxWizard::open(m_window, m_session, file);
}

void WorkflowLauncher::exportCertificate(const StoreEntry& entry)
{
    if (m_session && canExport(entry))
        ExportWizard::open(m_window, m_session, entry.certificate.sha1());
}

void WorkflowLauncher::bindToSite(const StoreEntry& entry)
{
    if (!m_session || !canBind(entry))
        return;
    if (auto* wizard = BindWizard::open(m_window, m_session, entry.certificate.sha1())) {
        connect(wizard, &BindWizard::bound, this, [this](const QString&, const QString& site) {
            emit statusMessage(tr("Bound to %1.").arg(site));
        });
    }
}

void WorkflowLauncher::checkSite(const std::optional<StoreEntry>& entry)
{
    if (!m_session)
        return;
    QString host;
    if (entry && !entry->isRequest() && entry->kind == StoreKind::Personal) {
        const QStringList names = entry->certificate.dnsNames();
        if (!names.isEmpty() && !names.first().startsWith(QLatin1Char('*')))
            host = names.first();
    }
    if (!canCheckSite())
        return;
    // Filled in, not started: the user checks the host before CertPilot connects anywhere.
    auto* dialog = new ProbeDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTarget(host, 443, host);
    dialog->show();
}

bool WorkflowLauncher::canCheckSite()
{
    return BindingServices::installed().canProbe();
}

void WorkflowLauncher::verifyInstallation(const StoreEntry& entry)
{
    if (!m_session || !canVerify(entry))
        return;
    auto* dialog = VerifyInstallationDialog::open(m_window, m_session, entry.certificate.sha1());
    connect(dialog, &VerifyInstallationDialog::certificateActivated, this, &WorkflowLauncher::showCertificate);
}

void WorkflowLauncher::diagnose(const StoreEntry& entry)
{
    if (m_session && !entry.isRequest())
        DiagnosticsDialog::open(m_window, m_session, entry.certificate.sha1());
}

void WorkflowLauncher::renew(const StoreEntry& entry)
{
    if (canRenew(entry))
        resumeRenewal(entry.certificate.sha1());
}

void WorkflowLauncher::resumeRenewal(const QString& sha1)
{
    if (!m_session)
        return;
    auto* window = RenewalWindow::open(m_window, m_session, sha1);
    connect(window, &RenewalWindow::saved, this, &WorkflowLauncher::renewalChanged, Qt::UniqueConnection);
}

bool WorkflowLauncher::canRenew(const std::optional<StoreEntry>& entry)
{
    return entry && entry->kind == StoreKind::Personal && !entry->certificate.isCa();
}

bool WorkflowLauncher::canExport(const std::optional<StoreEntry>& entry)
{
    return entry && !entry->isRequest();
}

bool WorkflowLauncher::canBind(const std::optional<StoreEntry>& entry)
{
    return entry && entry->kind == StoreKind::Personal && entry->hasPrivateKey
        && BindingServices::installed().canBind();
}

bool WorkflowLauncher::canVerify(const std::optional<StoreEntry>& entry)
{
    return entry && entry->kind == StoreKind::Personal;
}

} // namespace certpilot
