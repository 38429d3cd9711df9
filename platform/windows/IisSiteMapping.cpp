// SPDX-License-Identifier: GPL-3.0-or-later
#include "IisSiteMapping.h"

namespace certpilot {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }

// The port of an endpoint text: after the last colon ("[::]:443" included).
int portOf(const std::string& endpoint)
{
    const auto colon = endpoint.rfind(':');
    return colon == std::string::npos ? 0 : QString::fromStdString(endpoint.substr(colon + 1)).toInt();
}
} // namespace

Site IisSiteMapping::toSite(const win::SslBinding& binding)
{
    Site site;
    site.serverType = ServerType::Iis;
    site.id = q(binding.endpoint());
    site.configFile = configName();
    if (binding.kind == win::SslBinding::Kind::HostnamePort)
        site.serverNames << q(binding.host);
    ListenAddress listen;
    listen.host = binding.isWildcardAddress() ? QString()
        : binding.host.find(':') != std::string::npos ? QStringLiteral("[%1]").arg(q(binding.host))
                                                     : q(binding.host);
    listen.port = binding.port;
    listen.tls = true;
    site.listens << listen;
    if (!binding.certificateHash.empty()) {
        const QString store = binding.storeName.empty() ? QStringLiteral("MY") : q(binding.storeName);
        // PowerShell's certificate drive path: what an administrator can paste.
        site.certificateFile = QStringLiteral("Cert:\\LocalMachine\\%1\\%2")
                                   .arg(store, q(win::SslBindingAudit::normalizeHash(binding.certificateHash)));
    }
    site.tls = true;
    return site;
}

std::optional<win::SslBinding> IisSiteMapping::endpointFor(const Site& site, int port)
{
    if (auto parsed = win::SslBinding::parseEndpoint(site.id.toStdString()))
        return parsed;
    for (const QString& name : site.serverNames) {
        if (name.isEmpty() || name.startsWith(QLatin1Char('*')) || name.startsWith(QLatin1Char('~')) || name == QLatin1String("_"))
            continue;
        if (auto parsed = win::SslBinding::parseEndpoint(QStringLiteral("%1:%2").arg(name).arg(port).toStdString()))
            return parsed;
    }
    return std::nullopt;
}

QByteArray IisSiteMapping::netshText(const std::optional<win::SslBinding>& binding)
{
    if (!binding)
        return {};
    const bool sni = binding->kind == win::SslBinding::Kind::HostnamePort;
    QString text;
    text += QStringLiteral("    %1 : %2\n").arg(sni ? QStringLiteral("Hostname:port") : QStringLiteral("IP:port"),
                                                 q(binding->endpoint()));
    text += QStringLiteral("    Certificate Hash             : %1\n").arg(q(binding->certificateHash).toLower());
    text += QStringLiteral("    Application ID               : %1\n").arg(q(binding->applicationId));
    text += QStringLiteral("    Certificate Store Name       : %1\n")
                .arg(binding->storeName.empty() ? QStringLiteral("(null)") : q(binding->storeName));
    return text.toUtf8();
}

QString IisSiteMapping::noteFor(const win::BindingProblem& problem)
{
    const QString endpoint = q(problem.endpoint);
    switch (problem.kind) {
    case win::BindingProblemKind::EmptyHash:
        return tr("HTTP.sys binding %1 has no certificate hash, so HTTPS on it fails. Bind a certificate to it, or "
                  "delete it (netsh http delete sslcert).").arg(endpoint);
    case win::BindingProblemKind::MalformedHash:
        return tr("HTTP.sys binding %1 has a certificate hash that is not a SHA-1 thumbprint. Bind the certificate "
                  "again.").arg(endpoint);
    case win::BindingProblemKind::ZeroApplicationId:
        return tr("HTTP.sys binding %1 has an all-zero application id, left by a broken tool. Bind it again so it "
                  "carries IIS' application id.").arg(endpoint);
    case win::BindingProblemKind::OverridesSniBinding: {
        QStringList related;
        for (const std::string& r : problem.related)
            related << q(r);
        return tr("HTTP.sys binding %1 answers on every address of its port, so clients without SNI (and some "
                  "tools) get its certificate instead of the one bound to %2. Give it the same certificate, or "
                  "delete it if the port should serve host names only.")
            .arg(endpoint, related.join(QStringLiteral(", ")));
    }
    case win::BindingProblemKind::CertificateNotFound:
        return tr("HTTP.sys binding %1 names a certificate that is not in the store, so HTTPS on it fails. Bind an "
                  "installed certificate to it.").arg(endpoint);
    }
    return q(std::string(win::SslBindingAudit::advice(problem.kind)));
}

QStringList IisSiteMapping::notesFor(const std::vector<win::BindingProblem>& problems, const win::SslBinding& endpoint)
{
    QStringList out;
    const std::string mine = endpoint.endpoint();
    for (const win::BindingProblem& p : problems) {
        bool relevant = p.endpoint == mine || portOf(p.endpoint) == endpoint.port;
        for (const std::string& r : p.related)
            relevant = relevant || r == mine;
        if (relevant)
            out << noteFor(p);
    }
    return out;
}

} // namespace certpilot
