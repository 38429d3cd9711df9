// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/Site.h"

namespace certpilot {

QString Site::displayName() const
{
    for (const QString& name : serverNames) {
        if (!name.isEmpty() && name != QLatin1String("_") && !name.startsWith(QLatin1Char('~')))
            return name.startsWith(QLatin1Char('.')) ? name.mid(1) : name;
    }
    return tr("(default site)");
}

QString Site::portsText() const
{
    QStringList parts;
    for (const ListenAddress& l : listens) {
        QString text = l.port ? QString::number(l.port) : tr("any port");
        if (!l.host.isEmpty() && l.host != QLatin1String("*") && l.host != QLatin1String("_default_"))
            text = l.host + QLatin1Char(':') + text;
        if (l.tls)
            text += tr(" (https)");
        if (!parts.contains(text))
            parts << text;
    }
    return parts.isEmpty() ? tr("default port") : parts.join(QStringLiteral(", "));
}

QList<int> Site::tlsPorts() const
{
    QList<int> out;
    for (const ListenAddress& l : listens) {
        if (l.tls && l.port && !out.contains(l.port))
            out << l.port;
    }
    return out;
}

bool Site::listensOn(int port) const
{
    for (const ListenAddress& l : listens) {
        if (l.port == port)
            return true;
    }
    return false;
}

} // namespace certpilot
