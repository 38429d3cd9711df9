// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreEntry.h"
#include "pfx/ExportDraft.h"

#include <QWizard>

namespace certpilot {

class StoreSession;
class PasswordFields;

// "Export" for a certificate (WORKFLOW.md step 9): a PFX backup with its
// private key and chain under a compatibility profile, or the certificate
// alone, a .p7b, nginx or Apache files, the key. The last page writes the
// files off the GUI thread and shows what reading them back found.
class ExportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FormatPageId, ProtectionPageId, FilePageId, ResultPageId };

    // The session must outlive the wizard; `entry` is the certificate to export.
    ExportWizard(StoreSession* session, const StoreEntry& entry, QWidget* parent = nullptr);
    ~ExportWizard() override;

    // Opens the wizard for the certificate with this SHA-1 thumbprint (non-modal,
    // deleted when closed); null when the store has no such certificate.
    static ExportWizard* open(QWidget* parent, StoreSession* session, const QString& thumbprint);

    StoreSession* session() const { return m_session; }
    const StoreEntry& entry() const { return m_entry; }
    ExportDraft& draft() { return m_draft; }
    PasswordFields* passwordFields() const;
    int nextId() const override;

signals:
    void exported(const QStringList& files);

private:
    StoreSession* m_session;
    StoreEntry m_entry;
    ExportDraft m_draft;
};

} // namespace certpilot
