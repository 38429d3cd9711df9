// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestUiFixture.h"
#include "request/CreateRequestWizard.h"
#include "request/FieldMessageLabel.h"
#include "request/RequestGenerationPage.h"
#include "request/RequestResultPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class CreateRequestWizardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_wizard = std::make_unique<CreateRequestWizard>(m_env.session.get());
        m_wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_wizard.get()));
    }
    void TearDown() override
    {
        m_wizard.reset();
        m_env.session->waitForIdle();
    }

    QLineEdit* edit(const char* name) { return find<QLineEdit>(m_wizard.get(), name); }
    FieldMessageLabel* message(const char* name) { return find<FieldMessageLabel>(m_wizard.get(), name); }
    QAbstractButton* nextButton() { return m_wizard->button(QWizard::NextButton); }
    void type(const char* field, const QString& text)
    {
        QLineEdit* e = edit(field);
        e->setFocus();
        typeText(e, text);
    }
    void clickNext()
    {
        QAbstractButton* b = m_wizard->button(m_wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                       : QWizard::NextButton);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    SessionOnTempStore m_env;
    std::unique_ptr<CreateRequestWizard> m_wizard;
};

TEST_F(CreateRequestWizardTest, UrlAsCommonNameBlocksNextWithTheMessageShown)
{
    EXPECT_FALSE(nextButton()->isEnabled()) << "nothing entered yet";
    EXPECT_FALSE(message("commonNameMessageLabel")->isVisible()) << "no scolding on a fresh page";
    type("commonNameLineEdit", QStringLiteral("http://x/y"));
    EXPECT_FALSE(nextButton()->isEnabled());
    FieldMessageLabel* m = message("commonNameMessageLabel");
    EXPECT_TRUE(m->isVisible());
    EXPECT_TRUE(m->text().contains(QLatin1String("without \"http://\""))) << m->text().toStdString();
    EXPECT_EQ(edit("commonNameLineEdit")->accessibleDescription(), m->text());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    m_wizard->next();
    EXPECT_EQ(m_wizard->currentId(), CreateRequestWizard::SubjectPageId);

    edit("commonNameLineEdit")->clear();
    EXPECT_TRUE(message("commonNameMessageLabel")->text().contains(QLatin1String("Enter the common name")));
    type("commonNameLineEdit", QStringLiteral("www.example.com"));
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_FALSE(message("commonNameMessageLabel")->isVisible());
}

TEST_F(CreateRequestWizardTest, NonAsciiOrganizationBlocks)
{
    type("commonNameLineEdit", QStringLiteral("www.example.com"));
    ASSERT_TRUE(nextButton()->isEnabled());
    type("organizationLineEdit", QStringLiteral("\u53f0\u7063\u79d1\u6280"));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(message("organizationMessageLabel")->isVisible());
    EXPECT_TRUE(message("organizationMessageLabel")->text().contains(QLatin1String("ASCII")));
}

TEST_F(CreateRequestWizardTest, CountryNameInsteadOfCodeBlocks)
{
    type("commonNameLineEdit", QStringLiteral("www.example.com"));
    type("countryLineEdit", QStringLiteral("Taiwan"));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(message("countryMessageLabel")->isVisible());
    EXPECT_TRUE(message("countryMessageLabel")->text().contains(QLatin1String("TW for Taiwan")));
    edit("countryLineEdit")->clear();
    type("countryLineEdit", QStringLiteral("TW"));
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_EQ(find<QLabel>(m_wizard.get(), "countryNameLabel")->text(), QStringLiteral("Taiwan"));
}

TEST_F(CreateRequestWizardTest, BadAlternativeNameBlocksTheNamesPage)
{
    type("commonNameLineEdit", QStringLiteral("www.example.com"));
    clickNext();
    ASSERT_EQ(m_wizard->currentId(), CreateRequestWizard::NamesPageId);
    auto* names = find<QPlainTextEdit>(m_wizard.get(), "alternativeNamesPlainTextEdit");
    names->setFocus();
    typeText(names, QStringLiteral("example.com\nhttp://shop.example.com/cart"));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(message("alternativeNamesMessageLabel")->text().startsWith(QLatin1String("http://shop.example.com/cart: ")));
    names->clear();
    EXPECT_TRUE(nextButton()->isEnabled());
    // The other name users type, one click away.
    auto* suggest = find<QAbstractButton>(m_wizard.get(), "suggestNamePushButton");
    ASSERT_TRUE(suggest->isVisible());
    QTest::mouseClick(suggest, Qt::LeftButton);
    EXPECT_EQ(names->toPlainText(), QStringLiteral("example.com"));
    EXPECT_FALSE(suggest->isVisible());
}

TEST_F(CreateRequestWizardTest, ValidRunStoresThePendingKeyAndShowsTheCsr)
{
    type("commonNameLineEdit", QStringLiteral("www.example.com"));
    type("organizationLineEdit", QStringLiteral("Example Co"));
    type("localityLineEdit", QStringLiteral("TAIPEI"));
    type("stateLineEdit", QStringLiteral("TAIWAN"));
    type("countryLineEdit", QStringLiteral("TW"));
    clickNext();
    auto* names = find<QPlainTextEdit>(m_wizard.get(), "alternativeNamesPlainTextEdit");
    names->setFocus();
    typeText(names, QStringLiteral("example.com\n192.0.2.5"));
    clickNext();
    ASSERT_EQ(m_wizard->currentId(), CreateRequestWizard::KeyPageId);
    EXPECT_EQ(find<QComboBox>(m_wizard.get(), "keyComboBox")->currentData().toString(), QStringLiteral("rsa:2048"));
    EXPECT_EQ(find<QComboBox>(m_wizard.get(), "hashComboBox")->currentData().toString(), QStringLiteral("SHA256"));

    clickNext();  // "Create Request"
    ASSERT_EQ(m_wizard->currentId(), CreateRequestWizard::GenerationPageId);
    auto* generation = find<RequestGenerationPage>(m_wizard.get(), "requestGenerationPage");
    // The key is made in a worker: control is back here before it exists.
    EXPECT_TRUE(generation->isBusy());
    EXPECT_FALSE(generation->isComplete());
    EXPECT_TRUE(find<QProgressBar>(m_wizard.get(), "generationProgressBar")->isVisible());

    ASSERT_TRUE(waitFor([&] { return m_wizard->currentId() == CreateRequestWizard::ResultPageId; }));
    const CertificateRequest& request = m_wizard->request();
    ASSERT_FALSE(request.isNull());
    EXPECT_EQ(request.keyDescription(), QStringLiteral("RSA 2048 bits"));
    EXPECT_EQ(request.subject().toString().count(QLatin1Char('=')), 5);
    QStringList sans;
    for (const auto& s : request.subjectAltNames())
        sans << s.value;
    EXPECT_EQ(sans, (QStringList{QStringLiteral("www.example.com"), QStringLiteral("example.com"),
                                 QStringLiteral("192.0.2.5")}));

    // Pending in the store, key 0600; the session sees it too.
    const QString keyFile = m_env.temp.path() + QStringLiteral("/requests/") + request.keyId() + QStringLiteral(".key");
    struct stat st{};
    ASSERT_EQ(::stat(QFile::encodeName(keyFile).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    ASSERT_TRUE(waitFor([&] { return m_env.session->contents().find(StoreKind::Requests, request.keyId()); }));
    EXPECT_TRUE(m_env.session->contents().find(StoreKind::Requests, request.keyId())->hasPrivateKey);

    // The CSR text, copy and save.
    auto* pem = find<QPlainTextEdit>(m_wizard.get(), "csrPlainTextEdit");
    EXPECT_TRUE(pem->isReadOnly());
    EXPECT_EQ(pem->toPlainText() + QLatin1Char('\n'), QString::fromLatin1(request.toPem()));
    EXPECT_TRUE(pem->toPlainText().startsWith(QLatin1String("-----BEGIN CERTIFICATE REQUEST-----")));
    QTest::mouseClick(find<QAbstractButton>(m_wizard.get(), "copyPushButton"), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), QString::fromLatin1(request.toPem()));
    QTemporaryDir dir;
    auto* result = find<RequestResultPage>(m_wizard.get(), "requestResultPage");
    EXPECT_EQ(result->suggestedFileName(), QStringLiteral("www.example.com.csr"));
    ASSERT_TRUE(result->saveTo(dir.filePath("www.csr")).ok());
    QFile saved(dir.filePath("www.csr"));
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(saved.readAll(), request.toPem());
    EXPECT_FALSE(m_wizard->button(QWizard::BackButton)->isVisible()) << "the key exists: no way back";
}

TEST_F(CreateRequestWizardTest, ClosingDuringGenerationDropsTheResult)
{
    type("commonNameLineEdit", QStringLiteral("closed.example.com"));
    clickNext();
    clickNext();
    find<QComboBox>(m_wizard.get(), "keyComboBox")->setCurrentIndex(3);  // ECDSA P-256
    clickNext();
    ASSERT_EQ(m_wizard->currentId(), CreateRequestWizard::GenerationPageId);
    m_wizard.reset();  // the user closed the window
    QTest::qWait(0);
    m_env.session->waitForIdle();
    QCoreApplication::processEvents();
    // The result came back to no one: nothing is stored for a request nobody saw.
    ASSERT_TRUE(m_env.reload());
    EXPECT_EQ(m_env.session->contents().count(StoreKind::Requests), 0);
}

TEST(CreateRequestWizardPrefill, StartsFromAnExistingCertificate)
{
    SessionOnTempStore env;
    const Issued root = makeRoot(QStringLiteral("Prefill Root"));
    const Issued leaf = makeLeaf(root, QStringLiteral("renew.example.com"),
                                 {QStringLiteral("renew.example.com"), QStringLiteral("alt.example.com")}, {}, {},
                                 KeySpec::rsa(3072));
    CreateRequestWizard wizard(env.session.get(), leaf.cert);
    wizard.show();
    EXPECT_EQ(find<QLineEdit>(&wizard, "commonNameLineEdit")->text(), QStringLiteral("renew.example.com"));
    EXPECT_EQ(find<QLineEdit>(&wizard, "countryLineEdit")->text(), QStringLiteral("TW"));
    EXPECT_EQ(find<QLineEdit>(&wizard, "organizationLineEdit")->text(), QStringLiteral("CertPilot Test"));
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    EXPECT_EQ(find<QPlainTextEdit>(&wizard, "alternativeNamesPlainTextEdit")->toPlainText(),
              QStringLiteral("alt.example.com"));
    wizard.next();
    EXPECT_EQ(find<QComboBox>(&wizard, "keyComboBox")->currentData().toString(), QStringLiteral("rsa:3072"));
}

} // namespace
