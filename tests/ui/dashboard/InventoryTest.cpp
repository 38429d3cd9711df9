// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory table: its columns from the certificates, Owner and Notes
// written to the store, and the CSV export as spreadsheets read it.

#include "DashboardFixture.h"
#include "StoreChange.h"
#include "dashboard/DashboardWindow.h"
#include "dashboard/InventoryModel.h"
#include "expiry/TableCsv.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

int rowOf(const QAbstractItemModel& model, const QString& issuedTo)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, InventoryModel::IssuedTo).data().toString() == issuedTo)
            return r;
    }
    return -1;
}

class InventoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_web = m_store.makeExpiring(QStringLiteral("www.example.com"), 20, 365,
                                     {QStringLiteral("www.example.com"), QStringLiteral("example.com")});
        m_mail = m_store.makeExpiring(QStringLiteral("郵件伺服器.example.tw"), 200);
        m_store.addPersonal({m_web, m_mail}, {QString(), QStringLiteral("Mail")});
        m_session = m_store.openSession();
    }
    DashboardStore m_store;
    Issued m_web;
    Issued m_mail;
    std::unique_ptr<StoreSession> m_session;
};

} // namespace

TEST_F(InventoryTest, ColumnsComeFromTheCertificates)
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setNow(m_store.now);
    model.setSession(m_session.get());
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), InventoryModel::ColumnCount);
    const int row = rowOf(model, QStringLiteral("www.example.com"));
    ASSERT_GE(row, 0);
    auto cell = [&](int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(cell(InventoryModel::Ca), QStringLiteral("Dashboard Test CA"));
    EXPECT_EQ(cell(InventoryModel::Sans), QStringLiteral("www.example.com, example.com"));
    EXPECT_EQ(cell(InventoryModel::Requested), QString()) << "known only for pending requests";
    EXPECT_EQ(cell(InventoryModel::Issued), m_web.cert.notBefore().date().toString(Qt::ISODate));
    EXPECT_EQ(cell(InventoryModel::Expires), m_store.now.addDays(20).date().toString(Qt::ISODate));
    EXPECT_EQ(cell(InventoryModel::DaysLeft), QStringLiteral("20"));
    EXPECT_TRUE(model.flags(model.index(row, InventoryModel::Owner)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(model.index(row, InventoryModel::Notes)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(row, InventoryModel::Expires)) & Qt::ItemIsEditable);
    EXPECT_GE(rowOf(model, QStringLiteral("郵件伺服器.example.tw")), 0);
}

TEST_F(InventoryTest, EditingOwnerInTheTableWritesItToTheStore)
{
    DashboardWindow window(m_session.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTableView* table = window.table();
    const int row = rowOf(*table->model(), QStringLiteral("www.example.com"));
    ASSERT_GE(row, 0);
    const QModelIndex owner = table->model()->index(row, InventoryModel::Owner);
    table->setFocus();
    table->setCurrentIndex(owner);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    ASSERT_TRUE(editor && editor != table) << "F2 opens an editor";
    QTest::keyClicks(editor, QStringLiteral("Jane Doe, Ops"));
    QSignalSpy saved(window.inventory(), &InventoryModel::editSaved);
    QTest::keyClick(editor, Qt::Key_Return);
    ASSERT_TRUE(saved.wait(30000) || saved.size() == 1);
    ASSERT_TRUE(waitUntil([&] { return !m_session->isLoading(); }));

    // A new read of the folder has it.
    const StoreContents reread = *m_store.temp.store->load();
    const StoreEntry* entry = reread.findByThumbprint(m_web.cert.sha1());
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->owner, QStringLiteral("Jane Doe, Ops"));
    EXPECT_EQ(entry->notes, QString());
    // And the table still shows it after the session's reload.
    const int after = rowOf(*table->model(), QStringLiteral("www.example.com"));
    EXPECT_EQ(table->model()->index(after, InventoryModel::Owner).data().toString(), QStringLiteral("Jane Doe, Ops"));
}

TEST_F(InventoryTest, AFailedEditPutsTheOldValueBackAndSaysSo)
{
    InventoryModel model;
    model.setSession(m_session.get());
    const int row = rowOf(model, QStringLiteral("www.example.com"));
    // The certificate disappears behind the model's back: the store refuses the edit.
    StoreChange removal;
    removal.remove(StoreKind::Personal, m_web.cert.sha1());
    ASSERT_TRUE(m_store.temp.store->commit(removal).ok());
    QSignalSpy failed(&model, &InventoryModel::editFailed);
    ASSERT_TRUE(model.setData(model.index(row, InventoryModel::Notes), QStringLiteral("renew in March")));
    ASSERT_TRUE(failed.wait(30000) || failed.size() == 1);
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_EQ(model.index(row, InventoryModel::Notes).data().toString(), QString());
}

TEST(TableCsv, QuotesCommasQuotesAndLineBreaksAndGuardsFormulas)
{
    EXPECT_EQ(TableCsv::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(TableCsv::field(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
    EXPECT_EQ(TableCsv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(TableCsv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(TableCsv::field(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(TableCsv::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(TableCsv::field(QStringLiteral("-12")), QStringLiteral("-12")) << "days left of an expired certificate";
    EXPECT_EQ(TableCsv::field(QStringLiteral("財務系統")), QStringLiteral("財務系統"));
}

TEST_F(InventoryTest, ExportWritesTheSortedTableAsUtf8CsvWithBom)
{
    DashboardWindow window(m_session.get());
    InventoryModel* model = window.inventory();
    model->setNow(m_store.now);
    const int row = rowOf(*model, QStringLiteral("郵件伺服器.example.tw"));
    ASSERT_GE(row, 0);
    QSignalSpy saved(model, &InventoryModel::editSaved);
    ASSERT_TRUE(model->setData(model->index(row, InventoryModel::Notes), QStringLiteral("Renew with \"GlobalCA\",\nthen rebind")));
    ASSERT_TRUE(model->setData(model->index(row, InventoryModel::Owner), QStringLiteral("李雷")));
    ASSERT_TRUE(waitUntil([&] { return saved.size() == 2 && !m_session->isLoading(); }));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.csv"));
    ASSERT_TRUE(window.exportCsv(path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "Excel needs the BOM to read UTF-8";
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList records = text.split(QStringLiteral("\r\n"));
    ASSERT_EQ(records.size(), 4) << text.toStdString();   // header, 2 rows, empty after the last CRLF
    EXPECT_EQ(records.at(0), QStringLiteral("Issued To,CA,Subject Alternative Names,Requested,Issued,Expires,"
                                            "Days Left,Owner,Notes"));
    // Sorted by expiry like the table: www (20 days) first.
    EXPECT_TRUE(records.at(1).startsWith(QStringLiteral("www.example.com,Dashboard Test CA,\"www.example.com, "
                                                        "example.com\",,")));
    EXPECT_EQ(records.at(2),
              QStringLiteral("郵件伺服器.example.tw,Dashboard Test CA,郵件伺服器.example.tw,,%1,%2,200,李雷,"
                             "\"Renew with \"\"GlobalCA\"\",\nthen rebind\"")
                  .arg(m_mail.cert.notBefore().date().toString(Qt::ISODate),
                       m_mail.cert.notAfter().date().toString(Qt::ISODate)));
    EXPECT_TRUE(records.at(3).isEmpty());
}

TEST_F(InventoryTest, ExportToAnUnwritablePlaceFailsAndSaysWhatToDo)
{
    DashboardWindow window(m_session.get());
    const Result<void> written = window.exportCsv(QStringLiteral("/nonexistent-folder/inventory.csv"));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("Choose a folder")));
}
