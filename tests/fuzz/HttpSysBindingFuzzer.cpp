// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP.sys binding reader where it is plain C++ (platform/windows/adapter
// SslBinding, SslBindingAudit, Der): the rest of the adapter only moves bytes
// between httpapi/crypt32 calls and these, and needs Windows. The input is
// lines "endpoint|hash|appid|store" (the fields `netsh http show sslcert`
// prints), audited as a listing; a line starting with "der:" is a DER item
// walked with Der::read and Der::children.

#include "Der.h"
#include "SslBinding.h"
#include "SslBindingAudit.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

using namespace certpilot::win;

namespace {

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> out;
    for (;;) {
        const size_t at = text.find(separator);
        out.push_back(text.substr(0, at));
        if (at == std::string_view::npos)
            return out;
        text.remove_prefix(at + 1);
    }
}

void walk(std::span<const std::uint8_t> data, int depth)
{
    const auto item = Der::read(data);
    if (!item)
        return;
    if (item->totalLength() > data.size() || item->headerLength == 0)
        __builtin_trap();
    const auto content = data.subspan(item->headerLength, item->contentLength);
    // What header() writes, read() reads back.
    const auto header = Der::header(item->tag, item->contentLength);
    if (header.size() != item->headerLength || !std::equal(header.begin(), header.end(), data.begin()))
        __builtin_trap();
    if (depth < 16 && (item->tag & 0x20))
        if (const auto children = Der::children(content))
            for (const auto child : *children)
                walk(child, depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<SslBinding> bindings;
    std::vector<std::string> installed;
    for (const std::string_view line : split(text, '\n')) {
        if (line.starts_with("der:")) {
            walk({reinterpret_cast<const std::uint8_t*>(line.data()) + 4, line.size() - 4}, 0);
            continue;
        }
        const auto fields = split(line, '|');
        auto binding = SslBinding::parseEndpoint(fields[0]);
        if (!binding)
            continue;
        // What was parsed prints and parses back to the same endpoint.
        const auto again = SslBinding::parseEndpoint(binding->endpoint());
        if (!again || again->endpoint() != binding->endpoint() || again->kind != binding->kind)
            __builtin_trap();
        (void)binding->isWildcardAddress();
        if (fields.size() > 1)
            binding->certificateHash = std::string(fields[1]);
        if (fields.size() > 2)
            binding->applicationId = std::string(fields[2]);
        if (fields.size() > 3)
            binding->storeName = std::string(fields[3]);
        if (fields.size() > 4)
            installed.push_back(SslBindingAudit::normalizeHash(fields[4]));
        bindings.push_back(*binding);
    }
    for (const auto& problem : SslBindingAudit::audit(bindings, installed))
        (void)SslBindingAudit::advice(problem.kind);
    (void)SslBindingAudit::audit(bindings);
    return 0;
}
