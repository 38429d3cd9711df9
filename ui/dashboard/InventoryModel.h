// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpiryThresholds.h"
#include "StoreEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace certpilot {

class StoreSession;

// The inventory administrators keep of their certificates (WORKFLOW.md,
// "Expiry and lifecycle"): one row per certificate of the Personal store and
// per pending request (or per entry of every store). Owner and Notes are
// editable; an edit is written to the store at once through the session and
// put back, with editFailed, when the store refuses it.
class InventoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IssuedTo, Ca, Sans, Requested, Issued, Expires, DaysLeft, Owner, Notes, ColumnCount };
    // Raw values for sorting (QDateTime, qint64) through a QSortFilterProxyModel.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;   // certificate thumbprint or request key id

    explicit InventoryModel(QObject* parent = nullptr);

    // Follows the session's contents (every reload) and writes edits through it.
    void setSession(StoreSession* session);
    void setEntries(const QList<StoreEntry>& entries);
    void setAllStores(bool all);
    void setThresholds(const ExpiryThresholds& thresholds);
    void setNow(const QDateTime& now);   // tests; invalid means the current time

    const StoreEntry& entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // The store did not take an owner or notes edit; the old value is back.
    void editFailed(const QString& message);
    // An owner or notes edit reached the store.
    void editSaved();

private:
    void rebuild();
    QDateTime now() const;

    QPointer<StoreSession> m_session;
    QList<StoreEntry> m_entries;
    QList<StoreEntry> m_rows;
    ExpiryThresholds m_thresholds;
    QDateTime m_fixedNow;
    bool m_allStores = false;
};

} // namespace certpilot
