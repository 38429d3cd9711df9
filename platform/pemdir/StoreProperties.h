// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace certpilot {

// Per-entry properties of a PEM-directory store (friendly name, date added,
// inventory owner and notes), kept in one JSON file keyed "<store>/<id>".
class StoreProperties {
public:
    struct Entry {
        QString friendlyName;
        QDateTime added;
        QString owner;
        QString notes;
        QJsonObject extra;  // fields other features keep (renewal state, bindings)
    };

    // Returns false when the bytes are not a properties file.
    bool parse(const QByteArray& json);
    QByteArray serialize() const;

    static QString key(const QString& storeId, const QString& entryId)
    {
        return storeId + QLatin1Char('/') + entryId.toUpper();
    }
    Entry value(const QString& key) const { return m_entries.value(key); }
    bool contains(const QString& key) const { return m_entries.contains(key); }
    void insert(const QString& key, const Entry& entry) { m_entries.insert(key, entry); }
    Entry take(const QString& key) { return m_entries.take(key); }
    qsizetype size() const { return m_entries.size(); }

    static QJsonObject toJson(const Entry& entry);
    static Entry fromJson(const QJsonObject& object);
    // A time as toJson writes it (ISO 8601, UTC); invalid when it is not one.
    static QDateTime parseTime(const QString& text);

private:
    QHash<QString, Entry> m_entries;
};

} // namespace certpilot
