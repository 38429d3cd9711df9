// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureBytes.h"

#include <QString>

namespace certpilot {

// One file an export or conversion writes: its name (relative to the target
// folder, or absolute), its bytes, and whether it holds a secret (then it is
// written owner-only, 0600).
struct ExportFile {
    QString fileName;
    SecureBytes content;
    bool secret = false;
    QString role;   // for messages: "certificate", "chain", "key", "full chain", "PFX"
};

} // namespace certpilot
