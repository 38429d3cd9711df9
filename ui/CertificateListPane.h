// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreEntry.h"
#include "StoreKind.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QTableView;

namespace certpilot {

class CertificateFilterProxy;
class CertificateTableModel;
class StoreSession;

// The filter box above the certificate table of one logical store. Keeps the
// selection by thumbprint across reloads, so a refresh does not lose it.
class CertificateListPane : public QWidget {
    Q_OBJECT
public:
    explicit CertificateListPane(StoreSession* session, QWidget* parent = nullptr);

    void setStoreKind(StoreKind kind);
    // A copy: entries of the session are replaced on every reload.
    std::optional<StoreEntry> currentEntry() const;
    // Selects the row of `id` (thumbprint or request id) if it is shown.
    void selectId(const QString& id);
    void focusFilter();

    int shownCount() const;
    int totalCount() const;
    // Rows of the shown store that expired / expire within the warning threshold.
    int expiredCount() const;
    int expiringCount() const;

    QTableView* tableView() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    CertificateTableModel* tableModel() const { return m_model; }

signals:
    void currentEntryChanged();
    void rowsChanged();

private:
    void setUpColumns();
    void restoreSelection();

    StoreSession* m_session;
    CertificateTableModel* m_model;
    CertificateFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
    QString m_selectedId;
};

} // namespace certpilot
