// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/ServerType.h"

namespace certpilot {

QString ServerTypeText::id(ServerType type)
{
    switch (type) {
    case ServerType::Nginx:
        return QStringLiteral("nginx");
    case ServerType::Apache:
        return QStringLiteral("apache");
    case ServerType::Iis:
        return QStringLiteral("iis");
    }
    return {};
}

std::optional<ServerType> ServerTypeText::fromId(const QString& id)
{
    const QString lower = id.trimmed().toLower();
    if (lower == QLatin1String("nginx"))
        return ServerType::Nginx;
    if (lower == QLatin1String("apache") || lower == QLatin1String("apache2") || lower == QLatin1String("httpd"))
        return ServerType::Apache;
    if (lower == QLatin1String("iis"))
        return ServerType::Iis;
    return std::nullopt;
}

QString ServerTypeText::displayName(ServerType type)
{
    switch (type) {
    case ServerType::Nginx:
        return tr("nginx");
    case ServerType::Apache:
        return tr("Apache HTTP Server");
    case ServerType::Iis:
        return tr("IIS");
    }
    return {};
}

QString ServerTypeText::configTestName(ServerType type)
{
    switch (type) {
    case ServerType::Nginx:
        return QStringLiteral("nginx -t");
    case ServerType::Apache:
        return QStringLiteral("apachectl configtest");
    case ServerType::Iis:
        return QStringLiteral("netsh http show sslcert");
    }
    return {};
}

} // namespace certpilot
