// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemStore.h"

#include "Native.h"

namespace certpilot::win {

using namespace native;

SystemStore::SystemStore(StoreName name, std::shared_ptr<void> store)
    : m_name(name)
    , m_store(std::move(store))
{
}

Result<SystemStore> SystemStore::open(StoreName name, bool readOnly)
{
    DWORD flags = CERT_SYSTEM_STORE_LOCAL_MACHINE;
    if (readOnly)
        flags |= CERT_STORE_READONLY_FLAG | CERT_STORE_OPEN_EXISTING_FLAG;
    HCERTSTORE store = CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0, flags, storeSystemName(name));
    if (!store)
        return lastError("CertOpenStore", "LocalMachine\\" + narrow(storeSystemName(name)));
    return SystemStore(name, std::shared_ptr<void>(store, StoreCloser()));
}

std::wstring SystemStore::systemName() const
{
    return storeSystemName(m_name);
}

std::string SystemStore::describeWhere(std::string_view thumbprint) const
{
    // Built with += : GCC 12 warns falsely (-Wrestrict) on "literal" + std::string&&.
    std::string where = "LocalMachine\\";
    where += narrow(systemName());
    if (!thumbprint.empty()) {
        where += ' ';
        where += thumbprint;
    }
    return where;
}

Result<std::vector<StoredCertificate>> SystemStore::list() const
{
    std::vector<StoredCertificate> out;
    PCCERT_CONTEXT context = nullptr;
    // CertEnumCertificatesInStore frees the previous context itself.
    while ((context = CertEnumCertificatesInStore(m_store.get(), context)) != nullptr)
        out.push_back(describe(context));
    const DWORD error = GetLastError();
    if (error != static_cast<DWORD>(CRYPT_E_NOT_FOUND) && error != ERROR_NO_MORE_FILES && error != ERROR_SUCCESS)
        return WinError(error, "CertEnumCertificatesInStore", describeWhere());
    return out;
}

Result<StoredCertificate> SystemStore::find(std::string_view thumbprint) const
{
    auto context = findByThumbprint(m_store.get(), thumbprint);
    if (!context)
        return WinError(static_cast<DWORD>(CRYPT_E_NOT_FOUND), "CertFindCertificateInStore", describeWhere(thumbprint));
    return describe(context.get());
}

Result<StoredCertificate> SystemStore::add(std::span<const std::uint8_t> der, const std::wstring &friendlyName,
                                           const KeyLocation *key)
{
    ContextPtr parsed(CertCreateCertificateContext(X509_ASN_ENCODING, der.data(), static_cast<DWORD>(der.size())));
    if (!parsed)
        return lastError("CertCreateCertificateContext", describeWhere());
    PCCERT_CONTEXT stored = nullptr;
    if (!CertAddCertificateContextToStore(m_store.get(), parsed.get(), CERT_STORE_ADD_REPLACE_EXISTING, &stored))
        return lastError("CertAddCertificateContextToStore", describeWhere());
    ContextPtr owner(stored);
    // Properties go on the stored context: only that one is persisted.
    if (!friendlyName.empty()) {
        if (auto set = native::setFriendlyName(stored, friendlyName); !set)
            return set.error();
    }
    if (key) {
        if (auto set = writeKeyLocation(stored, *key); !set)
            return set.error();
    }
    if (auto committed = commit(m_store.get(), describeWhere()); !committed)
        return committed.error();
    return describe(stored);
}

Result<void> SystemStore::remove(std::string_view thumbprint)
{
    auto context = findByThumbprint(m_store.get(), thumbprint);
    if (!context)
        return WinError(static_cast<DWORD>(CRYPT_E_NOT_FOUND), "CertFindCertificateInStore", describeWhere(thumbprint));
    // CertDeleteCertificateFromStore frees the context, even on failure.
    if (!CertDeleteCertificateFromStore(context.release()))
        return lastError("CertDeleteCertificateFromStore", describeWhere(thumbprint));
    return commit(m_store.get(), describeWhere(thumbprint));
}

Result<void> SystemStore::setFriendlyName(std::string_view thumbprint, const std::wstring &friendlyName)
{
    auto context = findByThumbprint(m_store.get(), thumbprint);
    if (!context)
        return WinError(static_cast<DWORD>(CRYPT_E_NOT_FOUND), "CertFindCertificateInStore", describeWhere(thumbprint));
    if (auto set = native::setFriendlyName(context.get(), friendlyName); !set)
        return set;
    return commit(m_store.get(), describeWhere(thumbprint));
}

Result<void> SystemStore::setKeyLocation(std::string_view thumbprint, const KeyLocation &key)
{
    auto context = findByThumbprint(m_store.get(), thumbprint);
    if (!context)
        return WinError(static_cast<DWORD>(CRYPT_E_NOT_FOUND), "CertFindCertificateInStore", describeWhere(thumbprint));
    if (auto set = writeKeyLocation(context.get(), key); !set)
        return set;
    return commit(m_store.get(), describeWhere(thumbprint));
}

Result<std::vector<std::uint8_t>> SystemStore::property(std::string_view thumbprint, std::uint32_t id) const
{
    auto context = findByThumbprint(m_store.get(), thumbprint);
    if (!context)
        return WinError(static_cast<DWORD>(CRYPT_E_NOT_FOUND), "CertFindCertificateInStore", describeWhere(thumbprint));
    return native::property(context.get(), id);
}

Result<void> SystemStore::setProperty(std::string_view thumbprint, std::uint32_t id,
                                      std::span<const std::uint8_t> value)
{
    auto context = findByThumbprint(m_store.get(), thumbprint);
    if (!context)
        return WinError(static_cast<DWORD>(CRYPT_E_NOT_FOUND), "CertFindCertificateInStore", describeWhere(thumbprint));
    CRYPT_DATA_BLOB blob{static_cast<DWORD>(value.size()), const_cast<BYTE *>(value.data())};
    if (!CertSetCertificateContextProperty(context.get(), id, 0, &blob))
        return lastError("CertSetCertificateContextProperty", describeWhere(thumbprint));
    return commit(m_store.get(), describeWhere(thumbprint));
}

} // namespace certpilot::win
