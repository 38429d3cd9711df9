// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/BindingServices.h"

namespace certpilot {

// The binders and probe of this platform: nginx and Apache, the OpenSSL probe.
BindingServices platformBindingServices();
// Installs them for the GUI (call once in main(), before windows open).
void installPlatformBindingServices();

} // namespace certpilot
