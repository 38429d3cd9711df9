// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChainStatus.h"

#include <QIcon>

namespace certpilot {

// Small drawn status icons: the same on every platform and style, and coloured
// disks with a white mark, so they read on light and dark backgrounds.
class StatusIcons {
public:
    enum class Kind { Ok, Warning, Error, Checking, Pending };

    static QIcon icon(Kind kind);
    static Kind kindOf(ChainStatus status);
    static QIcon forStatus(ChainStatus status) { return icon(kindOf(status)); }
};

} // namespace certpilot
