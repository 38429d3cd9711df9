// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateListPane.h"

#include "CertificateFilterProxy.h"
#include "CertificateItemDelegate.h"
#include "CertificateTableModel.h"
#include "settings/AppSettings.h"
#include "StoreSession.h"

#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace certpilot {

CertificateListPane::CertificateListPane(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CertificateTableModel(session, this))
    , m_proxy(new CertificateFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_model->setThresholds(AppSettings::load().expiry);
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, issuer, thumbprint…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterWords(text);
        emit rowsChanged();
    });

    m_view->setObjectName(QStringLiteral("certificateTableView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new CertificateItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->sortByColumn(CertificateTableModel::Expires, Qt::AscendingOrder);
    setUpColumns();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const auto entry = currentEntry();
        m_selectedId = entry ? entry->id : QString();
        emit currentEntryChanged();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CertificateListPane::restoreSelection);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

void CertificateListPane::setUpColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The two names share what the fixed columns leave, so the table fits
    // the window without a horizontal scroll bar; the rest are sized from
    // sample text, so they follow the font and the language.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CertificateTableModel::IssuedTo, QHeaderView::Stretch);
    header->setSectionResizeMode(CertificateTableModel::IssuedBy, QHeaderView::Stretch);
    const QFontMetrics fm = m_view->fontMetrics();
    QFont boldFont = m_view->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);  // urgent days left are bold
    constexpr int padding = 14;
    const int icon = 16 + 6;
    const QString date = QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat);
    header->resizeSection(CertificateTableModel::Expires,
                          std::max(fm.horizontalAdvance(date), fm.horizontalAdvance(tr("Expires")) + 16) + padding);
    header->resizeSection(CertificateTableModel::DaysLeft, bold.horizontalAdvance(tr("expired 99 day(s) ago")) + padding);
    header->resizeSection(CertificateTableModel::FriendlyName, fm.averageCharWidth() * 14 + padding);
    header->resizeSection(CertificateTableModel::Key, fm.horizontalAdvance(tr("Private key")) + padding);
    // Room for the common verdicts; rarer, longer ones elide and show in full as a tooltip.
    header->resizeSection(CertificateTableModel::Status, fm.horizontalAdvance(tr("Expired")) + icon + padding + 8);
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("www.example")));
}

void CertificateListPane::setStoreKind(StoreKind kind) { m_model->setStoreKind(kind); }

std::optional<StoreEntry> CertificateListPane::currentEntry() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    const StoreEntry* entry = m_model->entryAt(m_proxy->mapToSource(current).row());
    return entry ? std::optional<StoreEntry>(*entry) : std::nullopt;
}

void CertificateListPane::selectId(const QString& id)
{
    const int sourceRow = m_model->rowOf(id);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_view->selectionModel()->clear();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CertificateListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void CertificateListPane::restoreSelection()
{
    // m_selectedId was kept up to date on every selection change: at
    // modelAboutToBeReset the model's rows already point into replaced contents.
    const QString id = m_selectedId;
    if (!id.isEmpty())
        selectId(id);
    // The entry object behind the selection changed even when its id did not.
    emit currentEntryChanged();
    emit rowsChanged();
}

int CertificateListPane::shownCount() const { return m_proxy->rowCount(); }

int CertificateListPane::totalCount() const { return m_model->rowCount(); }

int CertificateListPane::expiredCount() const { return m_model->urgencyCounts().expired; }

int CertificateListPane::expiringCount() const { return m_model->urgencyCounts().expiring; }

} // namespace certpilot
