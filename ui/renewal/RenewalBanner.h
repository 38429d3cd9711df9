// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace certpilot {

class StoreSession;

// A strip above the certificate list while renewals are in progress: a renewal
// takes days at a CA, so after a restart the user sees where it stands and
// continues with one click. Reads the store's renewals after every load.
class RenewalBanner : public QFrame {
    Q_OBJECT
public:
    explicit RenewalBanner(QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    QString text() const;
    // Reads the store's renewals again (after a load, or when a renewal window saved).
    void refresh();

signals:
    // Continue the renewal of this certificate (the old one's thumbprint).
    void continueRequested(const QString& sha1);

private:

    QPointer<StoreSession> m_session;
    QLabel* m_text;
    QPushButton* m_continue;
    QString m_first;   // the renewal Continue opens
    int m_generation = 0;
};

} // namespace certpilot
