// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace certpilot {

// Where the GUI and the CLI find the store when none is given: $CERTPILOT_STORE,
// else "certpilot/store" in the user's data folder
// (~/.local/share/certpilot/store on Linux, %LOCALAPPDATA%\certpilot\store on Windows).
QString defaultStorePath();
// A separate store for --demo, so example data never mixes with real certificates.
QString demoStorePath();

} // namespace certpilot
