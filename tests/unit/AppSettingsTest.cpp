// SPDX-License-Identifier: GPL-3.0-or-later
// AppSettings: defaults, a round trip through a settings file, and values a
// hand-edited file may hold (missing, malformed, out of range, out of order).

#include "StoreLocation.h"
#include "settings/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;

namespace {

class AppSettingsTest : public ::testing::Test {
protected:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("certpilot.conf")); }
    AppSettings loadFile()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        return AppSettings::load(settings);
    }
    void writeRaw(const QString& key, const QVariant& value)
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        settings.setValue(key, value);
    }
    QTemporaryDir m_dir;
};

TEST_F(AppSettingsTest, DefaultsAreTheDocumentedOnes)
{
    const AppSettings s = loadFile();  // no file yet
    EXPECT_EQ(s.language, QStringLiteral("system"));
    EXPECT_TRUE(s.storePath.isEmpty());
    EXPECT_EQ(s.effectiveStorePath(), defaultStorePath());
    EXPECT_EQ(s.expiry.notice, 60);
    EXPECT_EQ(s.expiry.warning, 30);
    EXPECT_EQ(s.expiry.critical, 7);
    EXPECT_EQ(s.defaultKey, KeySpec::rsa(2048));
    EXPECT_EQ(s.pfxProfile, Pkcs12Profile::Id::Modern);
    EXPECT_EQ(s.probeTimeoutSeconds, 10);
    EXPECT_EQ(s.probeTimeoutMs(), 10000);
    EXPECT_TRUE(s.remindersEnabled);
    EXPECT_TRUE(s.validate().ok());
    EXPECT_TRUE(s == AppSettings{});
}

TEST_F(AppSettingsTest, EveryValueSurvivesARoundTrip)
{
    AppSettings s;
    s.language = QStringLiteral("zh_TW");
    s.storePath = m_dir.filePath(QStringLiteral("my store"));
    s.expiry = {90, 45, 14};
    s.defaultKey = KeySpec::ec(QStringLiteral("P-384"));
    s.pfxProfile = Pkcs12Profile::Id::Legacy;
    s.probeTimeoutSeconds = 42;
    s.remindersEnabled = false;
    ASSERT_TRUE(s.validate().ok()) << s.validate().error().message.toStdString();
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        s.save(settings);
    }
    const AppSettings back = loadFile();
    EXPECT_TRUE(back == s);
    EXPECT_EQ(back.language, QStringLiteral("zh_TW"));
    EXPECT_EQ(back.storePath, s.storePath);
    EXPECT_EQ(back.expiry.notice, 90);
    EXPECT_EQ(back.expiry.warning, 45);
    EXPECT_EQ(back.expiry.critical, 14);
    EXPECT_EQ(back.defaultKey.toString(), QStringLiteral("ec:P-384"));
    EXPECT_EQ(back.pfxProfile, Pkcs12Profile::Id::Legacy);
    EXPECT_EQ(back.probeTimeoutSeconds, 42);
    EXPECT_FALSE(back.remindersEnabled);

    // Back to the default store: the key goes, so a moved default is followed.
    AppSettings cleared = back;
    cleared.storePath.clear();
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        cleared.save(settings);
        EXPECT_FALSE(settings.contains(QStringLiteral("store/path")));
    }
    EXPECT_TRUE(loadFile() == cleared);
}

TEST_F(AppSettingsTest, ThresholdsUsedByUrgency)
{
    AppSettings s;
    s.expiry = {90, 45, 14};
    EXPECT_EQ(s.expiry.urgency(80, false), Urgency::Notice);
    EXPECT_EQ(s.expiry.urgency(40, false), Urgency::Warning);
    EXPECT_EQ(s.expiry.urgency(10, false), Urgency::Critical);
    EXPECT_EQ(s.expiry.urgency(100, false), Urgency::None);
}

TEST_F(AppSettingsTest, BadStoredValuesReadAsDefaults)
{
    writeRaw(QStringLiteral("interface/language"), QStringLiteral("klingon"));
    writeRaw(QStringLiteral("request/defaultKey"), QStringLiteral("rsa:1024"));  // parses, but CAs refuse it
    writeRaw(QStringLiteral("pfx/defaultProfile"), QStringLiteral("rc2"));
    writeRaw(QStringLiteral("probe/timeoutSeconds"), QStringLiteral("soon"));
    writeRaw(QStringLiteral("reminders/enabled"), QStringLiteral("maybe"));
    const AppSettings s = loadFile();
    EXPECT_TRUE(s == AppSettings{});

    writeRaw(QStringLiteral("probe/timeoutSeconds"), 100000);
    EXPECT_EQ(loadFile().probeTimeoutSeconds, 10);
    writeRaw(QStringLiteral("probe/timeoutSeconds"), 0);
    EXPECT_EQ(loadFile().probeTimeoutSeconds, 10);
}

TEST_F(AppSettingsTest, ThresholdsOutOfOrderDropAllThree)
{
    // One good-looking value must not pair with two defaults into a wrong order.
    writeRaw(QStringLiteral("expiry/noticeDays"), 20);  // below the default warning of 30
    AppSettings s = loadFile();
    EXPECT_EQ(s.expiry.notice, 60);
    EXPECT_EQ(s.expiry.warning, 30);
    EXPECT_EQ(s.expiry.critical, 7);

    writeRaw(QStringLiteral("expiry/warningDays"), 10);
    writeRaw(QStringLiteral("expiry/criticalDays"), 3);
    s = loadFile();  // 20/10/3 is in order: taken
    EXPECT_EQ(s.expiry.notice, 20);
    EXPECT_EQ(s.expiry.warning, 10);
    EXPECT_EQ(s.expiry.critical, 3);

    writeRaw(QStringLiteral("expiry/criticalDays"), 0);
    EXPECT_EQ(loadFile().expiry.critical, 7);
}

TEST_F(AppSettingsTest, ValidateNamesTheProblem)
{
    AppSettings s;
    s.expiry = {30, 30, 7};
    auto r = s.validate();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("order"))) << r.error().message.toStdString();

    s = {};
    s.expiry.critical = 0;
    EXPECT_FALSE(s.validate().ok());
    s = {};
    s.expiry.notice = AppSettings::kMaxThresholdDays + 1;
    EXPECT_FALSE(s.validate().ok());

    s = {};
    s.storePath = QStringLiteral("relative/store");
    r = s.validate();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("full path")));

    s = {};
    s.defaultKey = KeySpec::rsa(1024);
    EXPECT_FALSE(s.validate().ok());
    s = {};
    s.language = QStringLiteral("de");
    EXPECT_FALSE(s.validate().ok());
    s = {};
    s.probeTimeoutSeconds = 0;
    EXPECT_FALSE(s.validate().ok());
    s.probeTimeoutSeconds = AppSettings::kMaxProbeTimeoutSeconds;
    EXPECT_TRUE(s.validate().ok());
}

TEST_F(AppSettingsTest, LanguagesNameThemselves)
{
    EXPECT_EQ(AppSettings::languageCodes().first(), QStringLiteral("system"));
    EXPECT_EQ(AppSettings::languageName(QStringLiteral("zh_TW")), QStringLiteral("繁體中文"));
    EXPECT_EQ(AppSettings::languageName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    EXPECT_EQ(AppSettings::keyChoices().first(), KeySpec::rsa(2048));
}

} // namespace
