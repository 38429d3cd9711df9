// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "StoredCertificate.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace certpilot::win {

enum class PfxEncryption {
    Aes256Sha256,  // PKCS12_EXPORT_PBES2_PARAMS "AES256-SHA256" (Windows 10 1709+ / Server 2019)
    TripleDesSha1, // what Windows Server 2016 and older can read
    BestAvailable, // AES-256 where this Windows supports it, TripleDES otherwise
};

// The native PFX calls, kept as a fallback: the main path is OpenSSL in
// model/ plus KeyTransfer. Wine 8 stubs PFXExportCertStoreEx and
// PFXVerifyPassword (shared/WINE.md).
class PfxTransfer {
public:
    struct Exported {
        std::vector<std::uint8_t> pfx;
        PfxEncryption encryption; // the one actually used
    };
    // The certificate with its private key; with the rest of its chain
    // (as CertGetCertificateChain finds it) when includeChain.
    static Result<Exported> exportPfx(std::string_view thumbprint, const std::wstring &password, bool includeChain,
                                      PfxEncryption encryption = PfxEncryption::BestAvailable);

    // true/false for right/wrong password; an error when it is no PFX.
    static Result<bool> verifyPassword(std::span<const std::uint8_t> pfx, const std::wstring &password);

    struct Imported {
        std::vector<StoredCertificate> withKeys;              // added to MY, each key in its own container
        std::vector<std::vector<std::uint8_t>> otherCertificates; // chain certificates, for the caller to place
    };
    // PFXImportCertStore (CRYPT_EXPORTABLE | CRYPT_MACHINE_KEYSET), then each
    // key is moved into its own PROV_RSA_AES machine container through
    // KeyTransfer and the temporary one deleted. Why: Wine puts every PFX key
    // into one shared RSA_FULL container with a broken KEY_PROV_INFO (flags 0,
    // key spec 3), which the next import overwrites.
    static Result<Imported> importPfx(std::span<const std::uint8_t> pfx, const std::wstring &password,
                                      bool exportable, const std::wstring &friendlyName = {});
};

} // namespace certpilot::win
