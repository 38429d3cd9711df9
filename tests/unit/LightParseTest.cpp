// SPDX-License-Identifier: GPL-3.0-or-later
// The light parse (names, dates, extensions without decoding the public key)
// must give exactly the values of the full d2i_X509 parse, and accept exactly
// the encodings d2i_X509 accepts.

#include "Certificate.h"
#include "FileDecoder.h"
#include "TestEnvironment.h"
#include "TestPki.h"
#include "ossl/LightCertificate.h"
#include "ossl/Ptr.h"

#include "GeneratedStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <atomic>
#include <thread>

using namespace certpilot;

namespace {

void expectSameFields(const Certificate& light, const Certificate& full, const QString& what)
{
    SCOPED_TRACE(what.toStdString());
    EXPECT_EQ(light.der(), full.der());
    EXPECT_EQ(light.sha1(), full.sha1());
    EXPECT_EQ(light.sha256(), full.sha256());
    EXPECT_EQ(light.subject().der(), full.subject().der());
    EXPECT_EQ(light.subject().toString(), full.subject().toString());
    EXPECT_EQ(light.issuer().der(), full.issuer().der());
    EXPECT_EQ(light.issuer().toString(), full.issuer().toString());
    EXPECT_EQ(light.serialHex(), full.serialHex());
    EXPECT_EQ(light.version(), full.version());
    EXPECT_EQ(light.notBefore(), full.notBefore());
    EXPECT_EQ(light.notAfter(), full.notAfter());
    ASSERT_EQ(light.subjectAltNames().size(), full.subjectAltNames().size());
    for (qsizetype i = 0; i < light.subjectAltNames().size(); ++i) {
        EXPECT_EQ(light.subjectAltNames()[i].type, full.subjectAltNames()[i].type);
        EXPECT_EQ(light.subjectAltNames()[i].value, full.subjectAltNames()[i].value);
    }
    EXPECT_EQ(light.keyAlgorithm(), full.keyAlgorithm());
    EXPECT_EQ(light.keyBits(), full.keyBits());
    EXPECT_EQ(light.curveName(), full.curveName());
    EXPECT_EQ(light.keyDescription(), full.keyDescription());
    EXPECT_EQ(light.publicKeyDer(), full.publicKeyDer());
    EXPECT_EQ(light.signatureAlgorithm(), full.signatureAlgorithm());
    EXPECT_EQ(light.signatureDigest(), full.signatureDigest());
    EXPECT_EQ(light.hasKeyUsage(), full.hasKeyUsage());
    EXPECT_EQ(light.keyUsage(), full.keyUsage());
    EXPECT_EQ(light.extendedKeyUsage(), full.extendedKeyUsage());
    EXPECT_EQ(light.hasExtendedKeyUsage(), full.hasExtendedKeyUsage());
    EXPECT_EQ(light.allowsServerAuth(), full.allowsServerAuth());
    EXPECT_EQ(light.hasBasicConstraints(), full.hasBasicConstraints());
    EXPECT_EQ(light.isCa(), full.isCa());
    EXPECT_EQ(light.pathLength(), full.pathLength());
    EXPECT_EQ(light.subjectKeyId(), full.subjectKeyId());
    EXPECT_EQ(light.authorityKeyId(), full.authorityKeyId());
    EXPECT_EQ(light.isSelfIssued(), full.isSelfIssued());
    EXPECT_EQ(light.isSelfSigned(), full.isSelfSigned());
    EXPECT_EQ(light.extensions().size(), full.extensions().size());
    EXPECT_TRUE(light == full);
}

// Every DER certificate block of a PEM file, as raw bytes (no parsing).
QList<QByteArray> pemBlocks(const QString& path)
{
    QList<QByteArray> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray text = file.readAll();
    ossl::BioPtr bio(BIO_new_mem_buf(text.constData(), int(text.size())));
    for (;;) {
        char* name = nullptr;
        char* header = nullptr;
        unsigned char* data = nullptr;
        long len = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &data, &len) != 1)
            break;
        if (QByteArray(name) == "CERTIFICATE")
            out << QByteArray(reinterpret_cast<const char*>(data), int(len));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
    }
    ERR_clear_error();
    return out;
}

bool fullParseAccepts(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::X509Ptr x(d2i_X509(nullptr, &p, der.size()));
    ERR_clear_error();
    return x && p == reinterpret_cast<const unsigned char*>(der.constData()) + der.size();
}

QString limboFolder()
{
    return test::vectorsDir(QStringLiteral("limbo"));
}

QList<QByteArray> limboCertificates()
{
    QList<QByteArray> out;
    QDirIterator it(limboFolder() + QStringLiteral("/cases"), {QStringLiteral("*.pem")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out += pemBlocks(it.next());
    return out;
}

TEST(LightParseTest, GeneratedStoreGivesTheFullParsesValues)
{
    auto generated = test::generatedStore();
    ASSERT_TRUE(generated.ok()) << generated.error().fullText().toStdString();
    int compared = 0;
    QDirIterator it(generated->path, {QStringLiteral("*.pem")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        for (const QByteArray& der : pemBlocks(path)) {
            auto light = Certificate::fromDer(der);
            auto full = Certificate::fromDerEagerly(der);
            ASSERT_TRUE(light.ok() && full.ok()) << path.toStdString();
            expectSameFields(*light, *full, path);
            ++compared;
        }
    }
    EXPECT_EQ(compared, 305);   // 300 leaves, 2 roots, 3 intermediates
}

TEST(LightParseTest, EveryLimboCertificateGivesTheFullParsesValues)
{
    const QList<QByteArray> ders = limboCertificates();
    if (ders.isEmpty())
        GTEST_SKIP() << "x509-limbo vectors not found (../shared/vectors; set CERTPILOT_VECTORS_DIR)";
    int accepted = 0;
    for (const QByteArray& der : ders) {
        auto light = Certificate::fromDer(der);
        auto full = Certificate::fromDerEagerly(der);
        ASSERT_EQ(light.ok(), full.ok());
        EXPECT_EQ(ossl::LightCertificate::parse(der) != nullptr, fullParseAccepts(der));
        if (!full.ok())
            continue;
        expectSameFields(*light, *full, light->sha1());
        ++accepted;
    }
    EXPECT_GT(accepted, 300);
}

// Truncations and flipped bytes: the light structure must refuse exactly what
// d2i_X509 refuses, or a damaged file would show in the list as a certificate.
TEST(LightParseTest, AcceptsExactlyWhatTheFullParseAccepts)
{
    QList<QByteArray> samples;
    const test::Hierarchy h = test::makeHierarchy(3);
    samples << h.root.cert.der() << h.leaf.cert.der();
    const QList<QByteArray> limbo = limboCertificates();
    for (qsizetype i = 0; i < limbo.size(); i += 97)
        samples << limbo[i];
    int mutants = 0;
    int disagreements = 0;
    for (const QByteArray& der : samples) {
        QList<QByteArray> variants;
        for (qsizetype cut = 0; cut < der.size(); cut += 7)
            variants << der.left(cut);
        variants << der + QByteArray(1, '\0');
        for (qsizetype at = 0; at < der.size(); at += 3) {
            for (const char mask : {'\x01', '\x80'}) {
                QByteArray m = der;
                m[at] = char(m[at] ^ mask);
                variants << m;
            }
        }
        for (const QByteArray& v : variants) {
            ++mutants;
            const bool light = ossl::LightCertificate::parse(v) != nullptr;
            ERR_clear_error();
            if (light != fullParseAccepts(v))
                ++disagreements;
            // Whatever the light parse lets through must read like the full parse.
            auto viaLight = Certificate::fromDer(v);
            auto viaFull = Certificate::fromDerEagerly(v);
            ASSERT_EQ(viaLight.ok(), viaFull.ok());
            if (viaLight.ok())
                expectSameFields(*viaLight, *viaFull, QStringLiteral("mutant"));
        }
    }
    EXPECT_EQ(disagreements, 0) << "of " << mutants;
    // Without the outside vectors only the generated hierarchy is mutated.
    EXPECT_GT(mutants, limbo.isEmpty() ? 500 : 2000);
}

TEST(LightParseTest, LazyFieldsAreSafeToReadFromSeveralThreads)
{
    const test::Hierarchy h = test::makeHierarchy(3);
    auto cert = Certificate::fromDer(h.leaf.cert.der());
    ASSERT_TRUE(cert.ok());
    const Certificate shared = *cert;
    std::vector<std::thread> threads;
    std::atomic_int bits{0};
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&] { bits += shared.keyBits(); });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(bits.load(), 4 * h.leaf.cert.keyBits());
}

} // namespace
