// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/BinderSettings.h"
#include "binding/EndpointProbe.h"
#include "binding/SiteBinder.h"

#include <QList>

#include <functional>
#include <memory>

namespace certpilot {

// The binders and the probe the application was built with. The GUI cannot
// include platform/ headers, so app/ installs the platform implementations
// here once at start-up (platform/binding/PlatformBindingServices.h) and the
// wizards ask for them. Install before any window opens; read from any thread.
struct BindingServices {
    QList<ServerType> servers;   // offered in the wizard, in this order
    std::function<std::unique_ptr<SiteBinder>(const BinderSettings&)> makeBinder;
    std::function<std::unique_ptr<EndpointProbe>()> makeProbe;

    bool canBind() const { return bool(makeBinder) && !servers.isEmpty(); }
    bool canProbe() const { return bool(makeProbe); }

    static void install(const BindingServices& services);
    // An empty set (nothing can bind or probe) until install() is called.
    static BindingServices installed();
};

} // namespace certpilot
