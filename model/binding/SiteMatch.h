// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "binding/Site.h"

#include <QList>
#include <QStringList>

namespace certpilot {

// Which configured site a certificate belongs to, by its names (SANs).
class SiteMatch {
public:
    // The concrete host names a site answers to: nginx ".example.com" gives
    // "example.com" and "*.example.com"; catch-alls ("_", "") and regular
    // expressions ("~^www\d+") are left out, since no certificate names them.
    static QStringList hostNames(const Site& site);

    // The site's host names the certificate covers. A wildcard site name
    // ("*.example.com") is covered only by the same wildcard in the certificate.
    static QStringList coveredNames(const Site& site, const Certificate& certificate);
    static QStringList uncoveredNames(const Site& site, const Certificate& certificate);

    // The index of the site to suggest, or -1 when no site has a name the
    // certificate covers. Ranking: every name covered, then most names
    // covered, then a site that already has https, then the first in the
    // configuration.
    static int suggest(const QList<Site>& sites, const Certificate& certificate);
};

} // namespace certpilot
