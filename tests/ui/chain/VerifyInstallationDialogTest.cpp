// SPDX-License-Identifier: GPL-3.0-or-later
// "Verify installation" on real stores: a good certificate passes every
// check; each broken one shows its failing row with the sentence saying what
// to do, the verdict names what to fix first, and the chain is drawn below.

#include "ChainUiFixture.h"
#include "chain/ChainCard.h"
#include "chain/ChainCardView.h"
#include "verify/VerifyInstallationDialog.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

struct Row {
    QString level;
    QString title;
    QString sentence;
};

// The checklist as shown: topic id -> level, title and sentence.
QMap<QString, Row> rowsOf(VerifyInstallationDialog& dialog)
{
    QMap<QString, Row> rows;
    for (QLabel* l : dialog.findChildren<QLabel*>()) {
        const QString topic = l->property("topic").toString();
        if (topic.isEmpty())
            continue;
        Row& r = rows[topic];
        r.level = l->property("level").toString();
        if (l->objectName() == QLatin1String("checkTitleLabel"))
            r.title = l->text();
        else if (l->objectName() == QLatin1String("checkSentenceLabel"))
            r.sentence = l->text();
    }
    return rows;
}

QString verdictOf(VerifyInstallationDialog& dialog)
{
    return find<QLabel>(&dialog, "verdictLabel")->text();
}

QString verdictLevel(VerifyInstallationDialog& dialog)
{
    return find<QLabel>(&dialog, "verdictLabel")->property("level").toString();
}

// Runs the dialog on `sha1` and waits for its answer.
std::unique_ptr<VerifyInstallationDialog> check(StoreSession* session, const QString& sha1)
{
    auto dialog = std::make_unique<VerifyInstallationDialog>(session, sha1);
    dialog->show();
    dialog->start();
    EXPECT_TRUE(dialog->isBusy());
    EXPECT_TRUE(find<QWidget>(dialog.get(), "verifyProgressBar")->isVisible());
    EXPECT_TRUE(waitFor([&] { return !dialog->isBusy(); }));
    EXPECT_FALSE(find<QWidget>(dialog.get(), "verifyProgressBar")->isVisible());
    return dialog;
}

void expectOnlyFailure(VerifyInstallationDialog& dialog, const QString& topic, const QString& sentencePart)
{
    const auto rows = rowsOf(dialog);
    ASSERT_EQ(rows.size(), 6);
    ASSERT_TRUE(rows.contains(topic));
    EXPECT_EQ(rows[topic].level, QStringLiteral("fail"));
    EXPECT_TRUE(rows[topic].sentence.contains(sentencePart)) << rows[topic].sentence.toStdString();
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (it.key() != topic) {
            EXPECT_NE(it->level, QStringLiteral("fail")) << it.key().toStdString() << ": " << it->sentence.toStdString();
        }
    }
    EXPECT_EQ(verdictLevel(dialog), QStringLiteral("fail"));
    EXPECT_EQ(verdictOf(dialog), QStringLiteral("Not ready to bind. Fix first: %1.").arg(rows[topic].title));
}

} // namespace

TEST(VerifyInstallationDialog, GoodFourTierCertificatePassesEveryCheck)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(4);
    store.install(pki);
    auto session = store.openSession();
    auto dialog = check(session.get(), pki.leaf.cert.sha1());

    ASSERT_TRUE(dialog->report().has_value());
    const auto rows = rowsOf(*dialog);
    EXPECT_EQ(rows.keys(), (QStringList{"chain", "dates", "key-strength", "private-key", "server-auth", "signature"}));
    for (auto it = rows.begin(); it != rows.end(); ++it)
        EXPECT_EQ(it->level, QStringLiteral("pass")) << it.key().toStdString() << ": " << it->sentence.toStdString();
    EXPECT_EQ(rows["private-key"].sentence, QStringLiteral("You have a private key that corresponds to this certificate."));
    EXPECT_TRUE(rows["chain"].sentence.contains(QStringLiteral("4 levels")));
    EXPECT_EQ(verdictLevel(*dialog), QStringLiteral("pass"));
    EXPECT_EQ(verdictOf(*dialog), QStringLiteral("This certificate is ready to bind."));
    // The chain below, root to leaf.
    const auto& cards = dialog->chainView()->cards();
    ASSERT_EQ(cards.size(), 4);
    EXPECT_EQ(cards.first()->sha1(), pki.root.cert.sha1());
    EXPECT_EQ(cards.last()->sha1(), pki.leaf.cert.sha1());
    EXPECT_TRUE(find<QPushButton>(dialog.get(), "copyReportPushButton")->isEnabled());
}

TEST(VerifyInstallationDialog, GoodThreeTierCertificatePasses)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(3);
    store.install(pki);
    auto session = store.openSession();
    auto dialog = check(session.get(), pki.leaf.cert.sha1());
    EXPECT_EQ(verdictLevel(*dialog), QStringLiteral("pass"));
    EXPECT_TRUE(rowsOf(*dialog)["chain"].sentence.contains(QStringLiteral("3 levels")));
    EXPECT_EQ(dialog->chainView()->cards().size(), 3);
}

TEST(VerifyInstallationDialog, ExpiredCertificateFailsTheDates)
{
    ChainStore store;
    Hierarchy pki = makeHierarchy(3);
    pki.leaf = makeLeafWith(pki.intermediates.first(), [](CertificateSpec& s) {
        s.notBefore = QDateTime::currentDateTimeUtc().addDays(-400);
        s.notAfter = QDateTime::currentDateTimeUtc().addDays(-4);
    });
    store.install(pki);
    auto session = store.openSession();
    auto dialog = check(session.get(), pki.leaf.cert.sha1());
    const auto rows = rowsOf(*dialog);
    EXPECT_EQ(rows["dates"].level, QStringLiteral("fail"));
    EXPECT_TRUE(rows["dates"].sentence.startsWith(QStringLiteral("Expired on "))) << rows["dates"].sentence.toStdString();
    EXPECT_TRUE(rows["dates"].sentence.contains(QStringLiteral("Renew the certificate")));
    // Windows' rule: an expired certificate's path is not valid either; the
    // dates come first in the verdict, because completing the path would not help.
    EXPECT_EQ(rows["chain"].level, QStringLiteral("fail"));
    EXPECT_EQ(rows["private-key"].level, QStringLiteral("pass"));
    EXPECT_EQ(verdictOf(*dialog), QStringLiteral("Not ready to bind. Fix first: Validity dates."));
    EXPECT_TRUE(find<QLabel>(dialog.get(), "verdictDetailsLabel")->text().contains(QStringLiteral("2 checks failed")));
    EXPECT_EQ(dialog->chainView()->cards().last()->property("statusKind").toString(), QStringLiteral("error"));
}

TEST(VerifyInstallationDialog, CertificateWithoutKeyFailsThePrivateKey)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(3);
    store.install(pki, {.withKey = false});
    auto session = store.openSession();
    auto dialog = check(session.get(), pki.leaf.cert.sha1());
    expectOnlyFailure(*dialog, QStringLiteral("private-key"), QStringLiteral("There is no private key"));
    EXPECT_TRUE(find<QLabel>(dialog.get(), "verdictDetailsLabel")->text().contains(QStringLiteral("import the PFX backup")));
}

TEST(VerifyInstallationDialog, UnreadableKeyFailsThePrivateKeyInWords)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(3);
    store.install(pki);
    auto session = store.openSession();
    const QString keyFile = store.keyFileOf(pki.leaf.cert);
    ASSERT_FALSE(keyFile.isEmpty());
    writeFile(keyFile, "-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n");
    auto dialog = check(session.get(), pki.leaf.cert.sha1());
    expectOnlyFailure(*dialog, QStringLiteral("private-key"), QStringLiteral("cannot be read"));
}

TEST(VerifyInstallationDialog, MissingIntermediateFailsTheChainAndShowsTheGap)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(4);
    store.install(pki, {.withKey = true, .skipIntermediate = 1});
    auto session = store.openSession();
    auto dialog = check(session.get(), pki.leaf.cert.sha1());
    const QString missing = pki.intermediates.at(1).cert.subject().toString();
    expectOnlyFailure(*dialog, QStringLiteral("chain"), QStringLiteral("issuer not found: %1").arg(missing));
    const auto& cards = dialog->chainView()->cards();
    ASSERT_EQ(cards.size(), 2);
    EXPECT_TRUE(cards.first()->isGap());
}

TEST(VerifyInstallationDialog, ClientOnlyCertificateFailsServerAuthentication)
{
    ChainStore store;
    Hierarchy pki = makeHierarchy(3);
    pki.leaf = makeClientAuthOnlyLeaf(pki.intermediates.first());
    store.install(pki);
    auto session = store.openSession();
    auto dialog = check(session.get(), pki.leaf.cert.sha1());
    expectOnlyFailure(*dialog, QStringLiteral("server-auth"), QStringLiteral("Not valid for Server Authentication"));
    EXPECT_TRUE(rowsOf(*dialog)["server-auth"].sentence.contains(QStringLiteral("Ask your CA")));
}

TEST(VerifyInstallationDialog, Rsa1024FailsTheKeyStrength)
{
    ChainStore store;
    Hierarchy pki = makeHierarchy(3);
    pki.leaf = makeLeafWith(pki.intermediates.first(), [](CertificateSpec&) {}, KeySpec::rsa(1024));
    store.install(pki);
    auto session = store.openSession();
    auto dialog = check(session.get(), pki.leaf.cert.sha1());
    expectOnlyFailure(*dialog, QStringLiteral("key-strength"), QStringLiteral("RSA 1024 bits is too weak"));
}

TEST(VerifyInstallationDialog, Sha1SignatureFailsTheSignature)
{
    ChainStore store;
    Hierarchy pki = makeHierarchy(3);
    pki.leaf = makeLeafWith(pki.intermediates.first(), [](CertificateSpec& s) { s.digest = QStringLiteral("SHA1"); });
    store.install(pki);
    auto session = store.openSession();
    auto dialog = check(session.get(), pki.leaf.cert.sha1());
    expectOnlyFailure(*dialog, QStringLiteral("signature"), QStringLiteral("SHA-1 or older"));
}

TEST(VerifyInstallationDialog, UnknownCertificateIsAnErrorInWords)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(3);
    store.install(pki);
    auto session = store.openSession();
    // The root is in Trusted Root, not Personal: nothing to bind.
    auto dialog = check(session.get(), pki.root.cert.sha1());
    EXPECT_FALSE(dialog->report().has_value());
    ASSERT_TRUE(dialog->error().has_value());
    EXPECT_EQ(verdictLevel(*dialog), QStringLiteral("error"));
    EXPECT_TRUE(find<QLabel>(dialog.get(), "verdictDetailsLabel")->text().contains(QStringLiteral("is in Personal")));
    EXPECT_TRUE(rowsOf(*dialog).isEmpty());
    EXPECT_FALSE(dialog->chainView()->isVisible());
}

TEST(VerifyInstallationDialog, CopyReportPutsThePlainTextReportOnTheClipboard)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(3);
    store.install(pki, {.withKey = false});
    auto session = store.openSession();
    auto dialog = check(session.get(), pki.leaf.cert.sha1());
    QTest::mouseClick(find<QPushButton>(dialog.get(), "copyReportPushButton"), Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    EXPECT_EQ(text, dialog->reportText());
    EXPECT_TRUE(text.contains(QStringLiteral("Thumbprint (SHA-1): %1").arg(pki.leaf.cert.sha1())));
    EXPECT_TRUE(text.contains(QStringLiteral("Not ready to bind. Fix first: Private key.")));
    EXPECT_TRUE(text.contains(QStringLiteral("[FAILED] Private key: There is no private key")));
    EXPECT_TRUE(text.contains(QStringLiteral("[PASSED] Certification path:")));
    EXPECT_TRUE(text.contains(QStringLiteral("  1. Test Root CA 3 (OK): This certificate is OK.")));
    EXPECT_FALSE(text.contains(QLatin1Char('<')));
}

TEST(VerifyInstallationDialog, WaitsForAStoreThatIsStillLoading)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(3);
    store.install(pki);
    auto session = store.openSession();
    session->reload();
    ASSERT_TRUE(session->isLoading());
    VerifyInstallationDialog dialog(session.get(), pki.leaf.cert.sha1());
    dialog.start();
    ASSERT_TRUE(waitFor([&] { return !dialog.isBusy(); }));
    EXPECT_EQ(verdictLevel(dialog), QStringLiteral("pass"));
}

TEST(VerifyInstallationDialog, ActivatingAChainCardIsForwarded)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(3);
    store.install(pki);
    auto session = store.openSession();
    auto dialog = check(session.get(), pki.leaf.cert.sha1());
    QString activated;
    QObject::connect(dialog.get(), &VerifyInstallationDialog::certificateActivated,
                     [&](const QString& sha1) { activated = sha1; });
    QTest::mouseClick(dialog->chainView()->cards().at(1), Qt::LeftButton);
    EXPECT_EQ(activated, pki.intermediates.first().cert.sha1());
}
