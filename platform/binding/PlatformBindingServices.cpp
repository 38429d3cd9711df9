// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformBindingServices.h"

#include "ApacheBinder.h"
#include "NginxBinder.h"
#include "probe/OpenSslEndpointProbe.h"
#ifdef _WIN32
#include "windows/IisBinder.h"
#endif

namespace certpilot {

BindingServices platformBindingServices()
{
    BindingServices s;
    s.servers = {ServerType::Nginx, ServerType::Apache};
#ifdef _WIN32
    s.servers.prepend(ServerType::Iis);   // HTTP.sys bindings: what a Windows server has
#endif
    s.makeProbe = [] { return std::unique_ptr<EndpointProbe>(std::make_unique<OpenSslEndpointProbe>()); };
    s.makeBinder = [](const BinderSettings& settings) -> std::unique_ptr<SiteBinder> {
        auto probe = std::make_shared<OpenSslEndpointProbe>();
        switch (settings.serverType) {
        case ServerType::Nginx:
            return std::make_unique<NginxBinder>(settings, probe);
        case ServerType::Apache:
            return std::make_unique<ApacheBinder>(settings, probe);
        case ServerType::Iis:
#ifdef _WIN32
            return std::make_unique<IisBinder>(settings, probe);
#else
            return nullptr;
#endif
        }
        return nullptr;
    };
    return s;
}

void installPlatformBindingServices() { BindingServices::install(platformBindingServices()); }

} // namespace certpilot
