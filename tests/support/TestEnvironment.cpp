// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnvironment.h"

#include <QDir>
#include <QFileInfo>

namespace certpilot::test {

namespace {

void setDefault(const char* name, const char* value)
{
    if (qEnvironmentVariableIsEmpty(name))
        qputenv(name, value);
}

} // namespace

void setUpEnvironment()
{
    setDefault("CERTPILOT_SOURCE_DIR", CERTPILOT_TEST_SOURCE_DIR);
    setDefault("CERTPILOT_BINARY_DIR", CERTPILOT_TEST_BINARY_DIR);
    setDefault("CERTPILOT_VECTORS_DIR", CERTPILOT_TEST_VECTORS_DIR);
    setDefault("QT_QPA_PLATFORM", "offscreen");
}

QString vectorsDir(const QString& sub)
{
    const QString root = qEnvironmentVariable("CERTPILOT_VECTORS_DIR");
    if (root.isEmpty())
        return {};
    const QString path = QDir::cleanPath(sub.isEmpty() ? root : root + QLatin1Char('/') + sub);
    return QFileInfo(path).isDir() ? path : QString();
}

} // namespace certpilot::test
