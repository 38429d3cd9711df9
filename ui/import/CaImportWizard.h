// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"

#include <QSet>
#include <QStringList>
#include <QWizard>

#include <optional>

namespace certpilot {

class StoreSession;
class CaImportFilesPage;

// "Install the CA's certificates" (WORKFLOW.md steps 3 to 6): the files and
// archives the CA sent (cert.zip), the plan in chain order with where each
// certificate goes and its status after the import, a trust decision per new
// root, then one store transaction that also completes a pending request.
// Reading, planning and committing run on the store's thread; a failure says
// why in words and changes nothing.
class CaImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilesPageId, PlanPageId, TrustPageId, ResultPageId };

    explicit CaImportWizard(StoreSession* session, const QStringList& files = {}, QWidget* parent = nullptr);

    // Opens the wizard (non-modal, deleted when closed), optionally on files
    // already chosen or dropped. The session must outlive it.
    static CaImportWizard* open(QWidget* parent, StoreSession* session, const QStringList& files = {});

    StoreSession* session() const { return m_session; }
    // Adds files (a drop on the wizard, or the main window's drop) and plans again.
    void addFiles(const QStringList& files);
    CaImportFilesPage* filesPage() const;

    // The plan as read on the first page, with every root trusted.
    const std::optional<ImportPlan>& plan() const { return m_plan; }
    void setPlan(const std::optional<ImportPlan>& plan);
    // Roots (SHA-1) the user did not tick on the trust page.
    void setDeclinedRoots(const QSet<QString>& sha1s) { m_declined = sha1s; }
    const QSet<QString>& declinedRoots() const { return m_declined; }
    // What will be committed: the plan without the declined roots.
    ImportPlan finalPlan() const;

    int nextId() const override;

signals:
    // The result page's "Verify installation": the lead opens the check for this Personal certificate.
    void verifyRequested(const QString& sha1);
    // After a successful commit: the thumbprints of the certificates now in the store.
    void imported(const QStringList& sha1s);

private:
    StoreSession* m_session;
    std::optional<ImportPlan> m_plan;
    QSet<QString> m_declined;
};

} // namespace certpilot
