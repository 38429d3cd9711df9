// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog driven through its widgets, saving into a settings file
// in a temporary folder (QSettings' user path redirected for the test).

#include "FileDialog.h"
#include "InfoBar.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace certpilot;

namespace {

template <typename T> T* find(QWidget* root, const char* name)
{
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// Replaces a spin box's text by keyboard, as a user would.
void typeInto(QSpinBox* box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
}

class SettingsDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("CertPilotTest"));
        QCoreApplication::setApplicationName(QStringLiteral("certpilot"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    void TearDown() override
    {
        if (m_dialog)
            m_dialog->close();  // deletes itself
        QSettings::setDefaultFormat(QSettings::NativeFormat);
    }
    QString settingsFile() const { return QSettings().fileName(); }
    SettingsDialog* openDialog()
    {
        m_dialog = SettingsDialog::open(nullptr);
        return m_dialog;
    }
    QPushButton* ok() { return find<QPushButton>(m_dialog, "okPushButton"); }

    QTemporaryDir m_dir;
    QPointer<SettingsDialog> m_dialog;
};

TEST_F(SettingsDialogTest, ShowsTheSavedSettings)
{
    AppSettings saved;
    saved.language = QStringLiteral("zh_CN");
    saved.storePath = m_dir.filePath(QStringLiteral("store"));
    saved.expiry = {45, 20, 5};
    saved.defaultKey = KeySpec::ec(QStringLiteral("P-256"));
    saved.pfxProfile = Pkcs12Profile::Id::Legacy;
    saved.probeTimeoutSeconds = 25;
    saved.remindersEnabled = false;
    saved.save();

    SettingsDialog* d = openDialog();
    ASSERT_TRUE(d->isVisible());
    EXPECT_EQ(find<QComboBox>(d, "languageComboBox")->currentData().toString(), QStringLiteral("zh_CN"));
    EXPECT_EQ(QDir::fromNativeSeparators(find<QLineEdit>(d, "storePathLineEdit")->text()), saved.storePath);
    EXPECT_EQ(find<QSpinBox>(d, "noticeSpinBox")->value(), 45);
    EXPECT_EQ(find<QSpinBox>(d, "warningSpinBox")->value(), 20);
    EXPECT_EQ(find<QSpinBox>(d, "criticalSpinBox")->value(), 5);
    EXPECT_EQ(find<QComboBox>(d, "defaultKeyComboBox")->currentData().toString(), QStringLiteral("ec:P-256"));
    EXPECT_EQ(find<QComboBox>(d, "pfxProfileComboBox")->currentData().toString(), QStringLiteral("legacy"));
    EXPECT_EQ(find<QSpinBox>(d, "probeTimeoutSpinBox")->value(), 25);
    EXPECT_FALSE(find<QCheckBox>(d, "remindersCheckBox")->isChecked());
    EXPECT_TRUE(d->settings() == saved);
}

TEST_F(SettingsDialogTest, OkSavesWhatWasTyped)
{
    SettingsDialog* d = openDialog();
    QSignalSpy saved(d, &SettingsDialog::settingsSaved);
    auto* language = find<QComboBox>(d, "languageComboBox");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_TW")));
    typeInto(find<QSpinBox>(d, "noticeSpinBox"), 90);
    typeInto(find<QSpinBox>(d, "warningSpinBox"), 40);
    typeInto(find<QSpinBox>(d, "criticalSpinBox"), 10);
    typeInto(find<QSpinBox>(d, "probeTimeoutSpinBox"), 3);
    auto* key = find<QComboBox>(d, "defaultKeyComboBox");
    key->setCurrentIndex(key->findData(QStringLiteral("rsa:4096")));
    QTest::mouseClick(find<QCheckBox>(d, "remindersCheckBox"), Qt::LeftButton);
    const QString store = m_dir.filePath(QStringLiteral("elsewhere"));
    FileDialog::setNextFolder(store);
    QTest::mouseClick(find<QPushButton>(d, "browseStorePushButton"), Qt::LeftButton);
    EXPECT_EQ(QDir::fromNativeSeparators(find<QLineEdit>(d, "storePathLineEdit")->text()), store);

    ASSERT_TRUE(ok()->isEnabled());
    QTest::mouseClick(ok(), Qt::LeftButton);
    ASSERT_EQ(saved.count(), 1);

    // What is on disk, read back by a fresh QSettings.
    QSettings file(settingsFile(), QSettings::IniFormat);
    const AppSettings back = AppSettings::load(file);
    EXPECT_EQ(back.language, QStringLiteral("zh_TW"));
    EXPECT_EQ(back.expiry.notice, 90);
    EXPECT_EQ(back.expiry.warning, 40);
    EXPECT_EQ(back.expiry.critical, 10);
    EXPECT_EQ(back.probeTimeoutSeconds, 3);
    EXPECT_EQ(back.defaultKey, KeySpec::rsa(4096));
    EXPECT_FALSE(back.remindersEnabled);
    EXPECT_EQ(back.storePath, store);
    EXPECT_TRUE(saved.first().first().value<AppSettings>() == back);
}

TEST_F(SettingsDialogTest, ThresholdsOutOfOrderBlockOk)
{
    SettingsDialog* d = openDialog();
    auto* problem = find<InfoBar>(d, "problemInfoBar");
    EXPECT_TRUE(ok()->isEnabled());
    EXPECT_FALSE(problem->isVisible());

    typeInto(find<QSpinBox>(d, "warningSpinBox"), 70);  // later than the 60-day notice
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("order"))) << problem->text().toStdString();

    typeInto(find<QSpinBox>(d, "warningSpinBox"), 30);
    EXPECT_TRUE(ok()->isEnabled());
    EXPECT_FALSE(problem->isVisible());

    QTest::keyClicks(find<QLineEdit>(d, "storePathLineEdit"), QStringLiteral("not/absolute"));
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("full path")));
}

TEST_F(SettingsDialogTest, CancelLeavesTheFileAlone)
{
    AppSettings saved;
    saved.probeTimeoutSeconds = 20;
    saved.save();
    SettingsDialog* d = openDialog();
    QSignalSpy spy(d, &SettingsDialog::settingsSaved);
    typeInto(find<QSpinBox>(d, "probeTimeoutSpinBox"), 99);
    QTest::mouseClick(find<QPushButton>(d, "cancelPushButton"), Qt::LeftButton);
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(AppSettings::load().probeTimeoutSeconds, 20);
}

TEST_F(SettingsDialogTest, RestoreDefaultsResetsEveryField)
{
    AppSettings saved;
    saved.language = QStringLiteral("en");
    saved.expiry = {100, 50, 20};
    saved.defaultKey = KeySpec::rsa(3072);
    saved.remindersEnabled = false;
    saved.storePath = m_dir.filePath(QStringLiteral("s"));
    saved.save();
    SettingsDialog* d = openDialog();
    EXPECT_FALSE(d->settings() == AppSettings{});
    QTest::mouseClick(find<QPushButton>(d, "restoreDefaultsPushButton"), Qt::LeftButton);
    EXPECT_TRUE(d->settings() == AppSettings{});
    // Not saved until OK.
    EXPECT_EQ(AppSettings::load().expiry.notice, 100);
}

} // namespace
