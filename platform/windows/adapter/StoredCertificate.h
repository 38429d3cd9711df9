// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyLocation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace certpilot::win {

// A certificate as a Windows store holds it: the DER plus the store
// properties that are not in the DER. The model parses the DER itself.
struct StoredCertificate {
    std::vector<std::uint8_t> der;
    std::string thumbprint;    // SHA-1, upper-case hex (CERT_SHA1_HASH_PROP_ID)
    std::wstring friendlyName; // CERT_FRIENDLY_NAME_PROP_ID; empty when unset
    // A key is linked (CERT_KEY_PROV_INFO_PROP_ID or CERT_KEY_CONTEXT_PROP_ID).
    // Linked is not the same as present: the container may be gone.
    bool hasPrivateKey = false;
    std::optional<KeyLocation> key; // set when KEY_PROV_INFO tells where
};

} // namespace certpilot::win
