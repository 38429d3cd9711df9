// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace certpilot {

// Where the GUI and the CLI find the store when none is given: $CERTPILOT_STORE,
// else on Windows the computer's own certificate stores (windowsStores()), as
// the Certificates console shows them, and elsewhere "certpilot/store" in the
// user's data folder (~/.local/share/certpilot/store).
QString defaultStorePath();
// "windows:": the location that names the Windows certificate stores instead of a folder.
QString windowsStores();
bool isWindowsStores(const QString& location);
// A separate store for --demo, so example data never mixes with real certificates.
QString demoStorePath();

} // namespace certpilot
