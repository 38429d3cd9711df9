// SPDX-License-Identifier: GPL-3.0-or-later
#include "WineInfo.h"

#include <windows.h>

namespace certpilot::win::test {

std::optional<std::string> wineVersion()
{
    using GetVersion = const char *(__cdecl *)();
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    if (!ntdll)
        return std::nullopt;
    const auto get = reinterpret_cast<GetVersion>(reinterpret_cast<void *>(GetProcAddress(ntdll, "wine_get_version")));
    if (!get)
        return std::nullopt;
    return std::string(get());
}

} // namespace certpilot::win::test
