// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <atomic>
#include <thread>

namespace certpilot::e2e {

// A loopback port that accepts connections (the kernel completes them) but
// never reads or answers: a probe must time out.
class SilentListener {
public:
    SilentListener();
    ~SilentListener();
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

// A loopback port that answers every connection with `greeting` and closes:
// a service that does not speak TLS.
class PlainTextListener {
public:
    explicit PlainTextListener(const QByteArray& greeting);
    ~PlainTextListener();
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
    QByteArray m_greeting;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace certpilot::e2e
