// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace certpilot {

// A line diff in the familiar `diff -u` shape, for previewing configuration
// changes before they are applied. Meant for configuration files: the common
// head and tail are skipped first, so only the changed region is compared.
class UnifiedDiff {
public:
    // Empty when the texts are equal. Labels go on the ---/+++ lines.
    static QString make(const QString& before, const QString& after, const QString& beforeLabel,
                        const QString& afterLabel, int context = 3);
};

} // namespace certpilot
