// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace certpilot {

// Expands an `include` pattern the way nginx and Apache do: relative to a
// base directory, shell wildcards, matches sorted by name. A directory
// (Apache) expands to the files in it.
class IncludeGlob {
public:
    static QStringList expand(const QString& pattern, const QString& baseDirectory);
    static bool hasWildcard(const QString& pattern);
};

} // namespace certpilot
