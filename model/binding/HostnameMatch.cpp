// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/HostnameMatch.h"

#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"

#include <QStringList>

namespace certpilot {

QString HostnameMatch::normalise(const QString& host)
{
    QString out = host.trimmed().toLower();
    if (out.startsWith(QLatin1Char('[')) && out.endsWith(QLatin1Char(']')))
        out = out.mid(1, out.size() - 2);
    if (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

bool HostnameMatch::isIpAddress(const QString& host)
{
    const QString h = normalise(host);
    if (h.contains(QLatin1Char(':')))
        return true;
    const QStringList parts = h.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString& p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || p.isEmpty() || p.size() > 3 || v < 0 || v > 255)
            return false;
    }
    return true;
}

bool HostnameMatch::matches(const QString& pattern, const QString& host)
{
    const QString p = normalise(pattern);
    const QString h = normalise(host);
    if (p.isEmpty() || h.isEmpty() || h.contains(QLatin1Char('*')))
        return false;
    if (!p.contains(QLatin1Char('*')))
        return p == h;
    if (isIpAddress(h))
        return false;
    const QStringList pl = p.split(QLatin1Char('.'));
    const QStringList hl = h.split(QLatin1Char('.'));
    // "*" must be the whole leftmost label, the only wildcard, with two labels after it.
    if (pl.first() != QLatin1String("*") || pl.size() < 3 || pl.mid(1).join(QLatin1Char('.')).contains(QLatin1Char('*')))
        return false;
    if (hl.size() != pl.size() || hl.first().isEmpty())
        return false;
    for (qsizetype i = 1; i < pl.size(); ++i) {
        if (pl[i] != hl[i] || pl[i].isEmpty())
            return false;
    }
    return true;
}

bool HostnameMatch::covers(const Certificate& certificate, const QString& hostOrAddress)
{
    const QString host = normalise(hostOrAddress);
    // OpenSSL reads a leading dot as "any subdomain"; no client asks for such a name.
    if (certificate.isNull() || host.isEmpty() || host.startsWith(QLatin1Char('.')))
        return false;
    const auto* p = reinterpret_cast<const unsigned char*>(certificate.der().constData());
    ossl::X509Ptr x(d2i_X509(nullptr, &p, certificate.der().size()));
    if (!x) {
        ossl::clearErrors();
        return false;
    }
    const QByteArray bytes = host.toUtf8();
    int rc = 0;
    if (isIpAddress(host)) {
        rc = X509_check_ip_asc(x.get(), bytes.constData(), 0);
    } else {
        rc = X509_check_host(x.get(), bytes.constData(), size_t(bytes.size()),
                             X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS | X509_CHECK_FLAG_NEVER_CHECK_SUBJECT, nullptr);
    }
    ossl::clearErrors();
    return rc == 1;
}

} // namespace certpilot
