// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace certpilot {

namespace {
QString dataRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/certpilot");
}
} // namespace

QString defaultStorePath()
{
    const QString fromEnv = qEnvironmentVariable("CERTPILOT_STORE");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return dataRoot() + QStringLiteral("/store");
}

QString demoStorePath() { return dataRoot() + QStringLiteral("/demo-store"); }

} // namespace certpilot
