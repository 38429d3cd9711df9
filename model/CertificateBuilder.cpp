// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateBuilder.h"

#include "ossl/Convert.h"
#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"

#include <openssl/rand.h>

namespace certpilot {

namespace {

bool addExtension(X509* cert, X509V3_CTX* ctx, int nid, const QByteArray& value)
{
    ossl::X509ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setName(X509_NAME* name, const NameSpec& spec)
{
    for (const auto& [key, value] : spec) {
        const QByteArray k = key.toLatin1();
        const QByteArray v = value.toUtf8();
        if (X509_NAME_add_entry_by_txt(name, k.constData(), MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(v.constData()),
                                       int(v.size()), -1, 0)
            != 1)
            return false;
    }
    return true;
}

bool setTime(ASN1_TIME* field, const QDateTime& when)
{
    return ASN1_TIME_set(field, time_t(when.toSecsSinceEpoch())) != nullptr;
}

QByteArray sanValue(const CertificateSpec& spec)
{
    QStringList parts;
    for (const QString& dns : spec.dnsNames)
        parts << QStringLiteral("DNS:") + dns;
    for (const QString& ip : spec.ipAddresses)
        parts << QStringLiteral("IP:") + ip;
    return parts.join(QLatin1Char(',')).toUtf8();
}

} // namespace

Result<Certificate> CertificateBuilder::issue(const CertificateSpec& spec, const PrivateKey& subjectKey,
                                              const Certificate& issuer, const PrivateKey& issuerKey)
{
    auto fail = [](const QString& what) {
        return makeError(ErrorKind::Internal, tr("The certificate could not be created: %1").arg(what),
                         ossl::takeErrors());
    };
    ossl::EvpPkeyPtr subjectPkey(subjectKey.toEvp());
    ossl::EvpPkeyPtr signingPkey(issuerKey.toEvp());
    if (!subjectPkey || !signingPkey)
        return fail(tr("missing key"));

    ossl::X509Ptr issuerX509;
    if (!issuer.isNull()) {
        const auto* p = reinterpret_cast<const unsigned char*>(issuer.der().constData());
        issuerX509.reset(d2i_X509(nullptr, &p, issuer.der().size()));
        if (!issuerX509)
            return fail(tr("unreadable issuer"));
    }

    ossl::X509Ptr cert(X509_new());
    X509_set_version(cert.get(), X509_VERSION_3);

    QByteArray serial = spec.serial;
    if (serial.isEmpty()) {
        serial.resize(16);
        RAND_bytes(reinterpret_cast<unsigned char*>(serial.data()), int(serial.size()));
        serial[0] = char(serial[0] & 0x7f); // positive
        if (serial[0] == 0)
            serial[0] = 1;
    }
    ossl::BignumPtr bn(BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.constData()),
                                 int(serial.size()), nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())))
        return fail(tr("serial number"));

    if (!setName(X509_get_subject_name(cert.get()), spec.subject))
        return fail(tr("subject name"));
    if (!X509_set_issuer_name(cert.get(), issuerX509 ? X509_get_subject_name(issuerX509.get())
                                                     : X509_get_subject_name(cert.get())))
        return fail(tr("issuer name"));
    const QDateTime notBefore = spec.notBefore.isValid() ? spec.notBefore
                                                         : QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime notAfter = spec.notAfter.isValid() ? spec.notAfter : notBefore.addDays(397);
    if (!setTime(X509_getm_notBefore(cert.get()), notBefore) || !setTime(X509_getm_notAfter(cert.get()), notAfter))
        return fail(tr("validity"));
    if (X509_set_pubkey(cert.get(), subjectPkey.get()) != 1)
        return fail(tr("public key"));

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuerX509 ? issuerX509.get() : cert.get(), cert.get(), nullptr, nullptr, 0);
    bool ok = true;
    if (spec.isCa) {
        QByteArray bc = "critical,CA:TRUE";
        if (spec.pathLength >= 0)
            bc += ",pathlen:" + QByteArray::number(spec.pathLength);
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, bc);
        ok = ok && addExtension(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE");
        const QByteArray ku = subjectKey.algorithm() == KeyAlgorithm::Rsa
            ? "critical,digitalSignature,keyEncipherment"
            : "critical,digitalSignature";
        ok = ok && addExtension(cert.get(), &ctx, NID_key_usage, ku);
        if (spec.serverAuth)
            ok = ok && addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth,clientAuth");
    }
    if (spec.withKeyIdentifiers) {
        ok = ok && addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash");
        if (issuerX509)
            ok = ok && addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    }
    const QByteArray san = sanValue(spec);
    if (!san.isEmpty())
        ok = ok && addExtension(cert.get(), &ctx, NID_subject_alt_name, san);
    if (!ok)
        return fail(tr("extensions"));

    const QByteArray digest = spec.digest.toLatin1();
    const bool noDigest = EVP_PKEY_get_base_id(signingPkey.get()) == EVP_PKEY_ED25519;
    if (X509_sign(cert.get(), signingPkey.get(), noDigest ? nullptr : EVP_get_digestbyname(digest.constData())) <= 0)
        return fail(tr("signature"));
    return Certificate::fromDer(ossl::toDer(cert.get(), i2d_X509));
}

} // namespace certpilot
