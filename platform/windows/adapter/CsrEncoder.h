// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyContainer.h"
#include "RequestSpec.h"
#include "Result.h"

#include <cstdint>
#include <vector>

namespace certpilot::win {

// Builds and signs a PKCS#10 request with CryptoAPI's own encoders:
// subject (CertStrToNameW), subjectAltName (X509_ALTERNATE_NAME), keyUsage
// digitalSignature|keyEncipherment (critical), extendedKeyUsage serverAuth,
// carried in the PKCS#9 extensionRequest attribute.
class CsrEncoder {
public:
    struct Encoded {
        std::vector<std::uint8_t> der;
        // True when CryptSignAndEncodeCertificate lacked the
        // X509_CERT_REQUEST_TO_BE_SIGNED encoder (Wine 8) and the request was
        // assembled from CryptoAPI-encoded pieces instead.
        bool assembled = false;
    };

    // Tries CryptSignAndEncodeCertificate first; falls back to encodeAssembled
    // only on the missing-encoder error (ERROR_FILE_NOT_FOUND).
    static Result<Encoded> encode(const KeyContainer &key, const RequestSpec &spec);
    // SEQ{INT 0, Name, SubjectPublicKeyInfo, [0] attributes}, signed with
    // CryptSignCertificate, wrapped as X509_CERT. Public so tests can run it
    // where the native encoder exists.
    static Result<std::vector<std::uint8_t>> encodeAssembled(const KeyContainer &key, const RequestSpec &spec);

    // DER Name for an X.500 string (CRYPT_E_INVALID_X500_STRING when malformed).
    static Result<std::vector<std::uint8_t>> encodeName(const std::wstring &x500);
    // DER X509_EXTENSIONS: the extensions the request asks for.
    static Result<std::vector<std::uint8_t>> encodeExtensions(const RequestSpec &spec);
};

} // namespace certpilot::win
