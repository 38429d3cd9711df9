// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window changes: delete, import (action and drop), trash, and
// how it opens stores (locked, with notices, another folder).

#include "FileDialog.h"
#include "StoreView.h"
#include "import/CaImportFilesPage.h"
#include "import/CaImportTrustPage.h"
#include "import/CaImportWizard.h"
#include "import/RootTrustCard.h"
#include "pfx/ImportPfxWizard.h"
#include "InfoBar.h"
#include "TestPki.h"
#include "UiFixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLockFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSysInfo>
#include <QTreeWidget>
#include <QUrl>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class MainWindowCommandsTest : public UiFixture {
protected:
    QString storeFile(const QString& relative) const { return m_store + QLatin1Char('/') + relative; }
    QStringList trashFiles() const
    {
        QStringList files;
        QDirIterator it(storeFile("trash"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(storeFile("trash").size() + 1);
        return files;
    }
    InfoBar* bar(const char* name) const { return find<InfoBar>(name); }
    static CaImportWizard* openedImportWizard()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* wizard = qobject_cast<CaImportWizard*>(w); wizard && wizard->isVisible())
                return wizard;
        }
        return nullptr;
    }
    void TearDown() override
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w != m_window.get() && w->isVisible())
                w->close();
        }
        QApplication::processEvents();
        UiFixture::TearDown();
    }

    // A new 3-tier hierarchy written as a CA sends it: root and intermediate
    // as DER .cer files, the server certificate as PEM, plus its key.
    QStringList writeCaDelivery(const Hierarchy& pki)
    {
        const QString dir = m_dir.path() + QStringLiteral("/delivery");
        QDir().mkpath(dir);
        writeFile(dir + "/root.cer", pki.root.cert.der());
        writeFile(dir + "/uca.cer", pki.intermediates.first().cert.der());
        writeFile(dir + "/server.cer", pki.leaf.cert.toPem());
        writeFile(dir + "/server.key", pki.leaf.key.toPem().view());
        return {dir + "/root.cer", dir + "/uca.cer", dir + "/server.cer", dir + "/server.key"};
    }
};

TEST_F(MainWindowCommandsTest, DeleteAsksThenMovesTheEntryToTheTrash)
{
    open();
    const QString sha1 = entry(StoreKind::Personal, "old.example.com").certificate.sha1();
    ASSERT_TRUE(QFile::exists(storeFile("personal/" + sha1 + ".pem")));
    ASSERT_TRUE(selectRow(table(), "old.example.com"));
    ASSERT_TRUE(action("deleteAction")->isEnabled());

    QString question, consequences;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    DialogRunner::setHandler([&](QDialog& dialog) {
        auto* box = qobject_cast<QMessageBox*>(&dialog);
        EXPECT_NE(box, nullptr);
        question = box->text();
        consequences = box->informativeText();
        icon = box->icon();
        return int(QMessageBox::Yes);
    });
    action("deleteAction")->trigger();
    ASSERT_TRUE(waitFor([&] { return !QFile::exists(storeFile("personal/" + sha1 + ".pem")); }));
    EXPECT_TRUE(question.contains("old.example.com")) << question.toStdString();
    EXPECT_TRUE(consequences.contains("private key"));
    EXPECT_TRUE(consequences.contains("trash"));
    EXPECT_EQ(icon, QMessageBox::Warning);  // a key goes with it

    const QStringList trash = trashFiles();
    EXPECT_TRUE(std::any_of(trash.cbegin(), trash.cend(),
                            [&](const QString& f) { return f.endsWith("personal/" + sha1 + ".pem"); }))
        << trash.join(", ").toStdString();
    EXPECT_TRUE(std::any_of(trash.cbegin(), trash.cend(),
                            [&](const QString& f) { return f.endsWith("personal/" + sha1 + ".key"); }));
    ASSERT_TRUE(waitFor([&] { return table()->model()->rowCount() == 4; }));
    EXPECT_EQ(rowOf(table(), "old.example.com"), -1);
}

TEST_F(MainWindowCommandsTest, CancelledDeleteChangesNothing)
{
    open();
    const QString sha1 = entry(StoreKind::Personal, "www.example.com").certificate.sha1();
    ASSERT_TRUE(selectRow(table(), "www.example.com"));
    DialogRunner::setNextAnswer(QMessageBox::Cancel);
    action("deleteAction")->trigger();
    action("refreshAction")->trigger();
    ASSERT_TRUE(waitForIdle(*m_window));
    EXPECT_TRUE(QFile::exists(storeFile("personal/" + sha1 + ".pem")));
    EXPECT_EQ(table()->model()->rowCount(), 5);
    EXPECT_TRUE(trashFiles().isEmpty());
}

TEST_F(MainWindowCommandsTest, TrashDialogRestoresADeletedCertificate)
{
    open();
    const QString sha1 = entry(StoreKind::Personal, "mail.example.com").certificate.sha1();
    ASSERT_TRUE(selectRow(table(), "mail.example.com"));
    DialogRunner::setNextAnswer(QMessageBox::Yes);
    action("deleteAction")->trigger();
    ASSERT_TRUE(waitFor([&] { return table()->model()->rowCount() == 4; }));

    bool listed = false;
    DialogRunner::setHandler([&](QDialog& dialog) {
        auto* list = dialog.findChild<QTreeWidget*>("trashTreeWidget");
        EXPECT_NE(list, nullptr);
        listed = waitFor([&] { return list->topLevelItemCount() == 1; });
        EXPECT_TRUE(list->topLevelItem(0)->text(1).contains("mail.example.com"));
        dialog.findChild<QPushButton*>("restoreButton")->click();
        EXPECT_TRUE(waitFor([&] { return list->topLevelItemCount() == 0; }));
        return int(QDialog::Rejected);
    });
    action("showTrashAction")->trigger();
    EXPECT_TRUE(listed);
    EXPECT_TRUE(QFile::exists(storeFile("personal/" + sha1 + ".pem")));
    EXPECT_TRUE(QFile::exists(storeFile("personal/" + sha1 + ".key")));
    ASSERT_TRUE(waitFor([&] { return table()->model()->rowCount() == 5; }));
}

// The window hands files to the CA import wizard (tests/ui/import drives every
// page); here: the whole way from the window to the table.
TEST_F(MainWindowCommandsTest, ImportOpensTheWizardAndTheTableShowsWhatItInstalled)
{
    open();
    ASSERT_TRUE(waitForIdle(*m_window));
    const Hierarchy pki = makeHierarchy(3, QStringLiteral("new.example.org"));
    m_window->importFiles(writeCaDelivery(pki));
    auto* wizard = openedImportWizard();
    ASSERT_NE(wizard, nullptr);
    ASSERT_TRUE(waitFor([&] { return !wizard->filesPage()->isBusy() && wizard->plan().has_value(); }));
    EXPECT_EQ(wizard->plan()->items().size(), 3);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), CaImportWizard::PlanPageId);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), CaImportWizard::TrustPageId);
    auto* trust = static_cast<CaImportTrustPage*>(wizard->currentPage());
    ASSERT_EQ(trust->cards().size(), 1);
    trust->cards().first()->checkBox()->setChecked(true);
    wizard->next();
    ASSERT_TRUE(waitFor([&] { return table()->model()->rowCount() == 6; }));

    auto* tree = find<QTreeWidget>("storeTreeWidget");
    ASSERT_TRUE(waitFor([&] { return tree->topLevelItem(1)->text(0) == "Trusted Root Certification Authorities (3)"; }));
    EXPECT_EQ(tree->topLevelItem(2)->text(0), "Intermediate Certification Authorities (4)");
    EXPECT_TRUE(QFile::exists(storeFile("personal/" + pki.leaf.cert.sha1() + ".key")));
    // The new server certificate is selected, and its chain is OK.
    ASSERT_TRUE(waitForIdle(*m_window));
    ASSERT_TRUE(waitFor([&] {
        const auto e = m_window->storeView()->currentEntry();
        return e && e->certificate == pki.leaf.cert;
    }));
    EXPECT_EQ(find<QLabel>("chainSummaryLabel")->text(), "This certificate is OK.");
}

TEST_F(MainWindowCommandsTest, DroppedFilesGoToTheImportWizardAndPfxToItsOwn)
{
    open();
    const Issued root = makeRoot(QStringLiteral("Dropped Root CA"));
    const QString pem = m_dir.path() + "/dropped.pem";
    writeFile(pem, root.cert.toPem());
    const QString pfx = m_dir.path() + "/backup.pfx";
    writeFile(pfx, "not really a pfx");

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(pem), QUrl::fromLocalFile(pfx)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    ASSERT_TRUE(waitFor([&] { return openedImportWizard() != nullptr; }));
    auto* wizard = openedImportWizard();
    ASSERT_TRUE(waitFor([&] { return !wizard->filesPage()->isBusy() && wizard->plan().has_value(); }));
    ASSERT_EQ(wizard->plan()->items().size(), 1);
    EXPECT_EQ(wizard->plan()->items().first().certificate, root.cert);
    ImportPfxWizard* pfxWizard = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* p = qobject_cast<ImportPfxWizard*>(w); p && p->isVisible())
            pfxWizard = p;
    }
    ASSERT_NE(pfxWizard, nullptr);
    EXPECT_EQ(pfxWizard->filePath(), pfx);
    // A second drop joins the open wizard instead of opening another.
    const Issued other = makeRoot(QStringLiteral("Second Root CA"));
    const QString second = m_dir.path() + "/second.cer";
    writeFile(second, other.cert.der());
    m_window->importFiles({second});
    EXPECT_EQ(openedImportWizard(), wizard);
    ASSERT_TRUE(waitFor([&] { return !wizard->filesPage()->isBusy() && wizard->plan() && wizard->plan()->items().size() == 2; }));
}

TEST_F(MainWindowCommandsTest, ReadOnlyStoreRefusesImportInWords)
{
    QLockFile holder(m_store + "/.lock");
    ASSERT_TRUE(holder.tryLock(0));
    open();
    EXPECT_FALSE(action("importAction")->isEnabled());
    QString text;
    DialogRunner::setHandler([&](QDialog& dialog) {
        text = describe(dialog);
        return int(QMessageBox::Ok);
    });
    m_window->importFiles({m_dir.path() + "/anything.cer"});
    EXPECT_TRUE(text.contains("read-only")) << text.toStdString();
    EXPECT_EQ(openedImportWizard(), nullptr);
}

TEST_F(MainWindowCommandsTest, StoreLockedByAnotherHolderOpensReadOnlyWithBanner)
{
    QLockFile other(m_store + "/.lock");
    ASSERT_TRUE(other.tryLock(0));
    open();
    InfoBar* banner = bar("readOnlyInfoBar");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().startsWith("The store is in use by")) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(QString::number(QCoreApplication::applicationPid())));
    EXPECT_TRUE(m_window->windowTitle().contains("read-only"));
    EXPECT_EQ(table()->model()->rowCount(), 5);
    ASSERT_TRUE(selectRow(table(), "www.example.com"));
    EXPECT_FALSE(action("deleteAction")->isEnabled());
    EXPECT_FALSE(action("importAction")->isEnabled());
    EXPECT_TRUE(action("copyThumbprintAction")->isEnabled());
}

TEST_F(MainWindowCommandsTest, WritableStoreHasNoBanner)
{
    open();
    EXPECT_FALSE(bar("readOnlyInfoBar")->isVisible());
    EXPECT_FALSE(bar("noticeInfoBar")->isVisible());
    EXPECT_TRUE(action("importAction")->isEnabled());
}

TEST_F(MainWindowCommandsTest, LeftoverLockIsReportedInTheNoticeBar)
{
    // A pid that surely ended: a process we ran and waited for.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    ASSERT_TRUE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished());
    ASSERT_NE(pid, 0);
    writeFile(m_store + "/.lock", QStringLiteral("%1\ncertpilot-cli\n%2\n").arg(pid).arg(QSysInfo::machineHostName()).toUtf8());
    open();
    InfoBar* notice = bar("noticeInfoBar");
    ASSERT_TRUE(waitFor([&] { return notice->isVisible(); }));
    EXPECT_TRUE(notice->text().contains("leftover lock")) << notice->text().toStdString();
    EXPECT_FALSE(bar("readOnlyInfoBar")->isVisible());
}

TEST_F(MainWindowCommandsTest, OpenStoreSwitchesToAnotherFolder)
{
    open();
    const QString other = m_dir.path() + "/empty-store";
    FileDialog::setNextFolder(other);
    action("openStoreAction")->trigger();
    ASSERT_TRUE(waitForIdle(*m_window));
    EXPECT_TRUE(m_window->windowTitle().contains("empty-store"));
    EXPECT_EQ(table()->model()->rowCount(), 0);
    EXPECT_EQ(find<QTreeWidget>("storeTreeWidget")->topLevelItem(0)->text(0), "Personal (0)");
}

TEST_F(MainWindowCommandsTest, AboutNamesVersionsOfQtAndOpenSsl)
{
    open();
    m_window->setCryptoLibraryVersion("OpenSSL 3.9.9 test");
    QString text;
    DialogRunner::setHandler([&](QDialog& dialog) {
        text = qobject_cast<QMessageBox*>(&dialog)->text();
        return int(QMessageBox::Ok);
    });
    action("aboutAction")->trigger();
    EXPECT_TRUE(text.contains(CERTPILOT_VERSION));
    EXPECT_TRUE(text.contains(qVersion()));
    EXPECT_TRUE(text.contains("OpenSSL 3.9.9 test"));
}

TEST_F(MainWindowCommandsTest, ActionsHaveTheirStandardShortcuts)
{
    open();
    EXPECT_EQ(action("quitAction")->shortcut(), QKeySequence(QKeySequence::Quit));
    EXPECT_EQ(action("deleteAction")->shortcut(), QKeySequence(QKeySequence::Delete));
    EXPECT_EQ(action("refreshAction")->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_FALSE(action("deleteAction")->isEnabled());  // nothing selected yet
}

} // namespace
