// SPDX-License-Identifier: GPL-3.0-or-later
#include "ossl/SignatureMemo.h"

#include <openssl/err.h>
#include <openssl/x509v3.h>

namespace certpilot::ossl {

namespace {

int memoIndex()
{
    static const int index = X509_STORE_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

// OpenSSL's verify_cb_cert: report `error` about `cert` at `depth` to the
// verify callback; 0 means stop.
int reportError(X509_STORE_CTX* ctx, X509* cert, int depth, int error)
{
    X509_STORE_CTX_set_error_depth(ctx, depth);
    X509_STORE_CTX_set_current_cert(ctx, cert);
    if (error != X509_V_OK)
        X509_STORE_CTX_set_error(ctx, error);
    return X509_STORE_CTX_get_verify_cb(ctx)(0, ctx);
}

// The key usage bits OpenSSL caches in ex_kusage. X509_get_key_usage answers
// 0 for a certificate with an invalid extension, so decode those ourselves.
uint32_t keyUsageBits(X509* x)
{
    if (X509_check_purpose(x, -1, 0) == 1)
        return X509_get_key_usage(x);
    ERR_clear_error();
    auto* usage = static_cast<ASN1_BIT_STRING*>(X509_get_ext_d2i(x, NID_key_usage, nullptr, nullptr));
    uint32_t bits = 0;
    if (usage && usage->length > 0) {
        bits = usage->data[0];
        if (usage->length > 1)
            bits |= uint32_t(usage->data[1]) << 8;
    }
    ASN1_BIT_STRING_free(usage);
    ERR_clear_error();
    return bits;
}

// ossl_x509_signing_allowed: may `issuer`'s key usage sign `subject`?
int signingAllowed(X509* issuer, X509* subject)
{
    const bool hasKeyUsage = (X509_get_extension_flags(issuer) & EXFLAG_KUSAGE) != 0;
    const uint32_t needed = (X509_get_extension_flags(subject) & EXFLAG_PROXY) != 0 ? KU_DIGITAL_SIGNATURE
                                                                                   : KU_KEY_CERT_SIGN;
    if (hasKeyUsage && (keyUsageBits(issuer) & needed) == 0)
        return needed == KU_DIGITAL_SIGNATURE ? X509_V_ERR_KEYUSAGE_NO_DIGITAL_SIGNATURE
                                              : X509_V_ERR_KEYUSAGE_NO_CERTSIGN;
    return X509_V_OK;
}

// ossl_x509_likely_issued(x, x) == X509_V_OK. X509_check_issued is that test
// followed by the key usage test, whose only answers are the two KEYUSAGE codes.
bool likelySelfIssued(X509* x)
{
    const int r = X509_check_issued(x, x);
    ERR_clear_error();
    return r == X509_V_OK || r == X509_V_ERR_KEYUSAGE_NO_CERTSIGN || r == X509_V_ERR_KEYUSAGE_NO_DIGITAL_SIGNATURE;
}

// ossl_x509_check_cert_time for a certificate of the chain (depth >= 0).
bool checkTime(X509_STORE_CTX* ctx, X509* x, int depth)
{
    const X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx);
    const unsigned long flags = X509_VERIFY_PARAM_get_flags(param);
    time_t checkTime = 0;
    time_t* when = nullptr;
    if ((flags & X509_V_FLAG_USE_CHECK_TIME) != 0) {
        checkTime = X509_VERIFY_PARAM_get_time(param);
        when = &checkTime;
    } else if ((flags & X509_V_FLAG_NO_CHECK_TIME) != 0) {
        return true;
    }
    int i = X509_cmp_time(X509_get0_notBefore(x), when);
    if (i == 0 && !reportError(ctx, x, depth, X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD))
        return false;
    if (i > 0 && !reportError(ctx, x, depth, X509_V_ERR_CERT_NOT_YET_VALID))
        return false;
    i = X509_cmp_time(X509_get0_notAfter(x), when);
    if (i == 0 && !reportError(ctx, x, depth, X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD))
        return false;
    if (i < 0 && !reportError(ctx, x, depth, X509_V_ERR_CERT_HAS_EXPIRED))
        return false;
    return true;
}

} // namespace

void SignatureMemo::install(X509_STORE_CTX* ctx)
{
    X509_STORE_CTX_set_ex_data(ctx, memoIndex(), this);
    X509_STORE_CTX_set_verify(ctx, &SignatureMemo::verifyChain);
}

int SignatureMemo::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_results.size());
}

int SignatureMemo::verifySignature(X509* subject, X509* issuer, EVP_PKEY* issuerKey)
{
    if (!m_cas.contains(subject) || !m_cas.contains(issuer))
        return X509_verify(subject, issuerKey);
    const QPair<const X509*, const X509*> key(subject, issuer);
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_results.constFind(key);
        if (it != m_results.constEnd())
            return *it;
    }
    // Two threads may both verify a new pair once; the answer is the same.
    const int result = X509_verify(subject, issuerKey);
    ERR_clear_error();
    std::lock_guard lock(m_mutex);
    m_results.insert(key, result);
    return result;
}

// OpenSSL 3.0's internal_verify, step for step (crypto/x509/x509_vfy.c):
// from the top of the chain down, check the issuer's key usage and the
// signature of each certificate, then its validity period, reporting each
// failure to the verify callback and each success with verify_cb(1). DANE's
// bare trust-anchor keys are not used by CertPilot, so that branch is absent.
int SignatureMemo::verifyChain(X509_STORE_CTX* ctx)
{
    auto* memo = static_cast<SignatureMemo*>(X509_STORE_CTX_get_ex_data(ctx, memoIndex()));
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx);
    const unsigned long flags = X509_VERIFY_PARAM_get_flags(X509_STORE_CTX_get0_param(ctx));
    int n = sk_X509_num(chain) - 1;
    X509* xi = sk_X509_value(chain, n);
    X509* xs = xi;

    X509_STORE_CTX_set_error_depth(ctx, n);
    if (!likelySelfIssued(xi) && (flags & X509_V_FLAG_PARTIAL_CHAIN) == 0) {
        // The top certificate is not self-issued: its signature cannot be checked.
        if (n > 0) {
            --n;
            X509_STORE_CTX_set_error_depth(ctx, n);
            xs = sk_X509_value(chain, n);
        } else if (!reportError(ctx, xi, 0, X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE)) {
            return 0;
        }
    }

    while (n >= 0) {
        // Self-signatures are checked only on request: they add no security.
        const bool checkSelf = (flags & X509_V_FLAG_CHECK_SS_SIGNATURE) != 0
            && (X509_get_extension_flags(xi) & EXFLAG_SS) != 0;
        if (xs != xi || checkSelf) {
            const int issuerDepth = n + (xs == xi ? 0 : 1);
            // RFC 5280 does not apply to a self-issued end-entity certificate at the top.
            const int allowed = xs == xi && (X509_get_extension_flags(xi) & EXFLAG_CA) == 0
                ? X509_V_OK
                : signingAllowed(xi, xs);
            if (allowed != X509_V_OK && !reportError(ctx, xi, issuerDepth, allowed))
                return 0;
            EVP_PKEY* key = X509_get0_pubkey(xi);
            if (!key) {
                if (!reportError(ctx, xi, issuerDepth, X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY))
                    return 0;
            } else {
                const int verified = memo ? memo->verifySignature(xs, xi, key) : X509_verify(xs, key);
                if (verified <= 0 && !reportError(ctx, xs, n, X509_V_ERR_CERT_SIGNATURE_FAILURE))
                    return 0;
            }
        }

        // Validity periods count for the trust anchor too.
        if (!checkTime(ctx, xs, n))
            return 0;

        // Success at this depth; an earlier error stays recorded in the context.
        X509_STORE_CTX_set_current_cert(ctx, xs);
        X509_STORE_CTX_set_error_depth(ctx, n);
        if (!X509_STORE_CTX_get_verify_cb(ctx)(1, ctx))
            return 0;

        if (--n >= 0) {
            xi = xs;
            xs = sk_X509_value(chain, n);
        }
    }
    return 1;
}

} // namespace certpilot::ossl
