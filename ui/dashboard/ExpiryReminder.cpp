// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpiryReminder.h"

#include "StoreSession.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace certpilot {

ExpiryReminder::ExpiryReminder(StoreSession* session, QObject* parent, Mode mode)
    : QObject(parent)
    , m_session(session)
{
    m_active = mode == Mode::SignalOnly || QSystemTrayIcon::isSystemTrayAvailable();
    if (!m_active || !session)
        return;
    if (mode == Mode::Tray) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("CertPilot: certificate expiry reminders"));
        auto* menu = new QMenu;
        connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
        menu->addAction(tr("Open Expiry &Dashboard"), this, &ExpiryReminder::dashboardRequested);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ExpiryReminder::dashboardRequested);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit dashboardRequested();
        });
        m_tray->show();
    }
    connect(session, &StoreSession::loaded, this, &ExpiryReminder::check);
    // Certificates cross thresholds with time alone, not only when the store changes.
    m_daily = new QTimer(this);
    m_daily->setInterval(24 * 60 * 60 * 1000);
    connect(m_daily, &QTimer::timeout, this, &ExpiryReminder::check);
    m_daily->start();
    if (!session->isLoading() && !session->contents().entries.isEmpty())
        QTimer::singleShot(0, this, &ExpiryReminder::check);
}

ExpiryReminder::~ExpiryReminder() = default;

void ExpiryReminder::check()
{
    if (!m_active || !m_session || m_session->isLoading())
        return;
    const AppSettings settings = AppSettings::load();
    if (!settings.remindersEnabled)
        return;
    const QList<StoreEntry>& entries = m_session->contents().entries;
    QSettings store;
    const QStringList remembered = store.value(QLatin1String(kSettingsKey)).toStringList();
    QSet<QString> notified(remembered.begin(), remembered.end());
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    const QList<ReminderDue> due = ReminderPlan::due(entries, settings.expiry, notified, now);
    notified = ReminderPlan::retained(entries, notified);
    if (due.isEmpty()) {
        if (notified.size() != remembered.size())
            store.setValue(QLatin1String(kSettingsKey), QStringList(notified.begin(), notified.end()));
        return;
    }
    QStringList lines;
    for (const ReminderDue& d : due) {
        lines << (d.daysLeft < 0 || d.thresholdDays == 0
                      ? tr("%1: expired on %2").arg(d.name, d.notAfter.date().toString(Qt::ISODate))
                      : tr("%1: %2 days left").arg(d.name).arg(d.daysLeft));
        for (const QString& k : d.keys)
            notified.insert(k);
    }
    constexpr int kLines = 5;   // a tray bubble has room for a few
    if (lines.size() > kLines) {
        const int more = lines.size() - kLines + 1;
        lines = lines.mid(0, kLines - 1);
        lines << tr("\u2026 and %1 more").arg(more);
    }
    const QString title = tr("Certificates expiring: %1").arg(due.size());
    const QString text = lines.join(QLatin1Char('\n'));
    store.setValue(QLatin1String(kSettingsKey), QStringList(notified.begin(), notified.end()));
    store.sync();
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
    emit reminded(due, title, text);
}

} // namespace certpilot
