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
    // One pass over the keys: copying the object into `extra` and removing the
    // known keys cost a copy of every entry when 10,000 load.
    Entry e;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (key == kFriendlyName)
            e.friendlyName = it.value().toString();
        else if (key == kAdded)
            e.added = parseTime(it.value().toString());
        else if (key == kOwner)
            e.owner = it.value().toString();
        else if (key == kNotes)
            e.notes = it.value().toString();
        else
            e.extra.insert(key, it.value());
    }
    return e;
}

QDateTime StoreProperties::parseTime(const QString& text)
{
    // What toJson writes, "2026-11-23T08:36:16Z", read without the general
    // ISO 8601 parser (a tenth of its time); anything else goes to it.
    const auto digits = [&text](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'Z') {
        const int parts[] = {digits(0, 4), digits(5, 2), digits(8, 2), digits(11, 2), digits(14, 2), digits(17, 2)};
        const QDate date(parts[0], parts[1], parts[2]);
        const QTime time(parts[3], parts[4], parts[5]);
        if (std::none_of(std::begin(parts), std::end(parts), [](int p) { return p < 0; }) && parts[0] > 0
            && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate);
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
