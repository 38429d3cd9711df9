// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpensslCli.h"
#include "RequestTestSupport.h"
#include "TestPki.h"
#include "ossl/Ptr.h"
#include "request/CreateRequest.h"

#include <QFileInfo>

#include <gtest/gtest.h>

#include <openssl/pem.h>

#include <cctype>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

RequestDraft fullDraft(const KeySpec& key, const QString& hash = QStringLiteral("SHA256"))
{
    RequestDraft d;
    d.commonName = QStringLiteral("www.example.com");
    d.organization = QStringLiteral("Example Co., Ltd.");
    d.organizationalUnit = QStringLiteral("IT");
    d.locality = QStringLiteral("TAIPEI");
    d.state = QStringLiteral("TAIWAN");
    d.country = QStringLiteral("TW");
    d.alternativeNames = {QStringLiteral("example.com"), QStringLiteral("192.0.2.10")};
    d.key = key;
    d.hash = hash;
    return d;
}

// What OpenSSL itself reads from the DER, independent of CertificateRequest.
struct OpensslView {
    bool verifies = false;
    QString subject;
    QStringList sans;
    int keyType = 0;
    int bits = 0;
    QString curve;
    QString signature;
};

OpensslView readWithOpenssl(const QByteArray& pem)
{
    OpensslView v;
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    ossl::X509ReqPtr req(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    if (!req)
        return v;
    EVP_PKEY* key = X509_REQ_get0_pubkey(req.get());
    v.verifies = X509_REQ_verify(req.get(), key) == 1;
    char line[512];
    X509_NAME_oneline(X509_REQ_get_subject_name(req.get()), line, sizeof line);
    v.subject = QString::fromLatin1(line);
    STACK_OF(X509_EXTENSION)* exts = X509_REQ_get_extensions(req.get());
    auto* names = static_cast<GENERAL_NAMES*>(X509V3_get_d2i(exts, NID_subject_alt_name, nullptr, nullptr));
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    ossl::GeneralNamesPtr owner(names);
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* n = sk_GENERAL_NAME_value(names, i);
        if (n->type == GEN_DNS)
            v.sans << QStringLiteral("DNS:") + QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(n->d.dNSName)));
        else if (n->type == GEN_IPADD && ASN1_STRING_length(n->d.iPAddress) == 4) {
            const unsigned char* b = ASN1_STRING_get0_data(n->d.iPAddress);
            v.sans << QStringLiteral("IP:%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]);
        }
    }
    v.keyType = EVP_PKEY_get_base_id(key);
    v.bits = EVP_PKEY_get_bits(key);
    char group[64] = {};
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &len))
        v.curve = QString::fromLatin1(group, int(len));
    v.signature = QString::fromLatin1(OBJ_nid2sn(X509_REQ_get_signature_nid(req.get())));
    return v;
}

struct KeyCase {
    const char* spec;
    const char* hash;
    int type;
    int bits;
    const char* curve;
    const char* signature;
};

class CreateRequestKeys : public ::testing::TestWithParam<KeyCase> {};

TEST_P(CreateRequestKeys, CsrCarriesExactlyWhatWasAsked)
{
    const KeyCase c = GetParam();
    TempStore t;
    const RequestDraft draft = fullDraft(*KeySpec::parse(QLatin1String(c.spec)), QLatin1String(c.hash));
    auto created = CreateRequest::run(draft, *t.store);
    ASSERT_TRUE(created.ok()) << created.error().fullText().toStdString();
    const QByteArray pem = created->request.toPem();
    EXPECT_TRUE(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
    EXPECT_TRUE(pem.endsWith("-----END CERTIFICATE REQUEST-----\n"));

    const OpensslView v = readWithOpenssl(pem);
    EXPECT_TRUE(v.verifies) << "X509_REQ_verify";
    EXPECT_EQ(v.subject, QStringLiteral("/C=TW/ST=TAIWAN/L=TAIPEI/O=Example Co., Ltd./OU=IT/CN=www.example.com"));
    EXPECT_EQ(v.sans, (QStringList{QStringLiteral("DNS:www.example.com"), QStringLiteral("DNS:example.com"),
                                   QStringLiteral("IP:192.0.2.10")}));
    EXPECT_EQ(v.keyType, c.type);
    EXPECT_EQ(v.bits, c.bits);
    EXPECT_EQ(v.curve, QLatin1String(c.curve));
    EXPECT_EQ(v.signature, QLatin1String(c.signature));

    // The openssl tool agrees (another reader of the same bytes).
    const CliResult verify = runOpenssl({QStringLiteral("req"), QStringLiteral("-verify"), QStringLiteral("-noout")}, pem);
    EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();

    // Pending in Requests, dated, its key 0600 and the CSR's own key.
    auto contents = t.store->load();
    ASSERT_TRUE(contents.ok());
    const StoreEntry* pending = contents->find(StoreKind::Requests, created->request.keyId());
    ASSERT_NE(pending, nullptr);
    EXPECT_TRUE(pending->hasPrivateKey);
    EXPECT_LE(qAbs(pending->added.secsTo(QDateTime::currentDateTimeUtc())), 300);
    const QString keyFile = t.path() + QStringLiteral("/requests/") + created->request.keyId() + QStringLiteral(".key");
    struct stat st{};
    ASSERT_EQ(::stat(QFile::encodeName(keyFile).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    auto key = t.store->privateKey(StoreKind::Requests, created->request.keyId());
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(key->publicKeyDer(), created->request.publicKeyDer());
}

INSTANTIATE_TEST_SUITE_P(
    Keys, CreateRequestKeys,
    ::testing::Values(KeyCase{"rsa:2048", "SHA256", EVP_PKEY_RSA, 2048, "", "RSA-SHA256"},
                      KeyCase{"rsa:3072", "SHA384", EVP_PKEY_RSA, 3072, "", "RSA-SHA384"},
                      KeyCase{"rsa:4096", "SHA512", EVP_PKEY_RSA, 4096, "", "RSA-SHA512"},
                      KeyCase{"ec:P-256", "SHA256", EVP_PKEY_EC, 256, "prime256v1", "ecdsa-with-SHA256"},
                      KeyCase{"ec:P-384", "SHA384", EVP_PKEY_EC, 384, "secp384r1", "ecdsa-with-SHA384"}),
    [](const auto& info) {
        std::string name;
        for (const char* p = info.param.spec; *p; ++p) {
            if (std::isalnum(static_cast<unsigned char>(*p)))
                name += *p;
        }
        return name;
    });

TEST(CreateRequestTest, InvalidDraftMakesNoKeyAndNoRequest)
{
    TempStore t;
    const auto before = storeSnapshot(t.path());
    RequestDraft d = fullDraft(KeySpec::ec(QStringLiteral("P-256")));
    d.commonName = QStringLiteral("http://x/y");
    d.country = QStringLiteral("Taiwan");
    auto created = CreateRequest::run(d, *t.store);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(created.error().message.contains(QLatin1String("Common name: Enter the host name only")))
        << created.error().message.toStdString();
    EXPECT_TRUE(created.error().message.contains(QLatin1String("Country/region: ")));
    EXPECT_EQ(storeSnapshot(t.path()), before);
}

TEST(CreateRequestTest, StoreThatRefusesTheKeyGivesNoRequest)
{
    TempStore t;
    ASSERT_TRUE(t.store->acquireWriteLock().ok());
    auto other = PemDirStore::open(t.path());
    ASSERT_TRUE(other.ok());
    auto created = CreateRequest::run(fullDraft(KeySpec::ec(QStringLiteral("P-256"))), **other);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().kind, ErrorKind::StoreLocked);
    EXPECT_TRUE(created.error().message.contains(QLatin1String("could not be kept in the store")));
    auto contents = t.store->load();
    EXPECT_EQ(contents->count(StoreKind::Requests), 0);
}

} // namespace
