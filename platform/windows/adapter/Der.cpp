// SPDX-License-Identifier: GPL-3.0-or-later
#include "Der.h"

namespace certpilot::win {

std::vector<std::uint8_t> Der::header(std::uint8_t tag, std::size_t length)
{
    std::vector<std::uint8_t> out{tag};
    if (length < 0x80) {
        out.push_back(static_cast<std::uint8_t>(length));
        return out;
    }
    std::vector<std::uint8_t> digits;
    for (auto rest = length; rest != 0; rest >>= 8)
        digits.insert(digits.begin(), static_cast<std::uint8_t>(rest & 0xFF));
    out.push_back(static_cast<std::uint8_t>(0x80 | digits.size()));
    out.insert(out.end(), digits.begin(), digits.end());
    return out;
}

std::vector<std::uint8_t> Der::wrap(std::uint8_t tag, std::span<const std::uint8_t> content)
{
    auto out = header(tag, content.size());
    out.insert(out.end(), content.begin(), content.end());
    return out;
}

std::optional<Der::Item> Der::read(std::span<const std::uint8_t> data)
{
    if (data.size() < 2)
        return std::nullopt;
    Item item;
    item.tag = data[0];
    if ((item.tag & 0x1F) == 0x1F)
        return std::nullopt; // high tag numbers never occur in what we parse
    const std::uint8_t first = data[1];
    if (first < 0x80) {
        item.headerLength = 2;
        item.contentLength = first;
    } else {
        const std::size_t count = first & 0x7F;
        // 0x80 is BER's indefinite length; more than 4 bytes is no certificate.
        if (count == 0 || count > 4 || data.size() < 2 + count || data[2] == 0)
            return std::nullopt;
        std::size_t length = 0;
        for (std::size_t i = 0; i < count; ++i)
            length = (length << 8) | data[2 + i];
        if (length < 0x80)
            return std::nullopt; // DER demands the short form here
        item.headerLength = 2 + count;
        item.contentLength = length;
    }
    if (item.contentLength > data.size() - item.headerLength)
        return std::nullopt;
    return item;
}

std::optional<std::vector<std::span<const std::uint8_t>>> Der::children(std::span<const std::uint8_t> content)
{
    std::vector<std::span<const std::uint8_t>> out;
    while (!content.empty()) {
        const auto item = read(content);
        if (!item)
            return std::nullopt;
        out.push_back(content.first(item->totalLength()));
        content = content.subspan(item->totalLength());
    }
    return out;
}

} // namespace certpilot::win
