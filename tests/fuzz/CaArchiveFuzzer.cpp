// SPDX-License-Identifier: GPL-3.0-or-later
// cert.zip import (model/import/CaArchiveReader): the archive as mailed by a
// CA, then every entry decoded as a certificate file, as the import does.

#include "FileDecoder.h"
#include "FuzzSupport.h"
#include "import/CaArchiveReader.h"

using namespace certpilot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    (void)CaArchiveReader::looksLikeZip(input);
    const auto entries = CaArchiveReader::read(input, QStringLiteral("cert.zip"));
    if (entries) {
        for (const ArchiveEntry& entry : entries.value()) {
            // The reader promised safe names; the import relies on it.
            if (!CaArchiveReader::checkEntryName(entry.name).isEmpty())
                __builtin_trap();
            const auto decoded = FileDecoder::decode(entry.bytes);
            if (decoded)
                for (const Certificate& c : decoded.value().certificates)
                    (void)fuzz::touch(c);
            fuzz::endInput();
        }
    } else {
        (void)entries.error().fullText();
    }
    fuzz::endInput();
    return 0;
}
