// SPDX-License-Identifier: GPL-3.0-or-later
// CSR reading (model/CertificateRequest): a PKCS#10 request as DER, and the
// PEM it writes read back as a file (one input in four, see below).

#include "FileDecoder.h"
#include "FuzzSupport.h"

#include <QHashFunctions>

using namespace certpilot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const auto request = CertificateRequest::fromDer(input);
    if (request) {
        (void)fuzz::touch(request.value());
        // What the request shows must read back the same (Complete Request
        // matches on it). Checked for one input in four, picked by the input's
        // hash so a finding repeats: the read-back decodes the public key a
        // second time (OpenSSL 3.0 sets up its decoders anew for it), which
        // was a quarter of this target's time, and the PEM path it takes is
        // fuzzed by file_decoder on every input.
        if (qHash(input) % 4 == 0) {
            const auto again = FileDecoder::decode(request.value().toPem());
            if (!again || again.value().requests.size() != 1
                || again.value().requests.first().keyId() != request.value().keyId())
                __builtin_trap();
        }
    } else {
        (void)request.error().fullText();
    }
    fuzz::endInput();
    return 0;
}
