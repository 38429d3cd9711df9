// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "pfx/Pkcs12Info.h"

#include <QCoreApplication>

typedef struct X509_algor_st X509_ALGOR;

namespace certpilot {

class ImportLibraryContext;

// Reads the password-based encryption parameters of a PKCS#12 bag or block
// (PKCS#12 PBE, PKCS#5 PBES1, PBES2 with PBKDF2) before anything is derived, so
// the reader can refuse what it cannot or should not do: algorithms no
// provider has, the legacy module missing, absurd iteration counts.
class Pkcs12Algorithm {
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Algorithm)
public:
    // Fails with Unsupported (unknown or unavailable algorithm, with the legacy
    // module named when that is the cause), TooLarge (more than maxIterations)
    // or Corrupt (parameters that do not decode, a count below 1).
    static Result<Pkcs12Protection> inspect(const X509_ALGOR* algorithm, const ImportLibraryContext& context,
                                            qint64 maxIterations);

    // Only the iteration count (PBES2 with PBKDF2, or a PKCS#12 / PKCS#5 v1
    // PBE), for an encrypted PKCS#8 key read outside a PFX: an encrypted PEM
    // key asks for its rounds the same way. Schemes it does not know count as
    // 1 and are left to OpenSSL to accept or refuse.
    static Result<qint64> iterations(const X509_ALGOR* algorithm, qint64 maxIterations);

    // The refusal for a count above the limit, shared with the MAC check.
    static Error tooManyIterations(qint64 iterations, qint64 maxIterations);
};

} // namespace certpilot
