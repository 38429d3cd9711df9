// SPDX-License-Identifier: GPL-3.0-or-later
// What the expiry reminders say, and that they say it once: ReminderPlan on
// its own, then ExpiryReminder on a real store with its memory in QSettings.

#include "DashboardFixture.h"
#include "dashboard/ExpiryReminder.h"
#include "expiry/ReminderPlan.h"
#include "settings/AppSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class ReminderPlanTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_store = new DashboardStore;
        s_certs = new QList<Certificate>;
        for (int days : {-10, 5, 20, 45, 200})
            *s_certs << s_store->makeExpiring(QStringLiteral("in%1.example").arg(days), days).cert;
    }
    static void TearDownTestSuite()
    {
        delete s_certs;
        delete s_store;
    }
    static QList<StoreEntry> entries(StoreKind kind = StoreKind::Personal)
    {
        QList<StoreEntry> list;
        for (const Certificate& c : *s_certs) {
            StoreEntry e;
            e.kind = kind;
            e.id = c.sha1();
            e.certificate = c;
            list << e;
        }
        return list;
    }
    static DashboardStore* s_store;
    static QList<Certificate>* s_certs;
};
DashboardStore* ReminderPlanTest::s_store = nullptr;
QList<Certificate>* ReminderPlanTest::s_certs = nullptr;

QSet<QString> keysOf(const QList<ReminderDue>& due)
{
    QSet<QString> keys;
    for (const ReminderDue& d : due)
        keys.unite(QSet<QString>(d.keys.begin(), d.keys.end()));
    return keys;
}

} // namespace

TEST_F(ReminderPlanTest, EachCertificateOnceAtTheMostUrgentThresholdItCrossed)
{
    const QList<ReminderDue> due = ReminderPlan::due(entries(), ExpiryThresholds{}, {}, s_store->now);
    ASSERT_EQ(due.size(), 4) << "200 days left needs no reminder";
    const int thresholds[] = {0, 7, 30, 60};
    const Urgency urgencies[] = {Urgency::Expired, Urgency::Critical, Urgency::Warning, Urgency::Notice};
    const qint64 days[] = {-10, 5, 20, 45};
    for (int i = 0; i < 4; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(due.at(i).sha1, s_certs->at(i).sha1());
        EXPECT_EQ(due.at(i).name, QStringLiteral("in%1.example").arg(days[i]));
        EXPECT_EQ(due.at(i).thresholdDays, thresholds[i]);
        EXPECT_EQ(due.at(i).urgency, urgencies[i]);
        EXPECT_EQ(due.at(i).daysLeft, days[i]);
    }
    // 5 days left: one reminder, and the 60 and 30-day ones count as given.
    const QString sha = s_certs->at(1).sha1();
    EXPECT_EQ(due.at(1).keys, (QStringList{sha + QStringLiteral("/60"), sha + QStringLiteral("/30"),
                                          sha + QStringLiteral("/7")}));
}

TEST_F(ReminderPlanTest, NothingTwiceAndTheNextThresholdLater)
{
    const QList<ReminderDue> first = ReminderPlan::due(entries(), ExpiryThresholds{}, {}, s_store->now);
    QSet<QString> notified = keysOf(first);
    EXPECT_TRUE(ReminderPlan::due(entries(), ExpiryThresholds{}, notified, s_store->now).isEmpty());
    // 19 days on, the 45-day certificate has 26 days left: it crossed 30.
    // The 20-day one crossed 7, the 5-day one expired, the 200-day one nothing yet.
    const QList<ReminderDue> later = ReminderPlan::due(entries(), ExpiryThresholds{}, notified,
                                                       s_store->now.addDays(19));
    ASSERT_EQ(later.size(), 3);
    EXPECT_EQ(later.at(0).sha1, s_certs->at(1).sha1());
    EXPECT_EQ(later.at(0).thresholdDays, 0);
    EXPECT_EQ(later.at(1).sha1, s_certs->at(2).sha1());
    EXPECT_EQ(later.at(1).thresholdDays, 7);
    EXPECT_EQ(later.at(2).sha1, s_certs->at(3).sha1());
    EXPECT_EQ(later.at(2).thresholdDays, 30);
    notified.unite(keysOf(later));
    EXPECT_TRUE(ReminderPlan::due(entries(), ExpiryThresholds{}, notified, s_store->now.addDays(19)).isEmpty());
}

TEST_F(ReminderPlanTest, OnlyPersonalCertificates)
{
    EXPECT_TRUE(ReminderPlan::due(entries(StoreKind::TrustedRoot), ExpiryThresholds{}, {}, s_store->now).isEmpty());
    EXPECT_TRUE(ReminderPlan::due(entries(StoreKind::Intermediate), ExpiryThresholds{}, {}, s_store->now).isEmpty());
}

TEST_F(ReminderPlanTest, ChangedThresholdsRemindAnew)
{
    const QSet<QString> notified = keysOf(ReminderPlan::due(entries(), ExpiryThresholds{}, {}, s_store->now));
    const QList<ReminderDue> due = ReminderPlan::due(entries(), ExpiryThresholds{250, 30, 7}, notified, s_store->now);
    // The notice threshold moved to 250 days: 45 and 200 days left are under it.
    ASSERT_EQ(due.size(), 2);
    EXPECT_EQ(due.at(0).sha1, s_certs->at(3).sha1());
    EXPECT_EQ(due.at(1).sha1, s_certs->at(4).sha1());
    EXPECT_EQ(due.at(1).thresholdDays, 250);
}

TEST_F(ReminderPlanTest, ForgetsCertificatesThatLeftTheStore)
{
    const QSet<QString> notified = keysOf(ReminderPlan::due(entries(), ExpiryThresholds{}, {}, s_store->now));
    QList<StoreEntry> fewer = entries();
    fewer.removeAt(1);
    const QSet<QString> kept = ReminderPlan::retained(fewer, notified);
    EXPECT_EQ(kept.size(), notified.size() - 3);
    for (const QString& k : kept)
        EXPECT_FALSE(k.startsWith(s_certs->at(1).sha1()));
}

TEST_F(ReminderPlanTest, ExpiryReminderRemindsOnceAcrossRestarts)
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
    DashboardStore store;
    store.addPersonal({store.makeExpiring(QStringLiteral("soon.example"), 5),
                       store.makeExpiring(QStringLiteral("later.example"), 300)});
    auto session = store.openSession();
    {
        ExpiryReminder reminder(session.get(), nullptr, ExpiryReminder::Mode::SignalOnly);
        reminder.setNow(store.now);
        QSignalSpy reminded(&reminder, &ExpiryReminder::reminded);
        reminder.check();
        ASSERT_EQ(reminded.size(), 1);
        EXPECT_EQ(reminded.first().at(1).toString(), QStringLiteral("Certificates expiring: 1"));
        EXPECT_EQ(reminded.first().at(2).toString(), QStringLiteral("soon.example: 5 days left"));
        reminder.check();
        EXPECT_EQ(reminded.size(), 1) << "once per threshold";
    }
    {   // A restart reads what was shown from the settings.
        ExpiryReminder reminder(session.get(), nullptr, ExpiryReminder::Mode::SignalOnly);
        reminder.setNow(store.now);
        QSignalSpy reminded(&reminder, &ExpiryReminder::reminded);
        reminder.check();
        EXPECT_EQ(reminded.size(), 0);
        // A reload of the store checks by itself; a year on, both have expired.
        reminder.setNow(store.now.addDays(365));
        session->reload();
        ASSERT_TRUE(reminded.wait(30000));
        ASSERT_EQ(reminded.size(), 1);
        EXPECT_EQ(reminded.first().at(0).value<QList<ReminderDue>>().size(), 2);
    }
    {   // Reminders off in the settings: silence.
        AppSettings settings = AppSettings::load();
        settings.remindersEnabled = false;
        settings.save();
        QSettings().remove(QLatin1String(ExpiryReminder::kSettingsKey));
        ExpiryReminder reminder(session.get(), nullptr, ExpiryReminder::Mode::SignalOnly);
        reminder.setNow(store.now);
        QSignalSpy reminded(&reminder, &ExpiryReminder::reminded);
        reminder.check();
        EXPECT_EQ(reminded.size(), 0);
    }
    QSettings().clear();
}
