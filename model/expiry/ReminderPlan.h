// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpiryThresholds.h"
#include "StoreEntry.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace certpilot {

// One certificate that has crossed a reminder threshold and was not yet reminded of.
struct ReminderDue {
    QString sha1;
    QString name;          // friendly name, else the subject's display name
    Urgency urgency = Urgency::None;
    int thresholdDays = 0; // the threshold crossed (60, 30, 7), 0 once expired
    qint64 daysLeft = 0;
    QDateTime notAfter;
    // What to remember once shown: this threshold and every larger one, so a
    // certificate first seen at 5 days left gets one reminder, not three.
    QStringList keys;
};

// What the expiry reminders have to say: which Personal certificates crossed
// the notice, warning or critical threshold (or expired) since they were last
// reminded of. Pure: the caller keeps `notified` (QSettings) and the clock.
class ReminderPlan {
public:
    static QList<ReminderDue> due(const QList<StoreEntry>& entries, const ExpiryThresholds& thresholds,
                                  const QSet<QString>& notified, const QDateTime& now);
    // "SHA1/60": a threshold reminded of; a changed threshold reminds anew.
    static QString key(const QString& sha1, int thresholdDays);
    // The keys of `notified` that still name a certificate of `entries`, so the
    // remembered list does not grow forever.
    static QSet<QString> retained(const QList<StoreEntry>& entries, const QSet<QString>& notified);
};

} // namespace certpilot
