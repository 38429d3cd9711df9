// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/EndpointProbe.h"

#include <QCoreApplication>

namespace certpilot {

// Connects like `openssl s_client -connect host:port -servername sni
// -showcerts`: resolves the host, connects with a time limit (non-blocking
// socket: TcpConnection, POSIX or Winsock), runs the handshake through TlsHandshake, and returns
// everything the server sent. Blocks; thread-safe (no shared state).
class OpenSslEndpointProbe final : public EndpointProbe {
    Q_DECLARE_TR_FUNCTIONS(OpenSslEndpointProbe)
public:
    Result<ProbeResult> probe(const ProbeTarget& target, const std::atomic_bool* cancel = nullptr) override;
};

} // namespace certpilot
