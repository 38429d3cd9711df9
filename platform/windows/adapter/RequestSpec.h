// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignatureHash.h"

#include <string>
#include <vector>

namespace certpilot::win {

enum class KeyStorage {
    CryptoApi, // a CSP container, as IIS makes it (default)
    Cng,       // Microsoft Software Key Storage Provider
};

// What the CSR wizard collects. Validation (ASCII, 2-letter country, CN
// without scheme) is the model's job; the adapter encodes what it is given.
struct RequestSpec {
    // X.500 string for CertStrToNameW, e.g.
    // L"CN=www.example.com, OU=IT, O=Example, L=TAIPEI, S=TAIWAN, C=TW".
    // Quote values that contain commas: L"O=\"Example, Inc.\"".
    std::wstring subject;
    // DNS names for subjectAltName; include the CN, browsers ignore the CN.
    std::vector<std::wstring> dnsNames;
    unsigned keyBits = 2048; // 2048, 3072 or 4096
    SignatureHash hash = SignatureHash::Sha256;
    KeyStorage storage = KeyStorage::CryptoApi;
    // IIS makes request keys exportable, so a completed certificate can be
    // backed up to a PFX (WORKFLOW.md step 9).
    bool exportable = true;
    // Shown on the pending entry in the REQUEST store.
    std::wstring friendlyName;
};

} // namespace certpilot::win
