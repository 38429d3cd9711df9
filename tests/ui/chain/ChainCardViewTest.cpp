// SPDX-License-Identifier: GPL-3.0-or-later
// The visual chain on real stores: cards in order, colours by status, the gap
// card for a missing intermediate, clicks and keys selecting a certificate.

#include "ChainUiFixture.h"
#include "UrgencyColors.h"
#include "chain/ChainCard.h"
#include "chain/ChainCardView.h"
#include "chain/ChainConnector.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QString textOf(ChainCard* card, const char* label)
{
    auto* l = card->findChild<QLabel*>(QString::fromLatin1(label));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(label));
}

QList<ChainConnector*> connectorsOf(ChainCardView& view)
{
    return view.findChildren<ChainConnector*>();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

} // namespace

TEST(ChainCardView, ShowsPlaceholderUntilAChainIsGiven)
{
    ChainCardView view;
    EXPECT_TRUE(view.isPlaceholderShown());
    EXPECT_TRUE(view.cards().isEmpty());
    EXPECT_TRUE(view.placeholderText().contains(QStringLiteral("Select a certificate")));
    view.setChain(nullptr);
    EXPECT_TRUE(view.isPlaceholderShown());
    EXPECT_TRUE(view.placeholderText().contains(QStringLiteral("Checking")));
    view.showChain(ChainResult{});
    EXPECT_TRUE(view.isPlaceholderShown());
}

TEST(ChainCardView, FourTierChainShowsFourGreenCardsFromRootToLeaf)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(4);
    store.install(pki);
    ChainCardView view;
    view.showChain(store.chainOf(pki.leaf.cert));

    ASSERT_FALSE(view.isPlaceholderShown());
    const QList<ChainCard*>& cards = view.cards();
    ASSERT_EQ(cards.size(), 4);
    const QStringList expected{pki.root.cert.sha1(), pki.intermediates.at(0).cert.sha1(),
                               pki.intermediates.at(1).cert.sha1(), pki.leaf.cert.sha1()};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(cards.at(i)->property("sha1").toString(), expected.at(i)) << i;
        EXPECT_EQ(cards.at(i)->property("statusKind").toString(), QStringLiteral("ok")) << i;
        EXPECT_EQ(cards.at(i)->objectName(), QStringLiteral("chainCard%1Frame").arg(i + 1));
        EXPECT_TRUE(textOf(cards.at(i), "chainCardStatusLabel").contains(QStringLiteral("This certificate is OK.")));
    }
    EXPECT_EQ(textOf(cards.at(0), "chainCardTitleLabel"), QStringLiteral("Test Root CA 4"));
    EXPECT_EQ(textOf(cards.at(0), "chainCardRoleLabel"), QStringLiteral("Trusted root"));
    EXPECT_EQ(textOf(cards.at(1), "chainCardIssuerLabel"), QStringLiteral("Issued by: Test Root CA 4"));
    EXPECT_EQ(textOf(cards.at(3), "chainCardTitleLabel"), QStringLiteral("www.test.example"));
    EXPECT_EQ(textOf(cards.at(3), "chainCardRoleLabel"), QStringLiteral("This certificate"));
    EXPECT_TRUE(textOf(cards.at(3), "chainCardValidityLabel")
                    .contains(QStringLiteral("expires in %1 days").arg(pki.leaf.cert.daysLeft())));
    // Three links, none broken; the verdict in words above.
    const auto links = connectorsOf(view);
    ASSERT_EQ(links.size(), 3);
    for (auto* link : links)
        EXPECT_FALSE(link->isDashed());
    auto* summary = view.findChild<QLabel*>(QStringLiteral("chainCardSummaryLabel"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("Trusted: 4 levels"))) << summary->text().toStdString();
}

TEST(ChainCardView, MissingIntermediateShowsADashedGapCardNamingTheIssuer)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(4);
    store.install(pki, {.withKey = true, .skipIntermediate = 0});
    ChainCardView view;
    view.showChain(store.chainOf(pki.leaf.cert));

    const QList<ChainCard*>& cards = view.cards();
    ASSERT_EQ(cards.size(), 3);  // gap, second intermediate, leaf
    ChainCard* gap = cards.at(0);
    EXPECT_TRUE(gap->isGap());
    EXPECT_EQ(gap->property("statusKind").toString(), QStringLiteral("gap"));
    EXPECT_TRUE(gap->property("sha1").toString().isEmpty());
    const QString missing = pki.intermediates.at(0).cert.subject().toString();
    const QString sentence = textOf(gap, "chainCardStatusLabel");
    EXPECT_TRUE(sentence.contains(QStringLiteral("Issuer not found: %1. Install the intermediate certificate from your CA.")
                                      .arg(missing.toHtmlEscaped())))
        << sentence.toStdString();
    EXPECT_EQ(cards.at(1)->sha1(), pki.intermediates.at(1).cert.sha1());
    EXPECT_EQ(cards.at(1)->property("statusKind").toString(), QStringLiteral("error"));
    EXPECT_EQ(cards.at(2)->sha1(), pki.leaf.cert.sha1());
    // The link below the gap is dashed, the other one solid.
    const auto links = connectorsOf(view);
    ASSERT_EQ(links.size(), 2);
    EXPECT_TRUE(links.at(0)->isDashed());
    EXPECT_FALSE(links.at(1)->isDashed());
    EXPECT_TRUE(view.findChild<QLabel*>(QStringLiteral("chainCardSummaryLabel"))->text().startsWith(QStringLiteral("Not trusted")));
}

TEST(ChainCardView, ExpiredLeafIsRedAndSaysHowLongAgo)
{
    ChainStore store;
    Hierarchy pki = makeHierarchy(3);
    pki.leaf = makeLeafWith(pki.intermediates.first(), [](CertificateSpec& s) {
        s.notBefore = QDateTime::currentDateTimeUtc().addDays(-400);
        s.notAfter = QDateTime::currentDateTimeUtc().addDays(-4).addSecs(-3600);
    });
    store.install(pki);
    ChainCardView view;
    view.showChain(store.chainOf(pki.leaf.cert));

    ASSERT_EQ(view.cards().size(), 3);
    ChainCard* leaf = view.cards().last();
    EXPECT_EQ(leaf->property("statusKind").toString(), QStringLiteral("error"));
    EXPECT_EQ(leaf->accent(), UrgencyColors::text(Urgency::Critical, leaf->palette()));
    EXPECT_TRUE(textOf(leaf, "chainCardValidityLabel").contains(QStringLiteral("expired 4 days ago")));
    EXPECT_TRUE(textOf(leaf, "chainCardStatusLabel").contains(QStringLiteral("Expired.")));
    EXPECT_TRUE(textOf(leaf, "chainCardStatusLabel").contains(QStringLiteral("Renew it")));
    EXPECT_EQ(view.cards().first()->property("statusKind").toString(), QStringLiteral("ok"));
}

TEST(ChainCardView, DaysLeftInWords)
{
    const Hierarchy pki = makeHierarchy(3);
    const QDateTime notAfter = pki.leaf.cert.notAfter();
    EXPECT_EQ(ChainCard::daysLeftText(pki.leaf.cert, notAfter.addDays(-23).addSecs(-60)), QStringLiteral("expires in 23 days"));
    EXPECT_EQ(ChainCard::daysLeftText(pki.leaf.cert, notAfter.addSecs(-60)), QStringLiteral("expires today"));
    EXPECT_EQ(ChainCard::daysLeftText(pki.leaf.cert, notAfter.addSecs(60)), QStringLiteral("expired today"));
    EXPECT_EQ(ChainCard::daysLeftText(pki.leaf.cert, notAfter.addDays(4).addSecs(60)), QStringLiteral("expired 4 days ago"));
    EXPECT_EQ(ChainCard::daysLeftText(pki.leaf.cert, notAfter.addDays(1).addSecs(60)), QStringLiteral("expired yesterday"));
    EXPECT_EQ(ChainCard::daysLeftText(pki.leaf.cert, notAfter.addDays(-1).addSecs(-60)), QStringLiteral("expires in 1 day"));
    EXPECT_EQ(ChainCard::daysLeftText(pki.leaf.cert, pki.leaf.cert.notBefore().addDays(-3)), QStringLiteral("starts in 3 days"));
}

TEST(ChainCardView, ClickingACardEmitsItsThumbprint)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(4);
    store.install(pki, {.withKey = true, .skipIntermediate = 0});
    ChainCardView view;
    view.resize(640, 900);
    view.show();
    view.showChain(store.chainOf(pki.leaf.cert));
    QSignalSpy spy(&view, &ChainCardView::certificateActivated);
    ASSERT_EQ(view.cards().size(), 3);
    QTest::mouseClick(view.cards().at(1), Qt::LeftButton);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.takeFirst().at(0).toString(), pki.intermediates.at(1).cert.sha1());
    QTest::mouseClick(view.cards().at(2), Qt::LeftButton);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.takeFirst().at(0).toString(), pki.leaf.cert.sha1());
    // The gap has nothing to select.
    QTest::mouseClick(view.cards().at(0), Qt::LeftButton);
    EXPECT_EQ(spy.count(), 0);
}

TEST(ChainCardView, CardsTakeFocusAndEnterActivates)
{
    ChainStore store;
    const Hierarchy pki = makeHierarchy(3);
    store.install(pki);
    ChainCardView view;
    view.resize(640, 700);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.showChain(store.chainOf(pki.leaf.cert));
    QSignalSpy spy(&view, &ChainCardView::certificateActivated);
    for (ChainCard* card : view.cards())
        EXPECT_EQ(card->focusPolicy(), Qt::StrongFocus);

    ChainCard* root = view.cards().first();
    root->setFocus();
    QTest::keyClick(root, Qt::Key_Return);
    QTest::keyClick(root, Qt::Key_Enter);
    QTest::keyClick(root, Qt::Key_Space);
    ASSERT_EQ(spy.count(), 3);
    EXPECT_EQ(spy.at(0).at(0).toString(), pki.root.cert.sha1());
    // Down moves to the card the root issued.
    ASSERT_EQ(QApplication::focusWidget(), root);
    QTest::keyClick(root, Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), view.cards().at(1));
    QTest::keyClick(view.cards().at(1), Qt::Key_Up);
    EXPECT_EQ(QApplication::focusWidget(), root);
}

TEST(ChainCardView, OneToSixLevelsAndTallChainsScroll)
{
    for (int levels = 1; levels <= 6; ++levels) {
        ChainStore store;
        const Hierarchy pki = makeLevels(levels);
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, pki.root.cert);
        for (const Issued& i : pki.intermediates)
            change.addCertificate(StoreKind::Intermediate, i.cert);
        if (levels > 1)
            change.addCertificateWithKey(StoreKind::Personal, pki.leaf.cert, pki.leaf.key);
        ASSERT_TRUE(store.temp.store->commit(change));
        const ChainResult chain = store.chainOf(pki.leaf.cert);
        ASSERT_TRUE(chain.trusted) << levels;

        ChainCardView view;
        view.resize(600, 420);
        view.show();
        view.showChain(chain);
        QCoreApplication::processEvents();
        ASSERT_EQ(view.cards().size(), levels);
        EXPECT_EQ(view.cards().last()->sha1(), pki.leaf.cert.sha1());
        EXPECT_EQ(view.cards().first()->sha1(), pki.root.cert.sha1());
        EXPECT_EQ(connectorsOf(view).size(), levels - 1);
        if (levels == 1) {
            EXPECT_EQ(textOf(view.cards().first(), "chainCardRoleLabel"), QStringLiteral("This certificate, trusted root"));
        }
        auto* scroll = view.findChild<QScrollArea*>(QStringLiteral("chainScrollArea"));
        if (levels >= 4) {
            EXPECT_GT(scroll->verticalScrollBar()->maximum(), 0) << levels;
        }
        if (levels == 1) {
            EXPECT_EQ(scroll->verticalScrollBar()->maximum(), 0);
        }
    }
}

TEST(ChainCardView, DarkPaletteRecoloursCards)
{
    ChainStore store;
    Hierarchy pki = makeHierarchy(3);
    pki.leaf = makeLeafWith(pki.intermediates.first(), [](CertificateSpec& s) {
        s.notAfter = QDateTime::currentDateTimeUtc().addDays(-2);
    });
    store.install(pki);
    ChainCardView view;
    view.showChain(store.chainOf(pki.leaf.cert));
    ChainCard* leaf = view.cards().last();
    const QColor light = leaf->accent();
    view.setPalette(darkPalette());
    const QColor dark = leaf->accent();
    EXPECT_NE(light, dark);
    EXPECT_EQ(dark, UrgencyColors::text(Urgency::Critical, darkPalette()));
    EXPECT_GT(dark.lightnessF(), 0.5);
    // The status words inside the rich text follow the palette too.
    EXPECT_TRUE(textOf(leaf, "chainCardStatusLabel").contains(dark.name()));
    EXPECT_FALSE(textOf(leaf, "chainCardStatusLabel").contains(light.name()));
}
