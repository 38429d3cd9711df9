// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace certpilot::win {

// Where a certificate's private key lives: the fields of CRYPT_KEY_PROV_INFO
// (CERT_KEY_PROV_INFO_PROP_ID), in standard types.
struct KeyLocation {
    static constexpr std::uint32_t kMachineKeySet = 0x20; // CRYPT_MACHINE_KEYSET == NCRYPT_MACHINE_KEY_FLAG
    static constexpr std::uint32_t kKeyExchange = 1;      // AT_KEYEXCHANGE, what IIS uses
    static constexpr std::uint32_t kSignature = 2;        // AT_SIGNATURE

    std::wstring container;
    std::wstring provider;
    std::uint32_t providerType = 0; // PROV_RSA_SCHANNEL (12), PROV_RSA_AES (24); 0 = CNG key storage provider
    std::uint32_t flags = kMachineKeySet;
    std::uint32_t keySpec = kKeyExchange;

    bool isCng() const { return providerType == 0; }
    bool isMachineKey() const { return (flags & kMachineKeySet) != 0; }
    bool operator==(const KeyLocation &) const = default;
};

} // namespace certpilot::win
