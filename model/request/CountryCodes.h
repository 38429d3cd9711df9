// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace certpilot {

// ISO 3166-1 alpha-2 country codes, as certificate subjects carry them (the C
// attribute). Taken from Qt's locale data, less CLDR's regions that are not
// ISO codes (EU, Canary Islands, ...).
class CountryCodes {
public:
    static bool isValid(const QString& code);  // case-insensitive
    static QString name(const QString& code);  // "TW" -> "Taiwan"; empty when unknown
    // The code for what a user typed instead of one: a country's English name
    // ("Taiwan" -> "TW") or a common non-ISO abbreviation ("UK" -> "GB",
    // "USA" -> "US"). Empty when nothing fits.
    static QString suggest(const QString& typed);
};

} // namespace certpilot
