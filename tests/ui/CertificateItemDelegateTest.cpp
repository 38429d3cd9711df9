// SPDX-License-Identifier: GPL-3.0-or-later
// How the table shows urgency and status, checked on the style option the
// delegate builds (what gets painted), in a light and a dark palette.

#include "CertificateItemDelegate.h"
#include "CertificateTableModel.h"
#include "UiFixture.h"
#include "UrgencyColors.h"

using namespace certpilot;
using namespace certpilot::test;

namespace {

class CertificateItemDelegateTest : public UiFixture {
protected:
    QStyleOptionViewItem optionFor(const QString& name, int column, const QPalette& palette)
    {
        QTableView* view = table();
        auto* delegate = qobject_cast<CertificateItemDelegate*>(view->itemDelegate());
        EXPECT_NE(delegate, nullptr);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.palette = palette;
        delegate->initStyleOption(&option, view->model()->index(rowOf(view, name), column));
        return option;
    }
    static QPalette light()
    {
        QPalette p;
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::Text, Qt::black);
        return p;
    }
    static QPalette dark()
    {
        QPalette p;
        p.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        return p;
    }
};

TEST_F(CertificateItemDelegateTest, DaysLeftIsColouredByUrgency)
{
    open();
    const int days = CertificateTableModel::DaysLeft;
    const auto expired = optionFor("old.example.com", days, light());
    EXPECT_EQ(expired.palette.color(QPalette::Text), UrgencyColors::text(Urgency::Expired, light()));
    EXPECT_TRUE(expired.font.bold());
    EXPECT_TRUE(expired.text.startsWith("expired ")) << expired.text.toStdString();

    const auto soon = optionFor("mail.example.com", days, light());  // 20 days: under 30
    EXPECT_EQ(soon.palette.color(QPalette::Text), UrgencyColors::text(Urgency::Warning, light()));
    EXPECT_FALSE(soon.font.bold());

    const auto fine = optionFor("www.example.com", days, light());
    EXPECT_EQ(fine.palette.color(QPalette::Text), QColor(Qt::black));
}

TEST_F(CertificateItemDelegateTest, DarkPalettesGetLighterShades)
{
    open();
    const auto expired = optionFor("old.example.com", CertificateTableModel::DaysLeft, dark());
    const QColor color = expired.palette.color(QPalette::Text);
    EXPECT_EQ(color, UrgencyColors::text(Urgency::Expired, dark()));
    EXPECT_NE(color, UrgencyColors::text(Urgency::Expired, light()));
    EXPECT_GT(color.lightnessF(), 0.5);
}

TEST_F(CertificateItemDelegateTest, ThresholdsAreSixtyThirtySeven)
{
    const ExpiryThresholds t;
    const QPalette p = light();
    EXPECT_FALSE(UrgencyColors::text(t.urgency(60, false), p).isValid());
    EXPECT_EQ(UrgencyColors::text(t.urgency(59, false), p), UrgencyColors::text(Urgency::Notice, p));
    EXPECT_EQ(UrgencyColors::text(t.urgency(29, false), p), UrgencyColors::text(Urgency::Warning, p));
    EXPECT_EQ(UrgencyColors::text(t.urgency(6, false), p), UrgencyColors::text(Urgency::Expired, p));
    EXPECT_NE(UrgencyColors::text(Urgency::Notice, p), UrgencyColors::text(Urgency::Warning, p));
}

TEST_F(CertificateItemDelegateTest, StatusColumnHasAnIconAndText)
{
    open();
    const auto ok = optionFor("www.example.com", CertificateTableModel::Status, light());
    EXPECT_FALSE(ok.icon.isNull());
    EXPECT_TRUE(ok.features & QStyleOptionViewItem::HasDecoration);
    EXPECT_EQ(ok.text, "OK");
    const auto expired = optionFor("old.example.com", CertificateTableModel::Status, light());
    EXPECT_EQ(expired.text, "Expired");
    EXPECT_NE(expired.icon.cacheKey(), ok.icon.cacheKey());
}

} // namespace
