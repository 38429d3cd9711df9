// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/ProbeTarget.h"

#include "binding/HostnameMatch.h"

namespace certpilot {

QString ProbeTarget::serverName() const
{
    if (!sni.isEmpty())
        return sni;
    return HostnameMatch::isIpAddress(host) ? QString() : HostnameMatch::normalise(host);
}

QString ProbeTarget::displayName() const
{
    const QString h = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
        ? QLatin1Char('[') + host + QLatin1Char(']')
        : host;
    return h + QLatin1Char(':') + QString::number(port);
}

Result<ProbeTarget> ProbeTarget::parse(const QString& text, int defaultPort)
{
    QString rest = text.trimmed();
    const auto bad = [&text]() {
        return makeError(ErrorKind::InvalidInput,
                         tr("\"%1\" is not a host name with an optional port, such as www.example.com:443.")
                             .arg(text));
    };
    const qsizetype scheme = rest.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        rest = rest.left(slash);
    ProbeTarget t;
    t.port = defaultPort;
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad();
        t.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return bad();
    } else if (rest.count(QLatin1Char(':')) == 1) {
        t.host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
    } else {
        t.host = rest;   // a name, or a bare IPv6 address
    }
    if (!portText.isNull()) {
        bool ok = false;
        t.port = portText.toInt(&ok);
        if (!ok || t.port < 1 || t.port > 65535)
            return makeError(ErrorKind::InvalidInput, tr("The port must be a number from 1 to 65535."));
    }
    if (t.host.isEmpty() || t.host.contains(QLatin1Char(' ')))
        return bad();
    return t;
}

} // namespace certpilot
