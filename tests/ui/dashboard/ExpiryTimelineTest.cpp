// SPDX-License-Identifier: GPL-3.0-or-later
// The validity timeline on a real store: one bar per certificate with its
// dates and the colour of its status, today and the 7/30/60-day bands where
// they belong, clicks selecting a certificate.

#include "DashboardFixture.h"
#include "dashboard/DashboardWindow.h"
#include "dashboard/ExpiryTimeline.h"

#include "StoreChange.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <qcustomplot.h>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

struct Expected {
    const char* cn;
    int daysLeft;
    Urgency urgency;
};

const QList<Expected> kFixtures = {
    {"expired.example", -10, Urgency::Expired},   {"five.example", 5, Urgency::Critical},
    {"twenty.example", 20, Urgency::Warning},     {"fortyfive.example", 45, Urgency::Notice},
    {"twohundred.example", 200, Urgency::None},
};

class ExpiryTimelineTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_store = new DashboardStore;
        QList<Issued> leaves;
        for (const Expected& f : kFixtures)
            leaves << s_store->makeExpiring(QString::fromLatin1(f.cn), f.daysLeft);
        s_leaves = new QList<Issued>(leaves);
        s_store->addPersonal(leaves);
        // Not in the Personal store: only with "all stores".
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, s_store->ca.cert);
        ASSERT_TRUE(s_store->temp.store->commit(change).ok());
    }
    static void TearDownTestSuite()
    {
        delete s_leaves;
        delete s_store;
    }
    static DashboardStore* s_store;
    static QList<Issued>* s_leaves;

    std::unique_ptr<ExpiryTimeline> makeTimeline()
    {
        auto timeline = std::make_unique<ExpiryTimeline>();
        timeline->resize(900, 500);
        timeline->setNow(s_store->now);
        timeline->setEntries(s_store->temp.store->load()->entries);
        timeline->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(timeline.get()));
        timeline->plot()->replot();
        return timeline;
    }
};
DashboardStore* ExpiryTimelineTest::s_store = nullptr;
QList<Issued>* ExpiryTimelineTest::s_leaves = nullptr;

} // namespace

TEST_F(ExpiryTimelineTest, OneBarPerPersonalCertificateWithItsDatesAndStatusColour)
{
    auto timeline = makeTimeline();
    const QList<ExpiryTimeline::Bar>& bars = timeline->bars();
    ASSERT_EQ(bars.size(), kFixtures.size()) << "the root is not in the Personal store";
    // Soonest expiry first: the fixtures are listed in that order.
    for (int i = 0; i < kFixtures.size(); ++i) {
        const ExpiryTimeline::Bar& bar = bars.at(i);
        const Certificate& cert = s_leaves->at(i).cert;
        SCOPED_TRACE(kFixtures.at(i).cn);
        EXPECT_EQ(bar.sha1, cert.sha1());
        EXPECT_EQ(bar.label, QString::fromLatin1(kFixtures.at(i).cn));
        EXPECT_EQ(bar.row, i);
        EXPECT_EQ(bar.start, cert.notBefore());
        EXPECT_EQ(bar.end, cert.notAfter());
        EXPECT_EQ(bar.end, s_store->now.addDays(kFixtures.at(i).daysLeft));
        EXPECT_EQ(bar.urgency, kFixtures.at(i).urgency);
        EXPECT_EQ(bar.colour, ExpiryTimeline::colour(kFixtures.at(i).urgency, timeline->palette()));
    }
    // Five colours, all different: a status can be told from its neighbours.
    QSet<QRgb> colours;
    for (const ExpiryTimeline::Bar& bar : bars)
        colours.insert(bar.colour.rgb());
    EXPECT_EQ(colours.size(), 5);
}

TEST_F(ExpiryTimelineTest, ThePlotHoldsEachBarOnceInTheSeriesOfItsStatus)
{
    auto timeline = makeTimeline();
    QCustomPlot* plot = timeline->plot();
    int points = 0;
    for (int p = 0; p < plot->plottableCount(); ++p) {
        auto* series = qobject_cast<QCPFinancial*>(plot->plottable(p));
        if (!series)
            continue;
        for (auto it = series->data()->constBegin(); it != series->data()->constEnd(); ++it) {
            ++points;
            const ExpiryTimeline::Bar& bar = timeline->bars().at(int(it->key));
            EXPECT_DOUBLE_EQ(it->open, ExpiryTimeline::key(bar.start));
            EXPECT_DOUBLE_EQ(it->close, ExpiryTimeline::key(bar.end));
            EXPECT_EQ(series->brush().color(), bar.colour) << bar.label.toStdString();
            EXPECT_EQ(series->name(), ExpiryTimeline::statusName(bar.urgency, ExpiryThresholds{}));
        }
    }
    EXPECT_EQ(points, kFixtures.size());
}

TEST_F(ExpiryTimelineTest, TodayLineAndBandsSitAtTodayAndTheThresholds)
{
    auto timeline = makeTimeline();
    const double today = ExpiryTimeline::key(s_store->now);
    EXPECT_DOUBLE_EQ(timeline->todayLine()->point1->coords().x(), today);
    EXPECT_DOUBLE_EQ(timeline->todayLine()->point2->coords().x(), today);
    const int edges[] = {0, 7, 30, 60};
    for (int i = 0; i < 3; ++i) {
        EXPECT_DOUBLE_EQ(timeline->bands()[i]->topLeft->coords().x(), ExpiryTimeline::key(s_store->now.addDays(edges[i])));
        EXPECT_DOUBLE_EQ(timeline->bands()[i]->bottomRight->coords().x(),
                         ExpiryTimeline::key(s_store->now.addDays(edges[i + 1])));
    }
    // Other thresholds (the settings) move the bands and change the statuses.
    timeline->setThresholds(ExpiryThresholds{250, 50, 21});
    EXPECT_DOUBLE_EQ(timeline->bands()[0]->bottomRight->coords().x(), ExpiryTimeline::key(s_store->now.addDays(21)));
    EXPECT_DOUBLE_EQ(timeline->bands()[2]->bottomRight->coords().x(), ExpiryTimeline::key(s_store->now.addDays(250)));
    const QList<Urgency> now = {Urgency::Expired, Urgency::Critical, Urgency::Critical, Urgency::Warning,
                                Urgency::Notice};
    for (int i = 0; i < now.size(); ++i)
        EXPECT_EQ(timeline->bars().at(i).urgency, now.at(i)) << kFixtures.at(i).cn;
}

TEST_F(ExpiryTimelineTest, ClickingABarEmitsItsThumbprint)
{
    auto timeline = makeTimeline();
    QSignalSpy activated(timeline.get(), &ExpiryTimeline::certificateActivated);
    for (int i = 0; i < kFixtures.size(); ++i) {
        const QPoint at = timeline->barCenter(i);
        EXPECT_EQ(timeline->barAt(at), i);
        QTest::mouseClick(timeline->plot(), Qt::LeftButton, {}, at);
        ASSERT_EQ(activated.size(), i + 1);
        EXPECT_EQ(activated.last().first().toString(), s_leaves->at(i).cert.sha1()) << kFixtures.at(i).cn;
    }
    // Between two rows, or left of every bar: nothing.
    const QPoint gap(timeline->barCenter(0).x(),
                     (timeline->barCenter(0).y() + timeline->barCenter(1).y()) / 2);
    QTest::mouseClick(timeline->plot(), Qt::LeftButton, {}, gap);
    EXPECT_EQ(activated.size(), kFixtures.size());
}

TEST_F(ExpiryTimelineTest, HoveringABarNamesTheCertificateAndItsDates)
{
    auto timeline = makeTimeline();
    QTest::mouseMove(timeline->plot(), timeline->barCenter(1));
    ASSERT_TRUE(waitUntil([] { return QToolTip::isVisible(); }, 5000));
    const QString tip = QToolTip::text();
    EXPECT_TRUE(tip.contains(QStringLiteral("five.example"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Days left: 5"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(s_leaves->at(1).cert.notAfter().date().toString(Qt::ISODate)));
    EXPECT_TRUE(tip.contains(s_leaves->at(1).cert.sha1()));
    EXPECT_EQ(timeline->plot()->cursor().shape(), Qt::PointingHandCursor);
}

TEST_F(ExpiryTimelineTest, AllStoresAddsTheCaCertificate)
{
    auto timeline = makeTimeline();
    timeline->setAllStores(true);
    ASSERT_EQ(timeline->bars().size(), kFixtures.size() + 1);
    bool found = false;
    for (const ExpiryTimeline::Bar& bar : timeline->bars())
        found = found || bar.sha1 == s_store->ca.cert.sha1();
    EXPECT_TRUE(found);
}

TEST_F(ExpiryTimelineTest, DashboardFollowsTheSessionAndForwardsClicks)
{
    auto session = s_store->openSession();
    DashboardWindow window(session.get());
    window.timeline()->setNow(s_store->now);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_EQ(window.timeline()->bars().size(), kFixtures.size());
    QSignalSpy activated(&window, &DashboardWindow::certificateActivated);
    QTest::mouseClick(window.timeline()->plot(), Qt::LeftButton, {}, window.timeline()->barCenter(2));
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.first().first().toString(), s_leaves->at(2).cert.sha1());
    auto* summary = window.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->text(), QStringLiteral("Certificates: 5  \u2014  expired: 1, under 7 days: 1, "
                                              "under 30 days: 1, under 60 days: 1"));
}
