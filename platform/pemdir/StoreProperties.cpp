// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreProperties.h"

#include <QJsonDocument>

#include <algorithm>

namespace certpilot {

namespace {
const QString kFriendlyName = QStringLiteral("friendlyName");
const QString kAdded = QStringLiteral("added");
const QString kOwner = QStringLiteral("owner");
const QString kNotes = QStringLiteral("notes");
} // namespace

QJsonObject StoreProperties::toJson(const Entry& entry)
{
    QJsonObject o = entry.extra;
    if (!entry.friendlyName.isEmpty())
        o.insert(kFriendlyName, entry.friendlyName);
    if (entry.added.isValid())
        o.insert(kAdded, entry.added.toUTC().toString(Qt::ISODate));
    if (!entry.owner.isEmpty())
        o.insert(kOwner, entry.owner);
    if (!entry.notes.isEmpty())
        o.insert(kNotes, entry.notes);
    return o;
}

StoreProperties::Entry StoreProperties::fromJson(const QJsonObject& o)
{
    Entry e;
    e.friendlyName = o.value(kFriendlyName).toString();
    e.added = QDateTime::fromString(o.value(kAdded).toString(), Qt::ISODate);
    e.owner = o.value(kOwner).toString();
    e.notes = o.value(kNotes).toString();
    e.extra = o;
    for (const QString& k : {kFriendlyName, kAdded, kOwner, kNotes})
        e.extra.remove(k);
    return e;
}

bool StoreProperties::parse(const QByteArray& json)
{
    m_entries.clear();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject entries = doc.object().value(QStringLiteral("entries")).toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        m_entries.insert(it.key(), fromJson(it.value().toObject()));
    return true;
}

QByteArray StoreProperties::serialize() const
{
    QJsonObject entries;
    QStringList keys = m_entries.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString& k : keys)
        entries.insert(k, toJson(m_entries.value(k)));
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), entries}})
        .toJson(QJsonDocument::Indented);
}

} // namespace certpilot
