// SPDX-License-Identifier: GPL-3.0-or-later
// The Diagnose dialog on real stores: failures first with the reason and what
// to do, the verdict naming what to fix first, and Check Site probing a real
// TLS server on loopback without blocking the window.

#include "DiagnosticsUiFixture.h"
#include "LocalTlsServer.h"
#include "diagnostics/Diagnostician.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

std::unique_ptr<DiagnosticsDialog> diagnose(StoreSession* session, const QString& sha1)
{
    auto dialog = std::make_unique<DiagnosticsDialog>(session, sha1);
    dialog->show();
    dialog->start();
    EXPECT_TRUE(dialog->isBusy());
    EXPECT_TRUE(find<QWidget>(dialog.get(), "diagnoseProgressBar")->isVisible());
    EXPECT_TRUE(waitFor([&] { return !dialog->isBusy(); }));
    EXPECT_FALSE(find<QWidget>(dialog.get(), "diagnoseProgressBar")->isVisible());
    return dialog;
}

QString verdictLevel(DiagnosticsDialog& dialog)
{
    return find<QLabel>(&dialog, "verdictLabel")->property("level").toString();
}

} // namespace

TEST(DiagnosticsDialog, AMissingKeyIsListedFirstWithWhatToDo)
{
    DiagnosticsStore store;
    store.install(store.pki.leaf, false);
    auto session = store.openSession();
    auto dialog = diagnose(session.get(), store.pki.leaf.cert.sha1());

    ASSERT_TRUE(dialog->report().has_value());
    const auto rows = rowsOf(*dialog);
    EXPECT_EQ(rows.size(), Diagnostician::checkIds().size());
    const CheckRow& key = rows[QStringLiteral("private-key-missing")];
    EXPECT_EQ(key.verdict, QStringLiteral("fail"));
    EXPECT_EQ(key.title, QStringLiteral("Private key present"));
    EXPECT_TRUE(key.fix.startsWith(QLatin1String("What to do: Only the original key"))) << key.fix.toStdString();
    EXPECT_EQ(rows[QStringLiteral("validity")].verdict, QStringLiteral("pass"));
    EXPECT_TRUE(rows[QStringLiteral("validity")].fix.isEmpty());
    EXPECT_EQ(rows[QStringLiteral("served-chain")].verdict, QStringLiteral("not-applicable"));
    // Failures first, what did not apply last.
    const QStringList order = rowOrder(*dialog);
    ASSERT_EQ(order.size(), rows.size());
    EXPECT_EQ(order.first(), QStringLiteral("private-key-missing"));
    EXPECT_EQ(rows[order.last()].verdict, QStringLiteral("not-applicable"));
    EXPECT_EQ(verdictLevel(*dialog), QStringLiteral("fail"));
    EXPECT_EQ(find<QLabel>(dialog.get(), "verdictLabel")->text(),
              QStringLiteral("1 problem(s) found. Fix first: Private key present."));
    EXPECT_FALSE(find<QPushButton>(dialog.get(), "checkSitePushButton")->isEnabled());   // no host typed
}

TEST(DiagnosticsDialog, AGoodCertificatePassesAndCheckSiteProbesTheLiveServer)
{
    DiagnosticsStore store;
    store.install(store.pki.leaf);
    auto session = store.openSession();
    auto dialog = diagnose(session.get(), store.pki.leaf.cert.sha1());
    EXPECT_EQ(verdictLevel(*dialog), QStringLiteral("pass"));
    EXPECT_EQ(rowsOf(*dialog)[QStringLiteral("served-certificate")].verdict, QStringLiteral("not-applicable"));

    LocalTlsServer server(store.pki.leaf, {store.pki.intermediates[0].cert});
    auto* host = find<QLineEdit>(dialog.get(), "hostLineEdit");
    auto* checkSite = find<QPushButton>(dialog.get(), "checkSitePushButton");
    ASSERT_TRUE(host->isEnabled());
    QTest::keyClicks(host, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    ASSERT_TRUE(checkSite->isEnabled());
    QTest::mouseClick(checkSite, Qt::LeftButton);
    EXPECT_TRUE(dialog->isBusy());
    EXPECT_FALSE(checkSite->isEnabled());
    ASSERT_TRUE(waitFor([&] { return !dialog->isBusy(); }));
    ASSERT_TRUE(dialog->report().has_value());
    EXPECT_EQ(dialog->report()->endpoint, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    const auto rows = rowsOf(*dialog);
    EXPECT_EQ(rows[QStringLiteral("served-certificate")].verdict, QStringLiteral("pass"));
    EXPECT_EQ(rows[QStringLiteral("served-chain")].verdict, QStringLiteral("pass"));
    EXPECT_EQ(rows[QStringLiteral("weak-protocol")].verdict, QStringLiteral("pass"));
    // The name checked is the one typed: an address the certificate does not carry.
    EXPECT_EQ(rows[QStringLiteral("host-name")].verdict, QStringLiteral("fail"));
    EXPECT_GE(server.connections(), 1);
    EXPECT_TRUE(checkSite->isEnabled());
}

TEST(DiagnosticsDialog, ASiteServingOnlyTheLeafFailsTheChainCheckAndTheReportIsCopied)
{
    DiagnosticsStore store;
    store.install(store.pki.leaf);
    auto session = store.openSession();
    LocalTlsServer server(store.pki.leaf, {});
    auto dialog = std::make_unique<DiagnosticsDialog>(session.get(), store.pki.leaf.cert.sha1());
    dialog->setHost(QStringLiteral("127.0.0.1:%1").arg(server.port()));
    dialog->show();
    dialog->start();
    ASSERT_TRUE(waitFor([&] { return !dialog->isBusy(); }));
    const auto rows = rowsOf(*dialog);
    const CheckRow& chain = rows[QStringLiteral("served-chain")];
    EXPECT_EQ(chain.verdict, QStringLiteral("fail"));
    EXPECT_TRUE(chain.reason.contains(QLatin1String("only its own certificate"))) << chain.reason.toStdString();
    EXPECT_TRUE(chain.fix.contains(QLatin1String("fullchain.pem")));

    QTest::mouseClick(find<QPushButton>(dialog.get(), "copyReportPushButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(QStringLiteral("[FAIL] Site serves the full chain (served-chain)"))) << copied.toStdString();
    EXPECT_TRUE(copied.contains(store.pki.leaf.cert.sha1()));
}

TEST(DiagnosticsDialog, AnUnknownThumbprintSaysSo)
{
    DiagnosticsStore store;
    store.install(store.pki.leaf);
    auto session = store.openSession();
    auto dialog = diagnose(session.get(), QStringLiteral("0011223344556677889900112233445566778899"));
    ASSERT_TRUE(dialog->error().has_value());
    EXPECT_EQ(dialog->error()->kind, ErrorKind::NotFound);
    EXPECT_EQ(verdictLevel(*dialog), QStringLiteral("error"));
    EXPECT_TRUE(rowsOf(*dialog).isEmpty());
}
