// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCa.h"

#include "CsrEncoder.h"
#include "Native.h"

#include <algorithm>
#include <stdexcept>

namespace certpilot::win::test {

using namespace native;

namespace {

[[noreturn]] void fail(const WinError &error)
{
    throw std::runtime_error(error.describe());
}

template <typename T>
T need(Result<T> result)
{
    if (!result)
        fail(result.error());
    return std::move(result.value());
}

FILETIME daysFromNow(int days)
{
    FILETIME now;
    GetSystemTimeAsFileTime(&now);
    ULARGE_INTEGER value{{now.dwLowDateTime, now.dwHighDateTime}};
    value.QuadPart += static_cast<LONGLONG>(days) * 24 * 60 * 60 * 10000000LL;
    return {value.LowPart, value.HighPart};
}

} // namespace

KeyContainer makeKey(std::uint32_t keySpec)
{
    KeyLocation where;
    where.provider = KeyContainer::kAesProvider;
    where.providerType = KeyContainer::kProvRsaAes;
    where.flags = KeyLocation::kMachineKeySet;
    where.keySpec = keySpec;
    return need(KeyContainer::create(where, 2048, true));
}

std::vector<std::uint8_t> encodeName(const std::wstring &x500)
{
    return need(CsrEncoder::encodeName(x500));
}

TestCa::TestCa(KeyContainer key, std::vector<std::uint8_t> certificate)
    : m_key(std::move(key))
    , m_certificate(std::move(certificate))
{
}

TestCa::~TestCa()
{
    (void)KeyContainer::destroy(m_key.location());
}

std::unique_ptr<TestCa> TestCa::createRoot(const std::wstring &commonName)
{
    auto key = makeKey(AT_SIGNATURE);
    auto name = encodeName(L"CN=" + commonName);
    Issue self;
    self.subjectName = name;
    self.publicKeyInfo = need(key.publicKeyInfo());
    self.isCa = true;
    self.notAfterDays = 365;
    // Self-signed through the same code path as every other certificate, so
    // the test CA depends on nothing the adapter is being tested for.
    std::unique_ptr<TestCa> root(new TestCa(std::move(key), {}));
    root->m_certificate = root->issueAs(self, name);
    return root;
}

std::unique_ptr<TestCa> TestCa::createIntermediate(const std::wstring &commonName)
{
    auto key = makeKey(AT_SIGNATURE);
    Issue request;
    request.subjectName = encodeName(L"CN=" + commonName);
    request.publicKeyInfo = need(key.publicKeyInfo());
    request.isCa = true;
    request.notAfterDays = 180;
    auto certificate = issue(request);
    return std::unique_ptr<TestCa>(new TestCa(std::move(key), std::move(certificate)));
}

std::vector<std::uint8_t> TestCa::issue(const Issue &request) const
{
    ContextPtr ca(CertCreateCertificateContext(X509_ASN_ENCODING, m_certificate.data(),
                                               static_cast<DWORD>(m_certificate.size())));
    if (!ca)
        fail(lastError("CertCreateCertificateContext", "test CA"));
    const auto &issuer = ca->pCertInfo->Subject;
    return issueAs(request, std::vector<std::uint8_t>(issuer.pbData, issuer.pbData + issuer.cbData));
}

std::vector<std::uint8_t> TestCa::issueAs(const Issue &request, std::vector<std::uint8_t> issuerName) const
{
    CERT_PUBLIC_KEY_INFO *publicKey = nullptr;
    DWORD size = 0;
    if (!CryptDecodeObjectEx(X509_ASN_ENCODING, X509_PUBLIC_KEY_INFO, request.publicKeyInfo.data(),
                             static_cast<DWORD>(request.publicKeyInfo.size()), CRYPT_DECODE_ALLOC_FLAG, nullptr,
                             &publicKey, &size))
        fail(lastError("CryptDecodeObjectEx", "X509_PUBLIC_KEY_INFO"));
    LocalPtr<CERT_PUBLIC_KEY_INFO> publicKeyOwner(publicKey);

    std::vector<CERT_EXTENSION> extensions;
    CERT_BASIC_CONSTRAINTS2_INFO constraints{request.isCa, FALSE, 0};
    auto constraintsDer = need(encode(X509_BASIC_CONSTRAINTS2, &constraints, "basic constraints"));
    extensions.push_back({const_cast<LPSTR>(szOID_BASIC_CONSTRAINTS2), TRUE,
                          {static_cast<DWORD>(constraintsDer.size()), constraintsDer.data()}});
    BYTE usageBits = request.isCa ? (CERT_KEY_CERT_SIGN_KEY_USAGE | CERT_CRL_SIGN_KEY_USAGE)
                                  : (CERT_DIGITAL_SIGNATURE_KEY_USAGE | CERT_KEY_ENCIPHERMENT_KEY_USAGE);
    CRYPT_BIT_BLOB usage{1, &usageBits, request.isCa ? 1u : 5u};
    auto usageDer = need(encode(X509_KEY_USAGE, &usage, "key usage"));
    extensions.push_back({const_cast<LPSTR>(szOID_KEY_USAGE), TRUE,
                          {static_cast<DWORD>(usageDer.size()), usageDer.data()}});
    std::vector<CERT_ALT_NAME_ENTRY> names(request.dnsNames.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        names[i].dwAltNameChoice = CERT_ALT_NAME_DNS_NAME;
        names[i].pwszDNSName = const_cast<LPWSTR>(request.dnsNames[i].c_str());
    }
    CERT_ALT_NAME_INFO altNames{static_cast<DWORD>(names.size()), names.data()};
    std::vector<BYTE> altNamesDer;
    if (!names.empty()) {
        altNamesDer = need(encode(X509_ALTERNATE_NAME, &altNames, "subject alt name"));
        extensions.push_back({const_cast<LPSTR>(szOID_SUBJECT_ALT_NAME2), FALSE,
                              {static_cast<DWORD>(altNamesDer.size()), altNamesDer.data()}});
    }

    BYTE serial[16];
    CryptProv random;
    if (!CryptAcquireContextW(random.out(), nullptr, nullptr, PROV_RSA_AES, CRYPT_VERIFYCONTEXT)
        || !CryptGenRandom(random.get(), sizeof serial, serial))
        fail(lastError("CryptGenRandom"));
    serial[sizeof serial - 1] &= 0x7F; // little-endian INTEGER: keep it positive

    CERT_INFO info{};
    info.dwVersion = CERT_V3;
    info.SerialNumber = {sizeof serial, serial};
    info.SignatureAlgorithm.pszObjId = const_cast<LPSTR>(szOID_RSA_SHA256RSA);
    info.Issuer = {static_cast<DWORD>(issuerName.size()), issuerName.data()};
    info.NotBefore = daysFromNow(request.notBeforeDays);
    info.NotAfter = daysFromNow(request.notAfterDays);
    auto subject = request.subjectName;
    info.Subject = {static_cast<DWORD>(subject.size()), subject.data()};
    info.SubjectPublicKeyInfo = *publicKey;
    info.cExtension = static_cast<DWORD>(extensions.size());
    info.rgExtension = extensions.data();

    CRYPT_ALGORITHM_IDENTIFIER algorithm{};
    algorithm.pszObjId = const_cast<LPSTR>(szOID_RSA_SHA256RSA);
    size = 0;
    if (!CryptSignAndEncodeCertificate(m_key.nativeHandle(), m_key.nativeKeySpec(), X509_ASN_ENCODING,
                                       X509_CERT_TO_BE_SIGNED, &info, &algorithm, nullptr, nullptr, &size))
        fail(lastError("CryptSignAndEncodeCertificate", "X509_CERT_TO_BE_SIGNED"));
    std::vector<std::uint8_t> der(size);
    if (!CryptSignAndEncodeCertificate(m_key.nativeHandle(), m_key.nativeKeySpec(), X509_ASN_ENCODING,
                                       X509_CERT_TO_BE_SIGNED, &info, &algorithm, nullptr, der.data(), &size))
        fail(lastError("CryptSignAndEncodeCertificate", "X509_CERT_TO_BE_SIGNED"));
    der.resize(size);
    return der;
}

} // namespace certpilot::win::test

namespace certpilot::win::test {

bool verifyWithCertificate(const std::vector<std::uint8_t> &certificateDer, const std::vector<std::uint8_t> &data,
                           std::vector<std::uint8_t> signature)
{
    ContextPtr certificate(CertCreateCertificateContext(X509_ASN_ENCODING, certificateDer.data(),
                                                        static_cast<DWORD>(certificateDer.size())));
    if (!certificate)
        return false;
    CryptProv provider;
    if (!CryptAcquireContextW(provider.out(), nullptr, KeyContainer::kAesProvider.c_str(), PROV_RSA_AES,
                              CRYPT_VERIFYCONTEXT))
        return false;
    CryptKey key;
    if (!CryptImportPublicKeyInfo(provider.get(), X509_ASN_ENCODING, &certificate->pCertInfo->SubjectPublicKeyInfo,
                                  key.out()))
        return false;
    CryptHash hash;
    if (!CryptCreateHash(provider.get(), CALG_SHA_256, 0, 0, hash.out())
        || !CryptHashData(hash.get(), data.data(), static_cast<DWORD>(data.size()), 0))
        return false;
    std::reverse(signature.begin(), signature.end()); // CryptoAPI wants little-endian
    return CryptVerifySignatureW(hash.get(), signature.data(), static_cast<DWORD>(signature.size()), key.get(),
                                 nullptr, 0)
        != FALSE;
}

} // namespace certpilot::win::test
