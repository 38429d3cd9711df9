// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateFilterProxy.h"

#include "CertificateTableModel.h"

#include <QCollator>
#include <QDateTime>

#include <limits>

namespace certpilot {

CertificateFilterProxy::CertificateFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CertificateTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(false);
}

void CertificateFilterProxy::setFilterWords(const QString& text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool CertificateFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(CertificateTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

void CertificateFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    clearSortCache();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // Any change of the rows or their values makes the cached sort values
    // stale: drop them before the proxy reacts to the change (and sorts).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { clearSortCache(); });
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { clearSortCache(); });
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { clearSortCache(); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { clearSortCache(); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                if (m_cacheColumn >= from.column() && m_cacheColumn <= to.column())
                    clearSortCache();
            });
}

void CertificateFilterProxy::buildSortCache(int column) const
{
    m_cacheColumn = -1;
    m_numbers.clear();
    m_texts.clear();
    QAbstractItemModel* model = sourceModel();
    if (!model || column < 0)
        return;
    const int rows = model->rowCount();
    QList<QVariant> values;
    values.reserve(rows);
    bool text = false;
    for (int row = 0; row < rows; ++row) {
        values << model->index(row, column).data(sortRole());
        text = text || values.last().typeId() == QMetaType::QString;
    }
    if (text) {
        const QCollator collator;   // the default locale's, as QString::localeAwareCompare
        m_texts.reserve(size_t(rows));
        for (const QVariant& v : values)
            m_texts.push_back(collator.sortKey(v.toString()));
    } else {
        m_numbers.reserve(size_t(rows));
        for (const QVariant& v : values) {
            if (v.typeId() == QMetaType::QDateTime)
                m_numbers.push_back(v.toDateTime().isValid() ? v.toDateTime().toMSecsSinceEpoch()
                                                             : std::numeric_limits<qint64>::min());
            else
                m_numbers.push_back(v.toLongLong());
        }
    }
    m_cacheColumn = column;
}

bool CertificateFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == right.column() && !left.parent().isValid()) {
        if (left.column() != m_cacheColumn)
            buildSortCache(left.column());
        const auto l = size_t(left.row());
        const auto r = size_t(right.row());
        if (!m_texts.empty() && l < m_texts.size() && r < m_texts.size())
            return m_texts[l].compare(m_texts[r]) < 0;
        if (!m_numbers.empty() && l < m_numbers.size() && r < m_numbers.size())
            return m_numbers[l] < m_numbers[r];
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QDateTime && r.typeId() == QMetaType::QDateTime)
        return l.toDateTime() < r.toDateTime();
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace certpilot
