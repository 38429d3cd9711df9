// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace certpilot::win::test {

// Reads a PKCS#10 request back with CryptoAPI decoders plus the adapter's DER
// reader: Wine 8 has no X509_CERT_REQUEST_TO_BE_SIGNED decoder either.
struct ParsedCsr {
    bool signatureValid = false; // CryptVerifyCertificateSignature with its own key
    std::string signatureOid;
    std::vector<std::uint8_t> subjectName;
    std::wstring subject;        // CertNameToStrW, CERT_X500_NAME_STR
    std::vector<std::uint8_t> publicKeyInfo;
    std::vector<std::wstring> dnsNames;
    std::uint8_t keyUsage = 0;
    bool keyUsageCritical = false;
    std::vector<std::string> extendedKeyUsages;
};

// Throws std::runtime_error with the reason when the request is malformed.
ParsedCsr parseCsr(const std::vector<std::uint8_t> &der);

} // namespace certpilot::win::test
