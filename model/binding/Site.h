// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/ServerType.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

// One address a site listens on: `listen 127.0.0.1:8443 ssl`, `<VirtualHost *:443>`.
struct ListenAddress {
    QString host;      // empty, "*" or "[::]": every address
    int port = 0;      // 0: not given (Apache `<VirtualHost *>`)
    bool tls = false;

    bool operator==(const ListenAddress& other) const = default;
};

// A site found in a web server's configuration: an nginx server block or an
// Apache virtual host, with what a binding needs to know about it.
struct Site {
    Q_DECLARE_TR_FUNCTIONS(Site)
public:
    ServerType serverType = ServerType::Nginx;
    // Stable within one configuration: the file (relative to the configuration
    // root) and the block's ordinal in it, "sites-enabled/shop.conf#2".
    QString id;
    QString configFile;        // absolute; symbolic links resolved
    int line = 0;              // 1-based line where the block starts
    QStringList serverNames;   // as configured (nginx `_`, `*.example.com`, `~regex` included)
    QList<ListenAddress> listens;
    QString certificateFile;   // as configured (absolute); empty when none
    QString keyFile;
    QString chainFile;         // Apache SSLCertificateChainFile
    bool tls = false;          // has an https listener (or SSLEngine on)

    // The first real host name, or a description for a catch-all block.
    QString displayName() const;
    // "80, 443 (https)"
    QString portsText() const;
    QList<int> tlsPorts() const;
    bool listensOn(int port) const;
};

} // namespace certpilot
