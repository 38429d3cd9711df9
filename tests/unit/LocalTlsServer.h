// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real TLS server on a loopback port, in a thread of the test process: it
// accepts connections, completes the handshake with the given certificate and
// chain, and closes. For the live-endpoint checks below the e2e suites (which
// run nginx and Apache).

#include "TestPki.h"

#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <stdexcept>
#include <thread>

namespace certpilot::test {

class LocalTlsServer {
public:
    // `maxVersion`: 0 for OpenSSL's default, else e.g. TLS1_1_VERSION for an outdated server.
    LocalTlsServer(const Issued& leaf, const QList<Certificate>& chain, int maxVersion = 0)
    {
        m_ctx = SSL_CTX_new(TLS_server_method());
        if (maxVersion) {
            // Old protocols need security level 0 in OpenSSL 3.
            SSL_CTX_set_security_level(m_ctx, 0);
            SSL_CTX_set_min_proto_version(m_ctx, TLS1_VERSION);
            SSL_CTX_set_max_proto_version(m_ctx, maxVersion);
            SSL_CTX_set_cipher_list(m_ctx, "ALL:@SECLEVEL=0");
        }
        X509* cert = toX509(leaf.cert);
        EVP_PKEY* key = leaf.key.toEvp();
        const bool loaded = SSL_CTX_use_certificate(m_ctx, cert) == 1 && SSL_CTX_use_PrivateKey(m_ctx, key) == 1;
        X509_free(cert);
        EVP_PKEY_free(key);
        for (const Certificate& c : chain) {
            X509* x = toX509(c);
            SSL_CTX_add1_chain_cert(m_ctx, x);
            X509_free(x);
        }
        if (!loaded)
            throw std::runtime_error("the TLS server refused its certificate or key");

        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(m_fd, 16) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
            throw std::runtime_error("cannot listen on loopback");
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~LocalTlsServer()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_fd);
        SSL_CTX_free(m_ctx);
    }
    LocalTlsServer(const LocalTlsServer&) = delete;
    LocalTlsServer& operator=(const LocalTlsServer&) = delete;

    int port() const { return m_port; }
    // Connections accepted so far (counted before the handshake, so a client that has its answer was counted).
    int connections() const { return m_connections.load(); }

private:
    static X509* toX509(const Certificate& c)
    {
        const auto* p = reinterpret_cast<const unsigned char*>(c.der().constData());
        return d2i_X509(nullptr, &p, c.der().size());
    }
    void serve()
    {
        // A client that hangs up early makes the server's next write raise SIGPIPE in this thread:
        // blocked here, the write fails with EPIPE instead of ending the test process.
        sigset_t pipe;
        sigemptyset(&pipe);
        sigaddset(&pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
        while (!m_stop.load()) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0)
                continue;
            ++m_connections;
            timeval limit{5, 0};
            ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
            SSL* ssl = SSL_new(m_ctx);
            SSL_set_fd(ssl, client);
            if (SSL_accept(ssl) == 1)
                SSL_shutdown(ssl);
            SSL_free(ssl);
            ::close(client);
        }
    }

    SSL_CTX* m_ctx = nullptr;
    int m_fd = -1;
    int m_port = 0;
    std::atomic_bool m_stop{false};
    std::atomic_int m_connections{0};
    std::thread m_thread;
};

} // namespace certpilot::test
