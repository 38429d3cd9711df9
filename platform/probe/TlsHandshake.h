// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace certpilot {

// The client side of a TLS handshake over memory buffers: no sockets, so the
// part that handles what a server sent can be driven (and fuzzed) with bytes.
// Verifies nothing: it records what was served, and the model judges it.
// Accepts every protocol version and cipher OpenSSL has, so a weak server is
// reported as weak rather than as unreachable.
class TlsHandshake {
    Q_DECLARE_TR_FUNCTIONS(TlsHandshake)
public:
    enum class State { InProgress, Done, Failed };

    // `serverName`: sent as SNI when not empty.
    explicit TlsHandshake(const QString& serverName);
    ~TlsHandshake();
    TlsHandshake(const TlsHandshake&) = delete;
    TlsHandshake& operator=(const TlsHandshake&) = delete;

    // The ClientHello to send first.
    QByteArray start();
    // Bytes from the server; `toServer` gets what to send back.
    State feed(const QByteArray& fromServer, QByteArray* toServer);
    // The server closed the connection.
    State feedEof(QByteArray* toServer);

    State state() const { return m_state; }
    // Why it failed, in words: not TLS, an alert, a closed connection.
    const Error& error() const { return m_error; }

    // After Done: everything the server sent, leaf first, in its order.
    QList<Certificate> servedChain() const;
    QString protocol() const;
    QString cipher() const;
    // A polite close_notify to send after Done.
    QByteArray closeNotify();

    // How the first bytes from a peer look: empty when they may be TLS,
    // else a printable excerpt ("HTTP/1.1 400 Bad Request").
    static QString nonTlsExcerpt(const QByteArray& firstBytes);

private:
    State step(QByteArray* toServer);
    void fail(const QString& message, const QString& detail);

    struct Impl;
    std::unique_ptr<Impl> d;
    State m_state = State::InProgress;
    Error m_error;
    QString m_serverName;
    QByteArray m_firstBytes;
};

} // namespace certpilot
