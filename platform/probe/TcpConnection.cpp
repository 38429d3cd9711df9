// SPDX-License-Identifier: GPL-3.0-or-later
#include "TcpConnection.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace certpilot {

namespace {

constexpr int kSliceMs = 100;   // how often a wait looks at the cancel flag

#ifdef _WIN32
using Native = SOCKET;
const Native kNone = INVALID_SOCKET;
using PollFd = WSAPOLLFD;
int pollOne(PollFd* p, int ms) { return ::WSAPoll(p, 1, ms); }
int lastError() { return ::WSAGetLastError(); }
bool inProgress(int e) { return e == WSAEWOULDBLOCK || e == WSAEINPROGRESS; }
bool tryAgain(int e) { return e == WSAEWOULDBLOCK || e == WSAEINTR; }
bool refusedError(int e) { return e == WSAECONNREFUSED; }
void closeNative(Native s) { ::closesocket(s); }
// Winsock needs WSAStartup once per process before any call.
void startSockets()
{
    static std::once_flag once;
    std::call_once(once, [] {
        WSADATA data;
        ::WSAStartup(MAKEWORD(2, 2), &data);
    });
}
Native openSocket(const addrinfo* ai)
{
    Native s = ::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    u_long nonBlocking = 1;
    if (s != kNone && ::ioctlsocket(s, FIONBIO, &nonBlocking) != 0) {
        ::closesocket(s);
        return kNone;
    }
    return s;
}
int sendSome(Native s, const char* data, qsizetype size) { return ::send(s, data, int(std::min<qsizetype>(size, 1 << 20)), 0); }
int receiveSome(Native s, char* data, qint64 size) { return ::recv(s, data, int(std::min<qint64>(size, 1 << 20)), 0); }
QString errorText(int e)
{
    wchar_t* text = nullptr;
    ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                     nullptr, DWORD(e), 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    const QString words = text ? QString::fromWCharArray(text).trimmed() : QString();
    ::LocalFree(text);
    return QStringLiteral("%1 (Winsock %2)").arg(words).arg(e);
}
// getaddrinfo's EAI_* codes are Winsock error codes on Windows.
QString resolveErrorText(int e) { return errorText(e); }
#else
using Native = int;
const Native kNone = -1;
using PollFd = pollfd;
int pollOne(PollFd* p, int ms) { return ::poll(p, 1, ms); }
int lastError() { return errno; }
bool inProgress(int e) { return e == EINPROGRESS; }
bool tryAgain(int e) { return e == EAGAIN || e == EWOULDBLOCK || e == EINTR; }
bool refusedError(int e) { return e == ECONNREFUSED; }
void closeNative(Native s) { ::close(s); }
void startSockets() {}
Native openSocket(const addrinfo* ai)
{
    return ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
}
// MSG_NOSIGNAL: a peer that closed early must not kill the process with SIGPIPE.
ssize_t sendSome(Native s, const char* data, qsizetype size) { return ::send(s, data, size_t(size), MSG_NOSIGNAL); }
ssize_t receiveSome(Native s, char* data, qint64 size) { return ::recv(s, data, size_t(size), 0); }
QString errorText(int e) { return QString::fromLocal8Bit(std::strerror(e)); }
QString resolveErrorText(int e) { return QString::fromLocal8Bit(::gai_strerror(e)); }
#endif

Native native(std::intptr_t s) { return Native(s); }

QString addressText(const sockaddr* sa)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    const void* raw = sa->sa_family == AF_INET6
        ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr)
        : static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(sa)->sin_addr);
    ::inet_ntop(sa->sa_family, raw, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

// Waits for `events` until `deadline` ms of `clock`, in slices so cancel is seen.
TcpConnection::Wait waitFor(Native s, short events, const QElapsedTimer& clock, qint64 deadline,
                            const std::atomic_bool* cancel)
{
    for (;;) {
        if (cancel && cancel->load())
            return TcpConnection::Wait::Cancelled;
        const qint64 left = deadline - clock.elapsed();
        if (left <= 0)
            return TcpConnection::Wait::TimedOut;
        PollFd p{};
        p.fd = s;
        p.events = events;
        const int rc = pollOne(&p, int(std::min<qint64>(left, kSliceMs)));
        if (rc > 0)
            return TcpConnection::Wait::Ready;
        if (rc < 0 && !tryAgain(lastError()))
            return TcpConnection::Wait::Error;
    }
}

} // namespace

TcpConnection::~TcpConnection()
{
    if (isOpen())
        closeNative(native(m_socket));
}

TcpConnection::TcpConnection(TcpConnection&& other) noexcept
{
    *this = std::move(other);
}

TcpConnection& TcpConnection::operator=(TcpConnection&& other) noexcept
{
    std::swap(m_socket, other.m_socket);
    std::swap(m_address, other.m_address);
    return *this;
}

bool TcpConnection::isOpen() const
{
    return native(m_socket) != kNone;
}

QString TcpConnection::lastErrorText()
{
    return errorText(lastError());
}

TcpConnection TcpConnection::connect(const QString& host, int port, int timeoutMs, const std::atomic_bool* cancel,
                                     Failure* why)
{
    startSockets();
    Failure failure;
    TcpConnection result;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo* found = nullptr;
    const int gai = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found);
    if (gai != 0) {
        failure.resolveFailed = true;
        failure.detail = resolveErrorText(gai);
        if (why)
            *why = failure;
        return result;
    }
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> addresses(found, &::freeaddrinfo);
    QElapsedTimer clock;
    clock.start();
    int lastErrno = 0;
    for (addrinfo* ai = addresses.get(); ai && !result.isOpen(); ai = ai->ai_next) {
        TcpConnection attempt;
        attempt.m_socket = std::intptr_t(openSocket(ai));
        if (!attempt.isOpen()) {
            lastErrno = lastError();
            continue;
        }
        const qint64 deadline = clock.elapsed() + timeoutMs;
        if (::connect(native(attempt.m_socket), ai->ai_addr, int(ai->ai_addrlen)) != 0 && !inProgress(lastError())) {
            lastErrno = lastError();
            continue;
        }
        const Wait w = waitFor(native(attempt.m_socket), POLLOUT, clock, deadline, cancel);
        if (w == Wait::Cancelled) {
            failure.cancelled = true;
            break;
        }
        if (w == Wait::TimedOut) {
            failure.timedOut = true;
            continue;
        }
        int soError = 0;
        socklen_t len = sizeof soError;
        ::getsockopt(native(attempt.m_socket), SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&soError), &len);
        if (soError != 0) {
            lastErrno = soError;
            continue;
        }
        attempt.m_address = addressText(ai->ai_addr);
        result = std::move(attempt);
    }
    if (!result.isOpen()) {
        failure.refused = refusedError(lastErrno);
        failure.detail = lastErrno ? errorText(lastErrno) : QString();
        if (why)
            *why = failure;
    }
    return result;
}

bool TcpConnection::sendAll(const QByteArray& bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const auto n = sendSome(native(m_socket), bytes.constData() + sent, bytes.size() - sent);
        if (n < 0 && tryAgain(lastError())) {
            PollFd p{};
            p.fd = native(m_socket);
            p.events = POLLOUT;
            pollOne(&p, 1000);
            continue;
        }
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

TcpConnection::Wait TcpConnection::waitReadable(const QElapsedTimer& clock, qint64 deadline,
                                                const std::atomic_bool* cancel)
{
    return waitFor(native(m_socket), POLLIN, clock, deadline, cancel);
}

qint64 TcpConnection::receive(char* buffer, qint64 size)
{
    const auto n = receiveSome(native(m_socket), buffer, size);
    if (n < 0)
        return tryAgain(lastError()) ? -2 : -1;
    return n;
}

} // namespace certpilot
