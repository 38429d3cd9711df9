// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace certpilot::bench {

// Makes a PEM-directory store shaped like a real one, for the benchmarks:
// a 3-tier (RSA) and a 4-tier (ECDSA) hierarchy in Trusted Root / Intermediate,
// and `leaves` server certificates in Personal issued by the two issuing CAs:
// 80 % RSA-2048 and 20 % ECDSA P-256, 1 to 5 DNS names each, validity spread
// so that some are expired and some expire within 7, 30 and 60 days, about
// half with their private key. Deterministic for a given `leaves` except for
// key material; leaf keys come from a small pool (generating 100,000 RSA keys
// would take hours and measures nothing the benchmarks care about).
struct GeneratedStore {
    QString path;
    int leaves = 0;
};

// Reuses `folder` when it already holds a store made for the same count.
inline Result<GeneratedStore> generateStore(const QString& folder, int leaves);

} // namespace certpilot::bench

#include "StoreGeneratorImpl.h"
