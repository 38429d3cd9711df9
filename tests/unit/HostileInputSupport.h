// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hostile inputs made at test time (HostileInputTest, SecretsTest, SecondInstanceTest):
// certificates with names no builder of ours would write, ASN.1 nested far too
// deep, a PFX whose MAC demands 2^31 iterations, and the real certpilot-cli run
// as a child process with resource limits.

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
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <sys/resource.h>

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
