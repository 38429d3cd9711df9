// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiry/ReminderPlan.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QTimer;

namespace certpilot {

class StoreSession;

// Reminders at 60/30/7 days (the thresholds of the settings) while the
// application runs: a system-tray message when a Personal certificate crosses
// a threshold, once per certificate and threshold, remembered in QSettings so
// a restart does not repeat it. Checks when the store loads and once a day.
// Does nothing where there is no system tray, or when reminders are off.
class ExpiryReminder : public QObject {
    Q_OBJECT
public:
    enum class Mode { Tray, SignalOnly };   // SignalOnly: tests, no tray needed
    explicit ExpiryReminder(StoreSession* session, QObject* parent = nullptr, Mode mode = Mode::Tray);
    ~ExpiryReminder() override;

    bool isActive() const { return m_active; }
    void setNow(const QDateTime& now) { m_fixedNow = now; }   // tests
    // Looks for certificates that crossed a threshold and reminds of them.
    void check();

    static constexpr const char* kSettingsKey = "expiryReminders/notified";

signals:
    // Shown (or, without a tray, would have been): what was reminded of.
    void reminded(const QList<certpilot::ReminderDue>& due, const QString& title, const QString& text);
    // The user clicked the message or chose the tray's dashboard entry.
    void dashboardRequested();

private:
    QPointer<StoreSession> m_session;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_daily = nullptr;
    QDateTime m_fixedNow;
    bool m_active = false;
};

} // namespace certpilot
