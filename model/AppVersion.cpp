// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppVersion.h"

#include "CertPilotVersion.h"

#include <QtGlobal>

#include <openssl/crypto.h>

namespace certpilot {

QString appVersion() { return QString::fromLatin1(version::string); }

QString runtimeLibraries()
{
    // The loaded libraries, not the headers we were built with: what a bug report needs.
    return QStringLiteral("Qt %1, %2")
        .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
}

QString versionLine(const QString& program)
{
    return QStringLiteral("%1 %2 (%3)").arg(program, appVersion(), runtimeLibraries());
}

} // namespace certpilot
