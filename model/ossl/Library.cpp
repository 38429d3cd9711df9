// SPDX-License-Identifier: GPL-3.0-or-later
#include "Library.h"

#include <openssl/crypto.h>
#include <openssl/ssl.h>

namespace certpilot::ossl {

void initializeLibrary()
{
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG | OPENSSL_INIT_LOAD_CRYPTO_STRINGS, nullptr);
    OPENSSL_init_ssl(OPENSSL_INIT_LOAD_SSL_STRINGS, nullptr);
}

} // namespace certpilot::ossl
