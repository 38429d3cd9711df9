// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyContainer.h"

#include "Native.h"

#include <algorithm>
#include <objbase.h>

namespace certpilot::win {

using namespace native;

struct KeyContainer::Handles {
    CryptProv provider;       // CryptoAPI
    NCryptHandle cngProvider; // CNG
    NCryptHandle cngKey;
};

namespace {

std::string where(const KeyLocation &location)
{
    return narrow(location.provider) + " / " + narrow(location.container)
        + (location.isMachineKey() ? " (machine)" : " (user)");
}

// Machine bit only; CRYPT_SILENT because a service has nobody to ask.
DWORD acquireFlags(const KeyLocation &location)
{
    return (location.flags & KeyLocation::kMachineKeySet) | CRYPT_SILENT;
}

} // namespace

KeyContainer::KeyContainer(KeyLocation location, std::shared_ptr<Handles> handles)
    : m_location(std::move(location))
    , m_handles(std::move(handles))
{
}

std::wstring KeyContainer::newContainerName()
{
    GUID guid{};
    CoCreateGuid(&guid);
    wchar_t text[40] = {};
    StringFromGUID2(guid, text, 40);
    return L"CertPilot-" + std::wstring(text);
}

Result<KeyContainer> KeyContainer::create(KeyLocation location, unsigned bits, bool exportable)
{
    if (location.container.empty())
        location.container = newContainerName();
    auto handles = std::make_shared<Handles>();

    if (location.isCng()) {
        SECURITY_STATUS status = NCryptOpenStorageProvider(handles->cngProvider.out<NCRYPT_PROV_HANDLE>(),
                                                           location.provider.c_str(), 0);
        if (status != ERROR_SUCCESS)
            return statusError(status, "NCryptOpenStorageProvider", where(location));
        status = NCryptCreatePersistedKey(handles->cngProvider.get(), handles->cngKey.out<NCRYPT_KEY_HANDLE>(),
                                          BCRYPT_RSA_ALGORITHM, location.container.c_str(), location.keySpec,
                                          location.flags & NCRYPT_MACHINE_KEY_FLAG);
        if (status != ERROR_SUCCESS)
            return statusError(status, "NCryptCreatePersistedKey", where(location));
        DWORD length = bits;
        status = NCryptSetProperty(handles->cngKey.get(), NCRYPT_LENGTH_PROPERTY, reinterpret_cast<PBYTE>(&length),
                                   sizeof length, 0);
        if (status == ERROR_SUCCESS && exportable) {
            DWORD policy = NCRYPT_ALLOW_EXPORT_FLAG | NCRYPT_ALLOW_PLAINTEXT_EXPORT_FLAG;
            status = NCryptSetProperty(handles->cngKey.get(), NCRYPT_EXPORT_POLICY_PROPERTY,
                                       reinterpret_cast<PBYTE>(&policy), sizeof policy, 0);
        }
        if (status == ERROR_SUCCESS)
            status = NCryptFinalizeKey(handles->cngKey.get(), 0);
        if (status != ERROR_SUCCESS)
            return statusError(status, "NCryptFinalizeKey", where(location));
        return KeyContainer(std::move(location), std::move(handles));
    }

    if (!CryptAcquireContextW(handles->provider.out(), location.container.c_str(), location.provider.c_str(),
                              location.providerType, acquireFlags(location) | CRYPT_NEWKEYSET))
        return lastError("CryptAcquireContextW(CRYPT_NEWKEYSET)", where(location));
    CryptKey key;
    const DWORD flags = (static_cast<DWORD>(bits) << 16) | (exportable ? CRYPT_EXPORTABLE : 0);
    if (!CryptGenKey(handles->provider.get(), location.keySpec, flags, key.out())) {
        auto error = lastError("CryptGenKey", where(location) + ", " + std::to_string(bits) + " bits");
        handles.reset();
        (void)destroy(location); // an empty container would only confuse the next attempt
        return error;
    }
    return KeyContainer(std::move(location), std::move(handles));
}

Result<KeyContainer> KeyContainer::open(const KeyLocation &location)
{
    auto handles = std::make_shared<Handles>();
    if (location.isCng()) {
        SECURITY_STATUS status = NCryptOpenStorageProvider(handles->cngProvider.out<NCRYPT_PROV_HANDLE>(),
                                                           location.provider.c_str(), 0);
        if (status == ERROR_SUCCESS)
            status = NCryptOpenKey(handles->cngProvider.get(), handles->cngKey.out<NCRYPT_KEY_HANDLE>(),
                                   location.container.c_str(), location.keySpec,
                                   (location.flags & NCRYPT_MACHINE_KEY_FLAG) | NCRYPT_SILENT_FLAG);
        if (status != ERROR_SUCCESS)
            return statusError(status, "NCryptOpenKey", where(location));
        return KeyContainer(location, std::move(handles));
    }
    if (!CryptAcquireContextW(handles->provider.out(), location.container.c_str(), location.provider.c_str(),
                              location.providerType, acquireFlags(location)))
        return lastError("CryptAcquireContextW", where(location));
    // A container can exist without the key the certificate needs.
    CryptKey key;
    if (!CryptGetUserKey(handles->provider.get(), location.keySpec, key.out()))
        return lastError("CryptGetUserKey", where(location));
    return KeyContainer(location, std::move(handles));
}

Result<KeyContainer> KeyContainer::importPrivateBlob(KeyLocation location, std::span<const std::uint8_t> blob,
                                                     bool exportable)
{
    if (blob.size() < sizeof(BLOBHEADER))
        return WinError(static_cast<DWORD>(NTE_BAD_DATA), "KeyContainer::importPrivateBlob", "blob too short");
    const auto *header = reinterpret_cast<const BLOBHEADER *>(blob.data());
    if (header->bType != PRIVATEKEYBLOB)
        return WinError(static_cast<DWORD>(NTE_BAD_TYPE), "KeyContainer::importPrivateBlob", "not a PRIVATEKEYBLOB");
    if (location.container.empty())
        location.container = newContainerName();
    if (location.provider.empty()) {
        location.provider = kAesProvider;
        location.providerType = kProvRsaAes;
    }
    location.keySpec = header->aiKeyAlg == CALG_RSA_SIGN ? AT_SIGNATURE : AT_KEYEXCHANGE;

    auto handles = std::make_shared<Handles>();
    if (!CryptAcquireContextW(handles->provider.out(), location.container.c_str(), location.provider.c_str(),
                              location.providerType, acquireFlags(location) | CRYPT_NEWKEYSET))
        return lastError("CryptAcquireContextW(CRYPT_NEWKEYSET)", where(location));
    CryptKey key;
    if (!CryptImportKey(handles->provider.get(), blob.data(), static_cast<DWORD>(blob.size()), 0,
                        exportable ? CRYPT_EXPORTABLE : 0, key.out())) {
        auto error = lastError("CryptImportKey", where(location));
        handles.reset();
        (void)destroy(location);
        return error;
    }
    return KeyContainer(std::move(location), std::move(handles));
}

Result<void> KeyContainer::destroy(const KeyLocation &location)
{
    if (location.isCng()) {
        auto opened = open(location);
        if (!opened)
            return opened.error();
        // NCryptDeleteKey frees the handle even on failure.
        const SECURITY_STATUS status = NCryptDeleteKey(opened->m_handles->cngKey.release(), 0);
        if (status != ERROR_SUCCESS)
            return statusError(status, "NCryptDeleteKey", where(location));
        return {};
    }
    HCRYPTPROV unused = 0;
    if (!CryptAcquireContextW(&unused, location.container.c_str(), location.provider.c_str(), location.providerType,
                              acquireFlags(location) | CRYPT_DELETEKEYSET))
        return lastError("CryptAcquireContextW(CRYPT_DELETEKEYSET)", where(location));
    return {};
}

std::uintptr_t KeyContainer::nativeHandle() const
{
    return m_location.isCng() ? m_handles->cngKey.get() : m_handles->provider.get();
}

std::uint32_t KeyContainer::nativeKeySpec() const
{
    return m_location.isCng() ? CERT_NCRYPT_KEY_SPEC : m_location.keySpec;
}

Result<std::vector<std::uint8_t>> KeyContainer::publicKeyInfo() const
{
    DWORD size = 0;
    if (!CryptExportPublicKeyInfo(nativeHandle(), nativeKeySpec(), X509_ASN_ENCODING, nullptr, &size))
        return lastError("CryptExportPublicKeyInfo", where(m_location));
    std::vector<BYTE> buffer(size);
    auto *info = reinterpret_cast<CERT_PUBLIC_KEY_INFO *>(buffer.data());
    if (!CryptExportPublicKeyInfo(nativeHandle(), nativeKeySpec(), X509_ASN_ENCODING, info, &size))
        return lastError("CryptExportPublicKeyInfo", where(m_location));
    return encode(X509_PUBLIC_KEY_INFO, info, "X509_PUBLIC_KEY_INFO");
}

Result<SecretBytes> KeyContainer::exportPrivateBlob() const
{
    std::vector<BYTE> blob;
    if (m_location.isCng()) {
        DWORD size = 0;
        SECURITY_STATUS status
            = NCryptExportKey(m_handles->cngKey.get(), 0, LEGACY_RSAPRIVATE_BLOB, nullptr, nullptr, 0, &size, 0);
        if (status == ERROR_SUCCESS) {
            blob.resize(size);
            status = NCryptExportKey(m_handles->cngKey.get(), 0, LEGACY_RSAPRIVATE_BLOB, nullptr, blob.data(), size,
                                     &size, 0);
        }
        if (status != ERROR_SUCCESS)
            return statusError(status, "NCryptExportKey", where(m_location));
        blob.resize(size);
        return SecretBytes(std::move(blob));
    }
    CryptKey key;
    if (!CryptGetUserKey(m_handles->provider.get(), m_location.keySpec, key.out()))
        return lastError("CryptGetUserKey", where(m_location));
    DWORD size = 0;
    if (!CryptExportKey(key.get(), 0, PRIVATEKEYBLOB, 0, nullptr, &size))
        return lastError("CryptExportKey", where(m_location));
    blob.resize(size);
    if (!CryptExportKey(key.get(), 0, PRIVATEKEYBLOB, 0, blob.data(), &size)) {
        SecretBytes wipe(std::move(blob));
        return lastError("CryptExportKey", where(m_location));
    }
    blob.resize(size);
    return SecretBytes(std::move(blob));
}

Result<unsigned> KeyContainer::bits() const
{
    DWORD value = 0;
    DWORD size = sizeof value;
    if (m_location.isCng()) {
        const SECURITY_STATUS status = NCryptGetProperty(m_handles->cngKey.get(), NCRYPT_LENGTH_PROPERTY,
                                                         reinterpret_cast<PBYTE>(&value), size, &size, 0);
        if (status != ERROR_SUCCESS)
            return statusError(status, "NCryptGetProperty(Length)", where(m_location));
        return static_cast<unsigned>(value);
    }
    CryptKey key;
    if (!CryptGetUserKey(m_handles->provider.get(), m_location.keySpec, key.out())
        || !CryptGetKeyParam(key.get(), KP_KEYLEN, reinterpret_cast<BYTE *>(&value), &size, 0))
        return lastError("CryptGetKeyParam(KP_KEYLEN)", where(m_location));
    return static_cast<unsigned>(value);
}

Result<std::vector<std::uint8_t>> KeyContainer::sign(SignatureHash hash, std::span<const std::uint8_t> data) const
{
    const auto algorithm = hashInfo(hash);
    if (m_location.isCng()) {
        // NCrypt signs a digest; CryptoAPI makes it in a key-less context.
        CryptProv hasher;
        if (!CryptAcquireContextW(hasher.out(), nullptr, kAesProvider.c_str(), PROV_RSA_AES,
                                  CRYPT_VERIFYCONTEXT | CRYPT_SILENT))
            return lastError("CryptAcquireContextW(CRYPT_VERIFYCONTEXT)");
        CryptHash digest;
        std::vector<BYTE> value(algorithm.length);
        DWORD length = algorithm.length;
        if (!CryptCreateHash(hasher.get(), algorithm.calg, 0, 0, digest.out())
            || !CryptHashData(digest.get(), data.data(), static_cast<DWORD>(data.size()), 0)
            || !CryptGetHashParam(digest.get(), HP_HASHVAL, value.data(), &length, 0))
            return lastError("CryptHashData");
        BCRYPT_PKCS1_PADDING_INFO padding{algorithm.bcryptName};
        DWORD size = 0;
        SECURITY_STATUS status = NCryptSignHash(m_handles->cngKey.get(), &padding, value.data(), length, nullptr, 0,
                                                &size, BCRYPT_PAD_PKCS1);
        std::vector<std::uint8_t> signature(size);
        if (status == ERROR_SUCCESS)
            status = NCryptSignHash(m_handles->cngKey.get(), &padding, value.data(), length, signature.data(), size,
                                    &size, BCRYPT_PAD_PKCS1);
        if (status != ERROR_SUCCESS)
            return statusError(status, "NCryptSignHash", where(m_location));
        signature.resize(size);
        return signature;
    }
    CryptHash digest;
    if (!CryptCreateHash(m_handles->provider.get(), algorithm.calg, 0, 0, digest.out()))
        return lastError("CryptCreateHash", where(m_location));
    if (!CryptHashData(digest.get(), data.data(), static_cast<DWORD>(data.size()), 0))
        return lastError("CryptHashData", where(m_location));
    DWORD size = 0;
    if (!CryptSignHashW(digest.get(), m_location.keySpec, nullptr, 0, nullptr, &size))
        return lastError("CryptSignHashW", where(m_location));
    std::vector<std::uint8_t> signature(size);
    if (!CryptSignHashW(digest.get(), m_location.keySpec, nullptr, 0, signature.data(), &size))
        return lastError("CryptSignHashW", where(m_location));
    signature.resize(size);
    // CryptoAPI returns little-endian; X.509 and every other tool want big-endian.
    std::reverse(signature.begin(), signature.end());
    return signature;
}

} // namespace certpilot::win
