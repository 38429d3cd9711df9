// SPDX-License-Identifier: GPL-3.0-or-later
#include "BindingUiFixture.h"

#include "binding/ProbeDialog.h"
#include "binding/ProbeReportView.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

TEST(ProbeDialogTest, ChecksALiveSiteTypedByTheUser)
{
    if (e2e::NginxServer::binary().isEmpty())
        GTEST_SKIP() << "nginx is not installed (Debian package nginx; scripts/install-deps installs it)";
    BindingUiWorld world;
    ASSERT_TRUE(world.started()) << world.startError.toStdString();
    ProbeDialog dialog(world.session.get());
    dialog.show();
    auto* check = find<QPushButton>(&dialog, "probePushButton");
    EXPECT_FALSE(check->isEnabled());
    QTest::keyClicks(find<QLineEdit>(&dialog, "hostLineEdit"), QStringLiteral("127.0.0.1:%1").arg(world.tlsPort));
    QTest::keyClicks(find<QLineEdit>(&dialog, "sniLineEdit"), QStringLiteral("www.e2e.test"));
    ASSERT_TRUE(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !dialog.isProbing(); }));
    // "host:port" in the host field moves the port where it belongs.
    EXPECT_EQ(find<QSpinBox>(&dialog, "portSpinBox")->value(), world.tlsPort);
    EXPECT_EQ(find<QLineEdit>(&dialog, "hostLineEdit")->text(), QStringLiteral("127.0.0.1"));
    const QString text = dialog.report()->toPlainText();
    EXPECT_TRUE(text.contains(QLatin1String("serves a complete, trusted chain"))) << text.toStdString();
    EXPECT_TRUE(text.contains(e2e::E2ePki::get().old.cert.sha1()));
    EXPECT_TRUE(text.contains(e2e::E2ePki::get().intermediate().sha1()));
    EXPECT_TRUE(text.contains(QLatin1String("The certificate covers www.e2e.test")));

    // Told what should be there (the new certificate), it reports case 9.
    dialog.setTarget(QStringLiteral("127.0.0.1"), world.tlsPort, QStringLiteral("www.e2e.test"),
                     e2e::E2ePki::get().leaf().cert.sha1());
    dialog.startProbe();
    ASSERT_TRUE(waitFor([&] { return !dialog.isProbing(); }));
    EXPECT_TRUE(dialog.report()->toPlainText().contains(QLatin1String("different certificate than the one bound")));
}

TEST(ProbeDialogTest, AClosedPortIsExplained)
{
    BindingUiWorld world(false);
    ProbeDialog dialog(world.session.get());
    dialog.show();
    dialog.setTarget(QStringLiteral("127.0.0.1"), e2e::WebServer::freePort(), {});
    dialog.startProbe();
    ASSERT_TRUE(waitFor([&] { return !dialog.isProbing(); }));
    EXPECT_TRUE(dialog.report()->toPlainText().contains(QLatin1String("refused the connection")))
        << dialog.report()->toPlainText().toStdString();
    EXPECT_TRUE(find<QPushButton>(&dialog, "probePushButton")->isEnabled());
}

} // namespace
