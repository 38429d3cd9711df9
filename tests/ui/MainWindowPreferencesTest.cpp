// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences saved in the real dialog change what the open window shows at
// once, and what the next wizard starts with.

#include "UiFixture.h"

#include "CertificateTableModel.h"
#include "ExpiryThresholds.h"
#include "pfx/ExportWizard.h"
#include "request/CreateRequestWizard.h"
#include "request/RequestDraft.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class MainWindowPreferencesTest : public UiFixture {
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }
    void TearDown() override
    {
        UiFixture::TearDown();
        QSettings::setDefaultFormat(QSettings::NativeFormat);
    }
    static void setSpin(QSpinBox* box, int value)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
    }
    // The urgency the list shows for the row of this certificate.
    int urgencyOf(const QString& sha1)
    {
        auto* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row, 0);
            if (model->data(i, CertificateTableModel::IdRole).toString() == sha1)
                return model->data(i, CertificateTableModel::UrgencyRole).toInt();
        }
        ADD_FAILURE() << "no row for " << sha1.toStdString();
        return -1;
    }

    QTemporaryDir m_settingsDir;
};

TEST_F(MainWindowPreferencesTest, SavedThresholdsRecolourTheListAtOnce)
{
    MainWindow& window = open();
    // The Personal certificate furthest from expiry: no urgency with the defaults.
    const StoreEntry* calm = nullptr;
    for (const StoreEntry& e : window.session()->contents().entries) {
        if (e.kind == StoreKind::Personal && !e.certificate.isExpired()
            && (!calm || e.certificate.daysLeft() > calm->certificate.daysLeft()))
            calm = &e;
    }
    ASSERT_NE(calm, nullptr);
    const QString sha1 = calm->certificate.sha1();
    const qint64 days = calm->certificate.daysLeft();
    ASSERT_GT(days, 60);
    EXPECT_EQ(urgencyOf(sha1), int(Urgency::None));

    action("preferencesAction")->trigger();
    auto* dialog = window.findChild<SettingsDialog*>();
    ASSERT_NE(dialog, nullptr);
    setSpin(dialog->findChild<QSpinBox*>(QStringLiteral("noticeSpinBox")), int(days) + 30);
    auto* key = dialog->findChild<QComboBox*>(QStringLiteral("defaultKeyComboBox"));
    key->setCurrentIndex(key->findData(QStringLiteral("ec:P-384")));
    ASSERT_GE(key->currentIndex(), 0);
    auto* profile = dialog->findChild<QComboBox*>(QStringLiteral("pfxProfileComboBox"));
    profile->setCurrentIndex(profile->findData(QStringLiteral("legacy")));
    ASSERT_GE(profile->currentIndex(), 0);
    QTest::mouseClick(dialog->findChild<QAbstractButton*>(QStringLiteral("okPushButton")), Qt::LeftButton);

    EXPECT_EQ(urgencyOf(sha1), int(Urgency::Notice)) << "recoloured without a restart";

    CreateRequestWizard request(window.session());
    EXPECT_EQ(request.draft().key.toString(), QStringLiteral("ec:P-384"));
    ExportWizard exporter(window.session(), *calm);
    EXPECT_EQ(exporter.draft().profile.id, Pkcs12Profile::Id::Legacy);
    // Renewing keeps the old certificate's key type, whatever the preference.
    CreateRequestWizard renewal(window.session(), calm->certificate);
    EXPECT_EQ(renewal.draft().key.toString(), RequestDraft::fromCertificate(calm->certificate).key.toString());
}

} // namespace
