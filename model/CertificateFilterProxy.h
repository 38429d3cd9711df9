// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
};

} // namespace certpilot
