// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace certpilot {

// Where to connect: like `openssl s_client -connect host:port -servername sni`.
struct ProbeTarget {
    Q_DECLARE_TR_FUNCTIONS(ProbeTarget)
public:
    QString host;
    int port = 443;
    QString sni;            // empty: the host, unless the host is an IP address
    int timeoutMs = 10000;  // for the connection, and again for the handshake

    // The name sent as SNI and checked against the certificate.
    QString serverName() const;
    // "www.example.com:443", "[::1]:8443"
    QString displayName() const;

    // "host", "host:port", "[v6]:port", "https://host:port/path".
    static Result<ProbeTarget> parse(const QString& text, int defaultPort = 443);
};

} // namespace certpilot
