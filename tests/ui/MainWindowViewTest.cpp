// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's views on the demo store: tree, table, filter, details.

#include "CertificateTableModel.h"
#include "ChainStatus.h"
#include "PathTab.h"
#include "UiFixture.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class MainWindowViewTest : public UiFixture {
protected:
    QString label(const char* name) const { return find<QLabel>(name)->text(); }

    // Field name -> full value, from the Details tab.
    QMap<QString, QString> detailFields() const
    {
        QMap<QString, QString> fields;
        for (QTreeWidgetItem* item : allItems(find<QTreeWidget>("detailsTreeWidget")))
            fields.insert(item->text(0), item->data(1, Qt::UserRole + 1).toString());
        return fields;
    }
    QList<QTreeWidgetItem*> pathNodes() const { return allItems(find<QTreeWidget>("pathTreeWidget")); }
};

TEST_F(MainWindowViewTest, ShowsPersonalCertificatesSortedByExpiryAndStoreCounts)
{
    open();
    QTableView* view = table();
    ASSERT_EQ(view->model()->rowCount(), 5);
    // Default order: Expires ascending, so what needs attention comes first.
    EXPECT_EQ(columnTexts(view, CertificateTableModel::IssuedTo),
              QStringList({"old.example.com", "mail.example.com", "api.example.tw", "www.example.com",
                           "shop.example.tw"}));
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(), int(CertificateTableModel::Expires));
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);

    QStringList tree;
    for (QTreeWidgetItem* item : allItems(find<QTreeWidget>("storeTreeWidget")))
        tree << item->text(0);
    EXPECT_EQ(tree, QStringList({"Personal (5)", "Trusted Root Certification Authorities (2)",
                                 "Intermediate Certification Authorities (3)",
                                 "Certificate Enrollment Requests (1)"}));
    EXPECT_EQ(label("countsLabel"), "Items: 5 · Expired: 1 · Expiring within 30 days: 1");
}

TEST_F(MainWindowViewTest, ClickingAHeaderSortsByThatColumn)
{
    open();
    QTableView* view = table();
    view->horizontalHeader()->setSortIndicator(CertificateTableModel::IssuedTo, Qt::AscendingOrder);
    EXPECT_EQ(columnTexts(view, CertificateTableModel::IssuedTo),
              QStringList({"api.example.tw", "mail.example.com", "old.example.com", "shop.example.tw",
                           "www.example.com"}));
}

TEST_F(MainWindowViewTest, TreeSelectsTheStoreShown)
{
    open();
    auto* tree = find<QTreeWidget>("storeTreeWidget");
    tree->setCurrentItem(tree->topLevelItem(1));
    EXPECT_EQ(table()->model()->rowCount(), 2);
    EXPECT_TRUE(columnTexts(table(), 0).contains("Formosa Trust Root CA"));
    tree->setCurrentItem(tree->topLevelItem(2));
    EXPECT_EQ(table()->model()->rowCount(), 3);
}

TEST_F(MainWindowViewTest, SelectingARowFillsGeneralAndDetails)
{
    open();
    const StoreEntry& www = entry(StoreKind::Personal, "www.example.com");
    ASSERT_TRUE(selectRow(table(), "www.example.com"));

    EXPECT_EQ(find<QStackedWidget>("detailsStackedWidget")->currentWidget(), find<QTabWidget>("detailsTabWidget"));
    EXPECT_EQ(label("issuedToLabel"), "www.example.com");
    EXPECT_EQ(label("issuedByLabel"), "CertPilot Demo Issuing CA");
    EXPECT_EQ(label("privateKeyLabel"), "You have a private key that corresponds to this certificate.");
    EXPECT_EQ(label("chainSummaryLabel"), "This certificate is OK.");
    EXPECT_EQ(label("friendlyNameLabel"), "Example web site 2026");
    EXPECT_EQ(label("daysLeftLabel"), QString::number(www.certificate.daysLeft()));

    const auto fields = detailFields();
    EXPECT_EQ(fields.value("Thumbprint (SHA-1)"), www.certificate.sha1());
    EXPECT_EQ(fields.value("Thumbprint (SHA-256)"), www.certificate.sha256());
    EXPECT_EQ(fields.value("Version"), "V3");
    EXPECT_EQ(fields.value("Signature algorithm"), www.certificate.signatureAlgorithm());
    EXPECT_TRUE(fields.value("Subject").contains("CN = www.example.com"));
    EXPECT_TRUE(fields.value("Issuer").contains("CN = CertPilot Demo Issuing CA"));
    EXPECT_TRUE(fields.value("Public key").startsWith("RSA 2048"));
    EXPECT_EQ(fields.value("Subject Alternative Name"), "DNS Name=www.example.com\nDNS Name=example.com");
    EXPECT_TRUE(fields.value("Basic Constraints (critical)").contains("End Entity")
                || fields.value("Basic Constraints").contains("End Entity"));
    EXPECT_TRUE(fields.contains("Subject Key Identifier"));
    EXPECT_TRUE(fields.contains("Authority Key Identifier"));
    EXPECT_TRUE(fields.value("Enhanced Key Usage").contains("Server Authentication")
                || fields.value("Enhanced Key Usage").contains("TLS Web Server Authentication"))
        << fields.value("Enhanced Key Usage").toStdString();
}

TEST_F(MainWindowViewTest, CtrlCCopiesTheSelectedDetailValue)
{
    open();
    const StoreEntry& www = entry(StoreKind::Personal, "www.example.com");
    ASSERT_TRUE(selectRow(table(), "www.example.com"));
    find<QTabWidget>("detailsTabWidget")->setCurrentIndex(1);
    auto* fields = find<QTreeWidget>("detailsTreeWidget");
    for (QTreeWidgetItem* item : allItems(fields)) {
        if (item->text(0) == "Thumbprint (SHA-1)")
            fields->setCurrentItem(item);
    }
    EXPECT_EQ(find<QPlainTextEdit>("detailsValueTextEdit")->toPlainText(), www.certificate.sha1());
    QApplication::clipboard()->clear();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    fields->setFocus();
    QTest::keyClick(fields, Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text(), www.certificate.sha1());
}

TEST_F(MainWindowViewTest, CertificateWithoutKeyExplainsWhatToDo)
{
    open();
    ASSERT_TRUE(selectRow(table(), "api.example.tw"));
    EXPECT_TRUE(label("privateKeyLabel").contains("no private key")) << label("privateKeyLabel").toStdString();
    EXPECT_TRUE(label("privateKeyLabel").contains("PFX"));
}

TEST_F(MainWindowViewTest, CertificationPathShowsEachChainRootFirst)
{
    open();
    ASSERT_TRUE(selectRow(table(), "www.example.com"));
    auto nodes = pathNodes();
    ASSERT_EQ(nodes.size(), 3);
    auto* path = find<QTreeWidget>("pathTreeWidget");
    ASSERT_EQ(path->topLevelItemCount(), 1);
    EXPECT_EQ(nodes[0]->text(0), "CertPilot Demo Root CA");
    EXPECT_EQ(nodes[1]->parent(), nodes[0]);
    EXPECT_EQ(nodes[2]->parent(), nodes[1]);
    EXPECT_EQ(nodes[2]->text(0), "www.example.com");
    EXPECT_EQ(path->currentItem(), nodes[2]);
    EXPECT_EQ(label("pathStatusLabel"), "This certificate is OK.");

    ASSERT_TRUE(selectRow(table(), "shop.example.tw"));
    nodes = pathNodes();
    ASSERT_EQ(nodes.size(), 4);
    EXPECT_EQ(nodes[0]->text(0), "Formosa Trust Root CA");
    EXPECT_EQ(nodes[3]->text(0), "shop.example.tw");
}

TEST_F(MainWindowViewTest, ExpiredLeafNodeSaysExpired)
{
    open();
    ASSERT_TRUE(selectRow(table(), "old.example.com"));
    const auto nodes = pathNodes();
    ASSERT_EQ(nodes.size(), 3);
    EXPECT_EQ(nodes.last()->data(0, PathTab::StatusRole).toInt(), int(ChainStatus::Expired));
    EXPECT_EQ(nodes.first()->data(0, PathTab::StatusRole).toInt(), int(ChainStatus::Ok));
    EXPECT_TRUE(label("pathStatusLabel").contains("expired")) << label("pathStatusLabel").toStdString();
    find<QTreeWidget>("pathTreeWidget")->setCurrentItem(nodes.first());
    EXPECT_EQ(label("pathStatusLabel"), "This certificate is OK.");
}

TEST_F(MainWindowViewTest, FilterNarrowsRows)
{
    open();
    auto* filter = find<QLineEdit>("filterLineEdit");
    EXPECT_EQ(filter->placeholderText(), "Filter by name, issuer, thumbprint…");
    QTest::keyClicks(filter, "shop.example");  // "Example Shop" is api's organisation too
    EXPECT_EQ(columnTexts(table(), 0), QStringList({"shop.example.tw"}));
    EXPECT_TRUE(label("countsLabel").startsWith("Shown: 1 of 5"));

    filter->clear();
    EXPECT_EQ(table()->model()->rowCount(), 5);
    QTest::keyClicks(filter, "formosa");  // the issuer, not the subject
    EXPECT_EQ(table()->model()->rowCount(), 2);

    filter->clear();
    QTest::keyClicks(filter, entry(StoreKind::Personal, "mail.example.com").certificate.sha1().left(12).toLower());
    EXPECT_EQ(columnTexts(table(), 0), QStringList({"mail.example.com"}));
}

TEST_F(MainWindowViewTest, FindActionFocusesTheFilter)
{
    open();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    table()->setFocus();
    action("findAction")->trigger();
    EXPECT_TRUE(find<QLineEdit>("filterLineEdit")->hasFocus());
    EXPECT_EQ(action("findAction")->shortcut(), QKeySequence(QKeySequence::Find));
}

TEST_F(MainWindowViewTest, PendingRequestShowsRequestFields)
{
    open();
    auto* tree = find<QTreeWidget>("storeTreeWidget");
    tree->setCurrentItem(tree->topLevelItem(3));
    ASSERT_EQ(table()->model()->rowCount(), 1);
    ASSERT_TRUE(selectRow(table(), "intranet.example.com"));
    EXPECT_EQ(find<QStackedWidget>("detailsStackedWidget")->currentWidget()->objectName(), "requestView");
    EXPECT_TRUE(label("requestSubjectLabel").contains("CN=intranet.example.com")
                || label("requestSubjectLabel").contains("intranet.example.com"));
    EXPECT_EQ(label("requestNamesLabel"), "intranet.example.com");
    EXPECT_EQ(label("requestKeyLabel"), "RSA 2048 bits");
    EXPECT_TRUE(find<QPlainTextEdit>("requestPemTextEdit")->toPlainText().startsWith("-----BEGIN"));
    EXPECT_FALSE(action("copyThumbprintAction")->isEnabled());
}

TEST_F(MainWindowViewTest, SelectionSurvivesRefresh)
{
    open();
    ASSERT_TRUE(selectRow(table(), "mail.example.com"));
    action("refreshAction")->trigger();
    ASSERT_TRUE(waitForIdle(*m_window));
    EXPECT_EQ(label("issuedToLabel"), "mail.example.com");
    EXPECT_EQ(table()->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(table()->selectionModel()->selectedRows().first().data().toString(), "mail.example.com");
}

} // namespace
