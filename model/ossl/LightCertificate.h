// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <openssl/x509.h>

#include <memory>

namespace certpilot::ossl {

// A certificate decoded with the same ASN.1 structure as d2i_X509, except that
// the SubjectPublicKeyInfo stays an algorithm and a bit string. OpenSSL 3.0's
// d2i_X509 builds an EVP_PKEY through the provider decoders for every
// certificate, which costs about two thirds of the parse; a list of
// certificates needs names, dates and extensions only. The structure accepts
// exactly the encodings d2i_X509 accepts (the key decoding inside d2i_X509 is
// opportunistic and never rejects a certificate).
class LightCertificate {
public:
    // Null when `der` is not exactly one certificate (as d2i_X509 judges it,
    // and no trailing bytes).
    static std::unique_ptr<LightCertificate> parse(const QByteArray& der);
    ~LightCertificate();
    LightCertificate(const LightCertificate&) = delete;
    LightCertificate& operator=(const LightCertificate&) = delete;

    // Same values as X509_get_version, X509_get0_serialNumber and friends.
    long version() const;
    const ASN1_INTEGER* serialNumber() const;
    const X509_NAME* issuer() const;
    const X509_NAME* subject() const;
    const ASN1_TIME* notBefore() const;
    const ASN1_TIME* notAfter() const;
    const STACK_OF(X509_EXTENSION) * extensions() const;

    struct Parsed;

private:
    explicit LightCertificate(Parsed* parsed) : m_parsed(parsed) {}
    Parsed* m_parsed;
};

} // namespace certpilot::ossl
