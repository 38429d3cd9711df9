// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderPlan.h"

#include <algorithm>

namespace certpilot {

QString ReminderPlan::key(const QString& sha1, int thresholdDays)
{
    return sha1 + QLatin1Char('/') + QString::number(thresholdDays);
}

QList<ReminderDue> ReminderPlan::due(const QList<StoreEntry>& entries, const ExpiryThresholds& thresholds,
                                     const QSet<QString>& notified, const QDateTime& now)
{
    QList<ReminderDue> result;
    for (const StoreEntry& e : entries) {
        if (e.kind != StoreKind::Personal || e.certificate.isNull())
            continue;
        const Certificate& cert = e.certificate;
        const bool expired = cert.isExpired(now);
        const qint64 daysLeft = cert.daysLeft(now);
        const Urgency urgency = thresholds.urgency(daysLeft, expired);
        // Largest first: the keys of a crossed threshold include all larger ones.
        QList<int> crossed;
        switch (urgency) {
        case Urgency::Expired:
            crossed = {thresholds.notice, thresholds.warning, thresholds.critical, 0};
            break;
        case Urgency::Critical:
            crossed = {thresholds.notice, thresholds.warning, thresholds.critical};
            break;
        case Urgency::Warning:
            crossed = {thresholds.notice, thresholds.warning};
            break;
        case Urgency::Notice:
            crossed = {thresholds.notice};
            break;
        case Urgency::None:
            continue;
        }
        ReminderDue d;
        d.sha1 = cert.sha1();
        d.thresholdDays = crossed.last();
        if (notified.contains(key(d.sha1, d.thresholdDays)))
            continue;
        d.name = e.friendlyName.isEmpty() ? cert.subject().displayName() : e.friendlyName;
        d.urgency = urgency;
        d.daysLeft = daysLeft;
        d.notAfter = cert.notAfter();
        for (int days : crossed)
            d.keys << key(d.sha1, days);
        result << d;
    }
    std::sort(result.begin(), result.end(),
              [](const ReminderDue& a, const ReminderDue& b) { return a.notAfter < b.notAfter; });
    return result;
}

QSet<QString> ReminderPlan::retained(const QList<StoreEntry>& entries, const QSet<QString>& notified)
{
    QSet<QString> present;
    for (const StoreEntry& e : entries) {
        if (!e.certificate.isNull())
            present.insert(e.certificate.sha1());
    }
    QSet<QString> kept;
    for (const QString& k : notified) {
        if (present.contains(k.section(QLatin1Char('/'), 0, 0)))
            kept.insert(k);
    }
    return kept;
}

} // namespace certpilot
