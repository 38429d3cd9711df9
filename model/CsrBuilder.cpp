// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsrBuilder.h"

#include "ossl/Convert.h"
#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"

namespace certpilot {

namespace {

void freeExtensions(STACK_OF(X509_EXTENSION) * s) { sk_X509_EXTENSION_pop_free(s, X509_EXTENSION_free); }
using ExtStackPtr = std::unique_ptr<STACK_OF(X509_EXTENSION), ossl::Deleter<freeExtensions>>;

bool pushExtension(STACK_OF(X509_EXTENSION) * exts, int nid, const QByteArray& value)
{
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, nullptr, nid, value.constData());
    if (!ext)
        return false;
    sk_X509_EXTENSION_push(exts, ext);
    return true;
}

} // namespace

Result<CertificateRequest> CsrBuilder::build(const CsrSpec& spec, const PrivateKey& key)
{
    auto fail = [](const QString& what) {
        return makeError(ErrorKind::Internal, tr("The request could not be created: %1").arg(what),
                         ossl::takeErrors());
    };
    ossl::EvpPkeyPtr pkey(key.toEvp());
    if (!pkey)
        return fail(tr("no key"));
    ossl::X509ReqPtr req(X509_REQ_new());
    X509_REQ_set_version(req.get(), X509_REQ_VERSION_1);
    X509_NAME* name = X509_REQ_get_subject_name(req.get());
    for (const auto& [k, v] : spec.subject) {
        if (v.isEmpty())
            continue;
        const QByteArray kb = k.toLatin1();
        const QByteArray vb = v.toUtf8();
        if (X509_NAME_add_entry_by_txt(name, kb.constData(), MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(vb.constData()), int(vb.size()), -1, 0)
            != 1)
            return fail(tr("subject field %1").arg(k));
    }
    if (X509_REQ_set_pubkey(req.get(), pkey.get()) != 1)
        return fail(tr("public key"));

    ExtStackPtr exts(sk_X509_EXTENSION_new_null());
    QStringList san;
    for (const QString& d : spec.dnsNames)
        san << QStringLiteral("DNS:") + d;
    for (const QString& ip : spec.ipAddresses)
        san << QStringLiteral("IP:") + ip;
    bool ok = true;
    if (!san.isEmpty())
        ok = ok && pushExtension(exts.get(), NID_subject_alt_name, san.join(QLatin1Char(',')).toUtf8());
    const bool rsa = EVP_PKEY_get_base_id(pkey.get()) == EVP_PKEY_RSA;
    ok = ok && pushExtension(exts.get(), NID_key_usage,
                             rsa ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature");
    ok = ok && pushExtension(exts.get(), NID_ext_key_usage, "serverAuth");
    if (!ok || X509_REQ_add_extensions(req.get(), exts.get()) != 1)
        return fail(tr("extensions"));

    const QByteArray digest = spec.digest.toLatin1();
    const EVP_MD* md = EVP_get_digestbyname(digest.constData());
    if (!md)
        return fail(tr("unknown hash %1").arg(spec.digest));
    if (X509_REQ_sign(req.get(), pkey.get(), md) <= 0)
        return fail(tr("signature"));
    return CertificateRequest::fromDer(ossl::toDer(req.get(), i2d_X509_REQ));
}

} // namespace certpilot
