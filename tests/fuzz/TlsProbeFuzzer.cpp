// SPDX-License-Identifier: GPL-3.0-or-later
// The endpoint probe's handling of what a server sends (platform/probe
// TlsHandshake, model ProbeAnalysis). The first byte picks:
//   0  the rest is the server's byte stream, delivered in pieces (the next
//      byte sets their size), then the connection closes: records, alerts,
//      handshake messages, plain-text answers of non-TLS servers
//   1  a canned OpenSSL server on memory buffers, TLS 1.2 or 1.3, serves its
//      own leaf (made once, so the handshake completes) followed by the
//      certificates in the rest (any format FileDecoder reads) as its chain;
//      the served chain is then analysed against a store holding some of them
//   2  the certificates in the rest are a served chain for ProbeAnalysis alone

#include "CertificateBuilder.h"
#include "FileDecoder.h"
#include "KeySpec.h"
#include "PrivateKey.h"
#include "FuzzSupport.h"
#include "probe/TlsHandshake.h"
#include "binding/ProbeAnalysis.h"

#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>


using namespace certpilot;

namespace {

const QString kHost = QStringLiteral("www.test.example");

void analyse(const QList<Certificate>& served, quint8 storeMask)
{
    ProbeResult probe;
    probe.target.host = kHost;
    probe.servedChain = served;
    StoreContents store;
    for (qsizetype i = 0; i < served.size(); ++i) {
        if (!(storeMask & (1u << (i % 8))))
            continue;
        StoreEntry e;
        e.certificate = served[i];
        e.id = served[i].sha1();
        e.kind = i == 0 ? StoreKind::Personal : served[i].isSelfIssued() ? StoreKind::TrustedRoot : StoreKind::Intermediate;
        store.entries << e;
    }
    ProbeAnalysis::Options options;
    options.bound = (storeMask & 0x80) || served.isEmpty() ? Certificate() : served.first();
    options.at = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const ProbeAnalysis a = ProbeAnalysis::analyse(probe, store, options);
    for (const auto& f : a.findings)
        (void)f.message.size();
    (void)a.allPassed();
}

void stream(const QByteArray& in)
{
    if (in.isEmpty())
        return;
    const qsizetype piece = 1 + quint8(in[0]) * 64;
    TlsHandshake client(kHost);
    (void)client.start();
    QByteArray reply;
    for (qsizetype at = 1; at < in.size() && client.state() == TlsHandshake::State::InProgress; at += piece)
        client.feed(in.mid(at, piece), &reply);
    if (client.state() == TlsHandshake::State::InProgress)
        client.feedEof(&reply);
    if (client.state() == TlsHandshake::State::Failed)
        (void)client.error().fullText();
    (void)TlsHandshake::nonTlsExcerpt(in.mid(1, 64));
}

struct Server {
    EVP_PKEY* key = nullptr;
    X509* leaf = nullptr;
};

// Made once and kept for the process, like OpenSSL's own globals.
const Server& server()
{
    static const Server s = [] {
        Server made;
        const auto key = PrivateKey::generate(KeySpec::ec(QStringLiteral("P-256")));
        CertificateSpec spec;
        spec.subject = {{QStringLiteral("CN"), kHost}};
        spec.dnsNames = {kHost};
        spec.notBefore = QDateTime::fromSecsSinceEpoch(1'600'000'000, Qt::UTC);
        spec.notAfter = QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC);
        const auto cert = CertificateBuilder::issue(spec, key.value(), Certificate(), key.value());
        const auto* p = reinterpret_cast<const unsigned char*>(cert.value().der().constData());
        made.leaf = d2i_X509(nullptr, &p, long(cert.value().der().size()));
        made.key = key.value().toEvp();
        return made;
    }();
    return s;
}

// The server's context for TLS 1.2 or up to 1.3, made once with the leaf and
// its key (SSL_CTX_new per input was its own share of the time); each input's
// chain goes on its SSL object. No session cache, so no input leaves state
// behind for the next.
SSL_CTX* serverContext(bool tls13)
{
    static SSL_CTX* contexts[2] = {};
    SSL_CTX*& ctx = contexts[tls13 ? 1 : 0];
    if (!ctx) {
        ctx = SSL_CTX_new(TLS_server_method());
        SSL_CTX_set_security_level(ctx, 0);
        SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
        SSL_CTX_set_max_proto_version(ctx, tls13 ? TLS1_3_VERSION : TLS1_2_VERSION);
        SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
        if (!SSL_CTX_use_certificate(ctx, server().leaf) || !SSL_CTX_use_PrivateKey(ctx, server().key))
            __builtin_trap();
    }
    return ctx;
}

void canned(const QByteArray& in)
{
    if (in.size() < 2)
        return;
    const bool tls13 = in[0] & 1;
    const quint8 storeMask = quint8(in[1]);
    const auto decoded = FileDecoder::decode(in.mid(2));
    if (!decoded || decoded.value().certificates.isEmpty())
        return;
    const QList<Certificate>& certs = decoded.value().certificates;
    const auto x509 = [](const Certificate& c) {
        const auto* p = reinterpret_cast<const unsigned char*>(c.der().constData());
        return d2i_X509(nullptr, &p, long(c.der().size()));
    };
    SSL* tls = SSL_new(serverContext(tls13));
    for (qsizetype i = 0; i < certs.size() && i < 8; ++i) {
        X509* c = x509(certs[i]);
        if (c && !SSL_add0_chain_cert(tls, c))
            X509_free(c);
    }
    BIO* toServer = BIO_new(BIO_s_mem());
    BIO* fromServer = BIO_new(BIO_s_mem());
    SSL_set_bio(tls, toServer, fromServer);
    SSL_set_accept_state(tls);

    TlsHandshake client(kHost);
    QByteArray send = client.start();
    for (int round = 0; round < 8 && client.state() == TlsHandshake::State::InProgress; ++round) {
        BIO_write(toServer, send.constData(), int(send.size()));
        send.clear();
        (void)SSL_do_handshake(tls);
        char buffer[16384];
        QByteArray served;
        int n;
        while ((n = BIO_read(fromServer, buffer, sizeof buffer)) > 0)
            served.append(buffer, n);
        if (served.isEmpty()) {
            client.feedEof(&send);
            break;
        }
        client.feed(served, &send);
    }
    SSL_free(tls);
    if (client.state() == TlsHandshake::State::Done) {
        const QList<Certificate> chain = client.servedChain();
        for (const Certificate& c : chain)
            (void)fuzz::touch(c);
        (void)client.protocol();
        (void)client.cipher();
        (void)client.closeNotify();
        analyse(chain, storeMask);
    } else if (client.state() == TlsHandshake::State::Failed) {
        (void)client.error().fullText();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        stream(rest);
        break;
    case 1:
        canned(rest);
        break;
    case 2:
        if (rest.isEmpty())
            break;
        if (const auto decoded = FileDecoder::decode(rest.mid(1)))
            analyse(decoded.value().certificates, quint8(rest[0]));
        break;
    }
    fuzz::endInput();
    return 0;
}
