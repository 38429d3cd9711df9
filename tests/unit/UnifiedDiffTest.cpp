// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/UnifiedDiff.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace certpilot;

namespace {

QString numbered(int from, int to, const QString& prefix = QStringLiteral("line"))
{
    QString out;
    for (int i = from; i <= to; ++i)
        out += prefix + QString::number(i) + QLatin1Char('\n');
    return out;
}

TEST(UnifiedDiffTest, EqualTextsGiveNothing)
{
    EXPECT_TRUE(UnifiedDiff::make(QStringLiteral("a\n"), QStringLiteral("a\n"), "a", "b").isEmpty());
}

TEST(UnifiedDiffTest, OneChangedLineWithThreeLinesOfContext)
{
    const QString before = numbered(1, 10);
    QString after = before;
    after.replace(QLatin1String("line5\n"), QLatin1String("five\n"));
    EXPECT_EQ(UnifiedDiff::make(before, after, "a/f", "b/f"),
              QStringLiteral("--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n line2\n line3\n line4\n-line5\n+five\n line6\n"
                             " line7\n line8\n"));
}

TEST(UnifiedDiffTest, InsertionsAndSeparateHunks)
{
    const QString before = numbered(1, 20);
    QString after = before;
    after.replace(QLatin1String("line2\n"), QLatin1String("line2\nnew-a\nnew-b\n"));
    after.replace(QLatin1String("line18\n"), QString());
    EXPECT_EQ(UnifiedDiff::make(before, after, "x", "x"),
              QStringLiteral("--- x\n+++ x\n@@ -1,5 +1,7 @@\n line1\n line2\n+new-a\n+new-b\n line3\n line4\n line5\n"
                             "@@ -15,6 +17,5 @@\n line15\n line16\n line17\n-line18\n line19\n line20\n"));
}

TEST(UnifiedDiffTest, AppendingToAnEmptyFile)
{
    EXPECT_EQ(UnifiedDiff::make(QString(), QStringLiteral("a\nb\n"), "x", "x"),
              QStringLiteral("--- x\n+++ x\n@@ -0,0 +1,2 @@\n+a\n+b\n"));
}

} // namespace
