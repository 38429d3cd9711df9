// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace certpilot::test {

// Sets CERTPILOT_SOURCE_DIR, CERTPILOT_BINARY_DIR, CERTPILOT_VECTORS_DIR and
// QT_QPA_PLATFORM=offscreen unless already set, so a suite behaves the same
// under ctest, under gtest_discover_tests and when run by hand.
void setUpEnvironment();

// The outside test vectors (../shared/vectors) or an empty string when absent.
QString vectorsDir(const QString& sub = {});

} // namespace certpilot::test
