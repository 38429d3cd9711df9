// SPDX-License-Identifier: GPL-3.0-or-later
// Each workflow step has its place in the main window: the actions open the
// real wizards for the selected certificate, and are off when they cannot work.

#include "StoreView.h"
#include "UiFixture.h"
#include "binding/BindingServices.h"
#include "binding/PlatformBindingServices.h"
#include "binding/ProbeDialog.h"
#include "pfx/ExportWizard.h"
#include "pfx/ImportPfxWizard.h"
#include "request/CompleteRequestDialog.h"
#include "request/CreateRequestWizard.h"
#include "chain/ChainCard.h"
#include "chain/ChainCardView.h"
#include "verify/VerifyInstallationDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class MainWindowWorkflowTest : public UiFixture {
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        // As the app does at start: nginx and Apache binders, the endpoint probe.
        installPlatformBindingServices();
    }
    void TearDown() override
    {
        BindingServices::install({});
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w != m_window.get() && w->isVisible())
                w->close();
        }
        QApplication::processEvents();
        UiFixture::TearDown();
    }
    template <typename T> T* openedWindow() const
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
                return t;
        }
        return nullptr;
    }
    QStringList menuTexts(const char* menuName) const
    {
        QStringList texts;
        for (QAction* a : find<QMenu>(menuName)->actions()) {
            if (!a->isSeparator() && a->isVisible())
                texts << a->text().remove(QLatin1Char('&'));
        }
        return texts;
    }
};

TEST_F(MainWindowWorkflowTest, MenusFollowTheAdministratorsSteps)
{
    open();
    ASSERT_TRUE(waitForIdle(*m_window));
    const QStringList certificate = menuTexts("certificateMenu");
    ASSERT_GE(certificate.size(), 2);
    EXPECT_EQ(certificate[0], QStringLiteral("Create Certificate Request…"));
    EXPECT_EQ(certificate[1], QStringLiteral("Complete Certificate Request…"));
    EXPECT_TRUE(menuTexts("fileMenu").contains(QStringLiteral("Import PFX…")));
    EXPECT_TRUE(menuTexts("fileMenu").contains(QStringLiteral("Export…")));
    EXPECT_EQ(menuTexts("siteMenu"), (QStringList{QStringLiteral("Bind to Site…"), QStringLiteral("Check Site…")}));
    EXPECT_EQ(action("createRequestAction")->shortcut(), QKeySequence(QKeySequence::New));
}

TEST_F(MainWindowWorkflowTest, CreateRequestOpensTheWizardOnThisStore)
{
    open();
    ASSERT_TRUE(waitForIdle(*m_window));
    ASSERT_TRUE(action("createRequestAction")->isEnabled());
    action("createRequestAction")->trigger();
    auto* wizard = openedWindow<CreateRequestWizard>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(wizard->session(), m_window->session());
}

TEST_F(MainWindowWorkflowTest, CompleteAndPfxImportOpenTheirWindows)
{
    open();
    ASSERT_TRUE(waitForIdle(*m_window));
    action("completeRequestAction")->trigger();
    EXPECT_NE(openedWindow<CompleteRequestDialog>(), nullptr);
    action("importPfxAction")->trigger();
    EXPECT_NE(openedWindow<ImportPfxWizard>(), nullptr);
}

TEST_F(MainWindowWorkflowTest, ExportNeedsASelectedCertificateAndExportsThatOne)
{
    open();
    ASSERT_TRUE(waitForIdle(*m_window));
    EXPECT_FALSE(action("exportAction")->isEnabled());
    ASSERT_TRUE(selectRow(table(), QStringLiteral("www.example.com")));
    ASSERT_TRUE(action("exportAction")->isEnabled());
    action("exportAction")->trigger();
    auto* wizard = openedWindow<ExportWizard>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(wizard->entry().certificate.subject().commonName(), QStringLiteral("www.example.com"));
}

TEST_F(MainWindowWorkflowTest, CheckSiteIsFilledInFromTheSelectedCertificateButNotStarted)
{
    open();
    ASSERT_TRUE(waitForIdle(*m_window));
    ASSERT_TRUE(selectRow(table(), QStringLiteral("www.example.com")));
    action("checkSiteAction")->trigger();
    auto* dialog = openedWindow<ProbeDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->text(), QStringLiteral("www.example.com"));
    EXPECT_FALSE(dialog->isProbing());
}

TEST_F(MainWindowWorkflowTest, BindingNeedsAPrivateKeyAndBinders)
{
    open();
    ASSERT_TRUE(waitForIdle(*m_window));
    ASSERT_TRUE(selectRow(table(), QStringLiteral("www.example.com")));
    EXPECT_TRUE(action("bindToSiteAction")->isEnabled());
    // Completed on another server: no key here, so nothing to bind.
    ASSERT_TRUE(selectRow(table(), QStringLiteral("api.example.tw")));
    EXPECT_FALSE(action("bindToSiteAction")->isEnabled());
    ASSERT_TRUE(selectRow(table(), QStringLiteral("www.example.com")));
    BindingServices::install({});
    action("refreshAction")->trigger();
    ASSERT_TRUE(waitForIdle(*m_window));
    EXPECT_FALSE(action("bindToSiteAction")->isEnabled());
    EXPECT_FALSE(action("checkSiteAction")->isEnabled());
}

} // namespace

namespace {

TEST_F(MainWindowWorkflowTest, VerifyInstallationChecksThePersonalCertificate)
{
    open();
    ASSERT_TRUE(waitForIdle(*m_window));
    ASSERT_TRUE(selectRow(table(), QStringLiteral("www.example.com")));
    ASSERT_TRUE(action("verifyInstallationAction")->isEnabled());
    action("verifyInstallationAction")->trigger();
    auto* dialog = openedWindow<VerifyInstallationDialog>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitFor([&] { return !dialog->isBusy() && dialog->report().has_value(); }));
    EXPECT_EQ(dialog->report()->overall(), InstallationCheck::Level::Pass) << dialog->reportText().toStdString();
    EXPECT_TRUE(dialog->reportText().contains(QLatin1String("www.example.com"))) << dialog->reportText().toStdString();
}

TEST_F(MainWindowWorkflowTest, ChainTabDrawsThePathAndACardClickSelectsThatCertificate)
{
    open();
    ASSERT_TRUE(waitForIdle(*m_window));
    ASSERT_TRUE(selectRow(table(), QStringLiteral("shop.example.tw")));
    auto* chain = find<ChainCardView>("chainCardView");
    ASSERT_TRUE(waitFor([&] { return !chain->cards().isEmpty(); }));
    // Root, policy CA, SSL CA, shop: four cards, the root first.
    ASSERT_EQ(chain->cards().size(), 4);
    QTest::mouseClick(chain->cards().first(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] {
        const auto e = m_window->storeView()->currentEntry();
        return e && e->kind == StoreKind::TrustedRoot;
    }));
    const auto current = m_window->storeView()->currentEntry();
    EXPECT_EQ(current->kind, StoreKind::TrustedRoot);
    EXPECT_EQ(current->certificate.subject().commonName(), QStringLiteral("Formosa Trust Root CA"));
}

} // namespace
