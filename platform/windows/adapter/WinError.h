// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace certpilot::win {

// A failed Windows call: the raw code (HRESULT or Win32, as the API gave it)
// and the call that failed. Name, hex form and advice come from ErrorCatalog,
// so the technical detail and the user-facing sentence never drift apart.
class WinError {
public:
    WinError() = default;
    WinError(std::uint32_t code, std::string operation, std::string detail = {});

    std::uint32_t code() const { return m_code; }
    // The Windows call (or adapter step) that failed, e.g. "CryptAcquireContextW".
    const std::string &operation() const { return m_operation; }
    // Extra context in English: which store, thumbprint or container.
    const std::string &detail() const { return m_detail; }

    // "NTE_BAD_KEYSET"; "UNKNOWN" when the code is not in the catalog.
    std::string name() const;
    // "0x80090016"
    std::string hex() const;
    // What the administrator should do next; a generic sentence when unknown.
    std::string advice() const;
    // One line for logs and test output: operation, name, hex, detail, advice.
    std::string describe() const;

private:
    std::uint32_t m_code = 0;
    std::string m_operation;
    std::string m_detail;
};

} // namespace certpilot::win
