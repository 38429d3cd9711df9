// SPDX-License-Identifier: GPL-3.0-or-later
// The store's friendly names and inventory fields: what is written is read
// back, fields of other features are kept, and times read as Qt reads them.

#include "pemdir/StoreProperties.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace certpilot;

TEST(StorePropertiesTest, AnEntryReadsBackWithTheFieldsOfOtherFeatures)
{
    StoreProperties::Entry e;
    e.friendlyName = QStringLiteral("www 2027 (續期)");
    e.added = QDateTime(QDate(2026, 11, 23), QTime(8, 36, 16), Qt::UTC);
    e.owner = QStringLiteral("ops");
    e.notes = QStringLiteral("line 1\nline 2");
    e.extra.insert(QStringLiteral("renewal"), QJsonObject{{QStringLiteral("step"), 3}});
    StoreProperties props;
    props.insert(StoreProperties::key(QStringLiteral("personal"), QStringLiteral("ab12")), e);
    StoreProperties again;
    ASSERT_TRUE(again.parse(props.serialize()));
    const StoreProperties::Entry back = again.value(QStringLiteral("personal/AB12"));
    EXPECT_EQ(back.friendlyName, e.friendlyName);
    EXPECT_EQ(back.added, e.added);
    EXPECT_EQ(back.owner, e.owner);
    EXPECT_EQ(back.notes, e.notes);
    EXPECT_EQ(back.extra, e.extra);
    EXPECT_FALSE(back.extra.contains(QStringLiteral("added")));
}

TEST(StorePropertiesTest, TimesReadAsQtsIsoParserReadsThem)
{
    for (const char* text : {"2026-11-23T08:36:16Z", "1999-12-31T23:59:59Z", "2024-02-29T00:00:00Z",
                             "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-23T24:00:01Z",
                             "2026-11-23T08:36:16+02:00", "2026-11-23T08:36:16.250Z", "2026-11-23T08:36:16",
                             "2026-11-23 08:36:16Z", "20261123T083616Z", "", "garbage-and-more-text",
                             "2026-1a-23T08:36:16Z", "-026-11-23T08:36:16Z"}) {
        const QString s = QString::fromLatin1(text);
        const QDateTime ours = StoreProperties::parseTime(s);
        const QDateTime qts = QDateTime::fromString(s, Qt::ISODate);
        EXPECT_EQ(ours.isValid(), qts.isValid()) << text;
        if (qts.isValid())
            EXPECT_EQ(ours.toMSecsSinceEpoch(), qts.toMSecsSinceEpoch()) << text;
    }
    // Digits outside ASCII are not digits here.
    const QString wide = QStringLiteral("２０２６-11-23T08:36:16Z");
    EXPECT_EQ(StoreProperties::parseTime(wide).isValid(), QDateTime::fromString(wide, Qt::ISODate).isValid());
}
