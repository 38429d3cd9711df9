// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpiryThresholds.h"
#include "StoreEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace certpilot {

class StoreSession;

// The certificate table: one row per entry of the selected logical store.
// Knows nothing about colours; views map UrgencyRole and StatusRole to them.
class CertificateTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IssuedTo, IssuedBy, Expires, DaysLeft, FriendlyName, Key, Status, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        SearchTextRole,   // lower-case text of every column, for filtering
        IdRole,           // thumbprint or request id
        KindRole,         // StoreKind as int
        UrgencyRole,      // Urgency as int
        StatusRole,       // ChainStatus as int; -1 while being computed
    };

    explicit CertificateTableModel(StoreSession* session, QObject* parent = nullptr);

    // Which store to show; nullopt shows all four.
    void setStoreKind(std::optional<StoreKind> kind);
    std::optional<StoreKind> storeKind() const { return m_kind; }
    void setThresholds(const ExpiryThresholds& thresholds);
    // For tests: the moment "days left" is counted from.
    void setNow(const QDateTime& now);

    struct UrgencyCounts {
        int expired = 0;
        int expiring = 0;   // within the warning threshold
    };
    // Over all rows in one pass, without a QVariant per row: the status bar
    // asks after every reload of up to 10,000 rows.
    UrgencyCounts urgencyCounts() const;

    const StoreEntry* entryAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void onChainResults(const QStringList& ids);
    const QHash<QString, int>& rowById() const;
    QString statusText(const StoreEntry& entry) const;

    StoreSession* m_session;
    std::optional<StoreKind> m_kind = StoreKind::Personal;
    ExpiryThresholds m_thresholds;
    QDateTime m_now;
    QList<const StoreEntry*> m_rows;
    mutable QHash<QString, int> m_rowById;   // built on first use after a reset
};

} // namespace certpilot
