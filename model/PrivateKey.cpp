// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateKey.h"

#include "CertificateRequest.h"
#include "ossl/Convert.h"
#include "ossl/ErrorQueue.h"
#include "ossl/Ptr.h"
#include "pfx/Pkcs12Algorithm.h"
#include "pfx/Pkcs12Reader.h"

#include <openssl/pem.h>

#include <cstring>
#include <memory>

namespace certpilot {

namespace {

SecureBytes bioSecureContents(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    SecureBytes out(data, len > 0 ? len : 0);
    if (len > 0)
        OPENSSL_cleanse(data, size_t(len));
    return out;
}

SecureBytes pkcs8FromEvp(EVP_PKEY* key)
{
    ossl::Pkcs8InfoPtr info(EVP_PKEY2PKCS8(key));
    if (!info)
        return {};
    const int len = i2d_PKCS8_PRIV_KEY_INFO(info.get(), nullptr);
    if (len <= 0)
        return {};
    QByteArray buf(len, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(buf.data());
    i2d_PKCS8_PRIV_KEY_INFO(info.get(), &p);
    return SecureBytes::takeFrom(buf);
}

int passwordCallback(char* buf, int size, int, void* userdata)
{
    const auto* password = static_cast<const SecureBytes*>(userdata);
    if (!password || password->size() > size)
        return -1;
    std::memcpy(buf, password->constData(), size_t(password->size()));
    return int(password->size());
}

// An encrypted PKCS#8 key names its own number of rounds: a stranger's file
// asking for 2^31 would hold the decryption for hours, so it is refused
// before anything is derived, at the limit a PFX's key has.
Result<void> checkIterations(const QByteArray& pem)
{
    if (!pem.contains("ENCRYPTED PRIVATE KEY"))
        return {};
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    const std::unique_ptr<X509_SIG, decltype(&X509_SIG_free)> sig(
        PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr), X509_SIG_free);
    if (!sig) {
        ossl::clearErrors();
        return {};   // not readable as one: OpenSSL says why below
    }
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(sig.get(), &algorithm, nullptr);
    const auto counted = Pkcs12Algorithm::iterations(algorithm, Pkcs12Reader::kMaxIterations);
    if (!counted)
        return counted.error();
    return {};
}

} // namespace

Result<PrivateKey> PrivateKey::generate(const KeySpec& spec)
{
    EVP_PKEY* raw = nullptr;
    if (spec.algorithm == KeyAlgorithm::Rsa) {
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(spec.bits));
    } else if (spec.algorithm == KeyAlgorithm::Ec) {
        const QByteArray curve = spec.curve.toLatin1();
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve.constData());
    }
    ossl::EvpPkeyPtr key(raw);
    if (!key)
        return makeError(ErrorKind::Internal, tr("The key could not be generated."), ossl::takeErrors());
    return fromEvp(key.get());
}

PrivateKey PrivateKey::fromEvp(EVP_PKEY* key)
{
    PrivateKey out;
    out.m_pkcs8 = pkcs8FromEvp(key);
    return out;
}

Result<PrivateKey> PrivateKey::fromDer(const SecureBytes& der)
{
    const unsigned char* p = der.bytes();
    ossl::EvpPkeyPtr key(d2i_AutoPrivateKey(nullptr, &p, long(der.size())));
    if (!key)
        return makeError(ErrorKind::InvalidInput, tr("The data is not a readable private key."),
                         ossl::takeErrors());
    return fromEvp(key.get());
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray& pem, const SecureBytes& password)
{
    if (auto checked = checkIterations(pem); !checked)
        return checked.error();
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    SecureBytes pass = password;
    ossl::EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback, &pass));
    if (!key) {
        const unsigned long reason = ossl::peekLastReason();
        const QString detail = ossl::takeErrors();
        if (reason == PEM_R_BAD_DECRYPT || reason == PEM_R_BAD_PASSWORD_READ
            || detail.contains(QLatin1String("bad decrypt")))
            return makeError(ErrorKind::WrongPassword,
                             tr("Wrong password for the private key. Type the password that was "
                                "set when the key was saved."),
                             detail);
        return makeError(ErrorKind::InvalidInput, tr("The data is not a readable private key."), detail);
    }
    return fromEvp(key.get());
}

SecureBytes PrivateKey::toPem() const
{
    ossl::EvpPkeyPtr key(toEvp());
    if (!key)
        return {};
    ossl::BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio)
        bio.reset(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioSecureContents(bio.get());
}

Result<QByteArray> PrivateKey::toEncryptedPem(const SecureBytes& password) const
{
    ossl::EvpPkeyPtr key(toEvp());
    if (!key)
        return makeError(ErrorKind::Internal, tr("The private key could not be read."));
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), key.get(), EVP_aes_256_cbc(), password.constData(),
                                      int(password.size()), nullptr, nullptr)
        != 1)
        return makeError(ErrorKind::Internal, tr("The private key could not be encrypted."),
                         ossl::takeErrors());
    return ossl::bioContents(bio.get());
}

EVP_PKEY* PrivateKey::toEvp() const
{
    if (m_pkcs8.isEmpty())
        return nullptr;
    const unsigned char* p = m_pkcs8.bytes();
    ossl::Pkcs8InfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(m_pkcs8.size())));
    EVP_PKEY* key = info ? EVP_PKCS82PKEY(info.get()) : nullptr;
    if (!key)
        ossl::clearErrors();
    return key;
}

QByteArray PrivateKey::publicKeyDer() const
{
    ossl::EvpPkeyPtr key(toEvp());
    if (!key)
        return {};
    return ossl::toDer(key.get(), i2d_PUBKEY);
}

QString PrivateKey::publicKeyId() const { return certpilot::publicKeyId(publicKeyDer()); }

bool PrivateKey::matches(const Certificate& certificate) const
{
    ossl::EvpPkeyPtr key(toEvp());
    if (!key || certificate.isNull())
        return false;
    const QByteArray& der = certificate.publicKeyDer();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::EvpPkeyPtr pub(d2i_PUBKEY(nullptr, &p, der.size()));
    const bool same = pub && EVP_PKEY_eq(key.get(), pub.get()) == 1;
    ossl::clearErrors();
    return same;
}

KeyAlgorithm PrivateKey::algorithm() const
{
    ossl::EvpPkeyPtr key(toEvp());
    if (!key)
        return KeyAlgorithm::Unknown;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA:
        return KeyAlgorithm::Rsa;
    case EVP_PKEY_EC:
        return KeyAlgorithm::Ec;
    case EVP_PKEY_ED25519:
        return KeyAlgorithm::Ed25519;
    default:
        return KeyAlgorithm::Unknown;
    }
}

int PrivateKey::bits() const
{
    ossl::EvpPkeyPtr key(toEvp());
    return key ? EVP_PKEY_get_bits(key.get()) : 0;
}

} // namespace certpilot
