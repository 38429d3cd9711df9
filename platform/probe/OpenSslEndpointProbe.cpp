// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenSslEndpointProbe.h"

#include "TlsHandshake.h"
#include "binding/HostnameMatch.h"

#include <QElapsedTimer>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace certpilot {

namespace {

constexpr int kSliceMs = 100;   // how often a wait looks at the cancel flag

class Socket {
public:
    explicit Socket(int fd = -1) : m_fd(fd) {}
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    Socket& operator=(Socket&& other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    int fd() const { return m_fd; }

private:
    int m_fd;
};

QString addressText(const sockaddr* sa)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    const void* raw = sa->sa_family == AF_INET6 ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr)
                                                : static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(sa)->sin_addr);
    ::inet_ntop(sa->sa_family, raw, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

enum class Wait { Ready, TimedOut, Cancelled, Error };

// Waits for `events` until `deadline` ms of `clock`, in slices so cancel is seen.
Wait waitFor(int fd, short events, const QElapsedTimer& clock, qint64 deadline, const std::atomic_bool* cancel)
{
    for (;;) {
        if (cancel && cancel->load())
            return Wait::Cancelled;
        const qint64 left = deadline - clock.elapsed();
        if (left <= 0)
            return Wait::TimedOut;
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, int(std::min<qint64>(left, kSliceMs)));
        if (rc > 0)
            return Wait::Ready;
        if (rc < 0 && errno != EINTR)
            return Wait::Error;
    }
}

bool sendAll(int fd, const QByteArray& bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            pollfd p{fd, POLLOUT, 0};
            ::poll(&p, 1, 1000);
            continue;
        }
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

} // namespace

Result<ProbeResult> OpenSslEndpointProbe::probe(const ProbeTarget& target, const std::atomic_bool* cancel)
{
    ProbeResult result;
    result.target = target;
    const QString where = target.displayName();
    const int timeoutMs = std::max(100, target.timeoutMs);
    const auto cancelled = [] { return makeError(ErrorKind::Cancelled, tr("The check was cancelled.")); };

    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo* found = nullptr;
    QString host = target.host;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const int gai = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(target.port).constData(), &hints, &found);
    if (gai != 0)
        return makeError(ErrorKind::Network,
                         tr("The host name %1 could not be resolved. Check the spelling, and that this computer can "
                            "reach a DNS server.")
                             .arg(target.host),
                         QString::fromLocal8Bit(::gai_strerror(gai)));
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> addresses(found, &::freeaddrinfo);

    // Connect to the first address that accepts, like a browser would.
    QElapsedTimer clock;
    clock.start();
    Socket socket;
    int lastErrno = 0;
    bool timedOut = false;
    for (addrinfo* ai = addresses.get(); ai && socket.fd() < 0; ai = ai->ai_next) {
        Socket s(::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol));
        if (s.fd() < 0) {
            lastErrno = errno;
            continue;
        }
        const qint64 deadline = clock.elapsed() + timeoutMs;
        if (::connect(s.fd(), ai->ai_addr, ai->ai_addrlen) != 0 && errno != EINPROGRESS) {
            lastErrno = errno;
            continue;
        }
        const Wait w = waitFor(s.fd(), POLLOUT, clock, deadline, cancel);
        if (w == Wait::Cancelled)
            return cancelled();
        if (w == Wait::TimedOut) {
            timedOut = true;
            continue;
        }
        int soError = 0;
        socklen_t len = sizeof soError;
        ::getsockopt(s.fd(), SOL_SOCKET, SO_ERROR, &soError, &len);
        if (soError != 0) {
            lastErrno = soError;
            continue;
        }
        result.address = addressText(ai->ai_addr);
        socket = std::move(s);
    }
    if (socket.fd() < 0) {
        if (lastErrno == ECONNREFUSED)
            return makeError(ErrorKind::Network,
                             tr("%1 refused the connection: nothing listens on port %2 there. Is the server running, "
                                "and is the port right?")
                                 .arg(target.host)
                                 .arg(target.port),
                             QString::fromLocal8Bit(std::strerror(lastErrno)));
        if (timedOut)
            return makeError(ErrorKind::Timeout,
                             tr("%1 did not answer within %n second(s). A firewall may drop the connection, or the "
                                "host is down.",
                                nullptr, (timeoutMs + 999) / 1000)
                                 .arg(where));
        return makeError(ErrorKind::Network, tr("%1 cannot be reached.").arg(where),
                         QString::fromLocal8Bit(std::strerror(lastErrno)));
    }
    result.connectMs = clock.elapsed();

    // The handshake, with a time limit of its own.
    TlsHandshake handshake(target.serverName());
    result.sniSent = HostnameMatch::isIpAddress(target.serverName()) ? QString() : target.serverName();
    QElapsedTimer handshakeClock;
    handshakeClock.start();
    if (!sendAll(socket.fd(), handshake.start()))
        return makeError(ErrorKind::Network, tr("The connection to %1 broke while sending the TLS greeting.").arg(where),
                         QString::fromLocal8Bit(std::strerror(errno)));
    char buffer[16384];
    while (handshake.state() == TlsHandshake::State::InProgress) {
        const Wait w = waitFor(socket.fd(), POLLIN, handshakeClock, timeoutMs, cancel);
        if (w == Wait::Cancelled)
            return cancelled();
        if (w == Wait::TimedOut)
            return makeError(ErrorKind::Timeout,
                             tr("%1 accepted the connection but did not answer the TLS handshake within %n second(s). "
                                "The port may expect another protocol that waits for the client to speak first.",
                                nullptr, (timeoutMs + 999) / 1000)
                                 .arg(where));
        const ssize_t n = ::recv(socket.fd(), buffer, sizeof buffer, 0);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            continue;
        QByteArray reply;
        if (n <= 0)
            handshake.feedEof(&reply);
        else
            handshake.feed(QByteArray(buffer, int(n)), &reply);
        if (!reply.isEmpty() && !sendAll(socket.fd(), reply) && handshake.state() == TlsHandshake::State::InProgress)
            return makeError(ErrorKind::Network, tr("The connection to %1 broke during the TLS handshake.").arg(where),
                             QString::fromLocal8Bit(std::strerror(errno)));
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
    sendAll(socket.fd(), handshake.closeNotify());
    if (result.servedChain.isEmpty())
        return makeError(ErrorKind::Network, tr("%1 completed the handshake without sending a certificate.").arg(where));
    return result;
}

} // namespace certpilot
