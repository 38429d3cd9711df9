// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpora of the fuzz targets from certificates, keys,
// requests and stores made at run time with tests/support (so no private key
// is ever committed):  certpilot_fuzz_seeds OUTDIR  ->  OUTDIR/<target>/*.
// Text seeds for the configuration readers are committed in corpus/ instead.

#include "CsrBuilder.h"
#include "StoreChange.h"
#include "TestPki.h"
#include "probe/TlsHandshake.h"
#include "ZipMaker.h"
#include "ossl/Library.h"
#include "pfx/Pkcs12Writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QFile>

#include <openssl/pkcs7.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstdio>
#include <memory>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QString g_out;

void seed(const char* target, const QString& name, const QByteArray& bytes)
{
    const QString dir = g_out + QLatin1Char('/') + QLatin1String(target);
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
        std::exit(1);
    }
}

template <typename T> T must(Result<T> r)
{
    if (!r) {
        std::fprintf(stderr, "seed generator: %s\n", qPrintable(r.error().fullText()));
        std::exit(1);
    }
    return std::move(r).value();
}

void must(const Result<void>& r)
{
    if (!r) {
        std::fprintf(stderr, "seed generator: %s\n", qPrintable(r.error().fullText()));
        std::exit(1);
    }
}

QByteArray pemChain(const QList<Certificate>& certs)
{
    QByteArray out;
    for (const Certificate& c : certs)
        out += c.toPem();
    return out;
}

QByteArray pkcs7(const QList<Certificate>& certs, bool pem)
{
    std::unique_ptr<PKCS7, decltype(&PKCS7_free)> p7(PKCS7_new(), PKCS7_free);
    PKCS7_set_type(p7.get(), NID_pkcs7_signed);
    PKCS7_content_new(p7.get(), NID_pkcs7_data);
    for (const Certificate& c : certs) {
        const auto* p = reinterpret_cast<const unsigned char*>(c.der().constData());
        X509* x = d2i_X509(nullptr, &p, long(c.der().size()));
        PKCS7_add_certificate(p7.get(), x);
        X509_free(x);
    }
    BIO* bio = BIO_new(BIO_s_mem());
    if (pem)
        PEM_write_bio_PKCS7(bio, p7.get());
    else
        i2d_PKCS7_bio(bio, p7.get());
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, len);
    BIO_free(bio);
    return out;
}

// The server's flights of a real handshake with TlsHandshake as the client.
QByteArray serverFlights(const Hierarchy& h, bool tls13)
{
    std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> ctx(SSL_CTX_new(TLS_server_method()), SSL_CTX_free);
    SSL_CTX_set_max_proto_version(ctx.get(), tls13 ? TLS1_3_VERSION : TLS1_2_VERSION);
    const auto x509 = [](const Certificate& c) {
        const auto* p = reinterpret_cast<const unsigned char*>(c.der().constData());
        return d2i_X509(nullptr, &p, long(c.der().size()));
    };
    X509* leaf = x509(h.leaf.cert);
    EVP_PKEY* key = h.leaf.key.toEvp();
    SSL_CTX_use_certificate(ctx.get(), leaf);
    SSL_CTX_use_PrivateKey(ctx.get(), key);
    X509_free(leaf);
    EVP_PKEY_free(key);
    for (const Issued& i : h.intermediates)
        SSL_CTX_add0_chain_cert(ctx.get(), x509(i.cert));
    SSL* server = SSL_new(ctx.get());
    BIO* in = BIO_new(BIO_s_mem());
    BIO* out = BIO_new(BIO_s_mem());
    SSL_set_bio(server, in, out);
    SSL_set_accept_state(server);
    TlsHandshake client(QStringLiteral("www.test.example"));
    QByteArray send = client.start();
    QByteArray all;
    for (int round = 0; round < 8 && client.state() == TlsHandshake::State::InProgress; ++round) {
        BIO_write(in, send.constData(), int(send.size()));
        send.clear();
        SSL_do_handshake(server);
        char buffer[16384];
        QByteArray served;
        int n;
        while ((n = BIO_read(out, buffer, sizeof buffer)) > 0)
            served.append(buffer, n);
        all += served;
        if (served.isEmpty())
            break;
        client.feed(served, &send);
    }
    SSL_free(server);
    return all;
}

} // namespace

int main(int argc, char** argv)
{
    // OpenSSL set up on the main thread first: the store's parallel load would
    // otherwise do it on a pool thread, whose error state OpenSSL 3.0 never
    // frees (a 904-byte LeakSanitizer report now and then, as certpilot-cli had).
    ossl::initializeLibrary();
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: certpilot_fuzz_seeds OUTDIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    QDir(g_out).removeRecursively();

    const Hierarchy h3 = makeHierarchy(3);
    const Hierarchy h4 = makeHierarchy(4, QStringLiteral("shop.test.example"));
    const Issued rsaLeaf = makeLeaf(h3.intermediates.first(), QStringLiteral("rsa.test.example"),
                                    {QStringLiteral("rsa.test.example"), QStringLiteral("*.rsa.test.example")}, {}, {},
                                    KeySpec::rsa(2048));
    const QList<Certificate> chain3{h3.leaf.cert, h3.intermediates[0].cert, h3.root.cert};
    QList<Certificate> chain4{h4.leaf.cert};
    for (auto it = h4.intermediates.crbegin(); it != h4.intermediates.crend(); ++it)
        chain4 << it->cert;
    chain4 << h4.root.cert;

    // Certificate files: every format and header variant FileDecoder reads.
    const QByteArray pem = h3.leaf.cert.toPem();
    seed("file_decoder", "leaf.pem", pem);
    seed("file_decoder", "leaf.der", h3.leaf.cert.der());
    seed("file_decoder", "rsa.cer", rsaLeaf.cert.der());
    seed("file_decoder", "root.crt", h3.root.cert.toPem());
    seed("file_decoder", "fullchain.pem", pemChain(chain3));
    seed("file_decoder", "chain4.pem", pemChain(chain4));
    seed("file_decoder", "crlf.pem", QByteArray(pem).replace("\n", "\r\n"));
    seed("file_decoder", "bom.pem", "\xEF\xBB\xBF" + pem);
    seed("file_decoder", "x509.pem", QByteArray(pem).replace("CERTIFICATE", "X509 CERTIFICATE"));
    seed("file_decoder", "trusted.pem", QByteArray(pem).replace("CERTIFICATE", "TRUSTED CERTIFICATE"));
    seed("file_decoder", "bare.b64", h3.leaf.cert.der().toBase64());
    {
        const QString text = QString::fromLatin1(pem);
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        seed("file_decoder", "utf16.pem", utf16);
    }
    seed("file_decoder", "chain.p7b", pkcs7(chain3, false));
    seed("file_decoder", "chain-pem.p7b", pkcs7(chain4, true));
    seed("file_decoder", "with-key.pem", pem + h3.leaf.key.toPem().view());
    seed("file_decoder", "encrypted-key.pem",
         must(h3.leaf.key.toEncryptedPem(SecureBytes(QByteArray("fuzz")))) + pem);

    // Requests.
    CsrSpec spec;
    spec.subject = {{QStringLiteral("C"), QStringLiteral("TW")}, {QStringLiteral("ST"), QStringLiteral("TAIWAN")},
                    {QStringLiteral("L"), QStringLiteral("TAIPEI")}, {QStringLiteral("O"), QStringLiteral("Example")},
                    {QStringLiteral("CN"), QStringLiteral("www.test.example")}};
    spec.dnsNames = {QStringLiteral("www.test.example"), QStringLiteral("test.example")};
    spec.ipAddresses = {QStringLiteral("192.0.2.1")};
    const CertificateRequest ecCsr = must(CsrBuilder::build(spec, h3.leaf.key));
    const CertificateRequest rsaCsr = must(CsrBuilder::build(spec, rsaLeaf.key));
    seed("certificate_request", "ec.der", ecCsr.der());
    seed("certificate_request", "rsa.der", rsaCsr.der());
    seed("file_decoder", "request.csr", ecCsr.toPem());

    // PKCS#12 with the targets' password, both profiles; few iterations so the
    // fuzzer spends its time on the structure, and one at the profile's count.
    for (const Pkcs12Profile& profile : Pkcs12Profile::all()) {
        Pkcs12Writer::Input input{h3.leaf.cert, h3.leaf.key, {h3.intermediates[0].cert, h3.root.cert},
                                  QStringLiteral("www")};
        Pkcs12Profile fast = profile;
        fast.iterations = 1;
        fast.macIterations = 1;
        const QString id = profile.idString();
        seed("pkcs12", id + QStringLiteral("-fast.pfx"), must(Pkcs12Writer::write(input, SecureBytes(QByteArray("fuzz")), fast)));
        input.chain.clear();
        input.friendlyName.clear();
        seed("pkcs12", id + QStringLiteral("-leaf.pfx"), must(Pkcs12Writer::write(input, SecureBytes(QByteArray("fuzz")), fast)));
    }

    // cert.zip as CAs mail it, 3 and 4 tiers, PEM and DER entries.
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("cert.zip"));
        writeZip(zip, {{QStringLiteral("root.cer"), h3.root.cert.der()},
                       {QStringLiteral("uca.cer"), h3.intermediates[0].cert.toPem()},
                       {QStringLiteral("server.cer"), h3.leaf.cert.der(), false}});
        seed("ca_archive", "cert3.zip", readAll(zip));
        writeZip(zip, {{QStringLiteral("cert/root.cer"), h4.root.cert.toPem()},
                       {QStringLiteral("cert/uca_1.cer"), h4.intermediates[0].cert.der()},
                       {QStringLiteral("cert/uca_2.cer"), h4.intermediates[1].cert.der()},
                       {QStringLiteral("cert/server.cer"), h4.leaf.cert.toPem()}});
        seed("ca_archive", "cert4.zip", readAll(zip));
    }

    // The store: a real one, loaded twice so it writes its index.
    {
        TempStore store;
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, h3.root.cert);
        change.addCertificate(StoreKind::Intermediate, h3.intermediates[0].cert);
        change.addCertificateWithKey(StoreKind::Personal, h3.leaf.cert, h3.leaf.key, QStringLiteral("www"));
        must(store.store->commit(change));
        must(store.store->load());
        QFile index(store.path() + QStringLiteral("/.index"));
        if (index.open(QIODevice::ReadOnly)) {
            const QByteArray all = index.readAll();
            const qsizetype magic = qsizetype(sizeof "CertPilot store index\n" - 1);
            seed("pemdir", "index", '\1' + all.mid(magic, all.size() - magic - 32));
        }
        QFile props(store.path() + QStringLiteral("/properties.json"));
        if (props.open(QIODevice::ReadOnly))
            seed("pemdir", "properties", '\3' + props.readAll());
    }
    seed("pemdir", "store-file", '\0' + h3.root.cert.toPem());
    seed("pemdir", "cache-record", '\2' + h3.leaf.cert.cacheRecord());
    {
        // Mode 4 of PemDirFuzzer.cpp: (folder, name length, name, content length, content) ...
        QByteArray folder("\4");
        const auto file = [&folder](char kind, const QByteArray& name, const QByteArray& content) {
            folder += kind;
            folder += char(name.size());
            folder += name;
            folder += char(content.size() >> 8);
            folder += char(content.size() & 0xff);
            folder += content;
        };
        file(1, "root.pem", h3.root.cert.toPem());
        file(2, "uca.pem", h3.intermediates[0].cert.toPem());
        file(0, "leaf.pem", h3.leaf.cert.toPem());
        file(3, "req.csr", ecCsr.toPem());
        seed("pemdir", "store", folder);
    }

    // The probe: server flights, canned-server chains, chains to analyse.
    seed("tls_probe", "tls12-flight", QByteArray("\0\xff", 2) + serverFlights(h3, false));
    seed("tls_probe", "tls13-flight", QByteArray("\0\xff", 2) + serverFlights(h4, true));
    seed("tls_probe", "http-answer", QByteArray("\0\x01HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n", 49));
    seed("tls_probe", "canned12", QByteArray("\1\0\x7f", 3) + pemChain(chain3));
    seed("tls_probe", "canned13-leaf-only", QByteArray("\1\1\x06", 3) + h4.leaf.cert.der());
    seed("tls_probe", "canned13-p7b", QByteArray("\1\1\x86", 3) + pkcs7(chain4, false));
    seed("tls_probe", "analyse", QByteArray("\2\x7e", 2) + pemChain(chain4));
    std::printf("seeds written to %s\n", qPrintable(g_out));
    QThreadPool::globalInstance()->waitForDone();
    return 0;
}
