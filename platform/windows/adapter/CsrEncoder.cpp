// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsrEncoder.h"

#include "Der.h"
#include "Native.h"

namespace certpilot::win {

using namespace native;

namespace {

// RSA signature algorithms carry explicit NULL parameters (RFC 4055 2.1).
constexpr BYTE kNullParameters[] = {0x05, 0x00};

CRYPT_ALGORITHM_IDENTIFIER signatureAlgorithm(SignatureHash hash)
{
    CRYPT_ALGORITHM_IDENTIFIER algorithm{};
    algorithm.pszObjId = const_cast<LPSTR>(hashInfo(hash).signatureOid);
    algorithm.Parameters = {sizeof kNullParameters, const_cast<BYTE *>(kNullParameters)};
    return algorithm;
}

// The extensionRequest attribute, as CryptoAPI's PKCS_ATTRIBUTES (a SET OF).
struct Attributes {
    std::vector<BYTE> extensions;
    CRYPT_ATTR_BLOB value{};
    CRYPT_ATTRIBUTE attribute{};
};

Result<void> fillAttributes(const RequestSpec &spec, Attributes &out)
{
    auto extensions = CsrEncoder::encodeExtensions(spec);
    if (!extensions)
        return extensions.error();
    out.extensions = std::move(extensions.value());
    out.value = {static_cast<DWORD>(out.extensions.size()), out.extensions.data()};
    out.attribute.pszObjId = const_cast<LPSTR>(szOID_RSA_certExtensions);
    out.attribute.cValue = 1;
    out.attribute.rgValue = &out.value;
    return {};
}

// What the request encoders need, with the storage they point into: filled
// in place and never moved, because the CryptoAPI structs hold pointers into it.
struct RequestParts {
    std::vector<BYTE> name;
    std::vector<BYTE> publicKey;
    LocalPtr<CERT_PUBLIC_KEY_INFO> publicKeyInfo;
    Attributes attributes;
};

Result<void> collectParts(const KeyContainer &key, const RequestSpec &spec, RequestParts &parts)
{
    auto name = CsrEncoder::encodeName(spec.subject);
    if (!name)
        return name.error();
    parts.name = std::move(name.value());
    auto publicKey = key.publicKeyInfo();
    if (!publicKey)
        return publicKey.error();
    parts.publicKey = std::move(publicKey.value());
    CERT_PUBLIC_KEY_INFO *info = nullptr;
    DWORD size = 0;
    if (!CryptDecodeObjectEx(X509_ASN_ENCODING, X509_PUBLIC_KEY_INFO, parts.publicKey.data(),
                             static_cast<DWORD>(parts.publicKey.size()), CRYPT_DECODE_ALLOC_FLAG, nullptr, &info,
                             &size))
        return lastError("CryptDecodeObjectEx", "X509_PUBLIC_KEY_INFO");
    parts.publicKeyInfo.reset(info);
    return fillAttributes(spec, parts.attributes);
}

} // namespace

Result<std::vector<std::uint8_t>> CsrEncoder::encodeName(const std::wstring &x500)
{
    const DWORD type = CERT_X500_NAME_STR | CERT_NAME_STR_ENABLE_UTF8_UNICODE_FLAG;
    DWORD size = 0;
    LPCWSTR error = nullptr;
    if (!CertStrToNameW(X509_ASN_ENCODING, x500.c_str(), type, nullptr, nullptr, &size, &error))
        return lastError("CertStrToNameW", narrow(x500));
    std::vector<BYTE> out(size);
    if (!CertStrToNameW(X509_ASN_ENCODING, x500.c_str(), type, nullptr, out.data(), &size, &error))
        return lastError("CertStrToNameW", narrow(x500));
    out.resize(size);
    return out;
}

Result<std::vector<std::uint8_t>> CsrEncoder::encodeExtensions(const RequestSpec &spec)
{
    std::vector<CERT_EXTENSION> extensions;

    std::vector<CERT_ALT_NAME_ENTRY> names(spec.dnsNames.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        names[i].dwAltNameChoice = CERT_ALT_NAME_DNS_NAME;
        names[i].pwszDNSName = const_cast<LPWSTR>(spec.dnsNames[i].c_str());
    }
    CERT_ALT_NAME_INFO altNames{static_cast<DWORD>(names.size()), names.data()};
    std::vector<BYTE> altNamesDer;
    if (!names.empty()) {
        auto encoded = native::encode(X509_ALTERNATE_NAME, &altNames, "X509_ALTERNATE_NAME");
        if (!encoded)
            return encoded.error();
        altNamesDer = std::move(encoded.value());
        extensions.push_back({const_cast<LPSTR>(szOID_SUBJECT_ALT_NAME2), FALSE,
                              {static_cast<DWORD>(altNamesDer.size()), altNamesDer.data()}});
    }

    // digitalSignature (bit 0) | keyEncipherment (bit 2): 0xA0, 5 unused bits.
    BYTE usageBits = CERT_DIGITAL_SIGNATURE_KEY_USAGE | CERT_KEY_ENCIPHERMENT_KEY_USAGE;
    CRYPT_BIT_BLOB usage{1, &usageBits, 5};
    auto usageDer = native::encode(X509_KEY_USAGE, &usage, "X509_KEY_USAGE");
    if (!usageDer)
        return usageDer.error();
    extensions.push_back({const_cast<LPSTR>(szOID_KEY_USAGE), TRUE,
                          {static_cast<DWORD>(usageDer->size()), usageDer->data()}});

    LPSTR serverAuth = const_cast<LPSTR>(szOID_PKIX_KP_SERVER_AUTH);
    CERT_ENHKEY_USAGE enhanced{1, &serverAuth};
    auto enhancedDer = native::encode(X509_ENHANCED_KEY_USAGE, &enhanced, "X509_ENHANCED_KEY_USAGE");
    if (!enhancedDer)
        return enhancedDer.error();
    extensions.push_back({const_cast<LPSTR>(szOID_ENHANCED_KEY_USAGE), FALSE,
                          {static_cast<DWORD>(enhancedDer->size()), enhancedDer->data()}});

    CERT_EXTENSIONS all{static_cast<DWORD>(extensions.size()), extensions.data()};
    return native::encode(X509_EXTENSIONS, &all, "X509_EXTENSIONS");
}

Result<CsrEncoder::Encoded> CsrEncoder::encode(const KeyContainer &key, const RequestSpec &spec)
{
    RequestParts parts;
    if (auto collected = collectParts(key, spec, parts); !collected)
        return collected.error();

    CERT_REQUEST_INFO request{};
    request.dwVersion = CERT_REQUEST_V1;
    request.Subject = {static_cast<DWORD>(parts.name.size()), parts.name.data()};
    request.SubjectPublicKeyInfo = *parts.publicKeyInfo;
    request.cAttribute = 1;
    request.rgAttribute = &parts.attributes.attribute;
    auto algorithm = signatureAlgorithm(spec.hash);

    DWORD size = 0;
    if (CryptSignAndEncodeCertificate(key.nativeHandle(), key.nativeKeySpec(), X509_ASN_ENCODING,
                                      X509_CERT_REQUEST_TO_BE_SIGNED, &request, &algorithm, nullptr, nullptr, &size)) {
        std::vector<BYTE> der(size);
        if (!CryptSignAndEncodeCertificate(key.nativeHandle(), key.nativeKeySpec(), X509_ASN_ENCODING,
                                           X509_CERT_REQUEST_TO_BE_SIGNED, &request, &algorithm, nullptr, der.data(),
                                           &size))
            return lastError("CryptSignAndEncodeCertificate", "X509_CERT_REQUEST_TO_BE_SIGNED");
        der.resize(size);
        return Encoded{std::move(der), false};
    }
    if (GetLastError() != ERROR_FILE_NOT_FOUND)
        return lastError("CryptSignAndEncodeCertificate", "X509_CERT_REQUEST_TO_BE_SIGNED");

    // Wine 8: no X509_CERT_REQUEST_TO_BE_SIGNED encoder (shared/WINE.md).
    auto assembled = encodeAssembled(key, spec);
    if (!assembled)
        return assembled.error();
    return Encoded{std::move(assembled.value()), true};
}

Result<std::vector<std::uint8_t>> CsrEncoder::encodeAssembled(const KeyContainer &key, const RequestSpec &spec)
{
    RequestParts parts;
    if (auto collected = collectParts(key, spec, parts); !collected)
        return collected.error();
    CRYPT_ATTRIBUTES attributes{1, &parts.attributes.attribute};
    auto attributesDer = native::encode(PKCS_ATTRIBUTES, &attributes, "PKCS_ATTRIBUTES");
    if (!attributesDer)
        return attributesDer.error();
    // CertificationRequestInfo.attributes is [0] IMPLICIT SET OF Attribute:
    // the same bytes as PKCS_ATTRIBUTES with the SET tag replaced.
    if (attributesDer->empty() || attributesDer->front() != Der::kSet)
        return WinError(static_cast<DWORD>(CRYPT_E_BAD_ENCODE), "CsrEncoder::encodeAssembled", "PKCS_ATTRIBUTES");
    attributesDer->front() = Der::kContext0;

    static constexpr BYTE kVersion1[] = {Der::kInteger, 0x01, 0x00};
    std::vector<BYTE> body(std::begin(kVersion1), std::end(kVersion1));
    body.insert(body.end(), parts.name.begin(), parts.name.end());
    body.insert(body.end(), parts.publicKey.begin(), parts.publicKey.end());
    body.insert(body.end(), attributesDer->begin(), attributesDer->end());
    auto toBeSigned = Der::wrap(Der::kSequence, body);

    auto algorithm = signatureAlgorithm(spec.hash);
    DWORD size = 0;
    if (!CryptSignCertificate(key.nativeHandle(), key.nativeKeySpec(), X509_ASN_ENCODING, toBeSigned.data(),
                              static_cast<DWORD>(toBeSigned.size()), &algorithm, nullptr, nullptr, &size))
        return lastError("CryptSignCertificate", "certification request");
    std::vector<BYTE> signature(size);
    if (!CryptSignCertificate(key.nativeHandle(), key.nativeKeySpec(), X509_ASN_ENCODING, toBeSigned.data(),
                              static_cast<DWORD>(toBeSigned.size()), &algorithm, nullptr, signature.data(), &size))
        return lastError("CryptSignCertificate", "certification request");
    signature.resize(size);

    // CryptSignCertificate's output is little-endian and the X509_CERT encoder
    // reverses it, the same contract as for certificates.
    CERT_SIGNED_CONTENT_INFO signedContent{};
    signedContent.ToBeSigned = {static_cast<DWORD>(toBeSigned.size()), toBeSigned.data()};
    signedContent.SignatureAlgorithm = algorithm;
    signedContent.Signature = {static_cast<DWORD>(signature.size()), signature.data(), 0};
    return native::encode(X509_CERT, &signedContent, "X509_CERT (certification request)");
}

} // namespace certpilot::win
