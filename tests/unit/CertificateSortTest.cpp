// SPDX-License-Identifier: GPL-3.0-or-later
// Sorting on cached sort values must order rows exactly as comparing the
// model's sort values would: every column, both directions, after a filter.

#include "CertificateFilterProxy.h"
#include "CertificateTableModel.h"
#include "GeneratedStore.h"
#include "StoreSession.h"

#include <QEventLoop>

#include <memory>

#include <gtest/gtest.h>

using namespace certpilot;

namespace {

// The comparison CertificateFilterProxy made before it cached anything.
bool lessBySortRole(const QVariant& l, const QVariant& r)
{
    if (l.typeId() == QMetaType::QDateTime && r.typeId() == QMetaType::QDateTime)
        return l.toDateTime() < r.toDateTime();
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

void expectSorted(const CertificateFilterProxy& proxy, int column, Qt::SortOrder order)
{
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QVariant prev = proxy.index(row - 1, column).data(CertificateTableModel::SortRole);
        const QVariant cur = proxy.index(row, column).data(CertificateTableModel::SortRole);
        const bool outOfOrder = order == Qt::AscendingOrder ? lessBySortRole(cur, prev) : lessBySortRole(prev, cur);
        ASSERT_FALSE(outOfOrder) << "column " << column << " row " << row;
    }
}

// The generated store, loaded and checked, under the table model and the proxy.
class CertificateSortTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto generated = test::generatedStore();
        ASSERT_TRUE(generated.ok());
        session = std::make_unique<StoreSession>(
            std::shared_ptr<CertificateStore>(std::move(PemDirStore::open(generated->path)).value()));
        model = std::make_unique<CertificateTableModel>(session.get());
        QEventLoop loop;
        QObject::connect(session.get(), &StoreSession::verificationFinished, &loop, &QEventLoop::quit);
        session->reload();
        loop.exec();
        proxy.setSourceModel(model.get());
    }
    std::unique_ptr<StoreSession> session;
    std::unique_ptr<CertificateTableModel> model;
    CertificateFilterProxy proxy;
};

TEST_F(CertificateSortTest, CachedSortOrdersLikeTheSortValues)
{
    ASSERT_EQ(proxy.rowCount(), test::kGeneratedLeaves);
    for (int column = 0; column < CertificateTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            expectSorted(proxy, column, order);
        }
    }
    // A filter keeps the order; a new store (model reset) is sorted afresh.
    proxy.sort(CertificateTableModel::IssuedTo);
    proxy.setFilterWords(QStringLiteral("host1"));
    EXPECT_LT(proxy.rowCount(), test::kGeneratedLeaves);
    expectSorted(proxy, CertificateTableModel::IssuedTo, Qt::AscendingOrder);
    proxy.setFilterWords({});
    model->setStoreKind(StoreKind::Intermediate);
    proxy.sort(CertificateTableModel::Expires, Qt::DescendingOrder);
    EXPECT_EQ(proxy.rowCount(), 3);
    expectSorted(proxy, CertificateTableModel::Expires, Qt::DescendingOrder);
}

// The proxy sorts on its own when the source resets (a reload, another
// store in the tree): it must compare the new rows' values, never values
// cached for the rows before.
TEST_F(CertificateSortTest, AResetIsSortedOnTheNewRows)
{
    for (int column : {int(CertificateTableModel::Expires), int(CertificateTableModel::IssuedTo)}) {
        model->setStoreKind(StoreKind::Personal);
        proxy.sort(column, Qt::AscendingOrder);
        expectSorted(proxy, column, Qt::AscendingOrder);
        for (StoreKind kind : {StoreKind::Intermediate, StoreKind::TrustedRoot, StoreKind::Personal}) {
            model->setStoreKind(kind);   // a reset, and no sort() call
            ASSERT_GT(proxy.rowCount(), 0);
            expectSorted(proxy, column, Qt::AscendingOrder);
        }
        model->setStoreKind(std::nullopt);
        expectSorted(proxy, column, Qt::AscendingOrder);
    }
}

} // namespace
