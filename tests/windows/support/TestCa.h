// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyContainer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace certpilot::win::test {

// A certificate authority made at test time with CryptoAPI only (nothing in
// the repository expires). Its key lives in a throw-away PROV_RSA_AES machine
// container that the destructor deletes.
class TestCa {
public:
    struct Issue {
        std::vector<std::uint8_t> subjectName;  // DER Name
        std::vector<std::uint8_t> publicKeyInfo; // DER SubjectPublicKeyInfo
        std::vector<std::wstring> dnsNames;
        int notBeforeDays = -1; // relative to now
        int notAfterDays = 90;
        bool isCa = false;
    };

    // Self-signed root, "CN=<commonName>".
    static std::unique_ptr<TestCa> createRoot(const std::wstring &commonName);
    // An intermediate CA issued by this one.
    std::unique_ptr<TestCa> createIntermediate(const std::wstring &commonName);

    ~TestCa();
    TestCa(const TestCa &) = delete;
    TestCa &operator=(const TestCa &) = delete;

    const std::vector<std::uint8_t> &certificate() const { return m_certificate; }
    // Signs a certificate with this CA's key (CryptSignAndEncodeCertificate,
    // X509_CERT_TO_BE_SIGNED, sha256RSA). Throws std::runtime_error on failure.
    std::vector<std::uint8_t> issue(const Issue &request) const;

private:
    TestCa(KeyContainer key, std::vector<std::uint8_t> certificate);
    std::vector<std::uint8_t> issueAs(const Issue &request, std::vector<std::uint8_t> issuerName) const;

    KeyContainer m_key;
    std::vector<std::uint8_t> m_certificate;
};

// Helpers for tests: a fresh key, and a name from an X.500 string.
KeyContainer makeKey(std::uint32_t keySpec = 1);
std::vector<std::uint8_t> encodeName(const std::wstring &x500);

} // namespace certpilot::win::test

namespace certpilot::win::test {

// Verifies a big-endian PKCS#1 v1.5 SHA-256 signature with the public key of
// a certificate, in a key-less verify context: proof that a private key
// belongs to that certificate.
bool verifyWithCertificate(const std::vector<std::uint8_t> &certificateDer, const std::vector<std::uint8_t> &data,
                           std::vector<std::uint8_t> signature);

} // namespace certpilot::win::test
