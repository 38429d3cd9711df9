// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPair>
#include <QSet>

#include <openssl/x509_vfy.h>

#include <mutex>

namespace certpilot::ossl {

// Remembers the result of X509_verify for certificate/issuer pairs among a
// fixed set of CA certificates, so that verifying 10,000 leaves under the same
// intermediates checks each CA signature once instead of 10,000 times.
//
// install() replaces the signature-and-time step of X509_verify_cert (the
// verify function of X509_STORE_CTX, OpenSSL's internal_verify) with
// verifyChain(), which does the same checks in the same order with the same
// callbacks; only X509_verify of a pair whose both certificates are in the set
// is answered from memory. Chain building, extensions, purposes, host names,
// name constraints and every other step stay X509_verify_cert's own.
// Thread-safe; the CA objects must outlive the memo and never change.
class SignatureMemo {
public:
    explicit SignatureMemo(QSet<const X509*> cas) : m_cas(std::move(cas)) {}

    // Call after X509_STORE_CTX_init; the memo must outlive the verification.
    void install(X509_STORE_CTX* ctx);

    // Pairs verified so far (tests, benchmarks).
    int size() const;

private:
    static int verifyChain(X509_STORE_CTX* ctx);
    int verifySignature(X509* subject, X509* issuer, EVP_PKEY* issuerKey);

    QSet<const X509*> m_cas;
    mutable std::mutex m_mutex;
    QHash<QPair<const X509*, const X509*>, int> m_results;
};

} // namespace certpilot::ossl
