// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "StoredCertificate.h"

#include <cstdint>
#include <span>
#include <string>

namespace certpilot::win {

// IIS' "Complete Certificate Request": pairs the CA's response with the
// pending key by public key, not by name, since the CA may rewrite the subject.
class RequestCompletion {
public:
    // Finds the REQUEST entry whose public key equals the response's
    // (CertComparePublicKeyInfo), opens its key the way KEY_PROV_INFO says and
    // checks it really is that key, adds the response to MY linked to the key
    // with `friendlyName`, then removes the pending entry.
    // Errors: CRYPT_E_NOT_FOUND when no pending request has this key (made on
    // another server, or cancelled); NTE_BAD_KEYSET when the entry is there
    // but its key container is gone; NTE_BAD_PUBLIC_KEY when the container
    // holds another key. Completing twice returns the entry already in MY.
    static Result<StoredCertificate> complete(std::span<const std::uint8_t> responseDer,
                                              const std::wstring &friendlyName);
};

} // namespace certpilot::win
