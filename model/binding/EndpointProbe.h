// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "binding/ProbeResult.h"
#include "binding/ProbeTarget.h"

#include <atomic>

namespace certpilot {

// Connects to a TLS endpoint and reports the chain it serves. Implementations
// block: run them off the GUI thread. Failures say what happened in words:
// refused, timed out, unknown host, not TLS, handshake refused (with the alert).
class EndpointProbe {
public:
    virtual ~EndpointProbe() = default;
    virtual Result<ProbeResult> probe(const ProbeTarget& target, const std::atomic_bool* cancel = nullptr) = 0;
};

} // namespace certpilot
