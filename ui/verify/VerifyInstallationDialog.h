// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "import/InstallationCheck.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QGridLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace certpilot {

class ChainCardView;
class StoreSession;
class VerdictHeader;

// "Verify installation" (step 7 of WORKFLOW.md) for a Personal certificate:
// runs InstallationCheck on the store's thread, then shows the verdict at the
// top (ready to bind, or what to fix first), one row per check with a
// pass/warn/fail icon and the sentence saying what to do, and the chain as
// cards. Copy Report puts the same in plain text on the clipboard.
class VerifyInstallationDialog : public QDialog {
    Q_OBJECT
public:
    VerifyInstallationDialog(StoreSession* session, const QString& sha1, QWidget* parent = nullptr);

    // Opens the dialog (non-modal, deleted when closed) and starts the check.
    static VerifyInstallationDialog* open(QWidget* parent, StoreSession* session, const QString& sha1);

    // Checks as of `at` (tests); invalid, the default: now.
    void setCheckTime(const QDateTime& at);
    // Runs the check (again); waits for the store first when it is loading.
    void start();

    bool isBusy() const { return m_busy; }
    const std::optional<InstallationCheck::Report>& report() const { return m_report; }
    const std::optional<Error>& error() const { return m_error; }
    // What Copy Report copies.
    QString reportText() const;
    ChainCardView* chainView() const { return m_chain; }

signals:
    // A report or an error is shown.
    void checkFinished();
    // A certificate card of the chain was activated (the main window selects it).
    void certificateActivated(const QString& sha1);

private:
    void runCheck();
    void finishBusy();
    void showReport(const InstallationCheck::Report& report);
    void showError(const Error& error);
    void clearRows();
    void copyReport();

    StoreSession* m_session;
    QString m_sha1;
    QDateTime m_at;
    QDateTime m_checkedAt;
    VerdictHeader* m_header;
    QProgressBar* m_busyBar;
    QGroupBox* m_checks;
    QGridLayout* m_rows;
    QLabel* m_chainLabel;
    ChainCardView* m_chain;
    QPushButton* m_copyButton;
    QPushButton* m_againButton;
    std::optional<InstallationCheck::Report> m_report;
    std::optional<Error> m_error;
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace certpilot
