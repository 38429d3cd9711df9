// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/ProbeAnalysis.h"

#include "binding/HostnameMatch.h"

#include <QSet>

namespace certpilot {

namespace {

QString nameOf(const Certificate& c) { return c.subject().displayName(); }

QStringList namesOf(const QList<Certificate>& list)
{
    QStringList out;
    for (const Certificate& c : list)
        out << nameOf(c);
    return out;
}

} // namespace

bool ProbeAnalysis::allPassed() const
{
    return chainComplete() && chainTrusted && (hostname.isEmpty() || hostCovered) && leafIsBound.value_or(true)
        && expired.isEmpty() && notYetValid.isEmpty();
}

int ProbeAnalysis::count(FindingLevel level) const
{
    int n = 0;
    for (const ProbeFinding& f : findings)
        n += f.level == level ? 1 : 0;
    return n;
}

QString ProbeAnalysis::levelText(FindingLevel level)
{
    switch (level) {
    case FindingLevel::Pass:
        return tr("PASS");
    case FindingLevel::Info:
        return tr("INFO");
    case FindingLevel::Warn:
        return tr("WARN");
    case FindingLevel::Fail:
        return tr("FAIL");
    }
    return {};
}

ProbeAnalysis ProbeAnalysis::analyse(const ProbeResult& probe, const StoreContents& store, const Options& options)
{
    ProbeAnalysis a;
    auto add = [&a](FindingLevel level, const char* id, const QString& message) {
        a.findings.append({level, QLatin1String(id), message});
    };
    a.hostname = !options.hostname.isEmpty() ? options.hostname
               : !probe.target.serverName().isEmpty() ? probe.target.serverName()
                                                       : probe.target.host;
    const QDateTime at = options.at.isValid() ? options.at : QDateTime::currentDateTimeUtc();
    if (probe.servedChain.isEmpty()) {
        add(FindingLevel::Fail, "no-certificate", tr("The server sent no certificate."));
        return a;
    }
    const Certificate leaf = probe.servedChain.first();
    const QList<Certificate> sentExtras = probe.servedChain.mid(1);

    QList<Certificate> roots;
    QList<Certificate> storeIntermediates;
    for (const StoreEntry& e : store.entries) {
        if (e.certificate.isNull())
            continue;
        if (e.kind == StoreKind::TrustedRoot)
            roots << e.certificate;
        else if (e.kind == StoreKind::Intermediate || (e.kind == StoreKind::Personal && e.certificate.isCa()))
            storeIntermediates << e.certificate;
    }

    // Case 9: the site serves something else than what was bound.
    if (!options.bound.isNull()) {
        a.leafIsBound = leaf.sha1() == options.bound.sha1();
        if (*a.leafIsBound) {
            add(FindingLevel::Pass, "leaf-bound",
                tr("The server sends the bound certificate (SHA-1 %1).").arg(leaf.sha1()));
        } else {
            QString what = tr("%1, expires %2, SHA-1 %3")
                               .arg(nameOf(leaf), leaf.notAfter().date().toString(Qt::ISODate), leaf.sha1());
            if (leaf.publicKeyDer() == options.bound.publicKeyDer())
                what += tr("; it has the same key as the bound certificate");
            if (leaf.notAfter() < options.bound.notAfter())
                what += tr("; it is older than the bound certificate");
            add(FindingLevel::Fail, "leaf-bound",
                tr("The server sends a different certificate than the one bound (%1). The server may not have been "
                   "reloaded, another server behind a load balancer may have answered, or a device in front of it "
                   "(load balancer, CDN, firewall) holds its own copy.")
                    .arg(what));
        }
    }

    // Which intermediates the chain needs: build it with everything the store knows.
    VerifyOptions vo;
    vo.at = at;
    vo.sslServer = !leaf.isCa();
    const ChainVerifier full(roots, storeIntermediates + sentExtras, vo);
    const ChainResult fullPath = full.verify(leaf);
    QList<Certificate> needed;   // issuer of the leaf first
    bool directlyUnderRoot = false;
    for (qsizetype i = fullPath.nodes.size() - 2; i >= 0; --i) {
        const ChainNode& n = fullPath.nodes[i];
        if (n.isGap() || n.trustAnchor || n.certificate.isSelfSigned()) {
            directlyUnderRoot = i == fullPath.nodes.size() - 2 && n.trustAnchor;
            break;
        }
        needed << n.certificate;
    }
    QSet<QString> sent;
    for (const Certificate& c : sentExtras)
        sent.insert(c.sha1());
    for (const Certificate& c : needed) {
        if (!sent.contains(c.sha1()))
            a.missingIntermediates << c;
    }
    const bool gapAboveLeaf = fullPath.nodes.size() >= 2 && fullPath.nodes[fullPath.nodes.size() - 2].isGap();
    a.issuerUnknown = gapAboveLeaf && !leaf.isSelfSigned();
    a.leafOnly = sentExtras.isEmpty() && !leaf.isSelfSigned() && !directlyUnderRoot;

    if (a.leafOnly) {
        if (!a.missingIntermediates.isEmpty())
            add(FindingLevel::Fail, "leaf-only",
                tr("The server sends only its own certificate, without the intermediate certificate(s) %1. Browsers "
                   "that have not cached them, often on phones, report an unknown issuer. Serve the full chain "
                   "(fullchain.pem) instead of the certificate alone.")
                    .arg(namesOf(a.missingIntermediates).join(QStringLiteral(", "))));
        else
            add(FindingLevel::Fail, "leaf-only",
                tr("The server sends only its own certificate, and the store does not have its issuer (%1) either. "
                   "Import the intermediate certificates from your CA, then bind again.")
                    .arg(leaf.issuer().displayName()));
    } else if (!a.missingIntermediates.isEmpty()) {
        add(FindingLevel::Fail, "intermediates-missing",
            tr("The server does not send the intermediate certificate(s) %1. Clients without them cannot build the "
               "chain. Add them to the chain file after the certificate.")
                .arg(namesOf(a.missingIntermediates).join(QStringLiteral(", "))));
    } else if (a.issuerUnknown) {
        add(FindingLevel::Fail, "issuer-unknown",
            tr("Neither the server nor the store has the issuer of the certificate (%1). Import the intermediate "
               "certificates from your CA.")
                .arg(leaf.issuer().displayName()));
    } else {
        add(FindingLevel::Pass, "chain-complete",
            tr("The server sends the complete chain: its certificate and %n intermediate(s).", nullptr,
               int(needed.size())));
    }

    // What was sent beyond the chain, and in which order.
    QSet<QString> neededSet;
    for (const Certificate& c : needed)
        neededSet.insert(c.sha1());
    QList<Certificate> unrelated;
    QList<Certificate> sentNeeded;
    for (const Certificate& c : sentExtras) {
        if (neededSet.contains(c.sha1()))
            sentNeeded << c;
        else if (c.isSelfSigned())
            add(FindingLevel::Info, "root-sent",
                tr("The server also sends the root certificate %1. Clients ignore it; it can be left out.")
                    .arg(nameOf(c)));
        else
            unrelated << c;
    }
    if (!unrelated.isEmpty())
        add(FindingLevel::Warn, "unrelated-sent",
            tr("The server also sends certificates that are not part of this chain: %1. Remove them from the chain "
               "file.")
                .arg(namesOf(unrelated).join(QStringLiteral(", "))));
    for (qsizetype i = 0, j = 0; i < sentNeeded.size(); ++i) {
        while (j < needed.size() && needed[j].sha1() != sentNeeded[i].sha1())
            ++j;
        if (j == needed.size()) {
            add(FindingLevel::Warn, "chain-order",
                tr("The server sends the intermediate certificates out of order. Put each certificate before its "
                   "issuer: the server certificate first."));
            break;
        }
    }

    // Trust as a client sees it: the store's roots, and only what the server sent.
    const ChainVerifier served(roots, sentExtras, vo);
    a.chain = served.verify(leaf);
    a.chainTrusted = a.chain.trusted;
    if (a.chainTrusted) {
        const Certificate anchor = a.chain.nodes.isEmpty() ? Certificate() : a.chain.nodes.first().certificate;
        add(FindingLevel::Pass, "chain-trusted",
            tr("The served chain is trusted: it leads to %1 in Trusted Root Certification Authorities.")
                .arg(anchor.isNull() ? tr("a root") : nameOf(anchor)));
    } else {
        add(FindingLevel::Fail, "chain-trusted", tr("The served chain is not trusted: %1").arg(a.chain.summary()));
    }

    // Case 4: the name.
    if (a.hostname.isEmpty()) {
        add(FindingLevel::Info, "host", tr("No host name was given, so the certificate's names were not checked."));
    } else {
        a.hostCovered = HostnameMatch::covers(leaf, a.hostname);
        const QStringList names = leaf.dnsNames();
        if (a.hostCovered)
            add(FindingLevel::Pass, "host", tr("The certificate covers %1.").arg(a.hostname));
        else
            add(FindingLevel::Fail, "host",
                tr("The certificate does not cover %1; it is for %2. Browsers show a name mismatch.")
                    .arg(a.hostname, names.isEmpty() ? tr("no DNS name") : names.join(QStringLiteral(", "))));
    }

    // Case 1: dates, of everything served and of the root it leads to.
    QList<Certificate> dated = probe.servedChain;
    if (!a.chain.nodes.isEmpty() && a.chain.nodes.first().trustAnchor)
        dated << a.chain.nodes.first().certificate;
    for (const Certificate& c : dated) {
        if (c.isExpired(at)) {
            a.expired << c;
            add(FindingLevel::Fail, "expired",
                tr("%1 expired on %2.").arg(nameOf(c), c.notAfter().date().toString(Qt::ISODate)));
        } else if (c.isNotYetValid(at)) {
            a.notYetValid << c;
            add(FindingLevel::Fail, "not-yet-valid",
                tr("%1 is not valid before %2. Check the server's clock.")
                    .arg(nameOf(c), c.notBefore().toString(Qt::ISODate)));
        }
    }
    if (a.expired.isEmpty() && a.notYetValid.isEmpty()) {
        const qint64 days = leaf.daysLeft(at);
        if (days <= 30)
            add(FindingLevel::Warn, "expires-soon",
                tr("The certificate expires in %n day(s), on %1. Renew it.", nullptr, int(days))
                    .arg(leaf.notAfter().date().toString(Qt::ISODate)));
        else
            add(FindingLevel::Pass, "dates", tr("Every served certificate is within its validity period."));
    }

    // Case 8: the protocol.
    const QString protocol = probe.protocol;
    if (protocol == QLatin1String("TLSv1") || protocol == QLatin1String("TLSv1.1") || protocol.startsWith(QLatin1String("SSL")))
        add(FindingLevel::Warn, "protocol",
            tr("The server negotiated %1, which current browsers refuse. Enable TLS 1.2 and 1.3.").arg(protocol));
    else if (!protocol.isEmpty())
        add(FindingLevel::Info, "protocol", tr("Protocol %1, cipher %2.").arg(protocol, probe.cipher));
    return a;
}

} // namespace certpilot
