// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../unit/RequestTestSupport.h"
#include "RequestUiFixture.h"
#include "request/CompleteRequest.h"
#include "request/CompleteRequestDialog.h"
#include "request/CreateRequest.h"
#include "request/CreateRequestWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class CompleteRequestDialogTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;

    CertificateRequest pendingRequest(const QString& cn)
    {
        RequestDraft d;
        d.commonName = cn;
        d.key = KeySpec::ec(QStringLiteral("P-256"));
        auto created = CreateRequest::run(d, *m_env.temp.store);
        EXPECT_TRUE(created.ok());
        EXPECT_TRUE(m_env.reload());
        return created ? created->request : CertificateRequest();
    }
    void chooseFile(CompleteRequestDialog& dialog, const QString& path)
    {
        auto* edit = find<QLineEdit>(&dialog, "fileLineEdit");
        edit->setFocus();
        typeText(edit, path);
        ASSERT_TRUE(waitFor([&] { return !dialog.isBusy() && !dialog.plan().files.isEmpty(); }));
    }
    // What the dialog says: its headline, then the details.
    QString status(CompleteRequestDialog& dialog)
    {
        return find<QLabel>(&dialog, "headlineLabel")->text() + QLatin1Char('\n')
            + find<QLabel>(&dialog, "statusLabel")->text();
    }

    SessionOnTempStore m_env;
    QTemporaryDir m_dir;
};
Hierarchy* CompleteRequestDialogTest::s_pki = nullptr;

TEST_F(CompleteRequestDialogTest, SignedResponseMovesThePairIntoPersonal)
{
    const CertificateRequest csr = pendingRequest(QStringLiteral("www.example.com"));
    const Certificate signed_ = caSigns(csr, s_pki->intermediates[0], m_dir.path());
    const QString p7b = writeP7b(m_dir.path(), QStringLiteral("cert.p7b"), {signed_, s_pki->intermediates[0].cert});

    CompleteRequestDialog dialog(m_env.session.get());
    dialog.show();
    auto* complete = find<QAbstractButton>(&dialog, "completePushButton");
    EXPECT_FALSE(complete->isEnabled());
    chooseFile(dialog, p7b);
    ASSERT_TRUE(complete->isEnabled()) << status(dialog).toStdString();
    EXPECT_TRUE(status(dialog).startsWith(QLatin1String("Ready to complete the request for www.example.com.")));
    EXPECT_TRUE(status(dialog).contains(QLatin1String("Goes into Personal with its private key")));
    EXPECT_TRUE(status(dialog).contains(QLatin1String("Will be added to Intermediate Certification Authorities")));
    auto* name = find<QLineEdit>(&dialog, "friendlyNameLineEdit");
    EXPECT_TRUE(name->text().startsWith(QLatin1String("www.example.com "))) << "suggested, with the expiry year";
    name->selectAll();
    typeText(name, QStringLiteral("Main site"));

    QTest::mouseClick(complete, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog.isCompleted(); })) << status(dialog).toStdString();
    EXPECT_TRUE(status(dialog).startsWith(QLatin1String("Request completed.")));
    ASSERT_TRUE(waitFor([&] { return !m_env.session->isLoading(); }));

    auto contents = m_env.temp.store->load();
    ASSERT_TRUE(contents.ok());
    const StoreEntry* done = contents->find(StoreKind::Personal, signed_.sha1());
    ASSERT_NE(done, nullptr);
    EXPECT_TRUE(done->hasPrivateKey);
    EXPECT_EQ(done->friendlyName, QStringLiteral("Main site"));
    EXPECT_EQ(contents->count(StoreKind::Requests), 0);
    EXPECT_NE(contents->find(StoreKind::Intermediate, s_pki->intermediates[0].cert.sha1()), nullptr);
    auto key = m_env.temp.store->privateKey(StoreKind::Personal, signed_.sha1());
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(key->publicKeyDer(), csr.publicKeyDer());
    EXPECT_TRUE(find<QAbstractButton>(&dialog, "closePushButton")->isVisible());
    EXPECT_FALSE(complete->isVisible());
}

TEST_F(CompleteRequestDialogTest, NoMatchingKeyExplainsAndOffersTheCures)
{
    pendingRequest(QStringLiteral("pending.example.com"));
    const QString response = writeTestFile(m_dir.path(), QStringLiteral("server.cer"), s_pki->leaf.cert.toPem());
    const auto before = storeSnapshot(m_env.temp.path());
    bool importAsked = false;
    auto* dialog = CompleteRequestDialog::open(nullptr, m_env.session.get(), {}, [&] { importAsked = true; });
    chooseFile(*dialog, response);
    EXPECT_EQ(dialog->plan().status, CompletionStatus::NoMatchingKey);
    EXPECT_FALSE(find<QAbstractButton>(dialog, "completePushButton")->isEnabled());
    EXPECT_TRUE(find<QLabel>(dialog, "headlineLabel")->text().startsWith(QLatin1String("No private key in this store belongs to")));
    EXPECT_TRUE(find<QLineEdit>(dialog, "friendlyNameLineEdit")->text().isEmpty()) << "no name for nothing";
    EXPECT_TRUE(status(*dialog).contains(QLatin1String("pending.example.com")));
    auto* importButton = find<QAbstractButton>(dialog, "importPfxPushButton");
    auto* newRequest = find<QAbstractButton>(dialog, "newRequestPushButton");
    EXPECT_TRUE(importButton->isVisible());
    EXPECT_TRUE(newRequest->isVisible());
    EXPECT_EQ(storeSnapshot(m_env.temp.path()), before);

    // "Start a new request": the wizard opens with the certificate's names.
    QTest::mouseClick(newRequest, Qt::LeftButton);
    CreateRequestWizard* wizard = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* found = qobject_cast<CreateRequestWizard*>(w); found && found->isVisible())
            wizard = found;
    }
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(find<QLineEdit>(wizard, "commonNameLineEdit")->text(), s_pki->leaf.cert.subject().commonName());
    wizard->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(importAsked);
}

TEST_F(CompleteRequestDialogTest, GarbageAndCompletedResponsesChangeNothing)
{
    const CertificateRequest csr = pendingRequest(QStringLiteral("twice.example.com"));
    const QString response = writeTestFile(m_dir.path(), QStringLiteral("server.cer"),
                                           caSigns(csr, s_pki->intermediates[0], m_dir.path()).toPem());
    const QString garbage = writeTestFile(m_dir.path(), QStringLiteral("garbage.cer"), QByteArray(200, 'x'));
    {
        CompleteRequestDialog dialog(m_env.session.get());
        dialog.show();
        chooseFile(dialog, garbage);
        EXPECT_EQ(dialog.plan().status, CompletionStatus::Failed);
        EXPECT_TRUE(status(dialog).startsWith(QLatin1String("garbage.cer: ")));
        EXPECT_FALSE(find<QAbstractButton>(&dialog, "importPfxPushButton")->isVisible());
    }
    ASSERT_TRUE(CompleteRequest::run(*m_env.temp.store, {response}, {}).isReady());
    ASSERT_TRUE(m_env.reload());
    const auto before = storeSnapshot(m_env.temp.path());
    CompleteRequestDialog dialog(m_env.session.get());
    dialog.show();
    chooseFile(dialog, response);
    EXPECT_EQ(dialog.plan().status, CompletionStatus::AlreadyCompleted);
    EXPECT_TRUE(status(dialog).contains(QLatin1String("completed already")));
    EXPECT_FALSE(find<QAbstractButton>(&dialog, "completePushButton")->isEnabled());
    EXPECT_EQ(storeSnapshot(m_env.temp.path()), before);
}

} // namespace
