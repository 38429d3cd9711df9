// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "ChainVerifier.h"
#include "StoreEntry.h"

#include <QList>
#include <QString>

namespace certpilot {

// The certificates that go with a certificate when it is exported: its
// intermediates (the leaf's issuer first, as servers send them) and the root,
// taken from the path ChainVerifier builds over the store.
struct ExportChain {
    QList<Certificate> intermediates; // nearest issuer first
    Certificate root;                 // null when the path ends in a gap
    QString missingIssuer;            // the DN of the first missing issuer, if any

    bool isComplete() const { return missingIssuer.isEmpty(); }
    // Intermediates, then the root when wanted and known.
    QList<Certificate> issuers(bool withRoot) const;

    // From a verification result (nodes root first, the certificate last).
    static ExportChain fromResult(const ChainResult& result);
    // Verifies `certificate` over the store's roots and intermediates.
    static ExportChain forStore(const StoreContents& contents, const Certificate& certificate);
};

} // namespace certpilot
