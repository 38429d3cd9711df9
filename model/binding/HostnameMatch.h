// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"

#include <QString>

namespace certpilot {

// Host-name rules for server certificates, as browsers apply them (RFC 6125
// section 6.4.3 with the CA/Browser Forum restrictions): names compare without
// case and without a trailing dot; `*` is allowed only as the whole leftmost
// label, matches exactly one label, and needs at least two labels after it;
// no partial wildcards (`w*.example.com`); no wildcards for IP addresses; the
// subject CN is ignored when checking a certificate.
class HostnameMatch {
public:
    // Whether `pattern` (a certificate DNS name, possibly "*.example.com")
    // covers the concrete host name `host`.
    static bool matches(const QString& pattern, const QString& host);

    // Whether a certificate covers a host name or an IP address, decided by
    // OpenSSL's X509_check_host / X509_check_ip_asc with the flags above.
    static bool covers(const Certificate& certificate, const QString& hostOrAddress);

    // Dotted IPv4, or IPv6 (anything with a colon, brackets allowed).
    static bool isIpAddress(const QString& host);

    // Lower case, no trailing dot, IPv6 brackets removed.
    static QString normalise(const QString& host);
};

} // namespace certpilot
