// SPDX-License-Identifier: GPL-3.0-or-later
#include "SslBindingService.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include "Native.h"

#include <http.h>
#include <objbase.h>

#include <cstring>

namespace certpilot::win {

using namespace native;

namespace {

// mingw-w64 10's http.h stops at HttpServiceConfigUrlAclInfo; these are the
// Windows SDK definitions for SNI bindings (Windows 8 and later).
constexpr auto kSslSniCertInfo = static_cast<HTTP_SERVICE_CONFIG_ID>(5); // HttpServiceConfigSslSniCertInfo

struct SniKey {
    SOCKADDR_STORAGE IpPort;
    PWSTR Host;
};
struct SniSet {
    SniKey KeyDesc;
    HTTP_SERVICE_CONFIG_SSL_PARAM ParamDesc;
};
struct SniQuery {
    HTTP_SERVICE_CONFIG_QUERY_TYPE QueryDesc;
    SniKey KeyDesc;
    DWORD dwToken;
};

// HttpInitialize/HttpTerminate pair for configuration calls.
class HttpConfigSession {
public:
    HttpConfigSession()
        : m_status(HttpInitialize(HTTPAPI_VERSION_1, HTTP_INITIALIZE_CONFIG, nullptr))
    {
    }
    ~HttpConfigSession()
    {
        if (m_status == NO_ERROR)
            HttpTerminate(HTTP_INITIALIZE_CONFIG, nullptr);
    }
    ULONG status() const { return m_status; }

private:
    ULONG m_status;
};

std::string addressText(const SOCKADDR *address, std::uint16_t &port)
{
    wchar_t text[INET6_ADDRSTRLEN] = {};
    if (address->sa_family == AF_INET6) {
        const auto *v6 = reinterpret_cast<const SOCKADDR_IN6 *>(address);
        port = ntohs(v6->sin6_port);
        InetNtopW(AF_INET6, &v6->sin6_addr, text, INET6_ADDRSTRLEN);
    } else {
        const auto *v4 = reinterpret_cast<const SOCKADDR_IN *>(address);
        port = ntohs(v4->sin_port);
        InetNtopW(AF_INET, &v4->sin_addr, text, INET6_ADDRSTRLEN);
    }
    return narrow(text);
}

std::string guidText(const GUID &guid)
{
    wchar_t text[40] = {};
    StringFromGUID2(guid, text, 40);
    return narrow(text);
}

void fillParams(SslBinding &binding, const HTTP_SERVICE_CONFIG_SSL_PARAM &param)
{
    binding.certificateHash
        = toHex({static_cast<const BYTE *>(param.pSslHash), param.pSslHash ? param.SslHashLength : 0});
    binding.storeName = param.pSslCertStoreName ? narrow(param.pSslCertStoreName) : std::string();
    binding.applicationId = guidText(param.AppId);
}

// Query-next over one configuration id until ERROR_NO_MORE_ITEMS.
template <typename Query, typename Parse>
Result<void> enumerate(HTTP_SERVICE_CONFIG_ID id, const char *what, Parse parse)
{
    std::vector<BYTE> buffer(4096);
    for (DWORD token = 0;; ++token) {
        Query query{};
        query.QueryDesc = HttpServiceConfigQueryNext;
        query.dwToken = token;
        ULONG returned = 0;
        ULONG status = HttpQueryServiceConfiguration(nullptr, id, &query, sizeof query, buffer.data(),
                                                     static_cast<ULONG>(buffer.size()), &returned, nullptr);
        if (status == ERROR_INSUFFICIENT_BUFFER || status == ERROR_MORE_DATA) {
            buffer.resize(returned);
            status = HttpQueryServiceConfiguration(nullptr, id, &query, sizeof query, buffer.data(),
                                                   static_cast<ULONG>(buffer.size()), &returned, nullptr);
        }
        if (status == ERROR_NO_MORE_ITEMS)
            return {};
        if (status != NO_ERROR)
            return statusError(status, "HttpQueryServiceConfiguration", what);
        parse(buffer.data());
    }
}

struct Endpoint {
    SOCKADDR_STORAGE address{};
};

Result<Endpoint> toSockaddr(const SslBinding &binding)
{
    Endpoint endpoint;
    if (binding.kind == SslBinding::Kind::HostnamePort) {
        // SNI keys carry the port in an IPv4 any-address.
        auto *v4 = reinterpret_cast<SOCKADDR_IN *>(&endpoint.address);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(binding.port);
        return endpoint;
    }
    const auto host = widen(binding.host);
    if (binding.host.find(':') != std::string::npos) {
        auto *v6 = reinterpret_cast<SOCKADDR_IN6 *>(&endpoint.address);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(binding.port);
        if (InetPtonW(AF_INET6, host.c_str(), &v6->sin6_addr) == 1)
            return endpoint;
    } else {
        auto *v4 = reinterpret_cast<SOCKADDR_IN *>(&endpoint.address);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(binding.port);
        if (InetPtonW(AF_INET, host.c_str(), &v4->sin_addr) == 1)
            return endpoint;
    }
    return WinError(ERROR_INVALID_PARAMETER, "InetPtonW", binding.endpoint());
}

} // namespace

Result<std::vector<SslBinding>> SslBindingService::list()
{
    HttpConfigSession session;
    if (session.status() != NO_ERROR)
        return statusError(session.status(), "HttpInitialize");
    std::vector<SslBinding> out;
    auto ip = enumerate<HTTP_SERVICE_CONFIG_SSL_QUERY>(HttpServiceConfigSSLCertInfo, "SSLCertInfo", [&](BYTE *data) {
        const auto *set = reinterpret_cast<const HTTP_SERVICE_CONFIG_SSL_SET *>(data);
        SslBinding binding;
        binding.kind = SslBinding::Kind::IpPort;
        binding.host = addressText(set->KeyDesc.pIpPort, binding.port);
        fillParams(binding, set->ParamDesc);
        out.push_back(std::move(binding));
    });
    if (!ip)
        return ip.error();
    auto sni = enumerate<SniQuery>(kSslSniCertInfo, "SslSniCertInfo", [&](BYTE *data) {
        const auto *set = reinterpret_cast<const SniSet *>(data);
        SslBinding binding;
        binding.kind = SslBinding::Kind::HostnamePort;
        addressText(reinterpret_cast<const SOCKADDR *>(&set->KeyDesc.IpPort), binding.port);
        binding.host = set->KeyDesc.Host ? narrow(set->KeyDesc.Host) : std::string();
        fillParams(binding, set->ParamDesc);
        out.push_back(std::move(binding));
    });
    // Windows 7 / Server 2008 R2 know no SNI and reject the id.
    if (!sni && sni.error().code() != ERROR_INVALID_PARAMETER)
        return sni.error();
    return out;
}

Result<void> SslBindingService::add(const SslBinding &binding)
{
    auto endpoint = toSockaddr(binding);
    if (!endpoint)
        return endpoint.error();
    auto hash = fromHex(binding.certificateHash);
    if (hash.size() != 20)
        return WinError(ERROR_INVALID_PARAMETER, "SslBindingService::add", "certificate hash is not a SHA-1 thumbprint");
    GUID appId{};
    const auto appIdText = widen(binding.applicationId);
    if (CLSIDFromString(appIdText.c_str(), &appId) != NOERROR)
        return WinError(ERROR_INVALID_PARAMETER, "SslBindingService::add", "application id is not a GUID");
    std::wstring storeName = binding.storeName.empty() ? L"MY" : widen(binding.storeName);

    HTTP_SERVICE_CONFIG_SSL_PARAM param{};
    param.SslHashLength = static_cast<ULONG>(hash.size());
    param.pSslHash = hash.data();
    param.AppId = appId;
    param.pSslCertStoreName = storeName.data();

    HttpConfigSession session;
    if (session.status() != NO_ERROR)
        return statusError(session.status(), "HttpInitialize");
    ULONG status;
    if (binding.kind == SslBinding::Kind::HostnamePort) {
        std::wstring host = widen(binding.host);
        SniSet set{};
        set.KeyDesc.IpPort = endpoint->address;
        set.KeyDesc.Host = host.data();
        set.ParamDesc = param;
        status = HttpSetServiceConfiguration(nullptr, kSslSniCertInfo, &set, sizeof set, nullptr);
    } else {
        HTTP_SERVICE_CONFIG_SSL_SET set{};
        set.KeyDesc.pIpPort = reinterpret_cast<PSOCKADDR>(&endpoint->address);
        set.ParamDesc = param;
        status = HttpSetServiceConfiguration(nullptr, HttpServiceConfigSSLCertInfo, &set, sizeof set, nullptr);
    }
    if (status != NO_ERROR)
        return statusError(status, "HttpSetServiceConfiguration", binding.endpoint());
    return {};
}

Result<void> SslBindingService::remove(const SslBinding &binding)
{
    auto endpoint = toSockaddr(binding);
    if (!endpoint)
        return endpoint.error();
    HttpConfigSession session;
    if (session.status() != NO_ERROR)
        return statusError(session.status(), "HttpInitialize");
    ULONG status;
    if (binding.kind == SslBinding::Kind::HostnamePort) {
        std::wstring host = widen(binding.host);
        SniSet set{};
        set.KeyDesc.IpPort = endpoint->address;
        set.KeyDesc.Host = host.data();
        status = HttpDeleteServiceConfiguration(nullptr, kSslSniCertInfo, &set, sizeof set, nullptr);
    } else {
        HTTP_SERVICE_CONFIG_SSL_SET set{};
        set.KeyDesc.pIpPort = reinterpret_cast<PSOCKADDR>(&endpoint->address);
        status = HttpDeleteServiceConfiguration(nullptr, HttpServiceConfigSSLCertInfo, &set, sizeof set, nullptr);
    }
    if (status != NO_ERROR)
        return statusError(status, "HttpDeleteServiceConfiguration", binding.endpoint());
    return {};
}

} // namespace certpilot::win
