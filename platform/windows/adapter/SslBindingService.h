// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SslBinding.h"

#include <vector>

namespace certpilot::win {

// HTTP.sys SSL bindings through httpapi: what `netsh http show/add/delete
// sslcert` does. Needs admin rights to change. Wine 8 stubs all of it
// (set returns NO_ERROR and stores nothing, query ERROR_FILE_NOT_FOUND).
class SslBindingService {
public:
    // IP:port entries (HttpServiceConfigSSLCertInfo), then host name:port
    // entries (HttpServiceConfigSslSniCertInfo, Windows 8 / Server 2012 and later).
    static Result<std::vector<SslBinding>> list();
    // ERROR_ALREADY_EXISTS when the endpoint is bound: remove() first, as netsh.
    // storeName empty means "MY".
    static Result<void> add(const SslBinding &binding);
    // Only kind, host and port are used. ERROR_FILE_NOT_FOUND when absent.
    static Result<void> remove(const SslBinding &binding);
};

} // namespace certpilot::win
