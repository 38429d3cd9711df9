// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace certpilot {

// The web servers CertPilot binds certificates to. IIS is served by the
// Windows backend; nginx and Apache by platform/binding.
enum class ServerType { Nginx, Apache, Iis };

class ServerTypeText {
    Q_DECLARE_TR_FUNCTIONS(ServerTypeText)
public:
    // Stable machine names: "nginx", "apache", "iis" (CLI --server, bindings document).
    static QString id(ServerType type);
    static std::optional<ServerType> fromId(const QString& id);
    // "nginx", "Apache HTTP Server", "IIS".
    static QString displayName(ServerType type);
    // The server's own configuration test, for messages: "nginx -t".
    static QString configTestName(ServerType type);
};

} // namespace certpilot
