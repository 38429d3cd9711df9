// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardWindow.h"

#include "ExpiryTimeline.h"
#include "InfoBar.h"
#include "InventoryModel.h"
#include "MessageBox.h"
#include "StoreSession.h"
#include "expiry/TableCsv.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace certpilot {

DashboardWindow::DashboardWindow(StoreSession* session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Expiry Dashboard"));
    resize(1100, 760);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_allStores = new QCheckBox(tr("&All stores"), this);
    m_allStores->setObjectName(QStringLiteral("allStoresCheckBox"));
    m_allStores->setToolTip(tr("Also show the root and intermediate CA certificates"));
    m_resetZoom = new QPushButton(tr("&Reset View"), this);
    m_resetZoom->setObjectName(QStringLiteral("resetViewPushButton"));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsvPushButton"));
    m_infoBar = new InfoBar(this);
    m_infoBar->setObjectName(QStringLiteral("dashboardInfoBar"));
    m_infoBar->hide();

    m_timeline = new ExpiryTimeline(this);
    m_timeline->setObjectName(QStringLiteral("expiryTimelineWidget"));
    m_inventory = new InventoryModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_inventory);
    m_proxy->setSortRole(InventoryModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inventoryTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::Expires, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_allStores);
    top->addWidget(m_resetZoom);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_splitter, 1);

    applySettings();

    connect(m_timeline, &ExpiryTimeline::certificateActivated, this, &DashboardWindow::certificateActivated);
    connect(m_table, &QTableView::activated, this, &DashboardWindow::activateRow);
    connect(m_allStores, &QCheckBox::toggled, this, [this](bool all) {
        m_timeline->setAllStores(all);
        m_inventory->setAllStores(all);
        updateSummary();
    });
    connect(m_resetZoom, &QPushButton::clicked, m_timeline, &ExpiryTimeline::resetView);
    connect(m_export, &QPushButton::clicked, this, &DashboardWindow::chooseAndExport);
    connect(m_inventory, &InventoryModel::editFailed, this, [this](const QString& message) {
        m_infoBar->showMessage(tr("The owner or notes were not saved: %1").arg(message), InfoBar::Level::Error);
    });
    if (session) {
        m_inventory->setSession(session);
        connect(session, &StoreSession::loaded, this, &DashboardWindow::refresh);
    }
    refresh();
    m_table->resizeColumnsToContents();
    // Long SAN lists and notes would push the other columns off screen.
    for (int c : {int(InventoryModel::IssuedTo), int(InventoryModel::Ca), int(InventoryModel::Sans)})
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 240));
    m_table->setColumnWidth(InventoryModel::Owner, std::max(m_table->columnWidth(InventoryModel::Owner), 120));
}

DashboardWindow* DashboardWindow::open(QWidget* parent, StoreSession* session)
{
    DashboardWindow* window = nullptr;
    if (parent) {
        for (DashboardWindow* w : parent->findChildren<DashboardWindow*>(Qt::FindDirectChildrenOnly)) {
            if (w->session() == session)
                window = w;
        }
    }
    if (!window) {
        window = new DashboardWindow(session, parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

StoreSession* DashboardWindow::session() const { return m_session; }

void DashboardWindow::applySettings()
{
    const ExpiryThresholds thresholds = AppSettings::load().expiry;
    m_timeline->setThresholds(thresholds);
    m_inventory->setThresholds(thresholds);
    updateSummary();
}

void DashboardWindow::refresh()
{
    if (m_session)
        m_timeline->setEntries(m_session->contents().entries);
    updateSummary();
}

void DashboardWindow::updateSummary()
{
    std::array<int, 5> counts{};
    for (const ExpiryTimeline::Bar& bar : m_timeline->bars())
        ++counts[static_cast<int>(bar.urgency)];
    const int total = m_timeline->bars().size();
    QStringList parts;
    if (counts[int(Urgency::Expired)])
        parts << tr("expired: %1").arg(counts[int(Urgency::Expired)]);
    const ExpiryThresholds t = AppSettings::load().expiry;
    if (counts[int(Urgency::Critical)])
        parts << tr("under %1 days: %2").arg(t.critical).arg(counts[int(Urgency::Critical)]);
    if (counts[int(Urgency::Warning)])
        parts << tr("under %1 days: %2").arg(t.warning).arg(counts[int(Urgency::Warning)]);
    if (counts[int(Urgency::Notice)])
        parts << tr("under %1 days: %2").arg(t.notice).arg(counts[int(Urgency::Notice)]);
    QString text = tr("Certificates: %1").arg(total);
    if (!parts.isEmpty())
        text += QStringLiteral("  \u2014  ") + parts.join(QStringLiteral(", "));
    m_summary->setText(text);
}

Result<void> DashboardWindow::exportCsv(const QString& path) const
{
    return TableCsv::write(path, TableCsv::fromModel(*m_proxy));
}

void DashboardWindow::chooseAndExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("certificate-inventory-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Inventory"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<void> written = exportCsv(path);
    if (!written)
        MessageBox::error(this, tr("Export Inventory"), written.error());
    else
        m_infoBar->showMessage(tr("Inventory saved to %1.").arg(QDir::toNativeSeparators(path)),
                               InfoBar::Level::Information);
}

void DashboardWindow::activateRow(const QModelIndex& proxyIndex)
{
    const int row = m_proxy->mapToSource(proxyIndex).row();
    if (row < 0 || row >= m_inventory->rowCount())
        return;
    const StoreEntry& e = m_inventory->entry(row);
    if (!e.certificate.isNull() && proxyIndex.column() != InventoryModel::Owner
        && proxyIndex.column() != InventoryModel::Notes)
        emit certificateActivated(e.certificate.sha1());
}

} // namespace certpilot
