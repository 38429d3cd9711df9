// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ExportChain.h"

namespace certpilot {

QList<Certificate> ExportChain::issuers(bool withRoot) const
{
    QList<Certificate> out = intermediates;
    if (withRoot && !root.isNull())
        out.append(root);
    return out;
}

ExportChain ExportChain::fromResult(const ChainResult& result)
{
    ExportChain chain;
    // Walk from the certificate's issuer up to the root; the last node is the certificate itself.
    for (qsizetype i = result.nodes.size() - 2; i >= 0; --i) {
        const ChainNode& node = result.nodes.at(i);
        if (node.isGap()) {
            chain.missingIssuer = node.missingIssuer;
            break;
        }
        if (node.certificate.isSelfSigned() || node.trustAnchor)
            chain.root = node.certificate;
        else
            chain.intermediates.append(node.certificate);
    }
    return chain;
}

ExportChain ExportChain::forStore(const StoreContents& contents, const Certificate& certificate)
{
    return fromResult(ChainVerifier::forStore(contents)->verify(certificate));
}

} // namespace certpilot
