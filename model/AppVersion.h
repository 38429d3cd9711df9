// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace certpilot {

// The version of CertPilot (project(VERSION) via the generated CertPilotVersion.h).
QString appVersion();
// The libraries this process actually runs on, for --version and About:
// "Qt 6.4.2, OpenSSL 3.0.11 19 Sep 2023".
QString runtimeLibraries();
// One line for `PROGRAM --version`: "certpilot-cli 0.1.0 (Qt 6.4.2, OpenSSL 3.0.11 19 Sep 2023)".
QString versionLine(const QString& program);

} // namespace certpilot
