// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindingRecord.h"

#include <QDir>
#include <QJsonArray>

namespace certpilot {

bool BindingRecord::sameSite(const BindingRecord& other) const
{
    return serverType == other.serverType && siteId == other.siteId
        && QDir::cleanPath(configRoot) == QDir::cleanPath(other.configRoot);
}

QJsonObject BindingRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("certificate"), certificate},
        {QStringLiteral("server"), ServerTypeText::id(serverType)},
        {QStringLiteral("configRoot"), configRoot},
        {QStringLiteral("site"), siteId},
        {QStringLiteral("siteName"), siteName},
        {QStringLiteral("serverNames"), QJsonArray::fromStringList(serverNames)},
        {QStringLiteral("configFile"), configFile},
        {QStringLiteral("files"), QJsonArray::fromStringList(files)},
        {QStringLiteral("probeHost"), probeHost},
        {QStringLiteral("probePort"), probePort},
        {QStringLiteral("probeSni"), probeSni},
        {QStringLiteral("boundAt"), boundAt.toUTC().toString(Qt::ISODate)},
    };
}

std::optional<BindingRecord> BindingRecord::fromJson(const QJsonObject& o)
{
    BindingRecord r;
    r.certificate = o.value(QStringLiteral("certificate")).toString().toUpper();
    const auto type = ServerTypeText::fromId(o.value(QStringLiteral("server")).toString());
    r.siteId = o.value(QStringLiteral("site")).toString();
    if (r.certificate.isEmpty() || !type || r.siteId.isEmpty())
        return std::nullopt;
    r.serverType = *type;
    r.configRoot = o.value(QStringLiteral("configRoot")).toString();
    r.siteName = o.value(QStringLiteral("siteName")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("serverNames")).toArray())
        r.serverNames << v.toString();
    r.configFile = o.value(QStringLiteral("configFile")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("files")).toArray())
        r.files << v.toString();
    r.probeHost = o.value(QStringLiteral("probeHost")).toString();
    r.probePort = o.value(QStringLiteral("probePort")).toInt();
    r.probeSni = o.value(QStringLiteral("probeSni")).toString();
    r.boundAt = QDateTime::fromString(o.value(QStringLiteral("boundAt")).toString(), Qt::ISODate);
    return r;
}

} // namespace certpilot
