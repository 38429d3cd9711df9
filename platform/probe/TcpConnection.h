// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <cstdint>

namespace certpilot {

// A non-blocking TCP connection for the endpoint probe, over POSIX sockets or
// Winsock: the only part of the probe that differs between the systems.
// Every wait is cut into slices so a cancel flag is seen within 100 ms.
class TcpConnection {
public:
    enum class Wait { Ready, TimedOut, Cancelled, Error };

    // Why connect() found no connection.
    struct Failure {
        bool resolveFailed = false;   // the name did not resolve
        bool refused = false;         // an address answered: nothing listens on the port
        bool timedOut = false;        // an address did not answer in time
        bool cancelled = false;
        QString detail;               // the system's words
    };

    TcpConnection() = default;
    ~TcpConnection();
    TcpConnection(TcpConnection&& other) noexcept;
    TcpConnection& operator=(TcpConnection&& other) noexcept;
    TcpConnection(const TcpConnection&) = delete;
    TcpConnection& operator=(const TcpConnection&) = delete;

    // Resolves `host` and connects to the first address that accepts, each
    // within `timeoutMs`, like a browser. Not open on failure; `why` says why.
    static TcpConnection connect(const QString& host, int port, int timeoutMs, const std::atomic_bool* cancel,
                                 Failure* why);

    bool isOpen() const;
    QString address() const { return m_address; }   // the IP address connected to

    bool sendAll(const QByteArray& bytes);
    // Waits until data can be read, until `deadline` ms of `clock`.
    Wait waitReadable(const QElapsedTimer& clock, qint64 deadline, const std::atomic_bool* cancel);
    // Bytes read (> 0), 0 at the end of the stream, -1 on an error; -2: nothing yet, wait again.
    qint64 receive(char* buffer, qint64 size);

    // The system's words for the last socket error of this thread.
    static QString lastErrorText();

private:
    std::intptr_t m_socket = -1;   // an fd, or a SOCKET on Windows
    QString m_address;
};

} // namespace certpilot
