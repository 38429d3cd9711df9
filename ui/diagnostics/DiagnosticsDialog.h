// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "diagnostics/DiagnosisReport.h"

#include <QDateTime>
#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QWidget;

namespace certpilot {

class StoreSession;
class VerdictHeader;

// "Diagnose" for one certificate: runs the troubleshooting checks of
// WORKFLOW.md (Diagnostician) and lists each with a pass / warning / fail icon,
// the reason and the fix. A host field with Check Site adds the live-site
// checks; the key is read on the store's thread and the site probed in the
// thread pool, so the window never waits.
class DiagnosticsDialog : public QDialog {
    Q_OBJECT
public:
    DiagnosticsDialog(StoreSession* session, const QString& thumbprint, QWidget* parent = nullptr);
    ~DiagnosticsDialog() override;

    // Opens the dialog (non-modal, deleted when closed) and runs the certificate checks.
    static DiagnosticsDialog* open(QWidget* parent, StoreSession* session, const QString& thumbprint);

    // Checks as of `at` (tests); invalid, the default: now.
    void setCheckTime(const QDateTime& at);
    void setHost(const QString& host);
    // Runs the checks again, with the site when the host field is filled.
    void start();

    bool isBusy() const { return m_busy; }
    const std::optional<DiagnosisReport>& report() const { return m_report; }
    const std::optional<Error>& error() const { return m_error; }
    // What Copy Report copies.
    QString reportText() const;

signals:
    void checkFinished();

private:
    void runChecks();
    void finish(const Result<DiagnosisReport>& outcome);
    void showReport(const DiagnosisReport& report);
    void showError(const Error& error);
    void clearRows();
    void copyReport();

    StoreSession* m_session;
    QString m_sha1;
    QDateTime m_at;
    VerdictHeader* m_header;
    QLineEdit* m_host;
    QPushButton* m_checkSite;
    QProgressBar* m_busyBar;
    QScrollArea* m_scroll;
    QWidget* m_rowsWidget;
    QGridLayout* m_rows;
    QPushButton* m_copyButton;
    QPushButton* m_againButton;
    std::optional<DiagnosisReport> m_report;
    std::optional<Error> m_error;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace certpilot
