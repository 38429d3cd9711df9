// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorCatalog.h"

#include <array>
#include <cstdio>

namespace certpilot::win {
namespace {

constexpr std::array kEntries = {
    // Win32 codes (GetLastError of non-crypto calls, httpapi return values).
    ErrorEntry{0x00000002, "ERROR_FILE_NOT_FOUND",
               "The object does not exist (a store, key, binding or encoder). Check the name, or create it first."},
    ErrorEntry{0x00000005, "ERROR_ACCESS_DENIED",
               "Access was denied. Run CertPilot as an administrator: local machine stores, machine keys and HTTP.sys bindings need it."},
    ErrorEntry{0x0000000D, "ERROR_INVALID_DATA", "The data is malformed. Check that the file is the one you meant."},
    ErrorEntry{0x00000020, "ERROR_SHARING_VIOLATION",
               "Another process is using the object. Close the other program (or stop the service) and try again."},
    ErrorEntry{0x00000032, "ERROR_NOT_SUPPORTED", "This version of Windows does not support the operation."},
    ErrorEntry{0x00000056, "ERROR_INVALID_PASSWORD",
               "The password is wrong. Type it again; if the file comes from a newer system, it may also be encrypted with AES that this Windows cannot read."},
    ErrorEntry{0x00000057, "ERROR_INVALID_PARAMETER",
               "A value passed to Windows is invalid (address, port, hash or name). Check the input."},
    ErrorEntry{0x00000078, "ERROR_CALL_NOT_IMPLEMENTED", "This Windows (or Wine) does not implement the function."},
    ErrorEntry{0x0000007A, "ERROR_INSUFFICIENT_BUFFER", "Internal error: a buffer was too small. Please report it."},
    ErrorEntry{0x000000B7, "ERROR_ALREADY_EXISTS",
               "It already exists (for a binding: this IP:port or host name:port is already bound). Delete the old entry first or update it."},
    ErrorEntry{0x00000103, "ERROR_NO_MORE_ITEMS", "There are no more entries."},
    ErrorEntry{0x00000490, "ERROR_NOT_FOUND", "The entry was not found. Refresh the list; someone may have removed it."},
    // Generic HRESULTs.
    ErrorEntry{0x80004001, "E_NOTIMPL", "This Windows (or Wine) does not implement the function."},
    ErrorEntry{0x80004005, "E_FAIL", "Windows reported a failure without a reason. Try again; if it repeats, check the event log."},
    // CryptoAPI providers (NTE_*).
    ErrorEntry{0x80090003, "NTE_BAD_KEY", "The key is unusable for this operation. Check that it is an RSA key of the right kind."},
    ErrorEntry{0x80090005, "NTE_BAD_DATA", "The key or data is malformed, or the provider rejected the key size. Use RSA 2048, 3072 or 4096."},
    ErrorEntry{0x80090006, "NTE_BAD_SIGNATURE", "The signature does not verify: the data was changed or signed with another key."},
    ErrorEntry{0x80090008, "NTE_BAD_ALGID",
               "The cryptographic provider does not support this algorithm. For SHA-256 and stronger use the Microsoft Enhanced RSA and AES Cryptographic Provider."},
    ErrorEntry{0x80090009, "NTE_BAD_FLAGS", "The provider rejected the options. This Windows may be too old for them."},
    ErrorEntry{0x8009000A, "NTE_BAD_TYPE", "The key blob is of the wrong type. A private key blob (PRIVATEKEYBLOB) is needed."},
    ErrorEntry{0x8009000B, "NTE_BAD_KEY_STATE",
               "The private key is not exportable. Export is only possible from a backup that was imported with \"Mark this key as exportable\"."},
    ErrorEntry{0x8009000D, "NTE_NO_KEY", "The key container exists but holds no key of this type. Create a new request."},
    ErrorEntry{0x8009000F, "NTE_EXISTS", "A key container with this name already exists. Use another name; never overwrite a key in use."},
    ErrorEntry{0x80090010, "NTE_PERM",
               "Access to the private key was denied. Run as administrator, or grant the service account read access to the key."},
    ErrorEntry{0x80090015, "NTE_BAD_PUBLIC_KEY",
               "The private key does not belong to this certificate. Use the key that made the request, or the PFX that contains both."},
    ErrorEntry{0x80090016, "NTE_BAD_KEYSET",
               "The private key container does not exist on this computer or cannot be opened. Complete the request on the server that created it, restore the key from a backup PFX, or create a new request and have the certificate re-issued."},
    ErrorEntry{0x80090017, "NTE_PROV_TYPE_NOT_DEF", "This cryptographic provider type is not installed on this computer."},
    ErrorEntry{0x80090019, "NTE_KEYSET_NOT_DEF", "The cryptographic provider is not installed on this computer. Choose another provider."},
    ErrorEntry{0x8009001A, "NTE_KEYSET_ENTRY_BAD",
               "The key container is damaged or its permissions are wrong (Schannel event 36870). Grant the service account read access to the key, or restore it from a backup PFX."},
    ErrorEntry{0x8009001F, "NTE_BAD_KEYSET_PARAM",
               "The key container name or its machine/user setting is invalid. Check that the key is a machine key (IIS needs machine keys)."},
    ErrorEntry{0x80090020, "NTE_FAIL", "The cryptographic provider failed internally. Try again; if it repeats, check the event log."},
    ErrorEntry{0x80090027, "NTE_INVALID_PARAMETER", "A value passed to the key storage provider is invalid. Check the key name and size."},
    ErrorEntry{0x80090029, "NTE_NOT_SUPPORTED", "The key storage provider does not support this operation on this system."},
    // Schannel (what a TLS client or HTTP.sys reports).
    ErrorEntry{0x80090302, "SEC_E_UNSUPPORTED_FUNCTION",
               "The TLS peer asked for something not supported, often an old protocol version. Enable TLS 1.2 on both ends."},
    ErrorEntry{0x80090304, "SEC_E_INTERNAL_ERROR",
               "Schannel could not use the certificate's private key. Check that the key exists and the service account can read it."},
    ErrorEntry{0x8009030E, "SEC_E_NO_CREDENTIALS",
               "The server has no usable certificate with a private key for this binding. Bind a certificate that shows \"You have a private key\"."},
    ErrorEntry{0x80090322, "SEC_E_WRONG_PRINCIPAL", "The host name does not match the certificate. Bind a certificate that names this host."},
    ErrorEntry{0x80090325, "SEC_E_UNTRUSTED_ROOT", "The peer does not trust the root CA. Install the root certificate into Trusted Root Certification Authorities."},
    ErrorEntry{0x80090326, "SEC_E_ILLEGAL_MESSAGE", "The TLS handshake failed: the peer rejected the certificate or the settings. Check the certificate chain and protocols."},
    ErrorEntry{0x80090327, "SEC_E_CERT_UNKNOWN", "The certificate is unusable for TLS. Check key usage and that it is a server authentication certificate."},
    ErrorEntry{0x80090328, "SEC_E_CERT_EXPIRED", "The certificate has expired or is not yet valid. Renew it, and check the server clock."},
    ErrorEntry{0x80090331, "SEC_E_ALGORITHM_MISMATCH", "Client and server share no cipher suite. Enable modern TLS 1.2 cipher suites."},
    // crypt32 (CRYPT_E_*).
    ErrorEntry{0x80092002, "CRYPT_E_BAD_ENCODE", "The data could not be encoded. Check the subject and host names for invalid characters."},
    ErrorEntry{0x80092004, "CRYPT_E_NOT_FOUND",
               "No matching object was found. For a CA response this means no pending request on this computer has its key: complete it on the server that created the request, restore the key from a backup PFX, or create a new request."},
    ErrorEntry{0x80092005, "CRYPT_E_EXISTS", "The certificate is already in the store."},
    ErrorEntry{0x8009200A, "CRYPT_E_UNEXPECTED_MSG_TYPE", "The file is not of the expected kind. Check that it is a certificate, not a request or a key."},
    ErrorEntry{0x8009200B, "CRYPT_E_NO_KEY_PROPERTY",
               "The certificate is not linked to a private key on this computer. Import the PFX that contains the key, or complete the request on the server that created it."},
    ErrorEntry{0x80092012, "CRYPT_E_NO_REVOCATION_CHECK", "Revocation could not be checked. The CA's CRL or OCSP server may be unreachable from here."},
    ErrorEntry{0x80092013, "CRYPT_E_REVOCATION_OFFLINE", "The revocation server is offline or unreachable. Check the network and proxy, then try again."},
    ErrorEntry{0x80092023, "CRYPT_E_INVALID_X500_STRING",
               "The subject is not a valid X.500 name. Write it as CN=host, O=Organization, C=TW and quote values that contain commas."},
    ErrorEntry{0x80093102, "CRYPT_E_ASN1_EOD", "The data is truncated. Take the whole file, from BEGIN to END."},
    ErrorEntry{0x80093103, "CRYPT_E_ASN1_CORRUPT", "The data is damaged. Get the file again from its source."},
    ErrorEntry{0x8009310B, "CRYPT_E_ASN1_BADTAG", "This is not a certificate in DER format. Check the file; CertPilot reads PEM and DER."},
    // Trust and chain policy (CERT_E_*, TRUST_E_*).
    ErrorEntry{0x80096004, "TRUST_E_CERT_SIGNATURE", "A signature in the chain does not verify: the certificate was altered or the wrong issuer is installed."},
    ErrorEntry{0x80096019, "TRUST_E_BASIC_CONSTRAINTS", "An issuer in the chain is not allowed to act as a CA. Check that the intermediate certificates are the CA's real ones."},
    ErrorEntry{0x800B0101, "CERT_E_EXPIRED", "A certificate in the chain has expired or is not yet valid. Renew it, and check the server clock."},
    ErrorEntry{0x800B0109, "CERT_E_UNTRUSTEDROOT",
               "The chain ends in a root that is not trusted. Install the CA's root certificate into Trusted Root Certification Authorities, after checking its fingerprint."},
    ErrorEntry{0x800B010A, "CERT_E_CHAINING",
               "The chain is incomplete: an issuer certificate is missing. Install the CA's intermediate certificates into Intermediate Certification Authorities."},
    ErrorEntry{0x800B010C, "CERT_E_REVOKED", "The CA has revoked a certificate in the chain. Request a new certificate."},
    ErrorEntry{0x800B010F, "CERT_E_CN_NO_MATCH",
               "The host name is not in the certificate (common name or subject alternative names). Request a certificate that names this host."},
    ErrorEntry{0x800B0110, "CERT_E_WRONG_USAGE", "The certificate is not valid for server authentication. Request a certificate with the serverAuth extended key usage."},
    ErrorEntry{0x800B0112, "CERT_E_UNTRUSTEDCA", "A CA in the chain is not trusted for this use. Check the intermediate certificates."},
    ErrorEntry{0x800B0114, "CERT_E_INVALID_NAME", "The certificate has an invalid name or violates a name constraint. Request a new certificate."},
};

constexpr bool sortedUnique()
{
    for (std::size_t i = 1; i < kEntries.size(); ++i) {
        if (kEntries[i - 1].code >= kEntries[i].code)
            return false;
    }
    return true;
}
static_assert(sortedUnique(), "keep the table sorted by code, one row per code");

const ErrorEntry *find(std::uint32_t code)
{
    for (const auto &entry : kEntries) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

} // namespace

const ErrorEntry *ErrorCatalog::lookup(std::uint32_t code)
{
    if (const auto *entry = find(code))
        return entry;
    constexpr std::uint32_t kWin32Facility = 0x80070000;
    if ((code & 0xFFFF0000u) == kWin32Facility)
        return find(code & 0xFFFFu);
    return nullptr;
}

std::span<const ErrorEntry> ErrorCatalog::entries()
{
    return kEntries;
}

std::string ErrorCatalog::hex(std::uint32_t code)
{
    char text[11];
    std::snprintf(text, sizeof text, "0x%08X", static_cast<unsigned>(code));
    return text;
}

} // namespace certpilot::win
