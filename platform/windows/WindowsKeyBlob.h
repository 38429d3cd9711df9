// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrivateKey.h"
#include "Result.h"
#include "SecretBytes.h"

#include <QCoreApplication>

#include <span>

namespace certpilot {

// The model's private keys as CryptoAPI PRIVATEKEYBLOBs and back, through
// OpenSSL's MSBLOB codec. The blob says CALG_RSA_KEYX, so an imported key is
// an AT_KEYEXCHANGE key, the kind IIS and Schannel use. RSA only: CryptoAPI
// CSPs hold no EC keys.
class WindowsKeyBlob {
    Q_DECLARE_TR_FUNCTIONS(WindowsKeyBlob)
public:
    static Result<win::SecretBytes> toBlob(const PrivateKey& key);
    static Result<PrivateKey> fromBlob(std::span<const std::uint8_t> blob);
};

} // namespace certpilot
