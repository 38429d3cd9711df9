// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryModel.h"

#include "StoreChange.h"
#include "StoreSession.h"
#include "UrgencyColors.h"

#include <QGuiApplication>
#include <QPalette>

#include <limits>

namespace certpilot {

namespace {

QString isoDate(const QDateTime& t) { return t.isValid() ? t.toUTC().date().toString(Qt::ISODate) : QString(); }

QStringList sanValues(const QList<SubjectAltName>& names)
{
    QStringList values;
    for (const SubjectAltName& san : names)
        values << san.value;
    return values;
}

} // namespace

InventoryModel::InventoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InventoryModel::setSession(StoreSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    connect(session, &StoreSession::loaded, this, [this] { setEntries(m_session->contents().entries); });
    setEntries(session->contents().entries);
}

void InventoryModel::setEntries(const QList<StoreEntry>& entries)
{
    m_entries = entries;
    rebuild();
}

void InventoryModel::setAllStores(bool all)
{
    if (all == m_allStores)
        return;
    m_allStores = all;
    rebuild();
}

void InventoryModel::setThresholds(const ExpiryThresholds& thresholds)
{
    m_thresholds = thresholds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DaysLeft), index(m_rows.size() - 1, DaysLeft));
}

void InventoryModel::setNow(const QDateTime& now)
{
    m_fixedNow = now;
    rebuild();
}

QDateTime InventoryModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void InventoryModel::rebuild()
{
    QList<StoreEntry> rows;
    for (const StoreEntry& e : std::as_const(m_entries)) {
        if (m_allStores || e.kind == StoreKind::Personal || e.kind == StoreKind::Requests)
            rows << e;
    }
    // A reload after an edit brings the same rows: update them in place, so
    // the view keeps its selection, scroll position and open editor.
    bool same = rows.size() == m_rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).kind == m_rows.at(i).kind && rows.at(i).id == m_rows.at(i).id;
    if (same) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int InventoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows.size(); }

int InventoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IssuedTo: return tr("Issued To");
    case Ca: return tr("CA");
    case Sans: return tr("Subject Alternative Names");
    case Requested: return tr("Requested");
    case Issued: return tr("Issued");
    case Expires: return tr("Expires");
    case DaysLeft: return tr("Days Left");
    case Owner: return tr("Owner");
    case Notes: return tr("Notes");
    default: return {};
    }
}

Qt::ItemFlags InventoryModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Owner || index.column() == Notes) && m_session)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant InventoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StoreEntry& e = m_rows.at(index.row());
    const Certificate& cert = e.certificate;
    const bool pending = e.isRequest() || cert.isNull();
    if (role == IdRole)
        return e.id;
    if (role == Qt::ForegroundRole && index.column() == DaysLeft && !pending) {
        const QColor c = UrgencyColors::text(m_thresholds.urgency(cert.daysLeft(now()), cert.isExpired(now())),
                                             QGuiApplication::palette());
        return c.isValid() ? QVariant(c) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && index.column() == DaysLeft)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IssuedTo:
        return pending ? e.request.subject().displayName() : cert.subject().displayName();
    case Ca:
        return pending ? QString() : cert.issuer().displayName();
    case Sans: {
        const QStringList sans = sanValues(pending ? e.request.subjectAltNames() : cert.subjectAltNames());
        return role == Qt::ToolTipRole ? sans.join(QLatin1Char('\n')) : sans.join(QStringLiteral(", "));
    }
    case Requested:
        // The store knows when a request was made only while it is pending.
        if (!e.isRequest())
            return role == SortRole ? QVariant(QDateTime()) : QVariant(QString());
        return role == SortRole ? QVariant(e.added) : QVariant(isoDate(e.added));
    case Issued:
        if (pending)
            return role == SortRole ? QVariant(QDateTime()) : QVariant(QString());
        return role == SortRole ? QVariant(cert.notBefore()) : QVariant(isoDate(cert.notBefore()));
    case Expires:
        if (pending)
            return role == SortRole ? QVariant(QDateTime()) : QVariant(QString());
        return role == SortRole ? QVariant(cert.notAfter()) : QVariant(isoDate(cert.notAfter()));
    case DaysLeft:
        if (pending)
            return role == SortRole ? QVariant(std::numeric_limits<qint64>::max()) : QVariant(tr("pending"));
        return role == SortRole ? QVariant(cert.daysLeft(now())) : QVariant(QString::number(cert.daysLeft(now())));
    case Owner:
        return e.owner;
    case Notes:
        return e.notes;
    default:
        return {};
    }
}

bool InventoryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    StoreEntry& e = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    const QString oldOwner = e.owner;
    const QString oldNotes = e.notes;
    if ((index.column() == Owner ? e.owner : e.notes) == text)
        return true;
    (index.column() == Owner ? e.owner : e.notes) = text;
    emit dataChanged(index, index);

    StoreChange change;
    change.setInventory(e.kind, e.id, e.owner, e.notes);
    const StoreKind kind = e.kind;
    const QString id = e.id;
    QPointer<InventoryModel> self(this);
    m_session->commit(change, [self, kind, id, oldOwner, oldNotes](const Result<void>& result) {
        if (!self)
            return;
        if (result) {
            emit self->editSaved();
            return;
        }
        // Put the old values back on the row, wherever sorting moved it.
        for (int row = 0; row < self->m_rows.size(); ++row) {
            StoreEntry& r = self->m_rows[row];
            if (r.kind == kind && r.id == id) {
                r.owner = oldOwner;
                r.notes = oldNotes;
                emit self->dataChanged(self->index(row, Owner), self->index(row, Notes));
            }
        }
        emit self->editFailed(result.error().message);
    });
    return true;
}

} // namespace certpilot
