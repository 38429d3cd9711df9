// SPDX-License-Identifier: GPL-3.0-or-later
// --store names a folder, or "windows:" for the Windows certificate stores.

#include "StoreLocation.h"
#include "TestPki.h"
#include "settings/AppSettings.h"
#include "store/StoreLocator.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;

namespace {

TEST(StoreLocatorTest, AFolderOpensAPemDirectoryStore)
{
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/store");
    auto opened = StoreLocator::open(folder);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(QDir::cleanPath((*opened)->location()), QDir::cleanPath(folder));
    EXPECT_TRUE(QDir(folder).exists());
}

TEST(StoreLocatorTest, WindowsStoresAreNamedAndRefusedElsewhere)
{
    EXPECT_TRUE(isWindowsStores(QStringLiteral("windows:")));
    EXPECT_TRUE(isWindowsStores(QStringLiteral(" Windows: ")));
    EXPECT_FALSE(isWindowsStores(QStringLiteral("windows")));   // a folder of that name stays a folder
    EXPECT_FALSE(isWindowsStores(QStringLiteral("/srv/windows:")));
    AppSettings settings;
    settings.storePath = windowsStores();
    EXPECT_TRUE(settings.validate().ok());
#ifndef _WIN32
    // In an empty working folder, so a folder made by mistake would show.
    QTemporaryDir cwd;
    const QString before = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(cwd.path()));
    auto opened = StoreLocator::open(QStringLiteral("windows:"));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Unsupported);
    EXPECT_TRUE(opened.error().message.contains(QLatin1String("only on Windows")));
    EXPECT_TRUE(QDir(cwd.path()).isEmpty()) << "no folder made for it";
    QDir::setCurrent(before);
#endif
}

TEST(StoreLocatorTest, TheEnvironmentCanNameTheWindowsStores)
{
    const QByteArray saved = qgetenv("CERTPILOT_STORE");
    qputenv("CERTPILOT_STORE", "WINDOWS:");
    EXPECT_EQ(defaultStorePath(), windowsStores());
    qputenv("CERTPILOT_STORE", "/tmp/certpilot-elsewhere");
    EXPECT_EQ(defaultStorePath(), QStringLiteral("/tmp/certpilot-elsewhere"));
    if (saved.isNull())
        qunsetenv("CERTPILOT_STORE");
    else
        qputenv("CERTPILOT_STORE", saved);
}

} // namespace
