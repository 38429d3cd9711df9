// SPDX-License-Identifier: GPL-3.0-or-later
#include "ossl/LightCertificate.h"

#include <openssl/asn1t.h>

// The templates mirror X509, X509_CINF and X509_PUBKEY's inner SEQUENCE in
// OpenSSL's crypto/x509 (x_x509.c, x_pubkey.c) field for field, tag for tag;
// only the key stays undecoded. The ASN.1 macros want C-style type names.
typedef struct {
    X509_ALGOR* algorithm;
    ASN1_BIT_STRING* publicKey;
} CP_LIGHT_SPKI;

typedef struct {
    ASN1_INTEGER* version;
    ASN1_INTEGER* serialNumber;
    X509_ALGOR* signature;
    X509_NAME* issuer;
    X509_VAL* validity;
    X509_NAME* subject;
    CP_LIGHT_SPKI* key;
    ASN1_BIT_STRING* issuerUID;
    ASN1_BIT_STRING* subjectUID;
    STACK_OF(X509_EXTENSION) * extensions;
} CP_LIGHT_TBS;

typedef struct {
    CP_LIGHT_TBS* tbs;
    X509_ALGOR* signatureAlgorithm;
    ASN1_BIT_STRING* signature;
} CP_LIGHT_CERT;

ASN1_SEQUENCE(CP_LIGHT_SPKI) = {
    ASN1_SIMPLE(CP_LIGHT_SPKI, algorithm, X509_ALGOR),
    ASN1_SIMPLE(CP_LIGHT_SPKI, publicKey, ASN1_BIT_STRING),
} static_ASN1_SEQUENCE_END(CP_LIGHT_SPKI)

ASN1_SEQUENCE(CP_LIGHT_TBS) = {
    ASN1_EXP_OPT(CP_LIGHT_TBS, version, ASN1_INTEGER, 0),
    ASN1_SIMPLE(CP_LIGHT_TBS, serialNumber, ASN1_INTEGER),
    ASN1_SIMPLE(CP_LIGHT_TBS, signature, X509_ALGOR),
    ASN1_SIMPLE(CP_LIGHT_TBS, issuer, X509_NAME),
    ASN1_SIMPLE(CP_LIGHT_TBS, validity, X509_VAL),
    ASN1_SIMPLE(CP_LIGHT_TBS, subject, X509_NAME),
    ASN1_SIMPLE(CP_LIGHT_TBS, key, CP_LIGHT_SPKI),
    ASN1_IMP_OPT(CP_LIGHT_TBS, issuerUID, ASN1_BIT_STRING, 1),
    ASN1_IMP_OPT(CP_LIGHT_TBS, subjectUID, ASN1_BIT_STRING, 2),
    ASN1_EXP_SEQUENCE_OF_OPT(CP_LIGHT_TBS, extensions, X509_EXTENSION, 3),
} static_ASN1_SEQUENCE_END(CP_LIGHT_TBS)

ASN1_SEQUENCE(CP_LIGHT_CERT) = {
    ASN1_SIMPLE(CP_LIGHT_CERT, tbs, CP_LIGHT_TBS),
    ASN1_SIMPLE(CP_LIGHT_CERT, signatureAlgorithm, X509_ALGOR),
    ASN1_SIMPLE(CP_LIGHT_CERT, signature, ASN1_BIT_STRING),
} static_ASN1_SEQUENCE_END(CP_LIGHT_CERT)

namespace certpilot::ossl {

struct LightCertificate::Parsed : CP_LIGHT_CERT {};

std::unique_ptr<LightCertificate> LightCertificate::parse(const QByteArray& der)
{
    if (der.isEmpty())
        return nullptr;
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* p = begin;
    ASN1_VALUE* value = ASN1_item_d2i(nullptr, &p, long(der.size()), ASN1_ITEM_rptr(CP_LIGHT_CERT));
    if (!value)
        return nullptr;
    if (p - begin != der.size()) {
        ASN1_item_free(value, ASN1_ITEM_rptr(CP_LIGHT_CERT));
        return nullptr;
    }
    // Parsed adds no members, so the decoded struct is one.
    return std::unique_ptr<LightCertificate>(new LightCertificate(reinterpret_cast<Parsed*>(value)));
}

LightCertificate::~LightCertificate()
{
    ASN1_item_free(reinterpret_cast<ASN1_VALUE*>(static_cast<CP_LIGHT_CERT*>(m_parsed)),
                   ASN1_ITEM_rptr(CP_LIGHT_CERT));
}

// X509_get_version is ASN1_INTEGER_get of the optional field: 0 when absent.
long LightCertificate::version() const { return ASN1_INTEGER_get(m_parsed->tbs->version); }
const ASN1_INTEGER* LightCertificate::serialNumber() const { return m_parsed->tbs->serialNumber; }
const X509_NAME* LightCertificate::issuer() const { return m_parsed->tbs->issuer; }
const X509_NAME* LightCertificate::subject() const { return m_parsed->tbs->subject; }
const ASN1_TIME* LightCertificate::notBefore() const { return m_parsed->tbs->validity->notBefore; }
const ASN1_TIME* LightCertificate::notAfter() const { return m_parsed->tbs->validity->notAfter; }
const STACK_OF(X509_EXTENSION) * LightCertificate::extensions() const { return m_parsed->tbs->extensions; }

} // namespace certpilot::ossl
