// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingRequests.h"

#include "CsrEncoder.h"
#include "KeyContainer.h"
#include "Native.h"
#include "SystemStore.h"

namespace certpilot::win {

using namespace native;

namespace {

KeyLocation locationFor(const RequestSpec &spec)
{
    KeyLocation location;
    location.flags = KeyLocation::kMachineKeySet;
    location.keySpec = KeyLocation::kKeyExchange;
    if (spec.storage == KeyStorage::Cng) {
        location.provider = KeyContainer::kKeyStorageProvider;
        location.providerType = 0;
    } else if (spec.hash == SignatureHash::Sha1) {
        location.provider = KeyContainer::kSchannelProvider;
        location.providerType = KeyContainer::kProvRsaSchannel;
    } else {
        location.provider = KeyContainer::kAesProvider;
        location.providerType = KeyContainer::kProvRsaAes;
    }
    return location;
}

SYSTEMTIME addDays(const SYSTEMTIME &time, int days)
{
    FILETIME file;
    SystemTimeToFileTime(&time, &file);
    ULARGE_INTEGER value{{file.dwLowDateTime, file.dwHighDateTime}};
    value.QuadPart += static_cast<ULONGLONG>(days) * 24 * 60 * 60 * 10000000ULL;
    file = {value.LowPart, value.HighPart};
    SYSTEMTIME out;
    FileTimeToSystemTime(&file, &out);
    return out;
}

// The placeholder IIS puts in REQUEST: self-signed with the new key, so the
// key is reachable through the certificate until the CA answers.
Result<std::vector<BYTE>> makePlaceholder(const KeyContainer &key, const RequestSpec &spec)
{
    auto name = CsrEncoder::encodeName(spec.subject);
    if (!name)
        return name.error();
    CERT_NAME_BLOB subject{static_cast<DWORD>(name->size()), name->data()};
    const auto &location = key.location();
    CRYPT_KEY_PROV_INFO provInfo{};
    provInfo.pwszContainerName = const_cast<LPWSTR>(location.container.c_str());
    provInfo.pwszProvName = const_cast<LPWSTR>(location.provider.c_str());
    provInfo.dwProvType = location.providerType;
    provInfo.dwFlags = location.flags;
    provInfo.dwKeySpec = location.keySpec;
    CRYPT_ALGORITHM_IDENTIFIER algorithm{};
    algorithm.pszObjId = const_cast<LPSTR>(hashInfo(spec.hash).signatureOid);
    SYSTEMTIME start;
    GetSystemTime(&start);
    const SYSTEMTIME end = addDays(start, 365);
    ContextPtr placeholder(CertCreateSelfSignCertificate(key.nativeHandle(), &subject, 0, &provInfo, &algorithm,
                                                         &start, const_cast<SYSTEMTIME *>(&end), nullptr));
    if (!placeholder)
        return lastError("CertCreateSelfSignCertificate", "pending request placeholder");
    return std::vector<BYTE>(placeholder->pbCertEncoded, placeholder->pbCertEncoded + placeholder->cbCertEncoded);
}

std::vector<std::uint8_t> csrAsDescription(const std::vector<std::uint8_t> &der)
{
    DWORD length = 0;
    const DWORD format = CRYPT_STRING_BASE64REQUESTHEADER;
    CryptBinaryToStringW(der.data(), static_cast<DWORD>(der.size()), format, nullptr, &length);
    std::wstring pem(length, L'\0');
    CryptBinaryToStringW(der.data(), static_cast<DWORD>(der.size()), format, pem.data(), &length);
    pem.resize(length);
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(pem.c_str());
    return std::vector<std::uint8_t>(bytes, bytes + (pem.size() + 1) * sizeof(wchar_t));
}

// Empty when the description holds no request (entries made by IIS or certreq).
std::vector<std::uint8_t> csrFromDescription(const std::vector<std::uint8_t> &description)
{
    std::wstring pem(reinterpret_cast<const wchar_t *>(description.data()), description.size() / sizeof(wchar_t));
    DWORD size = 0;
    const DWORD format = CRYPT_STRING_BASE64REQUESTHEADER;
    if (!CryptStringToBinaryW(pem.c_str(), 0, format, nullptr, &size, nullptr, nullptr))
        return {};
    std::vector<std::uint8_t> der(size);
    if (!CryptStringToBinaryW(pem.c_str(), 0, format, der.data(), &size, nullptr, nullptr))
        return {};
    der.resize(size);
    return der;
}

} // namespace

Result<PendingRequest> PendingRequests::create(const RequestSpec &spec)
{
    auto store = SystemStore::open(StoreName::Request);
    if (!store)
        return store.error();
    auto key = KeyContainer::create(locationFor(spec), spec.keyBits, spec.exportable);
    if (!key)
        return key.error();
    const KeyLocation location = key->location();
    // From here on a failure must not leave an orphaned key behind.
    auto fail = [&](WinError error) -> Result<PendingRequest> {
        (void)KeyContainer::destroy(location);
        return error;
    };

    auto csr = CsrEncoder::encode(key.value(), spec);
    if (!csr)
        return fail(csr.error());
    auto placeholderDer = makePlaceholder(key.value(), spec);
    if (!placeholderDer)
        return fail(placeholderDer.error());
    auto stored = store->add(placeholderDer.value(), spec.friendlyName, &location);
    if (!stored)
        return fail(stored.error());
    if (auto kept = store->setProperty(stored->thumbprint, CERT_DESCRIPTION_PROP_ID, csrAsDescription(csr->der));
        !kept) {
        (void)store->remove(stored->thumbprint);
        return fail(kept.error());
    }

    PendingRequest pending;
    pending.placeholder = std::move(stored.value());
    pending.csrDer = std::move(csr->der);
    pending.assembledCsr = csr->assembled;
    return pending;
}

Result<std::vector<PendingRequest>> PendingRequests::list()
{
    auto store = SystemStore::open(StoreName::Request, true);
    if (!store)
        return store.error();
    auto entries = store->list();
    if (!entries)
        return entries.error();
    std::vector<PendingRequest> out;
    for (auto &entry : entries.value()) {
        PendingRequest pending;
        if (auto description = store->property(entry.thumbprint, CERT_DESCRIPTION_PROP_ID))
            pending.csrDer = csrFromDescription(description.value());
        pending.placeholder = std::move(entry);
        out.push_back(std::move(pending));
    }
    return out;
}

Result<std::vector<std::uint8_t>> PendingRequests::csr(std::string_view placeholderThumbprint)
{
    auto store = SystemStore::open(StoreName::Request, true);
    if (!store)
        return store.error();
    auto description = store->property(placeholderThumbprint, CERT_DESCRIPTION_PROP_ID);
    auto csr = description ? csrFromDescription(description.value()) : std::vector<std::uint8_t>();
    if (csr.empty())
        return WinError(static_cast<DWORD>(CRYPT_E_NOT_FOUND), "PendingRequests::csr",
                        "no request stored with " + std::string(placeholderThumbprint));
    return csr;
}

Result<void> PendingRequests::cancel(std::string_view placeholderThumbprint)
{
    auto store = SystemStore::open(StoreName::Request);
    if (!store)
        return store.error();
    auto entry = store->find(placeholderThumbprint);
    if (!entry)
        return entry.error();
    if (auto removed = store->remove(placeholderThumbprint); !removed)
        return removed;
    if (entry->key) {
        auto destroyed = KeyContainer::destroy(*entry->key);
        // Already gone is what cancel wants anyway.
        if (!destroyed && destroyed.error().code() != static_cast<DWORD>(NTE_BAD_KEYSET))
            return destroyed;
    }
    return {};
}

} // namespace certpilot::win
