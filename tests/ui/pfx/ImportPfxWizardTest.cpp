// SPDX-License-Identifier: GPL-3.0-or-later
// The PFX import wizard driven like a user, on an empty store.

#include "PfxUiFixture.h"
#include "pfx/ImportPfxContentsPage.h"
#include "pfx/ImportPfxWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const QString kPassword = QStringLiteral("import me carefully");

class ImportPfxWizardTest : public ::testing::Test {
protected:
    ImportPfxWizardTest()
        : world(false)
    {
    }
    void open(const QString& file)
    {
        wizard = std::make_unique<ImportPfxWizard>(world.session.get(), file);
        wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    }
    QAbstractButton* next() const { return wizard->button(QWizard::NextButton); }
    void typePassword(const QString& password)
    {
        auto* edit = find<QLineEdit>(wizard.get(), "passwordLineEdit");
        edit->clear();
        QTest::keyClicks(edit, password);
    }
    // Next from the file page, then waits for the file to be read.
    void readFile()
    {
        QTest::mouseClick(next(), Qt::LeftButton);
        auto* page = static_cast<ImportPfxContentsPage*>(wizard->page(ImportPfxWizard::ContentsPageId));
        ASSERT_TRUE(waitFor([page] { return !page->isBusy(); }));
    }
    QString status() const { return find<QLabel>(wizard.get(), "readStatusLabel")->text(); }
    StoreContents contents()
    {
        auto c = world.temp.store->load();
        return c.ok() ? *c : StoreContents();
    }

    PfxUiWorld world;
    std::unique_ptr<ImportPfxWizard> wizard;
};

TEST_F(ImportPfxWizardTest, RestoresKeyChainAndTrustedRoot)
{
    open(world.writePfx(QStringLiteral("backup.pfx"), kPassword, true, Pkcs12Profile::legacy()));
    EXPECT_TRUE(find<QCheckBox>(wizard.get(), "exportableCheckBox")->isChecked());
    typePassword(kPassword);
    readFile();
    ASSERT_TRUE(next()->isEnabled()) << status().toStdString();
    const QString where = find<QLabel>(wizard.get(), "destinationsLabel")->text();
    EXPECT_TRUE(where.contains(QLatin1String("Intermediate Certification Authorities")));
    EXPECT_TRUE(where.contains(QLatin1String("only if you trust it")));
    EXPECT_EQ(find<QLineEdit>(wizard.get(), "friendlyNameLineEdit")->text(), QStringLiteral("Restored site"));
    QTest::mouseClick(next(), Qt::LeftButton);

    ASSERT_EQ(wizard->currentId(), ImportPfxWizard::TrustPageId);
    auto* trust = find<QCheckBox>(wizard.get(), "trustRootCheckBox");
    EXPECT_FALSE(trust->isChecked()) << "trust is never the default";
    EXPECT_TRUE(find<QLabel>(wizard.get(), "sha256Label")->text().startsWith(PfxUiWorld::pki().root.cert.sha256().left(2)));
    press(trust);
    QSignalSpy imported(wizard.get(), &ImportPfxWizard::imported);
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return imported.count() == 1; }));

    const StoreContents after = contents();
    const StoreEntry* leaf = after.find(StoreKind::Personal, PfxUiWorld::pki().leaf.cert.sha1());
    ASSERT_NE(leaf, nullptr);
    EXPECT_TRUE(leaf->hasPrivateKey);
    EXPECT_EQ(leaf->friendlyName, QStringLiteral("Restored site"));
    EXPECT_TRUE(leaf->notes.contains(QLatin1String("marked exportable")));
    EXPECT_EQ(after.count(StoreKind::Intermediate), 2);
    EXPECT_EQ(after.count(StoreKind::TrustedRoot), 1);
    auto key = world.temp.store->privateKey(StoreKind::Personal, leaf->id);
    ASSERT_TRUE(key.ok());
    EXPECT_TRUE(key->matches(PfxUiWorld::pki().leaf.cert));
}

TEST_F(ImportPfxWizardTest, WrongPasswordChangesNothingAndBackLetsYouRetype)
{
    open(world.writePfx(QStringLiteral("backup.pfx"), kPassword, false));
    const auto before = snapshotTree(world.temp.path());
    typePassword(QStringLiteral("not it"));
    readFile();
    EXPECT_FALSE(next()->isEnabled());
    EXPECT_TRUE(status().contains(QLatin1String("Wrong password"))) << status().toStdString();
    EXPECT_TRUE(status().contains(QLatin1String("Nothing was imported")));
    EXPECT_EQ(snapshotTree(world.temp.path()), before);

    wizard->back();
    typePassword(kPassword);
    readFile();
    ASSERT_TRUE(next()->isEnabled()) << status().toStdString();
    EXPECT_EQ(next()->text(), QStringLiteral("&Import")) << "no root in this file: no trust page";
    QSignalSpy imported(wizard.get(), &ImportPfxWizard::imported);
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return imported.count() == 1; }));
    EXPECT_EQ(contents().count(StoreKind::Personal), 1);
}

TEST_F(ImportPfxWizardTest, DamagedFilesSayWhich)
{
    const QString good = world.writePfx(QStringLiteral("good.pfx"), kPassword, false);
    QFile f(good);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString cut = world.out.filePath(QStringLiteral("cut.pfx"));
    writeFile(cut, bytes.left(bytes.size() / 2));
    const QString notPfx = world.out.filePath(QStringLiteral("leaf.cer"));
    writeFile(notPfx, PfxUiWorld::pki().leaf.cert.der());
    const auto before = snapshotTree(world.temp.path());
    for (const auto& [file, words] : {std::pair{cut, "ends early"}, std::pair{notPfx, "not a PKCS#12"}}) {
        SCOPED_TRACE(words);
        open(file);
        typePassword(kPassword);
        readFile();
        EXPECT_FALSE(next()->isEnabled());
        EXPECT_TRUE(status().contains(QLatin1String(words))) << status().toStdString();
    }
    EXPECT_EQ(snapshotTree(world.temp.path()), before);
}

TEST_F(ImportPfxWizardTest, DecliningTrustKeepsTheRootOut)
{
    open(world.writePfx(QStringLiteral("backup.pfx"), kPassword, true));
    find<QCheckBox>(wizard.get(), "exportableCheckBox")->setChecked(false);
    typePassword(kPassword);
    readFile();
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), ImportPfxWizard::TrustPageId);
    QSignalSpy imported(wizard.get(), &ImportPfxWizard::imported);
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return imported.count() == 1; }));
    const StoreContents after = contents();
    EXPECT_EQ(after.count(StoreKind::TrustedRoot), 0);
    EXPECT_EQ(after.count(StoreKind::Intermediate), 2);
    EXPECT_TRUE(after.find(StoreKind::Personal, PfxUiWorld::pki().leaf.cert.sha1())->notes.contains(
        QLatin1String("not marked exportable")));
}

} // namespace
