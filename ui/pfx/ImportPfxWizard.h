// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pfx/PfxImportPlan.h"
#include "pfx/Pkcs12Contents.h"

#include <QWizard>

#include <optional>

class QLineEdit;

namespace certpilot {

class StoreSession;

// "Import" of a PFX backup (WORKFLOW.md step 10): the file and its password,
// what it holds and where each part goes, a trust decision for any root in
// it, then one store transaction. Reading runs off the GUI thread; a failure
// (wrong password, damaged or truncated file, no key) says which and changes
// nothing.
class ImportPfxWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePageId, ContentsPageId, TrustPageId, ResultPageId };

    explicit ImportPfxWizard(StoreSession* session, const QString& file = {}, QWidget* parent = nullptr);
    ~ImportPfxWizard() override;

    // Opens the wizard (non-modal, deleted when closed), optionally on a file
    // (a dropped .pfx). The session must outlive it.
    static ImportPfxWizard* open(QWidget* parent, StoreSession* session, const QString& file = {});

    StoreSession* session() const { return m_session; }
    QString filePath() const;
    QLineEdit* passwordEdit() const;
    bool markExportable() const;

    // Set by the contents page once the file is read.
    void setRead(const Pkcs12Contents& contents, const PfxImportPlan& plan);
    const std::optional<PfxImportPlan>& plan() const { return m_plan; }
    const Pkcs12Contents& contents() const { return m_contents; }
    void clearRead();
    PfxImportPlan::Options& options() { return m_options; }
    int nextId() const override;

signals:
    // The certificate is in Personal with its key: the main window can offer to bind it.
    void imported(const QString& thumbprint);

private:
    StoreSession* m_session;
    Pkcs12Contents m_contents;
    std::optional<PfxImportPlan> m_plan;
    PfxImportPlan::Options m_options;
};

} // namespace certpilot
