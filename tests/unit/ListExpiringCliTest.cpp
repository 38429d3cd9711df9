// SPDX-License-Identifier: GPL-3.0-or-later
// certpilot-cli list --expiring DAYS, as a cron job runs it: only certificates
// that expire within DAYS days or have expired, soonest first, in text and JSON.

#include "InProcessCli.h"
#include "StoreChange.h"
#include "TestPki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class ListExpiringCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Issued ca = makeRoot(QStringLiteral("Expiring Test CA"), now.addDays(-400), now.addDays(20));
        for (int days : {-3, 10, 29, 31, 200}) {
            const QString cn = QStringLiteral("in%1.example").arg(days);
            m_leaves << makeLeaf(ca, cn, {cn}, now.addDays(days - 365), now.addDays(days));
        }
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, ca.cert);   // 20 days left too
        for (const Issued& leaf : m_leaves)
            change.addCertificate(StoreKind::Personal, leaf.cert);
        ASSERT_TRUE(m_store.store->commit(change).ok());
    }
    TempStore m_store;
    QList<Issued> m_leaves;
};

} // namespace

TEST_F(ListExpiringCliTest, ListsOnlyWhatExpiresWithinTheDaysSoonestFirst)
{
    const CliRun r = runCliCommand(QStringLiteral("list"), {QStringLiteral("--in"), QStringLiteral("personal"),
                                                           QStringLiteral("--expiring"), QStringLiteral("30")},
                                   m_store.path());
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(lines.at(0).contains(m_leaves.at(0).cert.sha1()) && lines.at(0).endsWith(QLatin1String("in-3.example")));
    EXPECT_TRUE(lines.at(1).endsWith(QLatin1String("in10.example")));
    EXPECT_TRUE(lines.at(2).endsWith(QLatin1String("in29.example")));
    EXPECT_FALSE(r.out.contains(QLatin1String("in31.example")));
}

TEST_F(ListExpiringCliTest, WithoutInItCoversEveryStoreInJson)
{
    const CliRun r = runCliCommand(QStringLiteral("list"), {QStringLiteral("--expiring"), QStringLiteral("30")},
                                   m_store.path(), true);
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 4) << r.out.toStdString();   // three leaves and the CA
    QStringList stores;
    for (const QJsonValue& v : array)
        stores << v.toObject().value(QStringLiteral("store")).toString();
    EXPECT_EQ(stores.count(QStringLiteral("personal")), 3);
    EXPECT_EQ(stores.count(QStringLiteral("root")), 1);
}

TEST_F(ListExpiringCliTest, ZeroListsTheExpiredOnesAndBadDaysAreAUsageError)
{
    const CliRun zero = runCliCommand(QStringLiteral("list"), {QStringLiteral("--expiring"), QStringLiteral("0")},
                                      m_store.path());
    ASSERT_EQ(zero.exit, 0);
    EXPECT_EQ(zero.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1) << zero.out.toStdString();
    EXPECT_TRUE(zero.out.contains(QLatin1String("in-3.example")));
    for (const QString& bad : {QStringLiteral("soon"), QStringLiteral("-1")}) {
        const CliRun r = runCliCommand(QStringLiteral("list"), {QStringLiteral("--expiring"), bad}, m_store.path());
        EXPECT_NE(r.exit, 0) << bad.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String("--expiring takes a number of days"))) << r.err.toStdString();
    }
}
