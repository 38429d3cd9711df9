// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "request/CompletionPlan.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace certpilot {

class StoreSession;

// "Complete Certificate Request" (step 6 of WORKFLOW.md): choose the CA's
// response and a friendly name; the dialog shows which pending request it
// matches (or, in words, why none does: WORKFLOW.md case 5) before anything
// changes, then moves certificate and key into Personal. Reading the files and
// the store runs on the store's thread; the change goes through StoreSession.
class CompleteRequestDialog : public QDialog {
    Q_OBJECT
public:
    // `importPfx`: what "Import PFX Backup..." does; without it the button is hidden.
    CompleteRequestDialog(StoreSession* session, std::function<void()> importPfx = {}, QWidget* parent = nullptr);

    // Opens the dialog (non-modal, deleted when closed), optionally with files chosen.
    static CompleteRequestDialog* open(QWidget* parent, StoreSession* session, const QStringList& files = {},
                                       std::function<void()> importPfx = {});

    void setFiles(const QStringList& files);
    QStringList files() const;
    const CompletionPlan& plan() const { return m_plan; }
    bool isBusy() const { return m_busy; }
    bool isCompleted() const { return m_completed; }

signals:
    void completed(const QString& thumbprint);

private:
    void analyse();
    void showPlan();
    void complete();
    void browse();
    void setBusy(bool busy, const QString& status);
    // A headline (a warning when `problem`) over the details.
    void showText(const QString& headline, const QString& details, bool problem);

    StoreSession* m_session;
    std::function<void()> m_importPfx;
    QLineEdit* m_file;
    QLineEdit* m_friendlyName;
    QLabel* m_headline;
    QLabel* m_status;
    QProgressBar* m_busyBar;
    QPushButton* m_importButton;
    QPushButton* m_newRequestButton;
    QDialogButtonBox* m_buttons;
    QPushButton* m_completeButton;
    QPushButton* m_browseButton;
    QTimer* m_debounce;
    CompletionPlan m_plan;
    int m_generation = 0;
    bool m_busy = false;
    bool m_completed = false;
    bool m_nameEdited = false;
};

} // namespace certpilot
