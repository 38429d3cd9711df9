// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindingRegistry.h"

#include "binding/HostnameMatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace certpilot {

Result<BindingRegistry> BindingRegistry::fromJson(const QByteArray& json)
{
    BindingRegistry registry;
    if (json.trimmed().isEmpty())
        return registry;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || root.value(QStringLiteral("format")).toString() != QLatin1String("certpilot-bindings"))
        return makeError(ErrorKind::Corrupt,
                         tr("The list of site bindings kept with the store is damaged. Restore meta/bindings.json "
                            "from a backup; CertPilot will not overwrite it."),
                         parseError.errorString());
    if (root.value(QStringLiteral("version")).toInt() > 1)
        return makeError(ErrorKind::Unsupported,
                         tr("The list of site bindings was written by a newer CertPilot. Update CertPilot."));
    for (const QJsonValue& v : root.value(QStringLiteral("bindings")).toArray()) {
        if (auto r = BindingRecord::fromJson(v.toObject()))
            registry.m_records << *r;
    }
    return registry;
}

QByteArray BindingRegistry::toJson() const
{
    QJsonArray list;
    for (const BindingRecord& r : m_records)
        list.append(r.toJson());
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("certpilot-bindings")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("bindings"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BindingRegistry> BindingRegistry::read(const CertificateStore& store)
{
    auto bytes = store.readDocument(QLatin1String(kDocument));
    if (!bytes)
        return bytes.error();
    return fromJson(*bytes);
}

Result<void> BindingRegistry::write(CertificateStore& store) const
{
    return store.writeDocument(QLatin1String(kDocument), toJson());
}

Result<void> BindingRegistry::recordIn(CertificateStore& store, const BindingRecord& record)
{
    auto registry = read(store);
    if (!registry)
        return registry.error();
    registry->record(record);
    return registry->write(store);
}

void BindingRegistry::record(const BindingRecord& record)
{
    remove(record);
    m_records << record;
}

bool BindingRegistry::remove(const BindingRecord& site)
{
    return m_records.removeIf([&site](const BindingRecord& r) { return r.sameSite(site); }) > 0;
}

QList<BindingRecord> BindingRegistry::forCertificate(const QString& sha1) const
{
    QList<BindingRecord> out;
    for (const BindingRecord& r : m_records) {
        if (r.certificate.compare(sha1, Qt::CaseInsensitive) == 0)
            out << r;
    }
    return out;
}

QList<BindingRecord> BindingRegistry::forEndpoint(const QString& host, int port) const
{
    const QString wanted = HostnameMatch::normalise(host);
    QList<BindingRecord> out;
    for (const BindingRecord& r : m_records) {
        if (r.probePort != port)
            continue;
        bool named = HostnameMatch::normalise(r.probeHost) == wanted
                  || HostnameMatch::normalise(r.probeSni) == wanted;
        for (const QString& n : r.serverNames)
            named = named || HostnameMatch::normalise(n) == wanted;
        if (named)
            out << r;
    }
    return out;
}

} // namespace certpilot
