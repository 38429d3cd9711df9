// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyLocation.h"
#include "Result.h"
#include "SecretBytes.h"
#include "SignatureHash.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace certpilot::win {

// An open RSA key in a CryptoAPI CSP container or a CNG key storage provider.
// Copies share the same open handle; the handle closes with the last copy
// (the container itself stays unless destroy() is called).
class KeyContainer {
public:
    static inline const std::wstring kSchannelProvider = L"Microsoft RSA SChannel Cryptographic Provider";
    static inline const std::wstring kAesProvider = L"Microsoft Enhanced RSA and AES Cryptographic Provider";
    static inline const std::wstring kKeyStorageProvider = L"Microsoft Software Key Storage Provider";
    static constexpr std::uint32_t kProvRsaSchannel = 12;
    static constexpr std::uint32_t kProvRsaAes = 24;

    // "CertPilot-{GUID}": unique, so a new key never overwrites one in use.
    static std::wstring newContainerName();

    // Creates a new container and key of `bits` (2048, 3072, 4096) at `where`;
    // where.container empty means newContainerName(). NTE_EXISTS when taken.
    static Result<KeyContainer> create(KeyLocation where, unsigned bits, bool exportable);
    // Opens an existing key the way CERT_KEY_PROV_INFO_PROP_ID describes it.
    // Used instead of CryptAcquireCertificatePrivateKey, which drops the
    // machine flag under Wine (CRYPT_E_NO_KEY_PROPERTY, shared/WINE.md).
    static Result<KeyContainer> open(const KeyLocation &where);
    // New PROV_RSA_AES container (CryptoAPI only) holding a PRIVATEKEYBLOB.
    // The key spec follows the blob (CALG_RSA_KEYX: exchange, CALG_RSA_SIGN: signature).
    static Result<KeyContainer> importPrivateBlob(KeyLocation where, std::span<const std::uint8_t> blob,
                                                  bool exportable);
    // Deletes the container and its key for good.
    static Result<void> destroy(const KeyLocation &where);

    const KeyLocation &location() const { return m_location; }

    // DER SubjectPublicKeyInfo, as it appears in a certificate or request.
    Result<std::vector<std::uint8_t>> publicKeyInfo() const;
    // PRIVATEKEYBLOB (CNG: LEGACY_RSAPRIVATE_BLOB, the same format).
    // NTE_BAD_KEY_STATE / NTE_PERM when the key is not exportable.
    Result<SecretBytes> exportPrivateBlob() const;
    // PKCS#1 v1.5 signature over `data`, big-endian as in X.509 and PKCS#10.
    Result<std::vector<std::uint8_t>> sign(SignatureHash hash, std::span<const std::uint8_t> data) const;
    // Key length in bits.
    Result<unsigned> bits() const;

    // HCRYPTPROV (CryptoAPI) or NCRYPT_KEY_HANDLE (CNG), and the key spec to
    // pass with it to crypt32 (CERT_NCRYPT_KEY_SPEC for CNG).
    std::uintptr_t nativeHandle() const;
    std::uint32_t nativeKeySpec() const;

private:
    struct Handles;
    KeyContainer(KeyLocation location, std::shared_ptr<Handles> handles);

    KeyLocation m_location;
    std::shared_ptr<Handles> m_handles;
};

} // namespace certpilot::win
