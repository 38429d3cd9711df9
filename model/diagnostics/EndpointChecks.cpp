// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/EndpointChecks.h"

#include "binding/ServerType.h"

namespace certpilot {

namespace {

using diagnosis::make;
using diagnosis::verdict;

QString nameOf(const Certificate& c) { return c.subject().displayName(); }

QString endpointName(const DiagnosisFacts& facts) { return facts.target ? facts.target->displayName() : QString(); }

// Not applicable without a host or after a failed connection (the served-certificate check reports that one).
bool needsProbe(Diagnosis& d, const DiagnosisFacts& facts)
{
    if (!facts.target) {
        verdict(d, Verdict::NotApplicable,
                EndpointChecks::tr("Needs the live site: give its host name (and port) to check what it serves."));
        return true;
    }
    if (!facts.probe) {
        verdict(d, Verdict::NotApplicable, EndpointChecks::tr("The site was not checked."));
        return true;
    }
    if (!facts.probe->ok()) {
        verdict(d, Verdict::NotApplicable,
                EndpointChecks::tr("%1 could not be checked (see \"Site serves this certificate\").")
                    .arg(endpointName(facts)));
        return true;
    }
    return false;
}

QString servedFix()
{
    return EndpointChecks::tr("Serve the full chain: nginx ssl_certificate with fullchain.pem (the certificate, then "
                              "the intermediates); Apache SSLCertificateFile with the chain appended, or "
                              "SSLCertificateChainFile; IIS: install the intermediates in Intermediate Certification "
                              "Authorities on the server and restart it. A binding made by CertPilot writes the full "
                              "chain.");
}

QStringList namesOf(const QList<Certificate>& list)
{
    QStringList out;
    for (const Certificate& c : list)
        out << nameOf(c);
    return out;
}

} // namespace

Diagnosis EndpointChecks::weakProtocol(const DiagnosisFacts& facts)
{
    Diagnosis d = make("weak-protocol", 8, tr("TLS protocol version"));
    if (needsProbe(d, facts))
        return d;
    const ProbeResult& p = *facts.probeResult();
    if (p.protocol.isEmpty())
        return verdict(d, Verdict::NotApplicable, tr("The protocol version was not reported."));
    if (p.protocol == QLatin1String("TLSv1") || p.protocol == QLatin1String("TLSv1.1")
        || p.protocol.startsWith(QLatin1String("SSL")))
        return verdict(d, Verdict::Fail,
                       tr("%1 negotiated %2 although TLS 1.2 and 1.3 were offered: it supports only outdated "
                          "protocols, which current browsers refuse.")
                           .arg(endpointName(facts), p.protocol),
                       tr("Enable TLS 1.2 and 1.3 and disable the older versions: nginx ssl_protocols TLSv1.2 "
                          "TLSv1.3; Apache SSLProtocol -all +TLSv1.2 +TLSv1.3; Windows: enable TLS 1.2 under "
                          "SCHANNEL\\Protocols and restart."));
    return verdict(d, Verdict::Pass, tr("%1 negotiated %2 (%3).").arg(endpointName(facts), p.protocol, p.cipher));
}

Diagnosis EndpointChecks::servedCertificate(const DiagnosisFacts& facts)
{
    Diagnosis d = make("served-certificate", 9, tr("Site serves this certificate"));
    if (!facts.target)
        return verdict(d, Verdict::NotApplicable,
                       tr("Needs the live site: give its host name (and port) to check what it serves."));
    if (!facts.probe)
        return verdict(d, Verdict::NotApplicable, tr("The site was not checked."));
    if (!facts.probe->ok())
        return verdict(d, Verdict::Fail,
                       tr("%1 could not be checked: %2").arg(endpointName(facts), facts.probe->error().message),
                       tr("Check the host name and port, that the web server runs and listens for https there, and "
                          "that no firewall blocks the port."));
    const Certificate& ours = facts.entry.certificate;
    const Certificate served = facts.probeResult()->leaf();
    if (served.isNull())
        return verdict(d, Verdict::Fail, tr("%1 sent no certificate.").arg(endpointName(facts)),
                       tr("Bind this certificate to the site and reload the web server."));
    if (served.sha1() == ours.sha1())
        return verdict(d, Verdict::Pass,
                       tr("%1 serves this certificate (SHA-1 %2).").arg(endpointName(facts), ours.sha1()));
    QString reason = tr("%1 serves a different certificate: %2, valid until %3, SHA-1 %4.")
                         .arg(endpointName(facts), nameOf(served),
                              served.notAfter().toUTC().date().toString(Qt::ISODate), served.sha1());
    if (served.publicKeyDer() == ours.publicKeyDer())
        reason += QLatin1Char(' ') + tr("It has the same key as this one.");
    if (served.notAfter() < ours.notAfter())
        reason += QLatin1Char(' ') + tr("It is older than this one: the site still serves the previous certificate.");
    for (const BindingRecord& r : facts.endpointBindings) {
        if (r.certificate.compare(ours.sha1(), Qt::CaseInsensitive) == 0 && r.boundAt.isValid()) {
            reason += QLatin1Char(' ')
                + tr("This certificate was bound to %1 on %2.")
                      .arg(r.siteName.isEmpty() ? r.siteId : r.siteName, r.boundAt.toUTC().date().toString(Qt::ISODate));
            break;
        }
        if (r.certificate.compare(ours.sha1(), Qt::CaseInsensitive) != 0) {
            reason += QLatin1Char(' ')
                + tr("CertPilot recorded this site as bound to another certificate (SHA-1 %1).").arg(r.certificate);
            break;
        }
    }
    return verdict(d, Verdict::Fail, reason,
                   tr("Reload or restart the web server so it reads the new files. If several servers sit behind a "
                      "load balancer, install and bind on each one; if a load balancer, CDN or web application "
                      "firewall in front holds its own copy, upload the certificate there too; and make sure the "
                      "host name points at the server you updated (ask the hosting provider if it is outsourced)."));
}

namespace {

// The thumbprint an HTTP.sys binding names: the end of Cert:\LocalMachine\MY\<hash>.
QString boundHash(const Site& s)
{
    return s.certificateFile.section(QLatin1Char('\\'), -1).toUpper();
}

} // namespace

Diagnosis EndpointChecks::httpSysBinding(const DiagnosisFacts& facts)
{
    Diagnosis d = make("http-sys-binding", 10, tr("HTTP.sys SSL binding (IIS)"));
    const Certificate& ours = facts.entry.certificate;
    bool iis = false;
    for (const BindingRecord& r : facts.bindings + facts.endpointBindings)
        iis = iis || r.serverType == ServerType::Iis;
    // HTTP.sys as the system has it: which bindings name this certificate, and on the site's port which name none.
    QStringList ourBindings;
    QStringList emptyOnPort;
    for (const Site& s : facts.httpSys.value_or(QList<Site>())) {
        iis = true;
        if (boundHash(s) == ours.sha1())
            ourBindings << s.id;
        if (facts.target && s.listensOn(facts.target->port) && s.certificateFile.isEmpty())
            emptyOnPort << s.id;
    }
    if (!emptyOnPort.isEmpty())
        return verdict(d, Verdict::Fail,
                       tr("HTTP.sys binding %1 has no certificate hash, so HTTPS on port %2 fails for the clients "
                          "it answers.")
                           .arg(emptyOnPort.join(QStringLiteral(", ")))
                           .arg(facts.target->port),
                       tr("Bind the certificate again in IIS Manager (Edit Bindings), or delete the broken entry "
                          "(netsh http delete sslcert) and add it with certhash=%1.")
                           .arg(ours.sha1()));
    if (facts.httpSys && !facts.target) {
        if (!ourBindings.isEmpty())
            return verdict(d, Verdict::Pass,
                           tr("HTTP.sys binds this certificate at %1.").arg(ourBindings.join(QStringLiteral(", "))));
        if (!facts.httpSys->isEmpty())
            return verdict(d, Verdict::Warning,
                           tr("HTTP.sys has SSL bindings (%1), none of them with this certificate.")
                               .arg(facts.httpSys->size()),
                           tr("If a site should use it, bind it in IIS Manager (Edit Bindings > https) or with Site > "
                              "Bind to Site, then give the site's host name here to check it."));
    }
    if (!iis)
        return verdict(d, Verdict::NotApplicable,
                       tr("Applies to IIS (HTTP.sys) on Windows: no IIS binding is recorded for this certificate "
                          "or this site."));
    if (!facts.target)
        return verdict(d, Verdict::NotApplicable,
                       tr("Give the site's host name to compare what HTTP.sys serves with the IIS binding."));
    if (!facts.probe)
        return verdict(d, Verdict::NotApplicable, tr("The site was not checked."));
    const QString port = QString::number(facts.target->port);
    if (!facts.probe->ok())
        return verdict(d, Verdict::Fail,
                       tr("An IIS binding is recorded, but %1 could not be checked: %2")
                           .arg(endpointName(facts), facts.probe->error().message),
                       tr("Check that the HTTP.sys binding exists (netsh http show sslcert) and that no other "
                          "process holds port %1 (netstat -ano).")
                           .arg(port));
    const Certificate served = facts.probeResult()->leaf();
    if (!served.isNull() && served.sha1() == ours.sha1())
        return verdict(d, Verdict::Pass, tr("HTTP.sys serves the certificate bound in IIS."));
    return verdict(d, Verdict::Fail,
                   tr("An IIS binding of this certificate is recorded, but %1 serves another one (SHA-1 %2). An "
                      "IP:port or 0.0.0.0:%3 binding takes precedence over the site's host-name (SNI) binding, or "
                      "the binding has an empty certificate hash or an all-zero application ID.")
                       .arg(endpointName(facts), served.isNull() ? tr("none") : served.sha1(), port),
                   tr("Run netsh http show sslcert. Delete the IP:port or 0.0.0.0:%1 entry that overrides the site "
                      "(netsh http delete sslcert ipport=0.0.0.0:%1) or point it at certificate hash %2, then bind "
                      "again. If another process holds port %1 (netstat -ano), stop it.")
                       .arg(port, ours.sha1()));
}

Diagnosis EndpointChecks::servedChain(const DiagnosisFacts& facts)
{
    Diagnosis d = make("served-chain", 12, tr("Site serves the full chain"));
    if (needsProbe(d, facts))
        return d;
    if (!facts.analysis)
        return verdict(d, Verdict::NotApplicable, tr("What the site served was not analysed."));
    const ProbeAnalysis& a = *facts.analysis;
    const ProbeResult& p = *facts.probeResult();
    if (a.leafOnly)
        return verdict(d, Verdict::Fail,
                       tr("%1 sends only its own certificate (one certificate in openssl s_client -showcerts). "
                          "Clients that do not have %2 cached, often phones, report an unknown issuer while desktop "
                          "browsers work.")
                           .arg(endpointName(facts),
                                a.missingIntermediates.isEmpty() ? p.leaf().issuer().displayName()
                                                                 : namesOf(a.missingIntermediates).join(QLatin1String(", "))),
                       servedFix());
    if (!a.missingIntermediates.isEmpty())
        return verdict(d, Verdict::Fail,
                       tr("%1 sends its certificate but not the intermediate certificate(s) %2.")
                           .arg(endpointName(facts), namesOf(a.missingIntermediates).join(QLatin1String(", "))),
                       servedFix());
    if (a.issuerUnknown)
        return verdict(d, Verdict::Fail,
                       tr("%1 does not send the issuer of its certificate (%2), and the store does not have it "
                          "either.")
                           .arg(endpointName(facts), p.leaf().issuer().displayName()),
                       tr("Import the intermediate certificates from your CA, add them to the served chain file "
                          "after the certificate, and reload the server."));
    return verdict(d, Verdict::Pass,
                   tr("%1 sends %n certificate(s): the chain is complete.", nullptr, int(p.servedChain.size()))
                       .arg(endpointName(facts)));
}

} // namespace certpilot
