// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace certpilot::win {

enum class SignatureHash {
    Sha1,   // legacy only: what IIS' SChannel requests used
    Sha256, // default
    Sha384,
    Sha512,
};

} // namespace certpilot::win
