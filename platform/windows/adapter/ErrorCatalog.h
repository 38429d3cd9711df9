// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace certpilot::win {

// One row per Windows error code the adapter can report. The advice strings
// are English on purpose and live only here, so the Qt layer can wrap this
// table once (QT_TRANSLATE_NOOP over name/advice) instead of hunting strings.
struct ErrorEntry {
    std::uint32_t code;
    std::string_view name;
    std::string_view advice;
};

// Plain C++ (no windows.h): compiled natively too, so the table is unit-tested
// and the Windows suite checks every value against winerror.h.
class ErrorCatalog {
public:
    // Finds a code; HRESULT_FROM_WIN32 values (0x8007xxxx) fall back to the
    // plain Win32 row, because the same failure reaches us in both forms.
    static const ErrorEntry *lookup(std::uint32_t code);
    static std::span<const ErrorEntry> entries();
    // "0x80090016": eight digits always, so logs and searches match.
    static std::string hex(std::uint32_t code);
};

} // namespace certpilot::win
