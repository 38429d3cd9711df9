// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsHandshake.h"

#include "binding/HostnameMatch.h"
#include "ossl/ErrorQueue.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace certpilot {

namespace {

struct CtxFree {
    void operator()(SSL_CTX* p) const { SSL_CTX_free(p); }
};
struct SslFree {
    void operator()(SSL* p) const { SSL_free(p); }
};

constexpr int kNoAlert = -1;

} // namespace

struct TlsHandshake::Impl {
    std::unique_ptr<SSL_CTX, CtxFree> ctx;
    std::unique_ptr<SSL, SslFree> ssl;
    BIO* in = nullptr;    // owned by ssl
    BIO* out = nullptr;   // owned by ssl
    int alert = kNoAlert; // the alert the server sent, if any

    QByteArray drain() const
    {
        QByteArray bytes;
        char buffer[4096];
        int n = 0;
        while ((n = BIO_read(out, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        return bytes;
    }
};

namespace {

// Records the alert a server sends when it refuses the handshake.
void infoCallback(const SSL* ssl, int where, int ret)
{
    if (!(where & SSL_CB_READ_ALERT))
        return;
    auto* slot = static_cast<int*>(SSL_get_ex_data(ssl, 0));
    if (slot && (ret >> 8) == SSL3_AL_FATAL)
        *slot = ret & 0xff;
}

QString alertHint(int alert, const QString& serverName)
{
    switch (alert) {
    case SSL_AD_UNRECOGNIZED_NAME:
        return TlsHandshake::tr("The server does not know the name %1: check the SNI name, or the server's "
                                "configuration for it.")
            .arg(serverName.isEmpty() ? TlsHandshake::tr("(none sent)") : serverName);
    case SSL_AD_HANDSHAKE_FAILURE:
        return TlsHandshake::tr("The server and CertPilot share no protocol version or cipher, or the server has "
                                "no certificate for this name.");
    case SSL_AD_PROTOCOL_VERSION:
        return TlsHandshake::tr("The server and CertPilot share no TLS version.");
    case TLS13_AD_CERTIFICATE_REQUIRED:
        return TlsHandshake::tr("The server requires a client certificate.");
    case SSL_AD_INTERNAL_ERROR:
        return TlsHandshake::tr("The server had an internal error; its error log says more (often an unreadable "
                                "key or certificate file).");
    default:
        return {};
    }
}

} // namespace

TlsHandshake::TlsHandshake(const QString& serverName)
    : d(std::make_unique<Impl>())
    , m_serverName(serverName)
{
    d->ctx.reset(SSL_CTX_new(TLS_client_method()));
    if (d->ctx) {
        SSL_CTX_set_verify(d->ctx.get(), SSL_VERIFY_NONE, nullptr);
        // Report old servers as old instead of failing: allow every version and cipher.
        SSL_CTX_set_security_level(d->ctx.get(), 0);
        SSL_CTX_set_min_proto_version(d->ctx.get(), 0);
        SSL_CTX_set_cipher_list(d->ctx.get(), "ALL:@SECLEVEL=0");
        SSL_CTX_set_info_callback(d->ctx.get(), infoCallback);
        d->ssl.reset(SSL_new(d->ctx.get()));
    }
    if (!d->ssl) {
        fail(tr("OpenSSL could not start a TLS connection."), ossl::takeErrors());
        return;
    }
    d->in = BIO_new(BIO_s_mem());
    d->out = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(d->in, -1);   // "no data yet", not end of stream
    SSL_set_bio(d->ssl.get(), d->in, d->out);
    SSL_set_connect_state(d->ssl.get());
    SSL_set_ex_data(d->ssl.get(), 0, &d->alert);
    if (!serverName.isEmpty() && !HostnameMatch::isIpAddress(serverName))
        SSL_set_tlsext_host_name(d->ssl.get(), serverName.toUtf8().constData());
}

TlsHandshake::~TlsHandshake() = default;

void TlsHandshake::fail(const QString& message, const QString& detail)
{
    m_state = State::Failed;
    m_error = makeError(ErrorKind::Network, message, detail);
}

QByteArray TlsHandshake::start()
{
    QByteArray out;
    if (m_state == State::InProgress)
        step(&out);
    return out;
}

TlsHandshake::State TlsHandshake::feed(const QByteArray& fromServer, QByteArray* toServer)
{
    if (m_state != State::InProgress || fromServer.isEmpty())
        return m_state;
    if (m_firstBytes.size() < 64) {
        m_firstBytes += fromServer.left(64 - m_firstBytes.size());
        const QString excerpt = nonTlsExcerpt(m_firstBytes);
        if (!excerpt.isEmpty()) {
            fail(tr("The port answered but does not speak TLS. It may be a plain http port, or another service."),
                 tr("The server sent: %1").arg(excerpt));
            return m_state;
        }
    }
    BIO_write(d->in, fromServer.constData(), int(fromServer.size()));
    return step(toServer);
}

TlsHandshake::State TlsHandshake::feedEof(QByteArray* toServer)
{
    if (m_state != State::InProgress)
        return m_state;
    BIO_set_mem_eof_return(d->in, 0);
    step(toServer);
    if (m_state == State::InProgress || m_firstBytes.isEmpty() || d->alert == kNoAlert) {
        const QString detail = m_error.detail;
        fail(m_firstBytes.isEmpty()
                 ? tr("The server closed the connection without answering the TLS handshake. The port may not "
                      "speak TLS, or the server refused the name %1.")
                       .arg(m_serverName.isEmpty() ? tr("(none sent)") : m_serverName)
                 : tr("The server closed the connection during the TLS handshake."),
             detail);
    }
    return m_state;
}

TlsHandshake::State TlsHandshake::step(QByteArray* toServer)
{
    ERR_clear_error();
    const int rc = SSL_do_handshake(d->ssl.get());
    if (toServer)
        *toServer += d->drain();
    if (rc == 1) {
        m_state = State::Done;
        return m_state;
    }
    const int err = SSL_get_error(d->ssl.get(), rc);
    if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
        return m_state;
    const QString detail = ossl::takeErrors();
    if (d->alert != kNoAlert) {
        const QString name = QString::fromLatin1(SSL_alert_desc_string_long(d->alert));
        const QString hint = alertHint(d->alert, m_serverName);
        fail(tr("The server refused the TLS handshake with the alert \"%1\" (%2).").arg(name).arg(d->alert)
                 + (hint.isEmpty() ? QString() : QLatin1Char(' ') + hint),
             detail);
    } else {
        fail(tr("The TLS handshake failed."), detail);
    }
    return m_state;
}

QList<Certificate> TlsHandshake::servedChain() const
{
    QList<Certificate> out;
    if (m_state != State::Done)
        return out;
    // On the client side this is everything the server sent, leaf included, in its order.
    STACK_OF(X509)* chain = SSL_get_peer_cert_chain(d->ssl.get());
    for (int i = 0; chain && i < sk_X509_num(chain); ++i) {
        X509* x = sk_X509_value(chain, i);
        const int len = i2d_X509(x, nullptr);
        if (len <= 0)
            continue;
        QByteArray der(len, Qt::Uninitialized);
        auto* p = reinterpret_cast<unsigned char*>(der.data());
        i2d_X509(x, &p);
        auto cert = Certificate::fromDer(der);
        if (cert)
            out << *cert;
    }
    ossl::clearErrors();
    return out;
}

QString TlsHandshake::protocol() const
{
    return m_state == State::Done ? QString::fromLatin1(SSL_get_version(d->ssl.get())) : QString();
}

QString TlsHandshake::cipher() const
{
    const SSL_CIPHER* c = m_state == State::Done ? SSL_get_current_cipher(d->ssl.get()) : nullptr;
    return c ? QString::fromLatin1(SSL_CIPHER_get_name(c)) : QString();
}

QByteArray TlsHandshake::closeNotify()
{
    if (m_state != State::Done)
        return {};
    SSL_shutdown(d->ssl.get());
    ossl::clearErrors();
    return d->drain();
}

QString TlsHandshake::nonTlsExcerpt(const QByteArray& firstBytes)
{
    if (firstBytes.isEmpty())
        return {};
    const auto type = static_cast<unsigned char>(firstBytes[0]);
    const bool recordType = type >= 0x14 && type <= 0x18;
    const bool version = firstBytes.size() < 2 || static_cast<unsigned char>(firstBytes[1]) == 0x03;
    if (recordType && version)
        return {};
    QString excerpt;
    for (const char c : firstBytes.left(60)) {
        if (c == '\r' || c == '\n')
            break;
        excerpt += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
    }
    return excerpt.isEmpty() ? QStringLiteral("(binary data)") : excerpt;
}

} // namespace certpilot
