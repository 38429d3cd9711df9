// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyContainer.h"
#include "SystemStore.h"

#include <string>
#include <utility>
#include <vector>

namespace certpilot::win::test {

// Undoes what a test put into the shared Wine prefix, even when it fails
// half-way, so tests do not depend on each other's leftovers.
class StoreCleanup {
public:
    StoreCleanup() = default;
    StoreCleanup(const StoreCleanup &) = delete;
    StoreCleanup &operator=(const StoreCleanup &) = delete;
    ~StoreCleanup()
    {
        for (const auto &[store, thumbprint] : m_certificates) {
            if (auto opened = SystemStore::open(store))
                (void)opened->remove(thumbprint);
        }
        for (const auto &key : m_keys)
            (void)KeyContainer::destroy(key);
    }
    void certificate(StoreName store, std::string thumbprint) { m_certificates.emplace_back(store, std::move(thumbprint)); }
    void key(KeyLocation location) { m_keys.push_back(std::move(location)); }

private:
    std::vector<std::pair<StoreName, std::string>> m_certificates;
    std::vector<KeyLocation> m_keys;
};

} // namespace certpilot::win::test
