// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"

#include <QList>

namespace certpilot {

// Puts a loose set of certificates (a CA's delivery, listed alphabetically)
// in chain order: every certificate after the one that issued it, roots
// first. Issuers are found by name and key identifier (issuer = subject, and
// authority key id = subject key id when both are present), without checking
// signatures: this orders, ChainVerifier judges.
class ChainOrder {
public:
    // parent[i]: the index of the certificate that issued certs[i], or -1.
    // depth[i]: 0 at the top of a chain. order: the indices, tops first, each
    // chain depth-first; siblings keep the input order.
    QList<int> parent;
    QList<int> depth;
    QList<int> order;

    static ChainOrder of(const QList<Certificate>& certs);

    // True when `issuer` may have issued `child` (names and key ids agree).
    static bool mayHaveIssued(const Certificate& issuer, const Certificate& child);
};

} // namespace certpilot
