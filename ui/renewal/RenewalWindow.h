// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChainVerifier.h"
#include "renewal/RenewalRecord.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace certpilot {

class RenewalStepRow;
class StoreSession;
enum class RenewalStep;

// The guided renewal of one certificate (step 11 of WORKFLOW.md): one window
// with the ten steps, each with its state and the next action, opening the
// app's own wizards for the parts they do (request, CA import, complete,
// verify, PFX export) and re-binding, checking and rolling back the sites
// itself, off the GUI thread. Its state is saved with the store after every
// step, so closing it (or the app) and opening it again resumes where it was.
class RenewalWindow : public QDialog {
    Q_OBJECT
public:
    // `sha1`: the certificate to renew, or either certificate of a renewal in
    // progress. The session must outlive the window.
    RenewalWindow(StoreSession* session, const QString& sha1, QWidget* parent = nullptr);
    ~RenewalWindow() override;

    // Opens (non-modal, deleted when closed) or raises the window already open for it.
    static RenewalWindow* open(QWidget* parent, StoreSession* session, const QString& sha1);

    const RenewalRecord& record() const { return m_record; }
    bool isReady() const { return m_ready; }
    bool isBusy() const { return m_busy; }
    RenewalStepRow* row(RenewalStep step) const;

signals:
    // The record was written to the store.
    void saved();

private:
    void readState();
    void refresh();
    void save();
    void setBusy(bool busy, const QString& text = {});
    void showError(const QString& text);
    void act(RenewalStep step, bool secondary);
    enum class SiteWork { Rebind, Check, RollBack };
    void runSites(SiteWork work);
    void retire();
    void rollBack();
    void abandon();

    QPointer<StoreSession> m_session;
    QString m_sha1;
    RenewalRecord m_record;
    std::optional<ChainResult> m_newChain;
    bool m_ready = false;
    bool m_saved = false;   // the record exists in the store
    bool m_busy = false;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_error;
    QLabel* m_busyText;
    QProgressBar* m_busyBar;
    QList<RenewalStepRow*> m_rows;
    QPushButton* m_rollBack;
    QPushButton* m_abandon;
    std::shared_ptr<std::atomic_int> m_siteProgress;
};

} // namespace certpilot
