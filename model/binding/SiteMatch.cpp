// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/SiteMatch.h"

#include "binding/HostnameMatch.h"

#include <tuple>

namespace certpilot {

QStringList SiteMatch::hostNames(const Site& site)
{
    QStringList out;
    auto add = [&out](const QString& name) {
        const QString n = HostnameMatch::normalise(name);
        if (!n.isEmpty() && !out.contains(n))
            out << n;
    };
    for (const QString& raw : site.serverNames) {
        const QString name = raw.trimmed();
        if (name.isEmpty() || name == QLatin1String("_") || name.startsWith(QLatin1Char('~'))
            || name == QLatin1String("localhost") || name.contains(QLatin1Char('$')))
            continue;
        if (site.serverType == ServerType::Nginx && name.startsWith(QLatin1Char('.'))) {
            add(name.mid(1));
            add(QLatin1String("*") + name);
            continue;
        }
        // A wildcard elsewhere than the leftmost label (nginx "www.example.*",
        // Apache "web?.example.com") cannot be named by a certificate.
        const qsizetype star = name.indexOf(QLatin1Char('*'));
        if (name.contains(QLatin1Char('?')) || (star >= 0 && !name.startsWith(QLatin1String("*."))))
            continue;
        if (star >= 0 && name.indexOf(QLatin1Char('*'), star + 1) >= 0)
            continue;
        add(name);
    }
    return out;
}

QStringList SiteMatch::coveredNames(const Site& site, const Certificate& certificate)
{
    QStringList out;
    const QStringList certNames = certificate.dnsNames();
    for (const QString& name : hostNames(site)) {
        bool covered = false;
        if (name.startsWith(QLatin1String("*."))) {
            for (const QString& c : certNames)
                covered = covered || HostnameMatch::normalise(c) == name;
        } else {
            for (const QString& c : certNames)
                covered = covered || HostnameMatch::matches(c, name);
        }
        if (covered)
            out << name;
    }
    return out;
}

QStringList SiteMatch::uncoveredNames(const Site& site, const Certificate& certificate)
{
    const QStringList covered = coveredNames(site, certificate);
    QStringList out;
    for (const QString& name : hostNames(site)) {
        if (!covered.contains(name))
            out << name;
    }
    return out;
}

int SiteMatch::suggest(const QList<Site>& sites, const Certificate& certificate)
{
    int best = -1;
    std::tuple<bool, qsizetype, bool> bestScore{false, 0, false};
    for (int i = 0; i < sites.size(); ++i) {
        const qsizetype covered = coveredNames(sites[i], certificate).size();
        if (covered == 0)
            continue;
        const bool all = covered == hostNames(sites[i]).size();
        const std::tuple<bool, qsizetype, bool> score{all, covered, sites[i].tls};
        if (best < 0 || score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

} // namespace certpilot
