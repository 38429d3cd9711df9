// SPDX-License-Identifier: GPL-3.0-or-later
#include "SslBinding.h"

#include <charconv>

namespace certpilot::win {
namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Loose on purpose: inet_pton on Windows decides the details; this only keeps
// host names and garbage out of the IP branch.
bool isIpv6Literal(std::string_view host)
{
    if (host.size() < 2 || host.find(':') == std::string_view::npos)
        return false;
    for (char c : host) {
        if (!isHex(c) && c != ':' && c != '.')
            return false;
    }
    return true;
}

bool isHostName(std::string_view host)
{
    if (host.empty() || host.size() > 253 || host.front() == '.' || host.back() == '.' || host.front() == '-')
        return false;
    for (std::size_t i = 0; i < host.size(); ++i) {
        const char c = host[i];
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_';
        // A wildcard is only allowed as the whole first label ("*.example.com").
        const bool wildcard = c == '*' && i == 0 && host.size() > 2 && host[1] == '.';
        if (!plain && !wildcard)
            return false;
        if (c == '.' && i + 1 < host.size() && host[i + 1] == '.')
            return false;
    }
    // A numeric last label is a mistyped IP address, never a DNS name.
    const auto lastLabel = host.substr(host.rfind('.') + 1);
    return lastLabel.find_first_not_of("0123456789") != std::string_view::npos;
}

} // namespace

bool SslBinding::isIpv4Literal(std::string_view host)
{
    int parts = 0;
    while (true) {
        const auto dot = host.find('.');
        const auto part = host.substr(0, dot);
        if (part.empty() || part.size() > 3)
            return false;
        unsigned value = 0;
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (ec != std::errc() || end != part.data() + part.size() || value > 255)
            return false;
        ++parts;
        if (dot == std::string_view::npos)
            break;
        host.remove_prefix(dot + 1);
    }
    return parts == 4;
}

std::string SslBinding::endpoint() const
{
    const bool bracket = kind == Kind::IpPort && host.find(':') != std::string::npos;
    return (bracket ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

bool SslBinding::isWildcardAddress() const
{
    if (kind != Kind::IpPort)
        return false;
    if (host == "0.0.0.0")
        return true;
    // "::", "0::0", "0:0:0:0:0:0:0:0" all mean the IPv6 any-address.
    if (host.find(':') == std::string::npos)
        return false;
    for (char c : host) {
        if (c != '0' && c != ':')
            return false;
    }
    return true;
}

std::optional<SslBinding> SslBinding::parseEndpoint(std::string_view text)
{
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    auto host = text.substr(0, colon);
    const auto portText = text.substr(colon + 1);
    unsigned port = 0;
    const auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
    if (portText.empty() || ec != std::errc() || end != portText.data() + portText.size() || port == 0
        || port > 65535)
        return std::nullopt;

    SslBinding binding;
    binding.port = static_cast<std::uint16_t>(port);
    if (host.front() == '[') {
        if (host.size() < 3 || host.back() != ']')
            return std::nullopt;
        host = host.substr(1, host.size() - 2);
        if (!isIpv6Literal(host))
            return std::nullopt;
        binding.kind = Kind::IpPort;
    } else if (isIpv4Literal(host)) {
        binding.kind = Kind::IpPort;
    } else if (isHostName(host)) {
        binding.kind = Kind::HostnamePort;
    } else {
        return std::nullopt;
    }
    binding.host = std::string(host);
    return binding;
}

} // namespace certpilot::win
