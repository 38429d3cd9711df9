// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenSslEndpointProbe.h"

#include "TcpConnection.h"
#include "TlsHandshake.h"
#include "binding/HostnameMatch.h"

#include <QElapsedTimer>

#include <algorithm>

namespace certpilot {

Result<ProbeResult> OpenSslEndpointProbe::probe(const ProbeTarget& target, const std::atomic_bool* cancel)
{
    ProbeResult result;
    result.target = target;
    const QString where = target.displayName();
    const int timeoutMs = std::max(100, target.timeoutMs);
    const auto cancelled = [] { return makeError(ErrorKind::Cancelled, tr("The check was cancelled.")); };

    QString host = target.host;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QElapsedTimer clock;
    clock.start();
    TcpConnection::Failure failure;
    TcpConnection socket = TcpConnection::connect(host, target.port, timeoutMs, cancel, &failure);
    if (!socket.isOpen()) {
        if (failure.cancelled)
            return cancelled();
        if (failure.resolveFailed)
            return makeError(ErrorKind::Network,
                             tr("The host name %1 could not be resolved. Check the spelling, and that this computer "
                                "can reach a DNS server.")
                                 .arg(target.host),
                             failure.detail);
        if (failure.refused)
            return makeError(ErrorKind::Network,
                             tr("%1 refused the connection: nothing listens on port %2 there. Is the server running, "
                                "and is the port right?")
                                 .arg(target.host)
                                 .arg(target.port),
                             failure.detail);
        if (failure.timedOut)
            return makeError(ErrorKind::Timeout,
                             tr("%1 did not answer within %n second(s). A firewall may drop the connection, or the "
                                "host is down.",
                                nullptr, (timeoutMs + 999) / 1000)
                                 .arg(where));
        return makeError(ErrorKind::Network, tr("%1 cannot be reached.").arg(where), failure.detail);
    }
    result.address = socket.address();
    result.connectMs = clock.elapsed();

    // The handshake, with a time limit of its own.
    TlsHandshake handshake(target.serverName());
    result.sniSent = HostnameMatch::isIpAddress(target.serverName()) ? QString() : target.serverName();
    QElapsedTimer handshakeClock;
    handshakeClock.start();
    if (!socket.sendAll(handshake.start()))
        return makeError(ErrorKind::Network, tr("The connection to %1 broke while sending the TLS greeting.").arg(where),
                         TcpConnection::lastErrorText());
    char buffer[16384];
    while (handshake.state() == TlsHandshake::State::InProgress) {
        const TcpConnection::Wait w = socket.waitReadable(handshakeClock, timeoutMs, cancel);
        if (w == TcpConnection::Wait::Cancelled)
            return cancelled();
        if (w == TcpConnection::Wait::TimedOut)
            return makeError(ErrorKind::Timeout,
                             tr("%1 accepted the connection but did not answer the TLS handshake within %n second(s). "
                                "The port may expect another protocol that waits for the client to speak first.",
                                nullptr, (timeoutMs + 999) / 1000)
                                 .arg(where));
        const qint64 n = socket.receive(buffer, sizeof buffer);
        if (n == -2)
            continue;
        QByteArray reply;
        if (n <= 0)
            handshake.feedEof(&reply);
        else
            handshake.feed(QByteArray(buffer, int(n)), &reply);
        if (!reply.isEmpty() && !socket.sendAll(reply) && handshake.state() == TlsHandshake::State::InProgress)
            return makeError(ErrorKind::Network, tr("The connection to %1 broke during the TLS handshake.").arg(where),
                             TcpConnection::lastErrorText());
    }
    if (handshake.state() == TlsHandshake::State::Failed) {
        Error e = handshake.error();
        e.message = tr("%1: %2").arg(where, e.message);
        return e;
    }
    result.handshakeMs = handshakeClock.elapsed();
    result.servedChain = handshake.servedChain();
    result.protocol = handshake.protocol();
    result.cipher = handshake.cipher();
    socket.sendAll(handshake.closeNotify());
    if (result.servedChain.isEmpty())
        return makeError(ErrorKind::Network, tr("%1 completed the handshake without sending a certificate.").arg(where));
    return result;
}

} // namespace certpilot
