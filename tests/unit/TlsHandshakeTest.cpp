// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPki.h"
#include "probe/TlsHandshake.h"

#include <openssl/ssl.h>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

// A TLS server over memory buffers: the other end of TlsHandshake, no sockets.
class MemoryServer {
public:
    MemoryServer(const Issued& leaf, const QList<Certificate>& chain)
    {
        ctx = SSL_CTX_new(TLS_server_method());
        X509* cert = toX509(leaf.cert);
        SSL_CTX_use_certificate(ctx, cert);
        X509_free(cert);
        for (const Certificate& c : chain)
            SSL_CTX_add1_chain_cert(ctx, toX509Owned(c));
        EVP_PKEY* key = leaf.key.toEvp();
        SSL_CTX_use_PrivateKey(ctx, key);
        EVP_PKEY_free(key);
        ssl = SSL_new(ctx);
        in = BIO_new(BIO_s_mem());
        out = BIO_new(BIO_s_mem());
        BIO_set_mem_eof_return(in, -1);
        SSL_set_bio(ssl, in, out);
        SSL_set_accept_state(ssl);
    }
    ~MemoryServer()
    {
        SSL_free(ssl);
        SSL_CTX_free(ctx);
        for (X509* x : owned)
            X509_free(x);
    }
    QByteArray feed(const QByteArray& bytes)
    {
        BIO_write(in, bytes.constData(), int(bytes.size()));
        SSL_do_handshake(ssl);
        QByteArray reply;
        char buffer[4096];
        int n = 0;
        while ((n = BIO_read(out, buffer, sizeof buffer)) > 0)
            reply.append(buffer, n);
        return reply;
    }
    QString serverName() const
    {
        const char* name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
        return name ? QString::fromUtf8(name) : QString();
    }

private:
    static X509* toX509(const Certificate& c)
    {
        const auto* p = reinterpret_cast<const unsigned char*>(c.der().constData());
        return d2i_X509(nullptr, &p, c.der().size());
    }
    X509* toX509Owned(const Certificate& c)
    {
        owned << toX509(c);
        return owned.last();
    }
    SSL_CTX* ctx = nullptr;
    SSL* ssl = nullptr;
    BIO* in = nullptr;
    BIO* out = nullptr;
    QList<X509*> owned;
};

TEST(TlsHandshakeTest, CompletesAgainstAServerAndReturnsWhatItSentInOrder)
{
    const Hierarchy pki = makeHierarchy(4, QStringLiteral("mem.test.example"));
    MemoryServer server(pki.leaf, {pki.intermediates[1].cert, pki.intermediates[0].cert});
    TlsHandshake client(QStringLiteral("mem.test.example"));
    QByteArray toServer = client.start();
    ASSERT_GE(toServer.size(), 5);
    EXPECT_EQ(toServer[0], char(0x16));   // a handshake record
    for (int round = 0; round < 10 && client.state() == TlsHandshake::State::InProgress; ++round) {
        const QByteArray toClient = server.feed(toServer);
        toServer.clear();
        client.feed(toClient, &toServer);
    }
    ASSERT_EQ(client.state(), TlsHandshake::State::Done) << client.error().fullText().toStdString();
    EXPECT_EQ(server.serverName(), QStringLiteral("mem.test.example"));
    EXPECT_EQ(client.servedChain(),
              (QList<Certificate>{pki.leaf.cert, pki.intermediates[1].cert, pki.intermediates[0].cert}));
    EXPECT_EQ(client.protocol(), QStringLiteral("TLSv1.3"));
    EXPECT_FALSE(client.cipher().isEmpty());
    EXPECT_FALSE(client.closeNotify().isEmpty());
}

TEST(TlsHandshakeTest, APeerThatSpeaksSomethingElseIsNamed)
{
    for (const QByteArray& greeting : {QByteArray("HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n\r\n"),
                                       QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian\r\n"),
                                       QByteArray("\x00\x01\x02garbage", 10)}) {
        TlsHandshake client(QStringLiteral("www.example.com"));
        client.start();
        QByteArray reply;
        EXPECT_EQ(client.feed(greeting, &reply), TlsHandshake::State::Failed);
        EXPECT_NE(client.error().message.indexOf(QLatin1String("does not speak TLS")), -1);
        EXPECT_EQ(client.error().kind, ErrorKind::Network);
    }
    EXPECT_EQ(TlsHandshake::nonTlsExcerpt("HTTP/1.1 400 Bad Request\r\nX"), QStringLiteral("HTTP/1.1 400 Bad Request"));
    EXPECT_TRUE(TlsHandshake::nonTlsExcerpt(QByteArray("\x16\x03\x03\x00\x10", 5)).isEmpty());
}

TEST(TlsHandshakeTest, AnAlertIsReportedByName)
{
    TlsHandshake client(QStringLiteral("unknown.example.com"));
    client.start();
    QByteArray reply;
    // A fatal unrecognized_name (112) alert record.
    EXPECT_EQ(client.feed(QByteArray("\x15\x03\x03\x00\x02\x02\x70", 7), &reply), TlsHandshake::State::Failed);
    EXPECT_NE(client.error().message.indexOf(QLatin1String("(112)")), -1) << client.error().message.toStdString();
    EXPECT_NE(client.error().message.indexOf(QLatin1String("unknown.example.com")), -1);
}

TEST(TlsHandshakeTest, ClosedConnectionsAndMalformedRecordsFailCleanly)
{
    TlsHandshake silent(QStringLiteral("www.example.com"));
    silent.start();
    QByteArray reply;
    EXPECT_EQ(silent.feedEof(&reply), TlsHandshake::State::Failed);
    EXPECT_NE(silent.error().message.indexOf(QLatin1String("without answering")), -1);

    TlsHandshake broken(QString{});
    broken.start();
    QByteArray record("\x16\x03\x03\x00\x20", 5);
    record += QByteArray(32, '\xAB');
    EXPECT_EQ(broken.feed(record, &reply), TlsHandshake::State::Failed);
    EXPECT_FALSE(broken.error().detail.isEmpty());
    EXPECT_TRUE(broken.servedChain().isEmpty());
    EXPECT_TRUE(broken.protocol().isEmpty());
}

} // namespace
