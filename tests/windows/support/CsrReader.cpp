// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsrReader.h"

#include "Der.h"
#include "Native.h"

#include <stdexcept>

namespace certpilot::win::test {

using namespace native;

namespace {

template <typename T>
LocalPtr<T> decode(LPCSTR type, std::span<const std::uint8_t> der, const char *what)
{
    T *out = nullptr;
    DWORD size = 0;
    if (!CryptDecodeObjectEx(X509_ASN_ENCODING, type, der.data(), static_cast<DWORD>(der.size()),
                             CRYPT_DECODE_ALLOC_FLAG, nullptr, &out, &size))
        throw std::runtime_error(lastError("CryptDecodeObjectEx", what).describe());
    return LocalPtr<T>(out);
}

std::span<const std::uint8_t> content(std::span<const std::uint8_t> tlv)
{
    const auto item = Der::read(tlv);
    if (!item)
        throw std::runtime_error("malformed DER");
    return tlv.subspan(item->headerLength, item->contentLength);
}

void readExtensions(ParsedCsr &csr, std::span<const std::uint8_t> extensionsDer)
{
    auto extensions = decode<CERT_EXTENSIONS>(X509_EXTENSIONS, extensionsDer, "X509_EXTENSIONS");
    for (DWORD i = 0; i < extensions->cExtension; ++i) {
        const auto &extension = extensions->rgExtension[i];
        std::span<const std::uint8_t> value(extension.Value.pbData, extension.Value.cbData);
        const std::string oid = extension.pszObjId;
        if (oid == szOID_SUBJECT_ALT_NAME2) {
            auto names = decode<CERT_ALT_NAME_INFO>(X509_ALTERNATE_NAME, value, "X509_ALTERNATE_NAME");
            for (DWORD n = 0; n < names->cAltEntry; ++n) {
                if (names->rgAltEntry[n].dwAltNameChoice == CERT_ALT_NAME_DNS_NAME)
                    csr.dnsNames.emplace_back(names->rgAltEntry[n].pwszDNSName);
            }
        } else if (oid == szOID_KEY_USAGE) {
            auto bits = decode<CRYPT_BIT_BLOB>(X509_KEY_USAGE, value, "X509_KEY_USAGE");
            csr.keyUsage = bits->cbData ? bits->pbData[0] : 0;
            csr.keyUsageCritical = extension.fCritical != FALSE;
        } else if (oid == szOID_ENHANCED_KEY_USAGE) {
            auto usage = decode<CERT_ENHKEY_USAGE>(X509_ENHANCED_KEY_USAGE, value, "X509_ENHANCED_KEY_USAGE");
            for (DWORD n = 0; n < usage->cUsageIdentifier; ++n)
                csr.extendedKeyUsages.emplace_back(usage->rgpszUsageIdentifier[n]);
        }
    }
}

} // namespace

ParsedCsr parseCsr(const std::vector<std::uint8_t> &der)
{
    ParsedCsr csr;
    auto signedContent = decode<CERT_SIGNED_CONTENT_INFO>(X509_CERT, der, "X509_CERT (request)");
    csr.signatureOid = signedContent->SignatureAlgorithm.pszObjId;
    std::span<const std::uint8_t> toBeSigned(signedContent->ToBeSigned.pbData, signedContent->ToBeSigned.cbData);
    const auto fields = Der::children(content(toBeSigned));
    if (!fields || fields->size() != 4)
        throw std::runtime_error("CertificationRequestInfo does not have 4 fields");
    const std::vector<std::uint8_t> version((*fields)[0].begin(), (*fields)[0].end());
    if (version != std::vector<std::uint8_t>{0x02, 0x01, 0x00})
        throw std::runtime_error("version is not INTEGER 0");
    csr.subjectName.assign((*fields)[1].begin(), (*fields)[1].end());
    csr.publicKeyInfo.assign((*fields)[2].begin(), (*fields)[2].end());

    CERT_NAME_BLOB name{static_cast<DWORD>(csr.subjectName.size()), csr.subjectName.data()};
    wchar_t text[1024] = {};
    CertNameToStrW(X509_ASN_ENCODING, &name, CERT_X500_NAME_STR, text, 1024);
    csr.subject = text;

    auto publicKey = decode<CERT_PUBLIC_KEY_INFO>(X509_PUBLIC_KEY_INFO, csr.publicKeyInfo, "X509_PUBLIC_KEY_INFO");
    csr.signatureValid = CryptVerifyCertificateSignature(0, X509_ASN_ENCODING, der.data(),
                                                         static_cast<DWORD>(der.size()), publicKey.get())
        != FALSE;

    // [0] IMPLICIT SET OF Attribute: give it back its SET tag for PKCS_ATTRIBUTES.
    std::vector<std::uint8_t> attributesDer((*fields)[3].begin(), (*fields)[3].end());
    if (attributesDer.empty() || attributesDer[0] != Der::kContext0)
        throw std::runtime_error("attributes are not [0]");
    attributesDer[0] = Der::kSet;
    auto attributes = decode<CRYPT_ATTRIBUTES>(PKCS_ATTRIBUTES, attributesDer, "PKCS_ATTRIBUTES");
    for (DWORD i = 0; i < attributes->cAttr; ++i) {
        const auto &attribute = attributes->rgAttr[i];
        if (std::string(attribute.pszObjId) == szOID_RSA_certExtensions && attribute.cValue == 1)
            readExtensions(csr, {attribute.rgValue[0].pbData, attribute.rgValue[0].cbData});
    }
    return csr;
}

} // namespace certpilot::win::test
