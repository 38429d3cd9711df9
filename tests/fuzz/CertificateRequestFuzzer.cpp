// SPDX-License-Identifier: GPL-3.0-or-later
// CSR reading (model/CertificateRequest): a PKCS#10 request as DER, and the
// same bytes as a file (PEM "NEW CERTIFICATE REQUEST" and variants).

#include "FileDecoder.h"
#include "FuzzSupport.h"

using namespace certpilot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const auto request = CertificateRequest::fromDer(input);
    if (request) {
        (void)fuzz::touch(request.value());
        // What the request shows must read back the same (Complete Request matches on it).
        const auto again = FileDecoder::decode(request.value().toPem());
        if (!again || again.value().requests.size() != 1
            || again.value().requests.first().keyId() != request.value().keyId())
            __builtin_trap();
    } else {
        (void)request.error().fullText();
    }
    fuzz::endInput();
    return 0;
}
