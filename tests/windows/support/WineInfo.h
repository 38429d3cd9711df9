// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace certpilot::win::test {

// Wine's version ("8.0") when running under Wine, nullopt on Windows. Tests
// use it only to skip where Wine stubs an API (shared/WINE.md), never to pass.
std::optional<std::string> wineVersion();

} // namespace certpilot::win::test

