// SPDX-License-Identifier: GPL-3.0-or-later
#include "BindingUiFixture.h"

#include "binding/BindApplyPage.h"
#include "binding/BindPreviewPage.h"
#include "binding/BindSitePage.h"
#include "binding/BindWizard.h"
#include "binding/BindingRegistry.h"
#include "binding/ProbeReportView.h"
#include "binding/UsedByWidget.h"
#include "probe/OpenSslEndpointProbe.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class BindWizardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (e2e::NginxServer::binary().isEmpty())
            GTEST_SKIP() << "nginx is not installed (Debian package nginx; scripts/install-deps installs it)";
        world = std::make_unique<BindingUiWorld>();
        ASSERT_TRUE(world->started()) << world->startError.toStdString();
    }
    Certificate served()
    {
        ProbeTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = world->tlsPort;
        t.sni = QStringLiteral("www.e2e.test");
        auto r = OpenSslEndpointProbe().probe(t);
        return r ? r->leaf() : Certificate();
    }
    // Drives the wizard from the server page to the apply page.
    void driveToApply(BindWizard& wizard)
    {
        auto* root = find<QLineEdit>(&wizard, "configRootLineEdit");
        ASSERT_NE(root, nullptr);
        EXPECT_EQ(root->text(), world->server->root());   // from the settings
        EXPECT_EQ(find<QComboBox>(&wizard, "serverTypeComboBox")->currentText(), QStringLiteral("nginx"));
        wizard.next();
        auto* sitePage = qobject_cast<BindSitePage*>(wizard.currentPage());
        ASSERT_NE(sitePage, nullptr);
        ASSERT_TRUE(waitFor([&] { return !sitePage->isLoading(); }));
        auto* sites = find<QTreeWidget>(&wizard, "sitesTreeWidget");
        ASSERT_EQ(sites->topLevelItemCount(), 2);
        ASSERT_NE(sites->currentItem(), nullptr);
        EXPECT_EQ(sites->currentItem()->text(0), QStringLiteral("www.e2e.test"));   // suggested and selected
        EXPECT_TRUE(sites->currentItem()->font(0).bold());
        EXPECT_TRUE(sites->currentItem()->text(2).contains(QLatin1String("suggested")));
        EXPECT_TRUE(find<QRadioButton>(&wizard, "useExistingRadioButton")->isChecked());
        ASSERT_TRUE(sitePage->isComplete());
        wizard.next();
        auto* preview = qobject_cast<BindPreviewPage*>(wizard.currentPage());
        ASSERT_NE(preview, nullptr);
        ASSERT_TRUE(waitFor([&] { return preview->isComplete(); }))
            << find<QPlainTextEdit>(&wizard, "previewPlainTextEdit")->toPlainText().toStdString();
        const QString text = find<QPlainTextEdit>(&wizard, "previewPlainTextEdit")->toPlainText();
        EXPECT_TRUE(text.contains(QLatin1String("+    ssl_certificate ") + world->server->root()
                                  + "/certpilot/www.e2e.test/fullchain.pem;"))
            << text.toStdString();
        EXPECT_EQ(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Apply"));
        wizard.next();
    }

    std::unique_ptr<BindingUiWorld> world;
};

TEST_F(BindWizardTest, BindsTheSuggestedSiteAndShowsTheLiveCheck)
{
    BindWizard wizard(world->session.get(), world->leafEntry());
    QSignalSpy bound(&wizard, &BindWizard::bound);
    wizard.show();
    driveToApply(wizard);
    auto* apply = qobject_cast<BindApplyPage*>(wizard.currentPage());
    ASSERT_NE(apply, nullptr);
    ASSERT_TRUE(waitFor([&] { return apply->isComplete(); }));
    ASSERT_TRUE(apply->succeeded()) << find<QLabel>(&wizard, "applyStatusLabel")->text().toStdString();
    auto* steps = find<QTreeWidget>(&wizard, "stepsTreeWidget");
    ASSERT_EQ(steps->topLevelItemCount(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(steps->topLevelItem(i)->text(1).startsWith(QLatin1String("done"))) << i;
    auto* report = find<ProbeReportView>(&wizard, "probeReportTextBrowser");
    EXPECT_TRUE(report->isVisible());
    EXPECT_TRUE(report->toPlainText().contains(QLatin1String("serves a complete, trusted chain")));
    EXPECT_TRUE(report->toPlainText().contains(QLatin1String("The server sends the bound certificate")));
    EXPECT_FALSE(report->toPlainText().contains(QLatin1String("FAIL")));
    ASSERT_TRUE(waitFor([&] { return bound.count() == 1; }));
    EXPECT_EQ(served(), e2e::E2ePki::get().leaf().cert);

    // The "used by" list shows the new binding.
    UsedByWidget usedBy(world->session.get());
    usedBy.setCertificate(e2e::E2ePki::get().leaf().cert.sha1());
    ASSERT_TRUE(waitFor([&] { return !usedBy.isLoading(); }));
    ASSERT_EQ(usedBy.records().size(), 1);
    EXPECT_EQ(usedBy.records().first().siteName, QStringLiteral("www.e2e.test"));
    EXPECT_EQ(find<QTreeWidget>(&usedBy, "bindingsTreeWidget")->topLevelItemCount(), 1);
    EXPECT_TRUE(find<QPushButton>(&usedBy, "bindSitePushButton")->isEnabled());
}

TEST_F(BindWizardTest, AFailedLiveCheckRollsBackAndSaysSo)
{
    // The reload does nothing, so the live site keeps the old certificate (case 9).
    world->saveSettings({QStringLiteral("true")}, 1500);
    const auto before = snapshotTree(world->server->root());
    BindWizard wizard(world->session.get(), world->leafEntry());
    wizard.show();
    driveToApply(wizard);
    auto* apply = qobject_cast<BindApplyPage*>(wizard.currentPage());
    ASSERT_TRUE(waitFor([&] { return apply->isComplete(); }));
    EXPECT_FALSE(apply->succeeded());
    EXPECT_EQ(apply->title(), QStringLiteral("Binding Failed"));
    EXPECT_TRUE(find<QLabel>(&wizard, "applyStatusLabel")->text().contains(QLatin1String("still serves another certificate")));
    auto* steps = find<QTreeWidget>(&wizard, "stepsTreeWidget");
    ASSERT_EQ(steps->topLevelItemCount(), 6);
    EXPECT_TRUE(steps->topLevelItem(4)->text(1).startsWith(QLatin1String("failed")));
    EXPECT_TRUE(steps->topLevelItem(5)->text(1).startsWith(QLatin1String("done")));
    EXPECT_TRUE(steps->topLevelItem(5)->text(1).contains(QLatin1String("restored")));
    EXPECT_EQ(snapshotTree(world->server->root()), before);
    EXPECT_EQ(served(), e2e::E2ePki::get().old.cert);

    // Everything was restored, so the user may go back, fix the reload command and try again.
    ASSERT_TRUE(wizard.button(QWizard::BackButton)->isVisible());
    ASSERT_TRUE(wizard.button(QWizard::BackButton)->isEnabled());
    wizard.back();
    wizard.back();
    wizard.back();
    ASSERT_EQ(wizard.currentId(), BindWizard::ServerPageId);
    auto* reload = find<QLineEdit>(&wizard, "reloadCommandLineEdit");
    reload->setText(BinderSettings::commandLine(world->server->settings().reloadCommand));
    driveToApply(wizard);
    ASSERT_TRUE(waitFor([&] { return apply->isComplete(); }));
    EXPECT_TRUE(apply->succeeded()) << find<QLabel>(&wizard, "applyStatusLabel")->text().toStdString();
    EXPECT_EQ(steps->topLevelItemCount(), 5);
    EXPECT_FALSE(wizard.button(QWizard::BackButton)->isVisible());
    EXPECT_EQ(served(), e2e::E2ePki::get().leaf().cert);
}

TEST_F(BindWizardTest, APlainSiteOffersOnlyANewListener)
{
    const int plainPort = e2e::WebServer::freePort();
    world->server->writeConfig("sites-enabled/plain", "server {\n    listen 127.0.0.1:" + QByteArray::number(plainPort)
                                                          + ";\n    server_name plain.e2e.test;\n}\n");
    BindWizard wizard(world->session.get(), world->leafEntry());
    wizard.show();
    wizard.next();
    auto* sitePage = qobject_cast<BindSitePage*>(wizard.currentPage());
    ASSERT_TRUE(waitFor([&] { return !sitePage->isLoading(); }));
    auto* sites = find<QTreeWidget>(&wizard, "sitesTreeWidget");
    ASSERT_EQ(sites->topLevelItemCount(), 3);
    QTreeWidgetItem* plain = nullptr;
    for (int i = 0; i < 3; ++i)
        plain = sites->topLevelItem(i)->text(0) == QLatin1String("plain.e2e.test") ? sites->topLevelItem(i) : plain;
    ASSERT_NE(plain, nullptr);
    sites->setCurrentItem(plain);
    EXPECT_FALSE(find<QRadioButton>(&wizard, "useExistingRadioButton")->isEnabled());
    EXPECT_TRUE(find<QRadioButton>(&wizard, "addListenerRadioButton")->isChecked());
    EXPECT_TRUE(find<QSpinBox>(&wizard, "portSpinBox")->isEnabled());
    EXPECT_EQ(find<QSpinBox>(&wizard, "portSpinBox")->value(), 443);
    EXPECT_TRUE(sitePage->isComplete());
}

TEST_F(BindWizardTest, AMissingConfigurationFolderIsRefusedOnTheFirstPage)
{
    BindWizard wizard(world->session.get(), world->leafEntry());
    wizard.show();
    auto* root = find<QLineEdit>(&wizard, "configRootLineEdit");
    root->clear();
    QTest::keyClicks(root, QStringLiteral("/no/such/nginx"));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), BindWizard::ServerPageId);
    EXPECT_TRUE(find<QLabel>(&wizard, "serverErrorLabel")->isVisible());
    EXPECT_TRUE(find<QLabel>(&wizard, "serverErrorLabel")->text().contains(QLatin1String("/no/such/nginx")));
    root->clear();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

} // namespace
