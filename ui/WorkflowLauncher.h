// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreEntry.h"
#include "StoreSession.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace certpilot {

// Opens the windows of the administrator's workflow (request, complete,
// PFX import and export, bind, check a site) for the open store, from the
// menus, the toolbar, the table's context menu and files given to the app.
// Each window is non-modal and deletes itself when closed.
class WorkflowLauncher : public QObject {
    Q_OBJECT
public:
    explicit WorkflowLauncher(QWidget* window);

    void setSession(StoreSession* session) { m_session = session; }

    void createRequest(const Certificate& prefillFrom = {});
    // The CA's delivery (cert.zip, .cer, .p7b...); an open import wizard takes the files.
    void importCertificates(const QStringList& files = {});
    void completeRequest(const QStringList& files = {});
    void importPfx(const QString& file = {});
    void exportCertificate(const StoreEntry& entry);
    void bindToSite(const StoreEntry& entry);
    // Filled in with the selected certificate's first host name; the user starts the check.
    void checkSite(const std::optional<StoreEntry>& entry);
    void verifyInstallation(const StoreEntry& entry);
    void diagnose(const StoreEntry& entry);
    // The renewal walkthrough, resumed when one is in progress for the certificate.
    void renew(const StoreEntry& entry);
    void resumeRenewal(const QString& sha1);

    // What the actions need: a writable store, a Personal certificate, binders.
    static bool canExport(const std::optional<StoreEntry>& entry);
    static bool canBind(const std::optional<StoreEntry>& entry);
    static bool canRenew(const std::optional<StoreEntry>& entry);
    static bool canVerify(const std::optional<StoreEntry>& entry);
    static bool canCheckSite();

signals:
    // A window finished something the main window should show (a new certificate).
    void showCertificate(const QString& sha1);
    void statusMessage(const QString& text);
    // A renewal window saved its state (the banner of renewals in progress follows).
    void renewalChanged();

private:
    QWidget* m_window;
    QPointer<StoreSession> m_session;
    QPointer<QWidget> m_caImport;
};

} // namespace certpilot
