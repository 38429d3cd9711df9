// SPDX-License-Identifier: GPL-3.0-or-later
#include "Certificate.h"
#include "CertificateData.h"

#include "DisplayText.h"
#include "ossl/Convert.h"
#include "ossl/Digest.h"
#include "ossl/ErrorQueue.h"
#include "ossl/LightCertificate.h"
#include "ossl/Ptr.h"

#include <openssl/core_names.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

#include <mutex>

namespace certpilot {

namespace {

const Certificate::Data& emptyData()
{
    static const Certificate::Data empty;
    return empty;
}

const Certificate::Full& emptyFull()
{
    static const Certificate::Full empty;
    return empty;
}

QString generalNameText(const GENERAL_NAME* name)
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    GENERAL_NAME_print(bio.get(), const_cast<GENERAL_NAME*>(name));
    QByteArray text = ossl::bioContents(bio.get());
    // GENERAL_NAME_print prefixes a label ("IP Address:"); keep the value only.
    const int colon = text.indexOf(':');
    if (name->type == GEN_IPADD && colon >= 0)
        text = text.mid(colon + 1);
    return escapeBytesForDisplay(text);
}

// X509_get_ext_d2i is X509V3_get_d2i over the certificate's extensions, so
// both parse paths read extensions through this one function.
QList<SubjectAltName> readSans(const STACK_OF(X509_EXTENSION) * extensions)
{
    QList<SubjectAltName> out;
    ossl::GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509V3_get_d2i(extensions, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return out;
    out.reserve(sk_GENERAL_NAME_num(names.get()));
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        SubjectAltName san;
        switch (name->type) {
        case GEN_DNS:
            san.type = SubjectAltName::Type::Dns;
            san.value = escapeBytesForDisplay(ossl::toByteArray(name->d.dNSName));
            break;
        case GEN_EMAIL:
            san.type = SubjectAltName::Type::Email;
            san.value = escapeBytesForDisplay(ossl::toByteArray(name->d.rfc822Name));
            break;
        case GEN_URI:
            san.type = SubjectAltName::Type::Uri;
            san.value = escapeBytesForDisplay(ossl::toByteArray(name->d.uniformResourceIdentifier));
            break;
        case GEN_IPADD:
            san.type = SubjectAltName::Type::Ip;
            san.value = generalNameText(name);
            break;
        default:
            san.type = SubjectAltName::Type::Other;
            san.value = generalNameText(name);
            break;
        }
        out.append(san);
    }
    return out;
}

void readPublicKey(X509* x, Certificate::Full& d)
{
    const X509_PUBKEY* pub = X509_get_X509_PUBKEY(x);
    d.publicKeyDer = ossl::toDer(pub, i2d_X509_PUBKEY);
    EVP_PKEY* key = X509_get0_pubkey(x);
    if (!key) {
        ossl::clearErrors(); // unknown key algorithm: still a certificate we can show
        return;
    }
    d.keyBits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        d.keyAlgorithm = KeyAlgorithm::Rsa;
        break;
    case EVP_PKEY_EC: {
        d.keyAlgorithm = KeyAlgorithm::Ec;
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len))
            d.curveName = QString::fromLatin1(group, int(len));
        break;
    }
    case EVP_PKEY_ED25519:
        d.keyAlgorithm = KeyAlgorithm::Ed25519;
        break;
    case EVP_PKEY_ED448:
        d.keyAlgorithm = KeyAlgorithm::Ed448;
        break;
    case EVP_PKEY_DSA:
        d.keyAlgorithm = KeyAlgorithm::Dsa;
        break;
    default:
        break;
    }
}

void readSignature(X509* x, Certificate::Full& d)
{
    d.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(x)));
    int mdNid = NID_undef;
    if (X509_get_signature_info(x, &mdNid, nullptr, nullptr, nullptr) == 1 && mdNid != NID_undef)
        d.signatureDigest = QString::fromLatin1(OBJ_nid2sn(mdNid)).toUpper();
    ossl::clearErrors();
}

void readBasicConstraints(const STACK_OF(X509_EXTENSION) * extensions, Certificate::Data& d)
{
    // What X509_get_extension_flags reports as EXFLAG_BCONS and EXFLAG_CA:
    // set from this decode alone, whatever else the certificate holds.
    ossl::BasicConstraintsPtr bc(
        static_cast<BASIC_CONSTRAINTS*>(X509V3_get_d2i(extensions, NID_basic_constraints, nullptr, nullptr)));
    d.hasBasicConstraints = bc != nullptr;
    d.isCa = bc && bc->ca;
}

void readConstraints(X509* x, Certificate::Full& d)
{
    // X509_get_extension_flags caches the v3 extensions; EXFLAG_INVALID marks
    // a certificate whose extensions OpenSSL could not decode.
    const uint32_t flags = X509_get_extension_flags(x);
    d.hasKeyUsage = (flags & EXFLAG_KUSAGE) != 0;
    d.keyUsage = d.hasKeyUsage ? X509_get_key_usage(x) : 0;
    d.pathLength = int(X509_get_pathlen(x));
    d.hasEku = (flags & EXFLAG_XKUSAGE) != 0;
    if (d.hasEku) {
        ossl::ExtKeyUsagePtr eku(
            static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(x, NID_ext_key_usage, nullptr, nullptr)));
        for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku.get()); ++i)
            d.eku << ossl::objectOid(sk_ASN1_OBJECT_value(eku.get(), i));
    }
    d.ski = ossl::toByteArray(X509_get0_subject_key_id(x));
    d.aki = ossl::toByteArray(X509_get0_authority_key_id(x));
}

void readFull(X509* x, bool selfIssued, Certificate::Full& full)
{
    readPublicKey(x, full);
    readSignature(x, full);
    readConstraints(x, full);
    full.selfSigned = selfIssued && X509_self_signed(x, 1) == 1;
    ossl::clearErrors();
}

ossl::X509Ptr toX509(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return ossl::X509Ptr(d2i_X509(nullptr, &p, der.size()));
}

Result<Certificate> invalidCertificate(const QString& detail)
{
    return makeError(ErrorKind::InvalidInput,
                     Certificate::tr("The data is not a valid X.509 certificate: it may be damaged or "
                                     "truncated. Ask the sender for the file again."),
                     detail);
}

} // namespace

const Certificate::Full& Certificate::Data::ensureFull() const
{
    std::call_once(fullOnce, [this] {
        full = std::make_unique<Full>();
        // The DER decoded once already (fromDer), so this cannot fail short of memory.
        if (ossl::X509Ptr x = toX509(derBytes()))
            readFull(x.get(), subject == issuer, *full);
        ossl::clearErrors();
    });
    return *full;
}

Result<Certificate> Certificate::fromDer(const QByteArray& der)
{
    if (der.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("The certificate is empty."));
    const auto light = ossl::LightCertificate::parse(der);
    if (!light) {
        // Ask d2i_X509 for its words (and the trailing-bytes case) so the
        // message is the one the full parse gives.
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        ossl::X509Ptr x(d2i_X509(nullptr, &p, der.size()));
        if (!x)
            return invalidCertificate(ossl::takeErrors());
        const qsizetype used = p - reinterpret_cast<const unsigned char*>(der.constData());
        if (used != der.size())
            return makeError(ErrorKind::InvalidInput,
                             tr("The certificate is followed by %n unexpected byte(s): the file may be "
                                "damaged. Ask the sender for the file again.", nullptr, int(der.size() - used)));
        // The light structure mirrors d2i_X509's; were they ever to disagree,
        // the full parse decides.
        return fromDerEagerly(der);
    }
    auto data = std::make_shared<Data>();
    data->der = der;
    data->sha1 = toHex(ossl::sha1(data->der));
    data->subject = DistinguishedName::fromX509Name(light->subject());
    data->issuer = DistinguishedName::fromX509Name(light->issuer());
    data->serialHex = ossl::serialToHex(light->serialNumber());
    data->version = int(light->version()) + 1;
    data->notBefore = ossl::toDateTime(light->notBefore());
    data->notAfter = ossl::toDateTime(light->notAfter());
    data->sans = readSans(light->extensions());
    readBasicConstraints(light->extensions(), *data);
    ossl::clearErrors();
    Certificate cert;
    cert.d = std::move(data);
    return cert;
}

Result<Certificate> Certificate::fromDerEagerly(const QByteArray& der)
{
    if (der.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("The certificate is empty."));
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::X509Ptr x(d2i_X509(nullptr, &p, der.size()));
    if (!x)
        return invalidCertificate(ossl::takeErrors());
    const qsizetype used = p - reinterpret_cast<const unsigned char*>(der.constData());
    if (used != der.size())
        return makeError(ErrorKind::InvalidInput,
                         tr("The certificate is followed by %n unexpected byte(s): the file may be "
                            "damaged. Ask the sender for the file again.", nullptr, int(der.size() - used)));
    auto data = std::make_shared<Data>();
    data->der = der;
    data->sha1 = toHex(ossl::sha1(data->der));
    data->subject = DistinguishedName::fromX509Name(X509_get_subject_name(x.get()));
    data->issuer = DistinguishedName::fromX509Name(X509_get_issuer_name(x.get()));
    data->serialHex = ossl::serialToHex(X509_get0_serialNumber(x.get()));
    data->version = int(X509_get_version(x.get())) + 1;
    data->notBefore = ossl::toDateTime(X509_get0_notBefore(x.get()));
    data->notAfter = ossl::toDateTime(X509_get0_notAfter(x.get()));
    data->sans = readSans(X509_get0_extensions(x.get()));
    // What the old single-pass parse took from the extension flags.
    const uint32_t flags = X509_get_extension_flags(x.get());
    data->hasBasicConstraints = (flags & EXFLAG_BCONS) != 0;
    data->isCa = (flags & EXFLAG_CA) != 0 && data->hasBasicConstraints;
    std::call_once(data->fullOnce, [&] {
        data->full = std::make_unique<Full>();
        readFull(x.get(), data->subject == data->issuer, *data->full);
    });
    ossl::clearErrors();
    Certificate cert;
    cert.d = std::move(data);
    return cert;
}

const QByteArray& Certificate::Data::derBytes() const
{
    if (source) {
        std::call_once(derOnce, [this] {
            QByteArray bytes = source->read(sourceOffset, sourceLength);
            // The identity was computed from the bytes read at load; others are never given out.
            if (bytes.size() == sourceLength && toHex(ossl::sha1(bytes)) == sha1)
                der = std::move(bytes);
        });
    }
    return der;
}

const QByteArray& Certificate::der() const { return d ? d->derBytes() : emptyData().der; }

QByteArray Certificate::toPem() const
{
    if (!d || d->derBytes().isEmpty())
        return {};
    QByteArray out = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray b64 = d->derBytes().toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += "-----END CERTIFICATE-----\n";
    return out;
}

const QString& Certificate::sha1() const { return d ? d->sha1 : emptyData().sha1; }
const QString& Certificate::sha256() const
{
    if (!d)
        return emptyData().sha256;
    std::call_once(d->sha256Once, [this] { d->sha256 = toHex(ossl::sha256(d->derBytes())); });
    return d->sha256;
}
const DistinguishedName& Certificate::subject() const { return d ? d->subject : emptyData().subject; }
const DistinguishedName& Certificate::issuer() const { return d ? d->issuer : emptyData().issuer; }
const QString& Certificate::serialHex() const { return d ? d->serialHex : emptyData().serialHex; }
int Certificate::version() const { return d ? d->version : 0; }
const QDateTime& Certificate::notBefore() const { return d ? d->notBefore : emptyData().notBefore; }
const QDateTime& Certificate::notAfter() const { return d ? d->notAfter : emptyData().notAfter; }
const QList<SubjectAltName>& Certificate::subjectAltNames() const
{
    return d ? d->sans : emptyData().sans;
}

QStringList Certificate::dnsNames() const
{
    QStringList out;
    for (const auto& san : subjectAltNames()) {
        if (san.type == SubjectAltName::Type::Dns)
            out << san.value;
    }
    return out;
}

KeyAlgorithm Certificate::keyAlgorithm() const { return d ? d->ensureFull().keyAlgorithm : KeyAlgorithm::Unknown; }
int Certificate::keyBits() const { return d ? d->ensureFull().keyBits : 0; }
const QString& Certificate::curveName() const { return d ? d->ensureFull().curveName : emptyFull().curveName; }
const QByteArray& Certificate::publicKeyDer() const
{
    return d ? d->ensureFull().publicKeyDer : emptyFull().publicKeyDer;
}
const QString& Certificate::signatureAlgorithm() const
{
    return d ? d->ensureFull().signatureAlgorithm : emptyFull().signatureAlgorithm;
}
const QString& Certificate::signatureDigest() const
{
    return d ? d->ensureFull().signatureDigest : emptyFull().signatureDigest;
}

QString Certificate::keyDescription() const
{
    switch (keyAlgorithm()) {
    case KeyAlgorithm::Rsa:
        return tr("RSA %1 bits").arg(keyBits());
    case KeyAlgorithm::Ec: {
        QString curve = curveName();
        if (curve == QLatin1String("prime256v1"))
            curve = QStringLiteral("P-256");
        else if (curve == QLatin1String("secp384r1"))
            curve = QStringLiteral("P-384");
        else if (curve == QLatin1String("secp521r1"))
            curve = QStringLiteral("P-521");
        return tr("ECDSA %1").arg(curve.isEmpty() ? tr("%1 bits").arg(keyBits()) : curve);
    }
    case KeyAlgorithm::Unknown:
        return tr("Unknown key type");
    default:
        return keyAlgorithmName(keyAlgorithm());
    }
}

bool Certificate::hasKeyUsage() const { return d && d->ensureFull().hasKeyUsage; }
quint32 Certificate::keyUsage() const { return d ? d->ensureFull().keyUsage : 0; }

QStringList Certificate::keyUsageNames() const
{
    static const std::pair<quint32, const char*> names[] = {
        {KU_DIGITAL_SIGNATURE, "Digital Signature"}, {KU_NON_REPUDIATION, "Non Repudiation"},
        {KU_KEY_ENCIPHERMENT, "Key Encipherment"},   {KU_DATA_ENCIPHERMENT, "Data Encipherment"},
        {KU_KEY_AGREEMENT, "Key Agreement"},         {KU_KEY_CERT_SIGN, "Certificate Signing"},
        {KU_CRL_SIGN, "CRL Signing"},                {KU_ENCIPHER_ONLY, "Encipher Only"},
        {KU_DECIPHER_ONLY, "Decipher Only"},
    };
    QStringList out;
    for (const auto& [bit, name] : names) {
        if (keyUsage() & bit)
            out << QString::fromLatin1(name);
    }
    return out;
}

const QStringList& Certificate::extendedKeyUsage() const { return d ? d->ensureFull().eku : emptyFull().eku; }

QStringList Certificate::extendedKeyUsageNames() const
{
    QStringList out;
    for (const QString& oid : extendedKeyUsage()) {
        ossl::Asn1ObjectPtr obj(OBJ_txt2obj(oid.toLatin1().constData(), 1));
        out << (obj ? ossl::objectName(obj.get()) : oid);
    }
    return out;
}

bool Certificate::hasExtendedKeyUsage() const { return d && d->ensureFull().hasEku; }

bool Certificate::allowsServerAuth() const
{
    if (!hasExtendedKeyUsage())
        return true;
    const QStringList& eku = extendedKeyUsage();
    return eku.contains(QLatin1String("1.3.6.1.5.5.7.3.1"))
        || eku.contains(QLatin1String("2.5.29.37.0"));
}

bool Certificate::hasBasicConstraints() const { return d && d->hasBasicConstraints; }
bool Certificate::isCa() const { return d && d->isCa; }
int Certificate::pathLength() const { return d ? d->ensureFull().pathLength : -1; }
const QByteArray& Certificate::subjectKeyId() const { return d ? d->ensureFull().ski : emptyFull().ski; }
const QByteArray& Certificate::authorityKeyId() const { return d ? d->ensureFull().aki : emptyFull().aki; }
bool Certificate::isSelfIssued() const { return d && d->subject == d->issuer; }
bool Certificate::isSelfSigned() const { return d && d->ensureFull().selfSigned; }

QList<CertificateExtension> Certificate::extensions() const
{
    QList<CertificateExtension> out;
    if (!d)
        return out;
    ossl::X509Ptr x = toX509(d->derBytes());
    if (!x)
        return out;
    for (int i = 0; i < X509_get_ext_count(x.get()); ++i) {
        X509_EXTENSION* ext = X509_get_ext(x.get(), i);
        const ASN1_OBJECT* obj = X509_EXTENSION_get_object(ext);
        CertificateExtension item;
        item.name = ossl::objectName(obj);
        item.oid = ossl::objectOid(obj);
        item.critical = X509_EXTENSION_get_critical(ext) == 1;
        ossl::BioPtr bio(BIO_new(BIO_s_mem()));
        if (X509V3_EXT_print(bio.get(), ext, 0, 0) != 1) {
            ossl::clearErrors();
            ASN1_STRING_print(bio.get(), X509_EXTENSION_get_data(ext));
        }
        item.text = escapeBytesForDisplay(ossl::bioContents(bio.get())).replace(QLatin1String("\\x0a"),
                                                                                 QLatin1String("\n"));
        out.append(item);
    }
    ossl::clearErrors();
    return out;
}

qint64 Certificate::daysLeft(const QDateTime& now) const
{
    if (!d || !d->notAfter.isValid())
        return 0;
    const qint64 secs = now.secsTo(d->notAfter);
    // Round towards minus infinity so an hour past expiry is day -1, not 0.
    return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}

bool Certificate::isExpired(const QDateTime& now) const
{
    return d && d->notAfter.isValid() && now >= d->notAfter;
}

bool Certificate::isNotYetValid(const QDateTime& now) const
{
    return d && d->notBefore.isValid() && now < d->notBefore;
}

bool Certificate::operator==(const Certificate& other) const
{
    if (d == other.d)
        return true;
    return d && other.d && d->sha1 == other.d->sha1 && d->derBytes() == other.d->derBytes();
}

QString keyAlgorithmName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa:
        return QStringLiteral("RSA");
    case KeyAlgorithm::Ec:
        return QStringLiteral("ECDSA");
    case KeyAlgorithm::Ed25519:
        return QStringLiteral("Ed25519");
    case KeyAlgorithm::Ed448:
        return QStringLiteral("Ed448");
    case KeyAlgorithm::Dsa:
        return QStringLiteral("DSA");
    case KeyAlgorithm::Unknown:
        break;
    }
    return QStringLiteral("?");
}

} // namespace certpilot
