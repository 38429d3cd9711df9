// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace certpilot::win {

// One HTTP.sys SSL binding, as `netsh http show sslcert` lists it. Plain C++
// (no windows.h) so the audit can be unit-tested and fuzzed on Linux; the
// httpapi calls live in SslBindingService.
struct SslBinding {
    enum class Kind {
        IpPort,       // "IP:port" entry (HttpServiceConfigSSLCertInfo)
        HostnamePort, // "Hostname:port" SNI entry (HttpServiceConfigSslSniCertInfo)
    };

    Kind kind = Kind::IpPort;
    std::string host;             // IP literal without brackets, or a host name
    std::uint16_t port = 443;
    std::string certificateHash;  // SHA-1 thumbprint in hex; empty when unset
    std::string storeName;        // "MY" usually; empty means MY to HTTP.sys
    std::string applicationId;    // "{4dc3e181-e14b-4a21-b022-59fc669b0914}"

    // "0.0.0.0:443", "[::]:443", "www.example.com:443"
    std::string endpoint() const;
    // True for 0.0.0.0 and ::, which answer on every address of the port.
    bool isWildcardAddress() const;

    // Parses what netsh accepts after ipport= / hostnameport=. The kind follows
    // from the host: an IPv4 or bracketed IPv6 literal is IpPort, a DNS name is
    // HostnamePort. nullopt for anything else (no port, port 0, bad characters).
    static std::optional<SslBinding> parseEndpoint(std::string_view text);
    static bool isIpv4Literal(std::string_view host);
};

} // namespace certpilot::win
