// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"
#include "KeySpec.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QCoreApplication>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace certpilot {

// A private key held as unencrypted PKCS#8 DER in wiped memory. The OpenSSL
// object is built on demand and freed right after use.
class PrivateKey {
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)
public:
    PrivateKey() = default;

    // Generates a fresh key. Slow for RSA 4096 (seconds): never on the GUI thread.
    static Result<PrivateKey> generate(const KeySpec& spec);
    // PKCS#8 or traditional (PKCS#1, SEC1) DER, unencrypted.
    static Result<PrivateKey> fromDer(const SecureBytes& der);
    // Any PEM private key; password for encrypted ones (empty: none).
    static Result<PrivateKey> fromPem(const QByteArray& pem, const SecureBytes& password = {});
    static PrivateKey fromEvp(EVP_PKEY* key); // takes a reference; the caller keeps its own

    bool isNull() const { return m_pkcs8.isEmpty(); }
    const SecureBytes& pkcs8Der() const { return m_pkcs8; }
    SecureBytes toPem() const;
    // PKCS#8 encrypted with AES-256-CBC and PBKDF2 (what `openssl pkcs8 -topk8 -v2 aes256` makes).
    Result<QByteArray> toEncryptedPem(const SecureBytes& password) const;

    QByteArray publicKeyDer() const;  // SubjectPublicKeyInfo
    QString publicKeyId() const;      // SHA-1 of it, uppercase hex
    bool matches(const Certificate& certificate) const;
    KeyAlgorithm algorithm() const;
    int bits() const;

    // A new OpenSSL object for this key; the caller owns it (EVP_PKEY_free).
    EVP_PKEY* toEvp() const;

private:
    SecureBytes m_pkcs8;
};

} // namespace certpilot
