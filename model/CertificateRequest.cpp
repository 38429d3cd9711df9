// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateRequest.h"

#include "DisplayText.h"
#include "ossl/Convert.h"
#include "ossl/Digest.h"
#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"

#include <openssl/core_names.h>
#include <openssl/objects.h>

namespace certpilot {

struct CertificateRequest::Data {
    QByteArray der;
    DistinguishedName subject;
    QList<SubjectAltName> sans;
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::Unknown;
    int keyBits = 0;
    QString curve;
    QByteArray publicKeyDer;
    QString keyId;
    QString signatureAlgorithm;
    bool signatureValid = false;
};

namespace {

const CertificateRequest::Data& emptyData()
{
    static const CertificateRequest::Data empty;
    return empty;
}

QList<SubjectAltName> requestSans(X509_REQ* req)
{
    QList<SubjectAltName> out;
    STACK_OF(X509_EXTENSION)* exts = X509_REQ_get_extensions(req);
    if (!exts)
        return out;
    auto* names = static_cast<GENERAL_NAMES*>(
        X509V3_get_d2i(exts, NID_subject_alt_name, nullptr, nullptr));
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    ossl::GeneralNamesPtr owner(names);
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_DNS) {
            out.append({SubjectAltName::Type::Dns, escapeBytesForDisplay(ossl::toByteArray(name->d.dNSName))});
        } else if (name->type == GEN_IPADD) {
            ossl::BioPtr bio(BIO_new(BIO_s_mem()));
            GENERAL_NAME_print(bio.get(), const_cast<GENERAL_NAME*>(name));
            QByteArray text = ossl::bioContents(bio.get());
            text = text.mid(text.indexOf(':') + 1);
            out.append({SubjectAltName::Type::Ip, QString::fromLatin1(text)});
        } else if (name->type == GEN_EMAIL) {
            out.append({SubjectAltName::Type::Email,
                        escapeBytesForDisplay(ossl::toByteArray(name->d.rfc822Name))});
        }
    }
    return out;
}

} // namespace

QString publicKeyId(const QByteArray& spkiDer) { return toHex(ossl::sha1(spkiDer)); }

Result<CertificateRequest> CertificateRequest::fromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::X509ReqPtr req(d2i_X509_REQ(nullptr, &p, der.size()));
    if (!req || p - reinterpret_cast<const unsigned char*>(der.constData()) != der.size())
        return makeError(ErrorKind::InvalidInput,
                         tr("The data is not a valid certificate request (PKCS#10)."),
                         ossl::takeErrors());
    auto data = std::make_shared<Data>();
    data->der = der;
    data->subject = DistinguishedName::fromX509Name(X509_REQ_get_subject_name(req.get()));
    data->sans = requestSans(req.get());
    data->publicKeyDer = ossl::toDer(X509_REQ_get_X509_PUBKEY(req.get()), i2d_X509_PUBKEY);
    data->keyId = publicKeyId(data->publicKeyDer);
    data->signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_REQ_get_signature_nid(req.get())));
    if (EVP_PKEY* key = X509_REQ_get0_pubkey(req.get())) {
        data->keyBits = EVP_PKEY_get_bits(key);
        const int id = EVP_PKEY_get_base_id(key);
        data->keyAlgorithm = id == EVP_PKEY_RSA ? KeyAlgorithm::Rsa
            : id == EVP_PKEY_EC                 ? KeyAlgorithm::Ec
            : id == EVP_PKEY_ED25519            ? KeyAlgorithm::Ed25519
                                                : KeyAlgorithm::Unknown;
        char group[64] = {};
        size_t len = 0;
        if (id == EVP_PKEY_EC
            && EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len))
            data->curve = QString::fromLatin1(group, int(len));
        data->signatureValid = X509_REQ_verify(req.get(), key) == 1;
    }
    ossl::clearErrors();
    CertificateRequest out;
    out.d = std::move(data);
    return out;
}

const QByteArray& CertificateRequest::der() const { return d ? d->der : emptyData().der; }

QByteArray CertificateRequest::toPem() const
{
    QByteArray out = "-----BEGIN CERTIFICATE REQUEST-----\n";
    const QByteArray b64 = der().toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END CERTIFICATE REQUEST-----\n";
}

const DistinguishedName& CertificateRequest::subject() const
{
    return d ? d->subject : emptyData().subject;
}
const QList<SubjectAltName>& CertificateRequest::subjectAltNames() const
{
    return d ? d->sans : emptyData().sans;
}
KeyAlgorithm CertificateRequest::keyAlgorithm() const
{
    return d ? d->keyAlgorithm : KeyAlgorithm::Unknown;
}
int CertificateRequest::keyBits() const { return d ? d->keyBits : 0; }

QString CertificateRequest::keyDescription() const
{
    if (keyAlgorithm() == KeyAlgorithm::Rsa)
        return tr("RSA %1 bits").arg(keyBits());
    if (keyAlgorithm() == KeyAlgorithm::Ec) {
        const QString& c = d->curve;
        return tr("ECDSA %1").arg(c == QLatin1String("prime256v1") ? QStringLiteral("P-256")
                                  : c == QLatin1String("secp384r1") ? QStringLiteral("P-384")
                                                                    : c);
    }
    return keyAlgorithmName(keyAlgorithm());
}

const QByteArray& CertificateRequest::publicKeyDer() const
{
    return d ? d->publicKeyDer : emptyData().publicKeyDer;
}
const QString& CertificateRequest::keyId() const { return d ? d->keyId : emptyData().keyId; }
const QString& CertificateRequest::signatureAlgorithm() const
{
    return d ? d->signatureAlgorithm : emptyData().signatureAlgorithm;
}
bool CertificateRequest::signatureValid() const { return d && d->signatureValid; }

} // namespace certpilot
