// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecretBytes.h"
#include "StoreName.h"
#include "StoredCertificate.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace certpilot::win {

// Moves private keys in and out as CryptoAPI PRIVATEKEYBLOBs. The PKCS#12
// file itself is made and read by model/ with OpenSSL, so the PFX
// profiles are the same on every platform (DESIGN.md); this is the part that
// runs under Wine too.
class KeyTransfer {
public:
    // The private key linked to a certificate. NTE_BAD_KEY_STATE when the key
    // was not made exportable; CRYPT_E_NO_KEY_PROPERTY when none is linked.
    static Result<SecretBytes> exportPrivateKey(std::string_view thumbprint, StoreName store = StoreName::My);

    struct ImportOptions {
        bool exportable = false; // "Mark this key as exportable"
        std::wstring friendlyName;
        StoreName store = StoreName::My;
    };
    // Imports the key into a new PROV_RSA_AES machine container, checks that
    // it is the certificate's key (NTE_BAD_PUBLIC_KEY otherwise, and nothing
    // is kept), then adds the certificate linked to it.
    static Result<StoredCertificate> importWithPrivateKey(std::span<const std::uint8_t> certificateDer,
                                                          std::span<const std::uint8_t> privateKeyBlob,
                                                          const ImportOptions &options);
};

} // namespace certpilot::win
