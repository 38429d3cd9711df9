// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace certpilot {

// A structural look at BER/DER bytes without decoding their meaning: enough to
// tell "this file ends early" from "this is something else", and to tell a
// decryption that produced a well-formed structure from one that produced noise.
class BerScan {
public:
    enum class Shape {
        Complete,   // one whole element (definite or indefinite lengths)
        Truncated,  // a header or a length points past the end of the data
        Malformed,  // not BER at all
    };

    // Scans the element at the start of `data`; `*used` gets its size when Complete.
    static Shape scan(const unsigned char* data, qsizetype size, qsizetype* used = nullptr);

    // True when the bytes are exactly one SEQUENCE with a consistent length: a
    // decrypted PKCS#12 bag or PKCS#8 key that merely failed to parse further.
    static bool isWholeSequence(const unsigned char* data, qsizetype size);
};

} // namespace certpilot
