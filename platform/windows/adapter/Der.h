// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace certpilot::win {

// The only hand-made DER in the adapter: tag-length headers around pieces that
// CryptoAPI encoded itself. Needed because Wine's crypt32 has no
// X509_CERT_REQUEST_TO_BE_SIGNED encoder (shared/WINE.md). Plain C++, so it is
// unit-tested natively and can be fuzzed.
class Der {
public:
    static constexpr std::uint8_t kInteger = 0x02;
    static constexpr std::uint8_t kSequence = 0x30;
    static constexpr std::uint8_t kSet = 0x31;
    static constexpr std::uint8_t kContext0 = 0xA0; // [0] IMPLICIT, constructed

    // Tag plus definite length (short form below 128, long form above).
    static std::vector<std::uint8_t> header(std::uint8_t tag, std::size_t length);
    // header(tag, content.size()) followed by content.
    static std::vector<std::uint8_t> wrap(std::uint8_t tag, std::span<const std::uint8_t> content);

    struct Item {
        std::uint8_t tag = 0;
        std::size_t headerLength = 0;
        std::size_t contentLength = 0;
        std::size_t totalLength() const { return headerLength + contentLength; }
    };
    // Reads the header at data[0]; nullopt when truncated, indefinite, a
    // multi-byte tag, non-minimal, or longer than the data. Never reads out of bounds.
    static std::optional<Item> read(std::span<const std::uint8_t> data);
    // The children of a constructed item's content, in order; nullopt when any
    // child is malformed or they do not exactly fill the content.
    static std::optional<std::vector<std::span<const std::uint8_t>>> children(std::span<const std::uint8_t> content);
};

} // namespace certpilot::win
