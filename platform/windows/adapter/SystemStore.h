// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyLocation.h"
#include "Result.h"
#include "StoreName.h"
#include "StoredCertificate.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace certpilot::win {

// One LocalMachine system store (CertOpenStore CERT_STORE_PROV_SYSTEM_W,
// CERT_SYSTEM_STORE_LOCAL_MACHINE). Every change is committed with
// COMMIT_FORCE at once (shared/WINE.md), so a crash never loses it.
// Thumbprints are SHA-1 hex; any case, spaces allowed. Not thread-safe:
// one SystemStore per thread.
class SystemStore {
public:
    // Read-only when the caller will not change it: that works without admin rights.
    static Result<SystemStore> open(StoreName name, bool readOnly = false);

    StoreName name() const { return m_name; }
    // "MY", "Root", "CA", "REQUEST"
    std::wstring systemName() const;

    Result<std::vector<StoredCertificate>> list() const;
    // CRYPT_E_NOT_FOUND when absent.
    Result<StoredCertificate> find(std::string_view thumbprint) const;

    // Adds (or replaces, keeping nothing of the old entry) a DER certificate;
    // links it to a key when one is given.
    Result<StoredCertificate> add(std::span<const std::uint8_t> der, const std::wstring &friendlyName = {},
                                  const KeyLocation *key = nullptr);
    // Removes the certificate only; a linked key container stays (the caller decides).
    Result<void> remove(std::string_view thumbprint);
    Result<void> setFriendlyName(std::string_view thumbprint, const std::wstring &friendlyName);
    Result<void> setKeyLocation(std::string_view thumbprint, const KeyLocation &key);

    // Application properties (CERT_FIRST_USER_PROP_ID and up), persisted with
    // the certificate. CRYPT_E_NOT_FOUND when the property is not set.
    Result<std::vector<std::uint8_t>> property(std::string_view thumbprint, std::uint32_t id) const;
    Result<void> setProperty(std::string_view thumbprint, std::uint32_t id, std::span<const std::uint8_t> value);

    // HCERTSTORE, for other adapter classes.
    void *nativeHandle() const { return m_store.get(); }

private:
    SystemStore(StoreName name, std::shared_ptr<void> store);
    std::string describeWhere(std::string_view thumbprint = {}) const;

    StoreName m_name;
    std::shared_ptr<void> m_store;
};

} // namespace certpilot::win
