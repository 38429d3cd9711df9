// SPDX-License-Identifier: GPL-3.0-or-later
// The CA import wizard driven like a user: a 4-tier cert.zip, the trust
// decision taken or declined, a hostile archive, a pending request completed.

#include "CaDelivery.h"
#include "ChainVerifier.h"
#include "FileDialog.h"
#include "ImportUiFixture.h"
#include "Permissions.h"
#include "RequestTestSupport.h"
#include "import/CaImportFilesPage.h"
#include "import/CaImportResultPage.h"
#include "import/CaImportTrustPage.h"
#include "import/CaImportWizard.h"
#include "import/RootTrustCard.h"
#include "request/CreateRequest.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QStringList rowTexts(QTreeWidget* tree, int column)
{
    QStringList out;
    std::function<void(QTreeWidgetItem*)> walk = [&](QTreeWidgetItem* item) {
        out << item->text(column);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return out;
}

int depthOf(QTreeWidgetItem* item)
{
    int d = 0;
    for (QTreeWidgetItem* p = item->parent(); p; p = p->parent())
        ++d;
    return d;
}

class CaImportWizardTest : public ::testing::Test {
protected:
    ImportUiWorld m_world;

    QAbstractButton* nextButton(CaImportWizard& w) { return w.button(QWizard::NextButton); }

    // Opens the wizard on `files` and waits for them to be read.
    std::unique_ptr<CaImportWizard> openOn(const QStringList& files)
    {
        auto w = std::make_unique<CaImportWizard>(m_world.session.get(), files);
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        EXPECT_TRUE(waitUntilIdle(*w));
        return w;
    }
    void finish(CaImportWizard& w)
    {
        ASSERT_EQ(w.currentId(), CaImportWizard::ResultPageId);
        ASSERT_TRUE(waitUntilIdle(w));
        ASSERT_TRUE(waitFor([this] { return !m_world.session->isLoading() && !m_world.session->isVerifying(); }));
    }
};

TEST_F(CaImportWizardTest, FourTierZipWithTheRootTrustedInstallsEverything)
{
    const Hierarchy& pki = ImportUiWorld::pki();
    auto w = openOn({m_world.certZip()});
    QSignalSpy imported(w.get(), &CaImportWizard::imported);

    auto* sources = find<QTreeWidget>(w.get(), "sourcesTreeWidget");
    ASSERT_NE(sources, nullptr);
    const QStringList names = rowTexts(sources, 0);
    EXPECT_EQ(names, (QStringList{QStringLiteral("cert.zip"), QStringLiteral("cert.zip/root.cer"),
                                  QStringLiteral("cert.zip/uca_1.cer"), QStringLiteral("cert.zip/uca_2.cer"),
                                  QStringLiteral("cert.zip/server.cer")}));
    EXPECT_EQ(rowTexts(sources, 1).at(4), QStringLiteral("Server certificate: www.import.example"));
    EXPECT_FALSE(find<QLabel>(w.get(), "problemsLabel")->isVisible());
    ASSERT_TRUE(nextButton(*w)->isEnabled());

    w->next();
    ASSERT_EQ(w->currentId(), CaImportWizard::PlanPageId);
    auto* plan = find<QTreeWidget>(w.get(), "planTreeWidget");
    ASSERT_EQ(plan->topLevelItemCount(), 1) << "one chain, the root on top";
    QTreeWidgetItem* row = plan->topLevelItem(0);
    QStringList chain;
    for (int depth = 0; row; ++depth) {
        EXPECT_EQ(depthOf(row), depth) << "indented by depth";
        chain << row->text(0);
        EXPECT_EQ(row->text(4), QStringLiteral("OK")) << row->toolTip(4).toStdString();
        row = row->childCount() > 0 ? row->child(0) : nullptr;
    }
    EXPECT_EQ(chain, (QStringList{QStringLiteral("Test Root CA 4"), QStringLiteral("Test Intermediate CA 4.1"),
                                  QStringLiteral("Test Intermediate CA 4.2"), QStringLiteral("www.import.example")}));
    EXPECT_EQ(rowTexts(plan, 2), (QStringList{QStringLiteral("Trusted Root"), QStringLiteral("Intermediate"),
                                              QStringLiteral("Intermediate"), QStringLiteral("Personal")}));
    EXPECT_EQ(rowTexts(plan, 3).last(), QStringLiteral("no private key"));
    EXPECT_TRUE(find<QLabel>(w.get(), "itemDetailsLabel")->text().contains(QLatin1String("www.import.example")));

    w->next();
    ASSERT_EQ(w->currentId(), CaImportWizard::TrustPageId);
    auto* trust = static_cast<CaImportTrustPage*>(w->currentPage());
    ASSERT_EQ(trust->cards().size(), 1);
    RootTrustCard* card = trust->cards().first();
    EXPECT_FALSE(card->isTrusted()) << "unticked until the user decides";
    EXPECT_EQ(find<QLabel>(card, "sha256Label")->text().remove(QLatin1Char(' ')).remove(QLatin1Char('\n')),
              pki.root.cert.sha256());
    EXPECT_EQ(find<QLabel>(card, "sha1Label")->text().remove(QLatin1Char(' ')), pki.root.cert.sha1());
    press(card->checkBox());
    ASSERT_TRUE(card->isTrusted());

    w->next();
    finish(*w);
    auto* result = static_cast<CaImportResultPage*>(w->currentPage());
    EXPECT_TRUE(result->succeeded()) << find<QLabel>(w.get(), "resultStatusLabel")->text().toStdString();
    EXPECT_TRUE(find<QLabel>(w.get(), "resultListLabel")->text().contains(QLatin1String("Installed Test Root CA 4 in Trusted Root Certification Authorities.")));
    EXPECT_TRUE(find<QPushButton>(w.get(), "verifyPushButton")->isVisible());
    ASSERT_EQ(imported.size(), 1);
    EXPECT_EQ(imported.first().first().toStringList().size(), 4);

    const StoreContents contents = m_world.contents();
    EXPECT_NE(contents.find(StoreKind::TrustedRoot, pki.root.cert.sha1()), nullptr);
    EXPECT_NE(contents.find(StoreKind::Intermediate, pki.intermediates[0].cert.sha1()), nullptr);
    EXPECT_NE(contents.find(StoreKind::Intermediate, pki.intermediates[1].cert.sha1()), nullptr);
    EXPECT_NE(contents.find(StoreKind::Personal, pki.leaf.cert.sha1()), nullptr);
    const ChainResult* leafChain = m_world.session->chainResult(pki.leaf.cert.sha1());
    ASSERT_NE(leafChain, nullptr);
    EXPECT_TRUE(leafChain->trusted) << leafChain->summary().toStdString();
    EXPECT_EQ(leafChain->nodes.size(), 4);
}

TEST_F(CaImportWizardTest, ADeclinedRootIsNotInstalled)
{
    const Hierarchy& pki = ImportUiWorld::pki();
    auto w = openOn({m_world.certZip()});
    w->next();
    w->next();
    ASSERT_EQ(w->currentId(), CaImportWizard::TrustPageId);
    EXPECT_TRUE(find<QLabel>(w.get(), "trustOutcomeLabel")->text().contains(QLatin1String("will not be installed")));
    w->next();  // the box left unticked
    finish(*w);
    EXPECT_TRUE(static_cast<CaImportResultPage*>(w->currentPage())->succeeded());
    EXPECT_TRUE(find<QLabel>(w.get(), "resultListLabel")->text().contains(QLatin1String("Skipped Test Root CA 4")));
    const StoreContents contents = m_world.contents();
    EXPECT_EQ(contents.count(StoreKind::TrustedRoot), 0);
    EXPECT_EQ(contents.findByThumbprint(pki.root.cert.sha1()), nullptr);
    EXPECT_EQ(contents.count(StoreKind::Intermediate), 2);
    const ChainResult* leafChain = m_world.session->chainResult(pki.leaf.cert.sha1());
    ASSERT_NE(leafChain, nullptr);
    EXPECT_EQ(leafChain->status, ChainStatus::IssuerMissing) << "the path stops below the missing root";
}

TEST_F(CaImportWizardTest, AHostileArchiveShowsTheReasonAndNextStaysDisabled)
{
    const auto before = storeSnapshot(m_world.temp.path());
    CaImportWizard w(m_world.session.get(), {m_world.hostileZip()});
    // The answer arrives through the event loop, which has not run yet.
    EXPECT_TRUE(w.filesPage()->isBusy()) << "read off the GUI thread";
    EXPECT_FALSE(w.filesPage()->isComplete());
    EXPECT_FALSE(find<QProgressBar>(&w, "readProgressBar")->isHidden()) << "the busy indicator";
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(waitUntilIdle(w));
    EXPECT_FALSE(find<QProgressBar>(&w, "readProgressBar")->isVisible());
    auto* problems = find<QLabel>(&w, "problemsLabel");
    ASSERT_TRUE(problems->isVisible());
    EXPECT_TRUE(problems->text().contains(QLatin1String("points outside the archive"))) << problems->text().toStdString();
    EXPECT_TRUE(problems->text().contains(QLatin1String("nothing was imported")));
    EXPECT_EQ(rowTexts(find<QTreeWidget>(&w, "sourcesTreeWidget"), 1).first(), QStringLiteral("Not imported: see below"));
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(w.filesPage()->isComplete());
    EXPECT_EQ(storeSnapshot(m_world.temp.path()), before);

    // The good archive added with the button: importable now, the refusal still listed.
    FileDialog::setNextFiles({m_world.certZip()});
    QTest::mouseClick(find<QPushButton>(&w, "addFilesPushButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntilIdle(w));
    EXPECT_TRUE(w.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(problems->isVisible());

    // Removing it again: nothing importable, Next disabled.
    auto* list = find<QTreeWidget>(&w, "sourcesTreeWidget");
    list->clearSelection();
    list->topLevelItem(1)->setSelected(true);
    QTest::mouseClick(find<QPushButton>(&w, "removeFilesPushButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntilIdle(w));
    EXPECT_EQ(w.filesPage()->files().size(), 1);
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled());
}

TEST_F(CaImportWizardTest, FilesDroppedOnThePageAreRead)
{
    CaImportWizard w(m_world.session.get());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_world.certZip())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.filesPage(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.filesPage(), &drop);
    ASSERT_TRUE(waitUntilIdle(w));
    EXPECT_EQ(w.filesPage()->files().size(), 1);
    ASSERT_TRUE(w.plan().has_value());
    EXPECT_EQ(w.plan()->importCount(), 4);
    EXPECT_TRUE(w.button(QWizard::NextButton)->isEnabled());
}

TEST_F(CaImportWizardTest, APendingRequestIsCompletedAndVerifyIsOffered)
{
    const Hierarchy& pki = ImportUiWorld::pki();
    RequestDraft draft;
    draft.commonName = QStringLiteral("shop.import.example");
    draft.key = KeySpec::ec(QStringLiteral("P-256"));
    auto created = CreateRequest::run(draft, *m_world.temp.store);
    ASSERT_TRUE(created.ok());
    ASSERT_TRUE(m_world.reload());
    const Certificate server = caSigns(created->request, pki.intermediates[1], m_world.out.path());
    const QString zip = m_world.out.filePath(QStringLiteral("shop.zip"));
    writeZip(zip, caDeliveryEntries(pki.root.cert, certificatesOf(pki.intermediates), server));

    auto w = openOn({zip});
    QSignalSpy verify(w.get(), &CaImportWizard::verifyRequested);
    w->next();
    EXPECT_TRUE(rowTexts(find<QTreeWidget>(w.get(), "planTreeWidget"), 3).last().contains(QLatin1String("completes a pending request")));
    w->next();
    press(static_cast<CaImportTrustPage*>(w->currentPage())->cards().first()->checkBox());
    w->next();
    finish(*w);
    const QString done = find<QLabel>(w.get(), "resultListLabel")->text();
    EXPECT_TRUE(done.contains(QLatin1String("Completed the pending request for shop.import.example"))) << done.toStdString();
    EXPECT_TRUE(done.contains(QLatin1String("Moved into Personal with its private key.")));
    const StoreContents contents = m_world.contents();
    EXPECT_EQ(contents.count(StoreKind::Requests), 0);
    const StoreEntry* entry = contents.find(StoreKind::Personal, server.sha1());
    ASSERT_NE(entry, nullptr);
    EXPECT_TRUE(entry->hasPrivateKey);
    QTest::mouseClick(find<QPushButton>(w.get(), "verifyPushButton"), Qt::LeftButton);
    ASSERT_EQ(verify.size(), 1);
    EXPECT_EQ(verify.first().first().toString(), server.sha1());
}

TEST_F(CaImportWizardTest, AFailedInstallSaysSoAndChangesNothing)
{
    auto w = openOn({m_world.certZip()});
    w->next();
    w->next();
    press(static_cast<CaImportTrustPage*>(w->currentPage())->cards().first()->checkBox());
    const QString personal = m_world.temp.path() + QStringLiteral("/personal");
    ASSERT_EQ(::chmod(QFile::encodeName(personal).constData(), 0500), 0);
    // Capabilities are per thread: drop them on the store's thread (one
    // thread, tasks in order), where the commit runs, and restore them there.
    auto enforce = std::make_shared<std::unique_ptr<EnforceFilePermissions>>();
    m_world.session->runOnStore(
        [enforce](CertificateStore&) { *enforce = std::make_unique<EnforceFilePermissions>(); }, {});
    const auto before = storeSnapshot(m_world.temp.path());
    w->next();
    ASSERT_TRUE(waitUntilIdle(*w));
    m_world.session->runOnStore([enforce](CertificateStore&) { enforce->reset(); }, {});
    m_world.session->waitForIdle();
    const auto after = storeSnapshot(m_world.temp.path());
    ::chmod(QFile::encodeName(personal).constData(), 0700);
    auto* result = static_cast<CaImportResultPage*>(w->currentPage());
    EXPECT_FALSE(result->succeeded());
    EXPECT_EQ(result->title(), QStringLiteral("Nothing Was Installed"));
    EXPECT_TRUE(find<QLabel>(w.get(), "resultStatusLabel")->text().contains(QLatin1String("The store is as it was before.")));
    EXPECT_FALSE(find<QPushButton>(w.get(), "verifyPushButton")->isVisible());
    EXPECT_EQ(after, before);
}

} // namespace
