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
        return isWindowsStores(fromEnv) ? windowsStores() : QDir(fromEnv).absolutePath();
#ifdef _WIN32
    return windowsStores();
#else
    return dataRoot() + QStringLiteral("/store");
#endif
}

QString windowsStores() { return QStringLiteral("windows:"); }

bool isWindowsStores(const QString& location)
{
    return location.trimmed().compare(windowsStores(), Qt::CaseInsensitive) == 0;
}

QString demoStorePath() { return dataRoot() + QStringLiteral("/demo-store"); }

} // namespace certpilot
