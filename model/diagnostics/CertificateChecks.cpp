// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/CertificateChecks.h"

#include "StoreKind.h"
#include "binding/HostnameMatch.h"

#include <openssl/x509v3.h>

namespace certpilot {

namespace {

using diagnosis::make;
using diagnosis::verdict;

QString day(const QDateTime& t) { return t.toUTC().date().toString(Qt::ISODate); }
QString stamp(const QDateTime& t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }
QString nameOf(const Certificate& c) { return c.subject().displayName(); }

bool weakDigest(const QString& digest)
{
    const QString d = digest.toUpper();
    return d == QLatin1String("SHA1") || d == QLatin1String("MD5") || d == QLatin1String("MD2")
        || d == QLatin1String("MD4");
}

const ChainNode* gapOf(const ChainResult& chain)
{
    for (const ChainNode& n : chain.nodes) {
        if (n.isGap())
            return &n;
    }
    return nullptr;
}

} // namespace

Diagnosis CertificateChecks::validity(const DiagnosisFacts& facts)
{
    Diagnosis d = make("validity", 1, tr("Validity dates"));
    const Certificate& c = facts.entry.certificate;
    const QDateTime at = facts.when();
    if (c.isNotYetValid(at))
        return verdict(d, Verdict::Fail,
                       tr("Not valid yet: it is valid from %1, and this computer's clock says %2.")
                           .arg(stamp(c.notBefore()), stamp(at)),
                       tr("If the certificate was just issued, wait until then. Otherwise this computer's clock is "
                          "wrong (time drift in a virtual machine, a dead BIOS battery): correct it and turn on "
                          "time synchronisation (NTP)."));
    if (c.isExpired(at))
        return verdict(d, Verdict::Fail,
                       tr("Expired on %1 (%n day(s) ago).", nullptr, int(-c.daysLeft(at))).arg(day(c.notAfter())),
                       tr("Renew it: create a new request, have the CA issue the new certificate, install it and "
                          "bind it again. If the date looks wrong, check this computer's clock."));
    for (const ChainNode& n : facts.chain.nodes) {
        if (n.isGap() || n.certificate == c || !n.certificate.isExpired(at))
            continue;
        return verdict(d, Verdict::Fail,
                       tr("The certificate is within its dates, but %1 on its certification path expired on %2.")
                           .arg(nameOf(n.certificate), day(n.certificate.notAfter())),
                       tr("Install the CA's current intermediate and root certificates (from its web site or a new "
                          "cert.zip) and remove the expired one."));
    }
    const qint64 left = c.daysLeft(at);
    if (left < kRenewWarningDays)
        return verdict(d, Verdict::Warning,
                       tr("Valid until %1: only %n day(s) left.", nullptr, int(left)).arg(day(c.notAfter())),
                       tr("Renew now: the CA needs days to issue the new certificate, and every site using this one "
                          "must be bound again."));
    return verdict(d, Verdict::Pass,
                   tr("Valid from %1 to %2 (%n day(s) left).", nullptr, int(left))
                       .arg(day(c.notBefore()), day(c.notAfter())));
}

Diagnosis CertificateChecks::intermediateMissing(const DiagnosisFacts& facts)
{
    Diagnosis d = make("intermediate-missing", 2, tr("Intermediate certificates installed"));
    const Certificate& c = facts.entry.certificate;
    if (c.isSelfSigned())
        return verdict(d, Verdict::NotApplicable, tr("The certificate is self-signed: it has no issuer to install."));
    const ChainResult& chain = facts.chain;
    if (const ChainNode* gap = gapOf(chain)) {
        QString below = nameOf(c);
        for (qsizetype i = 0; i + 1 < chain.nodes.size(); ++i) {
            if (&chain.nodes[i] == gap)
                below = nameOf(chain.nodes[i + 1].certificate);
        }
        return verdict(d, Verdict::Fail,
                       tr("The issuer of %1 is not in the store: %2. The certification path stops there, and "
                          "clients without it report \"issued by an untrusted company\" (SEC_ERROR_UNKNOWN_ISSUER).")
                           .arg(below, gap->missingIssuer),
                       tr("Install the CA certificates your CA sent (uca.cer, or uca_1.cer and uca_2.cer, and "
                          "root.cer from cert.zip) with File > Import Certificates, then bind the site again so "
                          "it serves them."));
    }
    return verdict(d, Verdict::Pass,
                   tr("Every certificate between this one and its root is installed (%n level(s)).", nullptr,
                      int(chain.nodes.size())));
}

Diagnosis CertificateChecks::rootNotTrusted(const DiagnosisFacts& facts)
{
    Diagnosis d = make("root-not-trusted", 3, tr("Root trusted"));
    const ChainResult& chain = facts.chain;
    if (chain.nodes.isEmpty())
        return verdict(d, Verdict::NotApplicable, tr("No certification path was built."));
    if (gapOf(chain))
        return verdict(d, Verdict::NotApplicable,
                       tr("The certification path stops at a missing issuer (see \"Intermediate certificates "
                          "installed\"), so its root cannot be checked yet."));
    const ChainNode& top = chain.nodes.first();
    if (top.trustAnchor)
        return verdict(d, Verdict::Pass,
                       tr("The path ends at %1, which is in Trusted Root Certification Authorities.")
                           .arg(nameOf(top.certificate)));
    if (chain.nodes.size() == 1)
        return verdict(d, Verdict::Fail,
                       tr("The certificate is self-signed: it is its own root, and no client trusts it "
                          "(CERT_E_UNTRUSTEDROOT)."),
                       tr("For a public site use a certificate issued by a CA. For an internal site, install this "
                          "certificate in Trusted Root Certification Authorities on every client."));
    return verdict(d, Verdict::Fail,
                   tr("The path ends at %1, which is not in Trusted Root Certification Authorities "
                      "(CERT_E_UNTRUSTEDROOT).")
                       .arg(nameOf(top.certificate)),
                   tr("If you trust this CA, install its root certificate (root.cer from cert.zip) with File > "
                      "Import Certificates, after comparing its SHA-256 fingerprint with the one the CA publishes: "
                      "%1.")
                       .arg(top.certificate.sha256()));
}

QStringList CertificateChecks::hostsToCheck(const DiagnosisFacts& facts)
{
    QStringList hosts;
    auto add = [&hosts](const QString& h) {
        const QString n = HostnameMatch::normalise(h);
        // Catch-all blocks ("_"), regular expressions ("~...") and wildcard server names are not host names.
        if (n.isEmpty() || n == QLatin1String("_") || n.startsWith(QLatin1Char('~')) || n.contains(QLatin1Char('*'))
            || n.startsWith(QLatin1Char('.')) || hosts.contains(n))
            return;
        hosts << n;
    };
    if (facts.target) {
        add(facts.target->serverName().isEmpty() ? facts.target->host : facts.target->serverName());
        return hosts;
    }
    for (const BindingRecord& r : facts.bindings) {
        for (const QString& name : r.serverNames)
            add(name);
    }
    return hosts;
}

Diagnosis CertificateChecks::hostName(const DiagnosisFacts& facts)
{
    Diagnosis d = make("host-name", 4, tr("Host name in the certificate"));
    const Certificate& c = facts.entry.certificate;
    const QStringList hosts = hostsToCheck(facts);
    if (hosts.isEmpty())
        return verdict(d, Verdict::NotApplicable,
                       tr("No host name was given, and no site is recorded as using this certificate. Give the "
                          "site's host name to check it."));
    QStringList uncovered;
    for (const QString& h : hosts) {
        if (!HostnameMatch::covers(c, h))
            uncovered << h;
    }
    if (uncovered.isEmpty())
        return verdict(d, Verdict::Pass, tr("The certificate covers %1.").arg(hosts.join(QLatin1String(", "))));

    QStringList names;
    for (const SubjectAltName& san : c.subjectAltNames()) {
        if (san.type == SubjectAltName::Type::Dns || san.type == SubjectAltName::Type::Ip)
            names << san.value;
    }
    QString reason = tr("%1 is not among the certificate's names (%2). Browsers report a name mismatch.")
                         .arg(uncovered.join(QLatin1String(", ")),
                              names.isEmpty() ? tr("it has no Subject Alternative Name") : names.join(QLatin1String(", ")));
    for (const QString& h : uncovered) {
        for (const QString& pattern : names) {
            if (!pattern.startsWith(QLatin1String("*.")))
                continue;
            const QString base = HostnameMatch::normalise(pattern.mid(2));
            if (h == base)
                reason += QLatin1Char(' ')
                    + tr("A wildcard does not cover its own base name: %1 does not cover %2.").arg(pattern, h);
            else if (h.endsWith(QLatin1Char('.') + base))
                reason += QLatin1Char(' ')
                    + tr("A wildcard covers exactly one label: %1 does not cover %2.").arg(pattern, h);
        }
        if (HostnameMatch::normalise(c.subject().commonName()) == h)
            reason += QLatin1Char(' ')
                + tr("%1 is only the subject's Common Name, which browsers ignore: it must be a Subject "
                     "Alternative Name.")
                      .arg(h);
    }
    return verdict(d, Verdict::Fail, reason,
                   tr("Request a certificate whose Subject Alternative Names include %1 (every name the site "
                      "answers to), or use a host name the certificate covers.")
                       .arg(uncovered.join(QLatin1String(", "))));
}

Diagnosis CertificateChecks::privateKeyMissing(const DiagnosisFacts& facts)
{
    Diagnosis d = make("private-key-missing", 5, tr("Private key present"));
    const StoreEntry& e = facts.entry;
    if (e.kind != StoreKind::Personal)
        return verdict(d, Verdict::NotApplicable,
                       tr("Certificates in %1 need no private key; a server certificate in Personal does.")
                           .arg(StoreKindText::displayName(e.kind)));
    if (e.hasPrivateKey)
        return verdict(d, Verdict::Pass, tr("The store holds a private key for this certificate."));
    const StoreEntry* pending = nullptr;
    for (const StoreEntry& r : facts.contents.entries) {
        if (r.kind == StoreKind::Requests && !r.request.isNull()
            && r.request.publicKeyDer() == e.certificate.publicKeyDer())
            pending = &r;
    }
    const QString reason = tr("The store has no private key for this certificate, so no server can use it. This "
                              "happens when the request was completed on another server or its pending key was "
                              "lost; the certificate then seems to \"disappear\" after Complete Request.");
    if (pending)
        return verdict(d, Verdict::Fail, reason,
                       tr("The pending request for this certificate is in this store with its key: complete it "
                          "(Certificate > Complete Request) with this certificate's file."));
    return verdict(d, Verdict::Fail, reason,
                   tr("Only the original key cures this: import the PFX backup that holds it (File > Import PFX), "
                      "or complete the request on the machine that made it and export a PFX there. Otherwise create "
                      "a new request and have the CA re-issue the certificate (this takes days)."));
}

Diagnosis CertificateChecks::keyMismatch(const DiagnosisFacts& facts)
{
    Diagnosis d = make("key-mismatch", 6, tr("Private key matches"));
    if (!facts.key)
        return verdict(d, Verdict::NotApplicable,
                       tr("There is no private key to compare (see \"Private key present\")."));
    if (!facts.key->ok())
        return verdict(d, Verdict::NotApplicable,
                       tr("The private key cannot be read, so it cannot be compared (see \"Private key "
                          "readable\")."));
    if (facts.key->value().matches(facts.entry.certificate))
        return verdict(d, Verdict::Pass, tr("The private key matches the certificate's public key."));
    return verdict(d, Verdict::Fail,
                   tr("The private key stored with this certificate belongs to another certificate: the public "
                      "keys differ. A server given this pair refuses to start or fails every handshake."),
                   tr("Use the right key: the PFX backup made with this certificate, or the pending request it was "
                      "issued for. If that key is lost, create a new request and have the certificate re-issued."));
}

Diagnosis CertificateChecks::serverAuth(const DiagnosisFacts& facts)
{
    Diagnosis d = make("server-auth", 7, tr("Valid for server authentication"));
    const Certificate& c = facts.entry.certificate;
    const QStringList& eku = c.extendedKeyUsage();
    const QString askCa = tr("Ask your CA for a TLS/SSL server certificate (Server Authentication); client, e-mail "
                             "and code-signing certificates cannot serve a site.");
    if (c.hasKeyUsage()
        && !(c.keyUsage() & (X509v3_KU_DIGITAL_SIGNATURE | X509v3_KU_KEY_ENCIPHERMENT | X509v3_KU_KEY_AGREEMENT)))
        return verdict(d, Verdict::Fail,
                       tr("Its Key Usage (%1) allows neither digital signatures nor key encipherment, which TLS "
                          "needs.")
                           .arg(c.keyUsageNames().join(QLatin1String(", "))),
                       askCa);
    if (!c.hasExtendedKeyUsage())
        return verdict(d, Verdict::Warning,
                       tr("The certificate has no Extended Key Usage. Most clients accept that, but some require "
                          "Server Authentication."),
                       tr("Nothing to do now; ask for Server Authentication at the next renewal (CAs include it)."));
    if (eku.contains(QLatin1String("1.3.6.1.5.5.7.3.1")))
        return verdict(d, Verdict::Pass, tr("Valid for Server Authentication (Extended Key Usage)."));
    if (eku.contains(QLatin1String("2.5.29.37.0")))
        return verdict(d, Verdict::Warning,
                       tr("Its Extended Key Usage is only \"any purpose\"; browsers expect Server Authentication."),
                       askCa);
    return verdict(d, Verdict::Fail,
                   tr("Not valid for server authentication: its Extended Key Usage is %1, without Server "
                      "Authentication. Browsers refuse it for a web site.")
                       .arg(c.extendedKeyUsageNames().join(QLatin1String(", "))),
                   askCa);
}

Diagnosis CertificateChecks::weakKey(const DiagnosisFacts& facts)
{
    Diagnosis d = make("weak-key", 8, tr("Key strength"));
    const Certificate& c = facts.entry.certificate;
    const QString key = c.keyDescription();
    const QString renew = tr("Create a new request with RSA 2048 bits or more, or ECDSA P-256, and have the "
                             "certificate re-issued.");
    switch (c.keyAlgorithm()) {
    case KeyAlgorithm::Rsa:
    case KeyAlgorithm::Ec: {
        const int minimum = c.keyAlgorithm() == KeyAlgorithm::Rsa ? 2048 : 256;
        if (c.keyBits() < minimum)
            return verdict(d, Verdict::Fail,
                           tr("%1 is too weak: at least %2 bits are needed, and browsers refuse less.")
                               .arg(key)
                               .arg(minimum),
                           renew);
        return verdict(d, Verdict::Pass, tr("%1: strong enough.").arg(key));
    }
    case KeyAlgorithm::Ed25519:
    case KeyAlgorithm::Ed448:
        return verdict(d, Verdict::Warning,
                       tr("%1 is strong, but many clients do not accept it in server certificates yet.").arg(key),
                       renew);
    case KeyAlgorithm::Dsa:
    case KeyAlgorithm::Unknown:
        break;
    }
    return verdict(d, Verdict::Fail, tr("%1 is not accepted by browsers.").arg(key), renew);
}

Diagnosis CertificateChecks::weakSignature(const DiagnosisFacts& facts)
{
    Diagnosis d = make("weak-signature", 8, tr("Signature hash"));
    const Certificate& c = facts.entry.certificate;
    // A trusted root's own signature does not matter (it is trusted by being
    // installed); every other signature on the path does.
    QStringList weak;
    if (!c.isSelfSigned() && weakDigest(c.signatureDigest()))
        weak << tr("%1 (%2)").arg(nameOf(c), c.signatureAlgorithm());
    for (const ChainNode& n : facts.chain.nodes) {
        if (!n.isGap() && !n.trustAnchor && !n.certificate.isSelfSigned() && !(n.certificate == c)
            && weakDigest(n.certificate.signatureDigest()))
            weak << tr("%1 (%2)").arg(nameOf(n.certificate), n.certificate.signatureAlgorithm());
    }
    if (!weak.isEmpty())
        return verdict(d, Verdict::Fail,
                       tr("Signed with a broken hash (SHA-1 or older): %1. Browsers reject it.")
                           .arg(weak.join(QLatin1String(", "))),
                       tr("Ask your CA to re-issue the certificate signed with SHA-256, and install its current "
                          "intermediate certificates."));
    return verdict(d, Verdict::Pass,
                   c.isSelfSigned() ? tr("Self-signed with %1.").arg(c.signatureAlgorithm())
                                    : tr("Signed with %1.").arg(c.signatureAlgorithm()));
}

Diagnosis CertificateChecks::keyAccess(const DiagnosisFacts& facts)
{
    Diagnosis d = make("key-access", 11, tr("Private key readable"));
    if (!facts.key)
        return verdict(d, Verdict::NotApplicable, tr("The store lists no private key for this certificate."));
    if (facts.key->ok())
        return verdict(d, Verdict::Pass, tr("The private key can be read."));
    const Error& error = facts.key->error();
    const QString reason = tr("The store lists a private key for this certificate, but it cannot be read: %1")
                               .arg(error.message);
    if (error.kind == ErrorKind::PermissionDenied || error.kind == ErrorKind::Io)
        return verdict(d, Verdict::Fail, reason,
                       tr("Give the account that uses the key read access to it. On Windows: certlm.msc > "
                          "Personal > the certificate > All Tasks > Manage Private Keys, and allow Read for the web "
                          "server's account (IIS AppPool\\<pool>, NETWORK SERVICE); Schannel logs event 36870 "
                          "(0x80090016, 0x8009001a) until it can. In a PEM store the key file must be readable "
                          "by its owner (mode 0600)."));
    return verdict(d, Verdict::Fail, reason,
                   tr("The key is damaged or in a form CertPilot cannot read: restore it from the PFX backup."));
}

} // namespace certpilot
