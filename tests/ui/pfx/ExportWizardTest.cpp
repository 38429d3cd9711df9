// SPDX-License-Identifier: GPL-3.0-or-later
// The export wizard driven like a user: real widgets, real files, read back.

#include "PfxUiFixture.h"
#include "pfx/ExportResultPage.h"
#include "pfx/ExportWizard.h"
#include "pfx/Pkcs12Reader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const QString kPassword = QStringLiteral("wizard backup password");

class ExportWizardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        wizard = std::make_unique<ExportWizard>(world.session.get(), world.leafEntry());
        wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    }
    QAbstractButton* next() const { return wizard->button(QWizard::NextButton); }
    void typePasswords(const QString& first, const QString& second)
    {
        auto* a = find<QLineEdit>(wizard.get(), "passwordLineEdit");
        auto* b = find<QLineEdit>(wizard.get(), "confirmPasswordLineEdit");
        a->clear();
        b->clear();
        QTest::keyClicks(a, first);
        QTest::keyClicks(b, second);
    }
    void choosePath(const QString& path)
    {
        auto* edit = find<QLineEdit>(wizard.get(), "pathLineEdit");
        edit->clear();
        QTest::keyClicks(edit, path);
    }
    bool finishExport()
    {
        auto* result = static_cast<ExportResultPage*>(wizard->page(ExportWizard::ResultPageId));
        return waitFor([result] { return !result->isBusy(); }) && result->isComplete();
    }
    static mode_t mode(const QString& path)
    {
        struct stat st {};
        ::stat(QFile::encodeName(path).constData(), &st);
        return st.st_mode & 0777;
    }

    PfxUiWorld world;
    std::unique_ptr<ExportWizard> wizard;
};

TEST_F(ExportWizardTest, PfxWithLegacyProfileIsWrittenAndReadBack)
{
    EXPECT_TRUE(find<QRadioButton>(wizard.get(), "pfxRadioButton")->isChecked());
    EXPECT_TRUE(find<QLabel>(wizard.get(), "chainLabel")->text().contains(QLatin1String("Test Root CA 4")));
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), ExportWizard::ProtectionPageId);

    auto* profile = find<QComboBox>(wizard.get(), "profileComboBox");
    profile->setCurrentIndex(profile->findData(QStringLiteral("legacy")));
    press(find<QCheckBox>(wizard.get(), "showAlgorithmsCheckBox"));
    EXPECT_TRUE(find<QLabel>(wizard.get(), "algorithmsLabel")->isVisible());
    EXPECT_TRUE(find<QLabel>(wizard.get(), "algorithmsLabel")->text().contains(QLatin1String("2048 iterations")));
    EXPECT_FALSE(next()->isEnabled()) << "no password yet";
    typePasswords(kPassword, kPassword + QLatin1Char('x'));
    EXPECT_FALSE(next()->isEnabled()) << "the two differ";
    EXPECT_TRUE(find<QLabel>(wizard.get(), "passwordMatchLabel")->isVisible());
    typePasswords(kPassword, kPassword);
    EXPECT_TRUE(next()->isEnabled());
    EXPECT_TRUE(find<QLabel>(wizard.get(), "passwordStrengthLabel")->text().contains(QLatin1String("Strong")));
    QTest::mouseClick(next(), Qt::LeftButton);

    ASSERT_EQ(wizard->currentId(), ExportWizard::FilePageId);
    const QString path = world.out.filePath(QStringLiteral("site.pfx"));
    choosePath(path);
    EXPECT_EQ(next()->text(), QStringLiteral("&Export"));
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_TRUE(finishExport()) << find<QLabel>(wizard.get(), "exportStatusLabel")->text().toStdString();

    EXPECT_EQ(mode(path), 0600u);
    auto read = Pkcs12Reader::readFile(path, SecureBytes(kPassword.toUtf8()));
    ASSERT_TRUE(read.ok()) << read.error().fullText().toStdString();
    EXPECT_EQ(read->info.macDigest, QStringLiteral("sha1"));
    EXPECT_EQ(read->info.keyProtection().scheme, Pkcs12Profile::legacy().expectedKeyScheme());
    ASSERT_EQ(read->keys.size(), 1);
    EXPECT_TRUE(read->keys.first().key.matches(PfxUiWorld::pki().leaf.cert));
    ASSERT_EQ(read->certificates.size(), 4) << "leaf, two intermediates, root";
    EXPECT_EQ(read->certificates.first().friendlyName, QStringLiteral("Web site"));
    EXPECT_TRUE(find<QLabel>(wizard.get(), "readBackLabel")->text().contains(QLatin1String("opens with the password")));
    EXPECT_TRUE(find<QPlainTextEdit>(wizard.get(), "pfxInfoPlainTextEdit")
                    ->toPlainText()
                    .contains(QLatin1String("MAC: sha1, Iteration 2048")));
    EXPECT_TRUE(find<QLineEdit>(wizard.get(), "passwordLineEdit")->text().isEmpty()) << "password wiped from the field";
}

TEST_F(ExportWizardTest, WeakPasswordIsSaidButAllowed)
{
    QTest::mouseClick(next(), Qt::LeftButton);
    typePasswords(QStringLiteral("short1!"), QStringLiteral("short1!"));
    EXPECT_TRUE(find<QLabel>(wizard.get(), "passwordStrengthLabel")->text().contains(QLatin1String("Weak")));
    EXPECT_TRUE(next()->isEnabled());
}

TEST_F(ExportWizardTest, NginxFolderWithUnencryptedKey)
{
    press(find<QRadioButton>(wizard.get(), "nginxRadioButton"));
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), ExportWizard::ProtectionPageId);
    auto* encrypt = find<QCheckBox>(wizard.get(), "encryptKeyCheckBox");
    EXPECT_TRUE(encrypt->isChecked()) << "encrypted unless the user says otherwise";
    EXPECT_FALSE(next()->isEnabled());
    press(encrypt);
    EXPECT_TRUE(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    choosePath(world.out.path());
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_TRUE(finishExport());
    QFile full(world.out.filePath(QStringLiteral("fullchain.pem")));
    ASSERT_TRUE(full.open(QIODevice::ReadOnly));
    EXPECT_EQ(full.readAll().count("BEGIN CERTIFICATE"), 3) << "leaf and intermediates, no root";
    EXPECT_EQ(mode(world.out.filePath(QStringLiteral("privkey.pem"))), 0600u);
    EXPECT_TRUE(find<QLabel>(wizard.get(), "exportWarningsLabel")->text().contains(QLatin1String("not encrypted")));
}

TEST_F(ExportWizardTest, ExistingFileNeedsAnExplicitReplace)
{
    find<QRadioButton>(wizard.get(), "cerbase64RadioButton")->setChecked(true);
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), ExportWizard::FilePageId) << "no key, no password page";
    const QString path = world.out.filePath(QStringLiteral("taken.cer"));
    writeFile(path, "keep");
    choosePath(path);
    auto* replace = find<QCheckBox>(wizard.get(), "replaceCheckBox");
    EXPECT_TRUE(replace->isVisible());
    EXPECT_FALSE(next()->isEnabled());
    press(replace);
    EXPECT_TRUE(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_TRUE(finishExport());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("-----BEGIN CERTIFICATE-----"));
}

TEST(ExportWizardWithoutKey, KeyFormatsAreDisabled)
{
    PfxUiWorld world;
    StoreEntry root = *world.session->contents().find(StoreKind::TrustedRoot, PfxUiWorld::pki().root.cert.sha1());
    ExportWizard wizard(world.session.get(), root);
    wizard.show();
    EXPECT_FALSE(find<QRadioButton>(&wizard, "pfxRadioButton")->isEnabled());
    EXPECT_FALSE(find<QRadioButton>(&wizard, "nginxRadioButton")->isEnabled());
    EXPECT_TRUE(find<QRadioButton>(&wizard, "cerRadioButton")->isChecked());
    EXPECT_NE(find<QLabel>(&wizard, "noKeyLabel"), nullptr);
    EXPECT_EQ(ExportWizard::open(nullptr, world.session.get(), QStringLiteral("00")), nullptr);
}

} // namespace
