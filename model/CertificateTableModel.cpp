// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateTableModel.h"

#include "ChainStatus.h"
#include "StoreSession.h"

#include <QLocale>

namespace certpilot {

CertificateTableModel::CertificateTableModel(StoreSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &StoreSession::loaded, this, &CertificateTableModel::rebuild);
    connect(session, &StoreSession::chainResultsReady, this, &CertificateTableModel::onChainResults);
    rebuild();
}

void CertificateTableModel::setStoreKind(std::optional<StoreKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuild();
}

void CertificateTableModel::setThresholds(const ExpiryThresholds& thresholds)
{
    m_thresholds = thresholds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void CertificateTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    rebuild();
}

void CertificateTableModel::rebuild()
{
    // On the GUI thread, with the whole table to reset behind it: only the
    // row list; the search texts were made by the loading thread, and the
    // lookup by id waits for its first use.
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    const QList<StoreEntry>& entries = m_session->contents().entries;
    m_rows.reserve(entries.size());
    for (const StoreEntry& e : entries) {
        if (!m_kind || e.kind == *m_kind)
            m_rows.append(&e);
    }
    endResetModel();
}

const QHash<QString, int>& CertificateTableModel::rowById() const
{
    if (m_rowById.isEmpty() && !m_rows.isEmpty()) {
        m_rowById.reserve(m_rows.size());
        for (qsizetype row = 0; row < m_rows.size(); ++row)
            m_rowById.insert(m_rows[row]->id, int(row));
    }
    return m_rowById;
}

void CertificateTableModel::onChainResults(const QStringList& ids)
{
    const QHash<QString, int>& rows = rowById();
    int first = INT_MAX;
    int last = -1;
    for (const QString& id : ids) {
        const auto it = rows.constFind(id);
        if (it == rows.constEnd())
            continue;
        first = std::min(first, *it);
        last = std::max(last, *it);
    }
    if (last >= 0)
        emit dataChanged(index(first, Status), index(last, Status));
}

CertificateTableModel::UrgencyCounts CertificateTableModel::urgencyCounts() const
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    UrgencyCounts counts;
    for (const StoreEntry* e : m_rows) {
        if (e->isRequest())
            continue;
        const Certificate& c = e->certificate;
        const Urgency u = m_thresholds.urgency(c.daysLeft(now), c.isExpired(now));
        counts.expired += u == Urgency::Expired;
        counts.expiring += u == Urgency::Warning || u == Urgency::Critical;
    }
    return counts;
}

const StoreEntry* CertificateTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int CertificateTableModel::rowOf(const QString& id) const { return rowById().value(id, -1); }

int CertificateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CertificateTableModel::statusText(const StoreEntry& e) const
{
    if (e.isRequest())
        return tr("Pending: waiting for the CA's certificate");
    const ChainResult* chain = m_session->chainResult(e.certificate.sha1());
    if (!chain)
        return tr("Checking…");
    return ChainStatusText::shortText(chain->status);
}

QVariant CertificateTableModel::data(const QModelIndex& index, int role) const
{
    const StoreEntry* e = entryAt(index.row());
    if (!e)
        return {};
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const bool isReq = e->isRequest();
    const Certificate& c = e->certificate;
    switch (role) {
    case IdRole:
        return e->id;
    case KindRole:
        return int(e->kind);
    case SearchTextRole:
        return e->searchText.isEmpty() ? e->makeSearchText() : e->searchText;
    case UrgencyRole:
        return isReq ? int(Urgency::None) : int(m_thresholds.urgency(c.daysLeft(now), c.isExpired(now)));
    case StatusRole: {
        if (isReq)
            return -1;
        const ChainResult* chain = m_session->chainResult(c.sha1());
        return chain ? int(chain->status) : -1;
    }
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};

    switch (index.column()) {
    case IssuedTo:
        return isReq ? e->request.subject().displayName() : c.subject().displayName();
    case IssuedBy:
        if (isReq)
            return role == SortRole ? QString() : tr("(request pending)");
        return c.issuer().displayName();
    case Expires:
        if (isReq)
            return role == SortRole ? QVariant(e->added) : QVariant(tr("requested %1").arg(QLocale().toString(e->added.toLocalTime().date(), QLocale::ShortFormat)));
        if (role == SortRole)
            return c.notAfter();
        return QLocale().toString(c.notAfter().toLocalTime().date(), QLocale::ShortFormat);
    case DaysLeft: {
        if (isReq)
            return role == SortRole ? QVariant(qint64(INT_MAX)) : QVariant();
        const qint64 days = c.daysLeft(now);
        if (role == SortRole)
            return days;
        if (days < 0)
            return tr("expired %n day(s) ago", nullptr, int(-days));
        return QString::number(days);
    }
    case FriendlyName:
        return e->friendlyName;
    case Key:
        if (role == SortRole)
            return e->hasPrivateKey;
        return e->hasPrivateKey ? tr("Yes") : QString();
    case Status:
        return statusText(*e);
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IssuedTo:
        return tr("Issued To");
    case IssuedBy:
        return tr("Issued By");
    case Expires:
        return tr("Expires");
    case DaysLeft:
        return tr("Days left");
    case FriendlyName:
        return tr("Friendly Name");
    case Key:
        return tr("Private key");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace certpilot
