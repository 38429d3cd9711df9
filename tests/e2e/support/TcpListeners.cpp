// SPDX-License-Identifier: GPL-3.0-or-later
#include "TcpListeners.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace certpilot::e2e {

namespace {

int listenOnLoopback(int* port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd, 16) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        throw std::runtime_error("cannot listen on loopback");
    *port = ntohs(a.sin_port);
    return fd;
}

} // namespace

SilentListener::SilentListener() { m_fd = listenOnLoopback(&m_port); }

SilentListener::~SilentListener() { ::close(m_fd); }

PlainTextListener::PlainTextListener(const QByteArray& greeting)
    : m_greeting(greeting)
{
    m_fd = listenOnLoopback(&m_port);
    m_thread = std::thread([this] {
        while (!m_stop.load()) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0)
                continue;
            // Read what the client sent first (a ClientHello), then answer in plain text.
            pollfd c{client, POLLIN, 0};
            char buffer[4096];
            if (::poll(&c, 1, 2000) > 0) {
                [[maybe_unused]] const ssize_t received = ::recv(client, buffer, sizeof buffer, 0);
            }
            [[maybe_unused]] const ssize_t sent
                = ::send(client, m_greeting.constData(), size_t(m_greeting.size()), MSG_NOSIGNAL);
            ::close(client);
        }
    });
}

PlainTextListener::~PlainTextListener()
{
    m_stop = true;
    m_thread.join();
    ::close(m_fd);
}

} // namespace certpilot::e2e
