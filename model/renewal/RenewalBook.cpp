// SPDX-License-Identifier: GPL-3.0-or-later
#include "renewal/RenewalBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace certpilot {

Result<RenewalBook> RenewalBook::fromJson(const QByteArray& json)
{
    RenewalBook book;
    if (json.trimmed().isEmpty())
        return book;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || root.value(QStringLiteral("format")).toString() != QLatin1String("certpilot-renewals"))
        return makeError(ErrorKind::Corrupt,
                         tr("The renewals kept with the store are damaged. Restore meta/renewals.json from a "
                            "backup; CertPilot will not overwrite it."),
                         parseError.errorString());
    if (root.value(QStringLiteral("version")).toInt() > 1)
        return makeError(ErrorKind::Unsupported,
                         tr("The renewals kept with the store were written by a newer CertPilot. Update CertPilot."));
    for (const QJsonValue& v : root.value(QStringLiteral("renewals")).toArray()) {
        if (auto r = RenewalRecord::fromJson(v.toObject()))
            book.m_records << *r;
    }
    return book;
}

QByteArray RenewalBook::toJson() const
{
    QJsonArray list;
    for (const RenewalRecord& r : m_records)
        list.append(r.toJson());
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("certpilot-renewals")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("renewals"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<RenewalBook> RenewalBook::read(const CertificateStore& store)
{
    auto bytes = store.readDocument(QLatin1String(kDocument));
    if (!bytes)
        return bytes.error();
    return fromJson(*bytes);
}

Result<void> RenewalBook::write(CertificateStore& store) const
{
    return store.writeDocument(QLatin1String(kDocument), toJson());
}

Result<void> RenewalBook::saveIn(CertificateStore& store, const RenewalRecord& record)
{
    auto book = read(store);
    if (!book)
        return book.error();
    book->put(record);
    return book->write(store);
}

void RenewalBook::put(const RenewalRecord& record)
{
    for (RenewalRecord& r : m_records) {
        if (r.id == record.id) {
            r = record;
            return;
        }
    }
    m_records << record;
}

QList<RenewalRecord> RenewalBook::active() const
{
    QList<RenewalRecord> list;
    for (const RenewalRecord& r : m_records) {
        if (r.isActive())
            list << r;
    }
    return list;
}

std::optional<RenewalRecord> RenewalBook::activeFor(const QString& sha1) const
{
    for (const RenewalRecord& r : m_records) {
        if (r.isActive() && r.concerns(sha1))
            return r;
    }
    return std::nullopt;
}

} // namespace certpilot
