// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate file detection and parsing (model/FileDecoder): PEM with any
// header variant, CRLF, BOM and UTF-16 text, bare Base64, DER, PKCS#7 bundles,
// and the keys and requests found beside certificates.

#include "FileDecoder.h"
#include "FuzzSupport.h"
#include "PrivateKey.h"

using namespace certpilot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto decoded = FileDecoder::decode(fuzz::bytes(data, size));
    if (decoded) {
        size_t n = 0;
        for (const Certificate& c : decoded.value().certificates)
            n += fuzz::touch(c);
        for (const CertificateRequest& r : decoded.value().requests)
            n += fuzz::touch(r);
        // Unencrypted keys are parsed as an import would; encrypted ones need
        // a password the user types (the PKCS#12 target covers derivations).
        for (const FoundKey& k : decoded.value().keys) {
            if (k.encrypted)
                continue;
            const auto key = PrivateKey::fromPem(k.pem.view());
            n += key ? 1 : 0;
        }
        (void)n;
    } else {
        (void)decoded.error().fullText();
    }
    fuzz::endInput();
    return 0;
}
