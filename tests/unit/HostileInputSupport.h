// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hostile inputs made at test time (HostileInputTest, SecretsTest, SecondInstanceTest):
// certificates with names no builder of ours would write, ASN.1 nested far too
// deep, a PFX whose MAC or key bag demands 2^31 iterations, and the real
// certpilot-cli run as a child process with resource limits.

#include "Certificate.h"
#include "OpensslCli.h"
#include "ossl/Convert.h"
#include "ossl/Ptr.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QString>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <sys/resource.h>

#include <memory>
#include <stdexcept>
#include <utility>

namespace certpilot::test {

// A self-signed certificate whose subject holds `entries` exactly as given
// (field, raw bytes as a UTF8String): control characters and lengths past the
// X.520 upper bounds included, as a hostile CA could sign them; `dnsName`, when
// given, goes into the subjectAltName as raw IA5String bytes (not checked by
// OpenSSL, so invalid UTF-8 survives parsing). DER, which may not parse.
inline QByteArray rawNameCertificateDer(const QList<std::pair<QByteArray, QByteArray>>& entries,
                                        const QByteArray& dnsName = {})
{
    ossl::EvpPkeyPtr key(EVP_EC_gen("P-256"));
    ossl::X509Ptr x(X509_new());
    if (!key || !x)
        throw std::runtime_error("OpenSSL could not make a test certificate");
    X509_set_version(x.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(x.get()), 4242);
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x.get()), 3600L * 24 * 30);
    X509_NAME* name = X509_get_subject_name(x.get());
    for (const auto& [field, value] : entries) {
        // A plain type (not MBSTRING_*) stores the bytes unchecked.
        if (X509_NAME_add_entry_by_txt(name, field.constData(), V_ASN1_UTF8STRING,
                                       reinterpret_cast<const unsigned char*>(value.constData()), int(value.size()),
                                       -1, 0) != 1)
            throw std::runtime_error("X509_NAME_add_entry_by_txt failed");
    }
    X509_set_issuer_name(x.get(), name);
    X509_set_pubkey(x.get(), key.get());
    if (!dnsName.isEmpty()) {
        ossl::GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
        GENERAL_NAME* gn = GENERAL_NAME_new();
        ASN1_IA5STRING* ia5 = ASN1_IA5STRING_new();
        ASN1_STRING_set(ia5, dnsName.constData(), int(dnsName.size()));
        GENERAL_NAME_set0_value(gn, GEN_DNS, ia5);
        sk_GENERAL_NAME_push(names.get(), gn);
        if (X509_add1_ext_i2d(x.get(), NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1)
            throw std::runtime_error("X509_add1_ext_i2d failed");
    }
    if (X509_sign(x.get(), key.get(), EVP_sha256()) <= 0)
        throw std::runtime_error("X509_sign failed");
    return ossl::toDer(x.get(), i2d_X509);
}

inline Certificate rawNameCertificate(const QList<std::pair<QByteArray, QByteArray>>& entries,
                                      const QByteArray& dnsName = {})
{
    auto cert = Certificate::fromDer(rawNameCertificateDer(entries, dnsName));
    if (!cert)
        throw std::runtime_error("the test certificate does not parse");
    return *cert;
}

// `depth` SEQUENCEs inside each other, BER indefinite length (30 80 ... 00 00).
inline QByteArray nestedAsn1(int depth)
{
    QByteArray out;
    out.reserve(depth * 4);
    for (int i = 0; i < depth; ++i)
        out += QByteArray("\x30\x80", 2);
    for (int i = 0; i < depth; ++i)
        out += QByteArray(2, '\0');
    return out;
}

// The same PFX with the MAC's iteration count rewritten to `iterations` (the
// MAC itself is left as it was: a reader must refuse before deriving anything).
inline QByteArray withMacIterations(const QByteArray& pfx, qint64 iterations)
{
    const auto* p = reinterpret_cast<const unsigned char*>(pfx.constData());
    ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(pfx.size())));
    if (!p12)
        throw std::runtime_error("not a PKCS#12 file");
    const ASN1_OCTET_STRING* mac = nullptr;
    const X509_ALGOR* alg = nullptr;
    const ASN1_OCTET_STRING* salt = nullptr;
    const ASN1_INTEGER* iter = nullptr;
    PKCS12_get0_mac(&mac, &alg, &salt, &iter, p12.get());
    if (!iter)
        throw std::runtime_error("the PKCS#12 file has no MAC iteration count");
    ASN1_INTEGER_set_int64(const_cast<ASN1_INTEGER*>(iter), iterations);
    return ossl::toDer(p12.get(), i2d_PKCS12);
}

// Sets the iteration count of one password-based encryption (PBES2 with
// PBKDF2, or a PKCS#12 / PKCS#5 v1 PBE) by decoding and re-encoding its
// parameters; the encrypted data is left as it was.
inline void setPbeIterations(X509_ALGOR* algorithm, qint64 iterations)
{
    const auto unpack = [](const ASN1_ITEM* item, const ASN1_TYPE* parameter) {
        void* decoded = ASN1_TYPE_unpack_sequence(item, parameter);
        if (!decoded)
            throw std::runtime_error("the PBE parameters do not decode");
        return decoded;
    };
    if (OBJ_obj2nid(algorithm->algorithm) == NID_pbes2) {
        std::unique_ptr<PBE2PARAM, decltype(&PBE2PARAM_free)> pbe2(
            static_cast<PBE2PARAM*>(unpack(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter)), PBE2PARAM_free);
        std::unique_ptr<PBKDF2PARAM, decltype(&PBKDF2PARAM_free)> kdf(
            static_cast<PBKDF2PARAM*>(unpack(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter)),
            PBKDF2PARAM_free);
        if (ASN1_INTEGER_set_int64(kdf->iter, iterations) != 1
            || !ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), kdf.get(), &pbe2->keyfunc->parameter)
            || !ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBE2PARAM), pbe2.get(), &algorithm->parameter))
            throw std::runtime_error("the PBES2 parameters cannot be rewritten");
        return;
    }
    std::unique_ptr<PBEPARAM, decltype(&PBEPARAM_free)> pbe(
        static_cast<PBEPARAM*>(unpack(ASN1_ITEM_rptr(PBEPARAM), algorithm->parameter)), PBEPARAM_free);
    if (ASN1_INTEGER_set_int64(pbe->iter, iterations) != 1
        || !ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBEPARAM), pbe.get(), &algorithm->parameter))
        throw std::runtime_error("the PBE parameters cannot be rewritten");
}

// The same encrypted PEM key (PKCS#8 EncryptedPrivateKeyInfo) asking for
// `iterations` rounds; its bytes were encrypted at the original small count.
inline QByteArray withEncryptedKeyIterations(const QByteArray& encryptedPem, qint64 iterations)
{
    ossl::BioPtr in(BIO_new_mem_buf(encryptedPem.constData(), int(encryptedPem.size())));
    std::unique_ptr<X509_SIG, decltype(&X509_SIG_free)> sig(PEM_read_bio_PKCS8(in.get(), nullptr, nullptr, nullptr),
                                                            X509_SIG_free);
    if (!sig)
        throw std::runtime_error("not an encrypted PEM key");
    X509_ALGOR* algorithm = nullptr;
    X509_SIG_getm(sig.get(), &algorithm, nullptr);
    setPbeIterations(algorithm, iterations);
    ossl::BioPtr out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8(out.get(), sig.get()) != 1)
        throw std::runtime_error("PEM_write_bio_PKCS8 failed");
    char* data = nullptr;
    const long len = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, int(len));
}

// The same PFX with every shrouded key bag (PKCS#8 EncryptedPrivateKeyInfo,
// in the unencrypted safes where OpenSSL, Windows and Java put it) asking for
// `iterations` rounds, rebuilt with OpenSSL's ASN.1 API, and a new MAC made
// with `password` at the file's own small MAC count: the MAC passes, so a
// reader gets as far as the key bag and must refuse there, before deriving
// (the key itself was encrypted at the small count, so nothing here derives
// at the large one).
inline QByteArray withKeyBagIterations(const QByteArray& pfx, const QByteArray& password, qint64 iterations)
{
    const auto* p = reinterpret_cast<const unsigned char*>(pfx.constData());
    ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(pfx.size())));
    if (!p12)
        throw std::runtime_error("not a PKCS#12 file");
    const ASN1_OCTET_STRING* mac = nullptr;
    const X509_ALGOR* macAlgorithm = nullptr;
    const ASN1_OCTET_STRING* salt = nullptr;
    const ASN1_INTEGER* macIterations = nullptr;
    PKCS12_get0_mac(&mac, &macAlgorithm, &salt, &macIterations, p12.get());
    if (!macAlgorithm || !macIterations)
        throw std::runtime_error("the PKCS#12 file has no MAC");
    const ASN1_OBJECT* digest = nullptr;
    X509_ALGOR_get0(&digest, nullptr, nullptr, macAlgorithm);
    const EVP_MD* md = EVP_get_digestbynid(OBJ_obj2nid(digest));
    const int macCount = int(ASN1_INTEGER_get(macIterations));

    auto freeSafes = [](STACK_OF(PKCS7) * s) { sk_PKCS7_pop_free(s, PKCS7_free); };
    auto freeBags = [](STACK_OF(PKCS12_SAFEBAG) * b) { sk_PKCS12_SAFEBAG_pop_free(b, PKCS12_SAFEBAG_free); };
    std::unique_ptr<STACK_OF(PKCS7), decltype(freeSafes)> safes(PKCS12_unpack_authsafes(p12.get()), freeSafes);
    if (!safes || !md)
        throw std::runtime_error("the PKCS#12 file does not unpack");
    int patched = 0;
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7* safe = sk_PKCS7_value(safes.get(), i);
        if (OBJ_obj2nid(safe->type) != NID_pkcs7_data)
            continue;
        std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), decltype(freeBags)> bags(PKCS12_unpack_p7data(safe), freeBags);
        if (!bags)
            throw std::runtime_error("a safe does not unpack");
        bool changed = false;
        for (int b = 0; b < sk_PKCS12_SAFEBAG_num(bags.get()); ++b) {
            const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags.get(), b);
            if (PKCS12_SAFEBAG_get_nid(bag) != NID_pkcs8ShroudedKeyBag)
                continue;
            X509_ALGOR* algorithm = nullptr;
            X509_SIG_getm(const_cast<X509_SIG*>(PKCS12_SAFEBAG_get0_pkcs8(bag)), &algorithm, nullptr);
            setPbeIterations(algorithm, iterations);
            changed = true;
            ++patched;
        }
        if (!changed)
            continue;
        PKCS7* repacked = PKCS12_pack_p7data(bags.get());
        if (!repacked)
            throw std::runtime_error("PKCS12_pack_p7data failed");
        sk_PKCS7_set(safes.get(), i, repacked);
        PKCS7_free(safe);
    }
    if (patched == 0)
        throw std::runtime_error("the PKCS#12 file has no shrouded key bag");
    if (PKCS12_pack_authsafes(p12.get(), safes.get()) != 1
        || PKCS12_set_mac(p12.get(), password.constData(), int(password.size()), nullptr, 0, macCount, md) != 1)
        throw std::runtime_error("the PKCS#12 file cannot be packed again");
    return ossl::toDer(p12.get(), i2d_PKCS12);
}

// The certpilot-cli of this build: $CERTPILOT_BINARY_DIR/app, else found from this binary.
// (Pkcs12TestSupport.h has the same; it cannot be included next to ZipMaker.h.)
inline QString certpilotCliPath()
{
    const QString build = qEnvironmentVariable("CERTPILOT_BINARY_DIR");
    if (!build.isEmpty())
        return build + QStringLiteral("/app/certpilot-cli");
    QDir dir(QCoreApplication::applicationDirPath());
    for (int i = 0; i < 4; ++i) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral("app/certpilot-cli"))))
            return dir.filePath(QStringLiteral("app/certpilot-cli"));
        dir.cdUp();
    }
    return {};
}

// Runs the real certpilot-cli; `fileSizeLimit` > 0 sets RLIMIT_FSIZE in the child
// (ulimit -f), so writes past that size fail with EFBIG like a full disk.
inline CliResult runCliLimited(const QStringList& args, rlim_t fileSizeLimit = 0, const QStringList& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    if (fileSizeLimit > 0) {
        p.setChildProcessModifier([fileSizeLimit] {
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    p.start(certpilotCliPath(), args);
    if (!p.waitForStarted(10000))
        return {};
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace certpilot::test
