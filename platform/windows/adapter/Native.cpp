// SPDX-License-Identifier: GPL-3.0-or-later
#include "Native.h"

#include <cstddef>

namespace certpilot::win::native {

WinError lastError(std::string operation, std::string detail)
{
    DWORD code = GetLastError();
    if (code == ERROR_SUCCESS)
        code = static_cast<DWORD>(E_FAIL);
    return WinError(code, std::move(operation), std::move(detail));
}

WinError statusError(DWORD status, std::string operation, std::string detail)
{
    return WinError(status == ERROR_SUCCESS ? static_cast<DWORD>(E_FAIL) : status, std::move(operation),
                    std::move(detail));
}

std::string narrow(std::wstring_view text)
{
    if (text.empty())
        return {};
    const int size = WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0, nullptr,
                                         nullptr);
    std::string out(static_cast<std::size_t>(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(), size, nullptr, nullptr);
    return out;
}

std::wstring widen(std::string_view text)
{
    if (text.empty())
        return {};
    const int size = MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(size), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(), size);
    return out;
}

std::string toHex(std::span<const BYTE> bytes)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (BYTE b : bytes) {
        out.push_back(kDigits[b >> 4]);
        out.push_back(kDigits[b & 0xF]);
    }
    return out;
}

std::vector<BYTE> fromHex(std::string_view text)
{
    std::vector<BYTE> out;
    int pending = -1;
    for (char c : text) {
        int value;
        if (c >= '0' && c <= '9')
            value = c - '0';
        else if (c >= 'a' && c <= 'f')
            value = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            value = c - 'A' + 10;
        else if (c == ' ' || c == ':')
            continue;
        else
            return {};
        if (pending < 0) {
            pending = value;
        } else {
            out.push_back(static_cast<BYTE>(pending << 4 | value));
            pending = -1;
        }
    }
    return pending < 0 ? out : std::vector<BYTE>{};
}

Result<std::vector<BYTE>> encode(LPCSTR structType, const void *info, const char *what)
{
    DWORD size = 0;
    if (!CryptEncodeObjectEx(X509_ASN_ENCODING, structType, info, 0, nullptr, nullptr, &size))
        return lastError("CryptEncodeObjectEx", what);
    std::vector<BYTE> out(size);
    if (!CryptEncodeObjectEx(X509_ASN_ENCODING, structType, info, 0, nullptr, out.data(), &size))
        return lastError("CryptEncodeObjectEx", what);
    out.resize(size);
    return out;
}

const wchar_t *storeSystemName(StoreName name)
{
    switch (name) {
    case StoreName::My:
        return L"MY";
    case StoreName::Root:
        return L"Root";
    case StoreName::Ca:
        return L"CA";
    case StoreName::Request:
        return L"REQUEST";
    }
    return L"MY";
}

Result<std::vector<BYTE>> property(PCCERT_CONTEXT context, DWORD id)
{
    DWORD size = 0;
    if (!CertGetCertificateContextProperty(context, id, nullptr, &size))
        return lastError("CertGetCertificateContextProperty", "property " + std::to_string(id));
    std::vector<BYTE> out(size);
    if (!CertGetCertificateContextProperty(context, id, out.data(), &size))
        return lastError("CertGetCertificateContextProperty", "property " + std::to_string(id));
    out.resize(size);
    return out;
}

std::optional<KeyLocation> readKeyLocation(PCCERT_CONTEXT context)
{
    auto bytes = property(context, CERT_KEY_PROV_INFO_PROP_ID);
    if (!bytes || bytes->size() < sizeof(CRYPT_KEY_PROV_INFO))
        return std::nullopt;
    const auto *info = reinterpret_cast<const CRYPT_KEY_PROV_INFO *>(bytes->data());
    KeyLocation location;
    location.container = info->pwszContainerName ? info->pwszContainerName : L"";
    location.provider = info->pwszProvName ? info->pwszProvName : L"";
    location.providerType = info->dwProvType;
    location.flags = info->dwFlags;
    location.keySpec = info->dwKeySpec;
    return location;
}

Result<void> writeKeyLocation(PCCERT_CONTEXT context, const KeyLocation &location)
{
    CRYPT_KEY_PROV_INFO info{};
    info.pwszContainerName = const_cast<LPWSTR>(location.container.c_str());
    info.pwszProvName = const_cast<LPWSTR>(location.provider.c_str());
    info.dwProvType = location.providerType;
    // Only the machine bit: CRYPT_SILENT and friends are not meant to persist.
    info.dwFlags = location.flags & KeyLocation::kMachineKeySet;
    info.dwKeySpec = location.keySpec;
    if (!CertSetCertificateContextProperty(context, CERT_KEY_PROV_INFO_PROP_ID, 0, &info))
        return lastError("CertSetCertificateContextProperty", "CERT_KEY_PROV_INFO_PROP_ID");
    return {};
}

Result<void> setFriendlyName(PCCERT_CONTEXT context, const std::wstring &name)
{
    CRYPT_DATA_BLOB blob{};
    blob.pbData = reinterpret_cast<BYTE *>(const_cast<wchar_t *>(name.c_str()));
    blob.cbData = static_cast<DWORD>((name.size() + 1) * sizeof(wchar_t));
    // An empty name removes the property, as MMC does.
    if (!CertSetCertificateContextProperty(context, CERT_FRIENDLY_NAME_PROP_ID, 0, name.empty() ? nullptr : &blob))
        return lastError("CertSetCertificateContextProperty", "CERT_FRIENDLY_NAME_PROP_ID");
    return {};
}

Result<void> commit(HCERTSTORE store, const std::string &detail)
{
    if (!CertControlStore(store, CERT_STORE_CTRL_COMMIT_FORCE_FLAG, CERT_STORE_CTRL_COMMIT, nullptr))
        return lastError("CertControlStore(COMMIT)", detail);
    return {};
}

ContextPtr findByThumbprint(HCERTSTORE store, std::string_view thumbprint)
{
    auto hash = fromHex(thumbprint);
    if (hash.size() != 20)
        return nullptr;
    CRYPT_HASH_BLOB blob{static_cast<DWORD>(hash.size()), hash.data()};
    return ContextPtr(
        CertFindCertificateInStore(store, X509_ASN_ENCODING, 0, CERT_FIND_SHA1_HASH, &blob, nullptr));
}

StoredCertificate describe(PCCERT_CONTEXT context)
{
    StoredCertificate cert;
    cert.der.assign(context->pbCertEncoded, context->pbCertEncoded + context->cbCertEncoded);
    if (auto hash = property(context, CERT_SHA1_HASH_PROP_ID))
        cert.thumbprint = toHex(*hash);
    if (auto name = property(context, CERT_FRIENDLY_NAME_PROP_ID); name && name->size() >= sizeof(wchar_t)) {
        cert.friendlyName.assign(reinterpret_cast<const wchar_t *>(name->data()), name->size() / sizeof(wchar_t));
        while (!cert.friendlyName.empty() && cert.friendlyName.back() == L'\0')
            cert.friendlyName.pop_back();
    }
    cert.key = readKeyLocation(context);
    DWORD size = 0;
    cert.hasPrivateKey = cert.key.has_value()
        || CertGetCertificateContextProperty(context, CERT_KEY_CONTEXT_PROP_ID, nullptr, &size);
    return cert;
}

Result<EnginePtr> freshMachineChainEngine()
{
    CERT_CHAIN_ENGINE_CONFIG config{};
    // The pre-Windows 7 size: every Windows takes it, and Wine 8 rejects the
    // Windows 8 one (with dwExclusiveFlags) with E_INVALIDARG.
    config.cbSize = offsetof(CERT_CHAIN_ENGINE_CONFIG, hExclusiveRoot);
    config.dwFlags = CERT_CHAIN_USE_LOCAL_MACHINE_STORE;
    HCERTCHAINENGINE engine = nullptr;
    if (!CertCreateCertificateChainEngine(&config, &engine))
        return lastError("CertCreateCertificateChainEngine");
    return EnginePtr(engine);
}

} // namespace certpilot::win::native

namespace certpilot::win::native {

HashInfo hashInfo(SignatureHash hash)
{
    switch (hash) {
    case SignatureHash::Sha1:
        return {CALG_SHA1, szOID_RSA_SHA1RSA, BCRYPT_SHA1_ALGORITHM, 20};
    case SignatureHash::Sha256:
        break;
    case SignatureHash::Sha384:
        return {CALG_SHA_384, szOID_RSA_SHA384RSA, BCRYPT_SHA384_ALGORITHM, 48};
    case SignatureHash::Sha512:
        return {CALG_SHA_512, szOID_RSA_SHA512RSA, BCRYPT_SHA512_ALGORITHM, 64};
    }
    return {CALG_SHA_256, szOID_RSA_SHA256RSA, BCRYPT_SHA256_ALGORITHM, 32};
}

} // namespace certpilot::win::native
