// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollatorSortKey>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

namespace certpilot {

// Filters the certificate table by words typed by the user: every word must
// appear somewhere in the row (subject, issuer, SANs, thumbprint, friendly
// name, notes). Matches against text the source model built once per row, so
// a keystroke costs one substring search per row.
class CertificateFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CertificateFilterProxy(QObject* parent = nullptr);
    void setFilterWords(const QString& text);
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void buildSortCache(int column) const;
    void clearSortCache() { m_cacheColumn = -1; m_numbers.clear(); m_texts.clear(); }

    QStringList m_words;
    // Sort values of `m_cacheColumn` by source row: numbers (dates as ms), or
    // collation keys when the column holds text (as localeAwareCompare orders).
    // Read once, on the first comparison after the rows or values changed (a
    // header click or a reload of 10,000 rows would otherwise ask the model
    // twice per comparison), and dropped before any change of the source, so
    // a sort the proxy starts on its own never compares stale values.
    mutable int m_cacheColumn = -1;
    mutable std::vector<qint64> m_numbers;
    mutable std::vector<QCollatorSortKey> m_texts;
};

} // namespace certpilot
