// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindWorkflow.h"

#include "ChainVerifier.h"
#include "binding/HostnameMatch.h"

namespace certpilot {

QList<Certificate> BindWorkflow::intermediatesFor(const Certificate& leaf, const StoreContents& contents)
{
    const auto verifier = ChainVerifier::forStore(contents);
    const ChainResult path = verifier->verify(leaf);
    QList<Certificate> out;
    for (qsizetype i = path.nodes.size() - 2; i >= 0; --i) {
        const ChainNode& n = path.nodes[i];
        if (n.isGap() || n.trustAnchor || n.certificate.isSelfSigned())
            break;
        out << n.certificate;
    }
    return out;
}

Result<BindingRequest> BindWorkflow::makeRequest(const CertificateStore& store, const StoreContents& contents,
                                                 const QString& sha1, const Site& site, bool addListener, int port)
{
    const StoreEntry* entry = contents.find(StoreKind::Personal, sha1.toUpper());
    if (!entry || entry->certificate.isNull())
        return makeError(ErrorKind::NotFound,
                         tr("Certificate %1 is not in Personal. Only a certificate with its private key can be bound "
                            "to a site.")
                             .arg(sha1));
    const Certificate& cert = entry->certificate;
    if (cert.isCa())
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is a CA certificate. Bind the server certificate it issued instead.")
                             .arg(cert.subject().displayName()));
    if (!cert.allowsServerAuth())
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is not valid for server authentication (its Extended Key Usage lacks serverAuth), so "
                            "browsers would refuse it. Ask the CA for a TLS server certificate.")
                             .arg(cert.subject().displayName()));
    if (cert.isExpired())
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 expired on %2. Renew it before binding it to a site.")
                             .arg(cert.subject().displayName(), cert.notAfter().date().toString(Qt::ISODate)));
    if (!entry->hasPrivateKey)
        return makeError(ErrorKind::KeyMissing,
                         tr("The store has no private key for %1, so no server can use it. The key stays on the "
                            "machine that made the request: restore it from a PFX backup, or make a new request.")
                             .arg(cert.subject().displayName()));
    auto key = store.privateKey(StoreKind::Personal, entry->id);
    if (!key)
        return key.error();
    if (!key->matches(cert))
        return makeError(ErrorKind::KeyMismatch,
                         tr("The private key kept with %1 does not belong to it. Re-import the certificate with its "
                            "own key (PFX backup).")
                             .arg(cert.subject().displayName()));

    BindingRequest request;
    request.site = site;
    request.certificate = cert;
    request.key = *key;
    request.intermediates = intermediatesFor(cert, contents);
    request.addListener = addListener;
    request.port = port;
    if (request.intermediates.isEmpty() && !cert.isSelfSigned()) {
        const ChainResult path = ChainVerifier::forStore(contents)->verify(cert);
        const bool issuerIsRoot = path.nodes.size() >= 2 && path.nodes[path.nodes.size() - 2].trustAnchor;
        if (!issuerIsRoot)
            request.notes << tr("The store does not have the issuer of this certificate (%1), so the site will "
                                "send the certificate alone and many clients will not trust it. Import the "
                                "intermediate certificates from your CA first.")
                                 .arg(cert.issuer().displayName());
    }
    if (cert.isNotYetValid())
        request.notes << tr("The certificate is not valid before %1; clients will refuse it until then.")
                             .arg(cert.notBefore().toString(Qt::ISODate));
    return request;
}

Result<Site> BindWorkflow::findSite(const QList<Site>& sites, const QString& nameOrId, bool addListener)
{
    for (const Site& s : sites) {
        if (s.id == nameOrId)
            return s;
    }
    const QString wanted = HostnameMatch::normalise(nameOrId);
    QList<Site> named;
    for (const Site& s : sites) {
        for (const QString& n : s.serverNames) {
            if (HostnameMatch::normalise(n) == wanted || (n.startsWith(QLatin1Char('.')) && n.mid(1) == wanted)) {
                named << s;
                break;
            }
        }
    }
    if (named.isEmpty())
        return makeError(ErrorKind::NotFound,
                         tr("No site named %1 is in the configuration. List the sites to see their names and ids.")
                             .arg(nameOrId));
    if (named.size() > 1) {
        QList<Site> preferred;
        for (const Site& s : named) {
            if (s.tls != addListener)
                preferred << s;
        }
        if (preferred.size() == 1)
            return preferred.first();
        QStringList ids;
        for (const Site& s : named)
            ids << s.id;
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 names %n sites (%2); give the site's id instead.", nullptr, int(named.size()))
                             .arg(nameOrId, ids.join(QStringLiteral(", "))));
    }
    return named.first();
}

} // namespace certpilot
