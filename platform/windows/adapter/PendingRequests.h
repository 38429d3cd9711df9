// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestSpec.h"
#include "Result.h"
#include "StoredCertificate.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace certpilot::win {

// A request waiting for the CA, kept like IIS keeps it: a self-signed
// placeholder certificate in LocalMachine\REQUEST, linked to the new key by
// CERT_KEY_PROV_INFO_PROP_ID.
struct PendingRequest {
    StoredCertificate placeholder; // placeholder.key says where the key is
    std::vector<std::uint8_t> csrDer; // empty for requests CertPilot did not make (IIS, certreq)
    bool assembledCsr = false;        // see CsrEncoder::Encoded::assembled
};

// Creating, listing and cancelling pending requests. Completing one is
// RequestCompletion's job. Machine keys and LocalMachine stores: needs admin.
// The CSR is kept as the placeholder's description (CERT_DESCRIPTION_PROP_ID)
// in the PEM form IIS saves ("-----BEGIN NEW CERTIFICATE REQUEST-----"):
// Wine 8 cannot store application property ids (CERT_FIRST_USER_PROP_ID and
// up), and MMC then shows the request text on the pending entry.
class PendingRequests {
public:
    // Key: CryptoAPI in "Microsoft RSA SChannel Cryptographic Provider" for
    // SHA-1 (as IIS), in "Microsoft Enhanced RSA and AES Cryptographic
    // Provider" for SHA-2 (the SChannel CSP has no SHA-2 under Wine:
    // NTE_BAD_ALGID); or CNG in the Microsoft Software Key Storage Provider.
    // Always a machine key, AT_KEYEXCHANGE. On any failure nothing is left
    // behind (no container, no placeholder).
    static Result<PendingRequest> create(const RequestSpec &spec);
    static Result<std::vector<PendingRequest>> list();
    // The CSR of a pending request; CRYPT_E_NOT_FOUND when it has none.
    static Result<std::vector<std::uint8_t>> csr(std::string_view placeholderThumbprint);
    // Deletes the placeholder and its key container. This destroys the key:
    // a certificate issued for this request can never be completed after.
    static Result<void> cancel(std::string_view placeholderThumbprint);
};

} // namespace certpilot::win
