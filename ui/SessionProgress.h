// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace certpilot {

class StoreSession;

// The status bar's progress: "Loading store… 120/10000", then "Checking
// chains… 1200/10000", hidden when the session is idle.
class SessionProgress : public QWidget {
    Q_OBJECT
public:
    explicit SessionProgress(QWidget* parent = nullptr);
    void setSession(StoreSession* session);

    QProgressBar* progressBar() const { return m_bar; }
    QString text() const;

private:
    void display(const QString& text, int done, int total);
    void onLoaded();
    void onChainResults(int count);

    QPointer<StoreSession> m_session;
    QLabel* m_label;
    QProgressBar* m_bar;
    int m_verifyDone = 0;
    int m_verifyTotal = 0;
};

} // namespace certpilot
