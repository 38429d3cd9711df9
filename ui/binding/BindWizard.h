// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreEntry.h"
#include "binding/BindDraft.h"

#include <QWizard>

namespace certpilot {

class StoreSession;

// "Bind to site" (WORKFLOW.md step 8 on Linux): choose nginx or Apache and
// its configuration folder, pick a site (the one whose names the certificate
// covers is suggested) or add an https listener to it, review the change,
// then apply it: files, configuration, the server's own test, reload, and a
// check of the live site, with automatic roll-back. Slow steps run off the
// GUI thread; each page stays incomplete until its work is done.
class BindWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ServerPageId, SitePageId, PreviewPageId, ApplyPageId };

    // The session must outlive the wizard; `entry` is a Personal certificate with its key.
    BindWizard(StoreSession* session, const StoreEntry& entry, QWidget* parent = nullptr);

    // Opens the wizard for the certificate with this thumbprint (non-modal,
    // deleted when closed). Null when the certificate is not in Personal, or
    // the application has no binders (BindingServices not installed).
    static BindWizard* open(QWidget* parent, StoreSession* session, const QString& thumbprint);

    StoreSession* session() const { return m_session; }
    const StoreEntry& entry() const { return m_entry; }
    BindDraft& draft() { return m_draft; }

signals:
    // After a successful binding, once it is recorded with the store.
    void bound(const QString& thumbprint, const QString& siteName);

private:
    StoreSession* m_session;
    StoreEntry m_entry;
    BindDraft m_draft;
};

} // namespace certpilot
