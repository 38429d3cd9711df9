// SPDX-License-Identifier: GPL-3.0-or-later
// Found while writing the fuzz targets (tests/fuzz nginx_config and
// apache_config; the inputs are in tests/fuzz/corpus/): an include
// naming a device or a FIFO made the configuration readers read forever
// (/dev/zero, until memory ran out) or block in open() (a pipe). They now
// refuse anything but regular files, with the file's name in the message.
// (Wildcards and folders already listed regular files only.)
#include "TestPki.h"
#include "binding/ApacheConfig.h"
#include "binding/NginxConfig.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class ConfigSpecialFileTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const QString& rel) const { return QDir(dir.path()).filePath(rel); }
    void makeFifo(const QString& rel)
    {
        QDir().mkpath(QFileInfo(path(rel)).path());
        ASSERT_EQ(::mkfifo(QFile::encodeName(path(rel)).constData(), 0600), 0);
    }
};

TEST_F(ConfigSpecialFileTest, NginxRefusesAnIncludedDevice)
{
    writeFile(path(QStringLiteral("nginx.conf")), "events {}\nhttp {\n    include /dev/zero;\n}\n");
    const auto config = NginxConfig::read(dir.path(), QStringLiteral("nginx.conf"));
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().fullText().contains(QStringLiteral("/dev/zero"))) << config.error().fullText().toStdString();
}

TEST_F(ConfigSpecialFileTest, NginxRefusesAnIncludedFifo)
{
    writeFile(path(QStringLiteral("nginx.conf")), "events {}\nhttp {\n    include conf.d/pipe.conf;\n}\n");
    makeFifo(QStringLiteral("conf.d/pipe.conf"));
    const auto config = NginxConfig::read(dir.path(), QStringLiteral("nginx.conf"));
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().fullText().contains(QStringLiteral("pipe.conf")));
}

TEST_F(ConfigSpecialFileTest, ApacheRefusesAnIncludedDevice)
{
    writeFile(path(QStringLiteral("apache2.conf")), "Listen 80\nInclude /dev/zero\n");
    const auto config = ApacheConfig::read(dir.path(), QStringLiteral("apache2.conf"));
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().fullText().contains(QStringLiteral("/dev/zero")));
}

TEST_F(ConfigSpecialFileTest, ApacheRefusesAnIncludedFifo)
{
    writeFile(path(QStringLiteral("apache2.conf")), "Listen 80\nInclude conf.d/pipe.conf\n");
    makeFifo(QStringLiteral("conf.d/pipe.conf"));
    const auto config = ApacheConfig::read(dir.path(), QStringLiteral("apache2.conf"));
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().fullText().contains(QStringLiteral("pipe.conf")));
}

TEST_F(ConfigSpecialFileTest, RegularIncludesStillRead)
{
    writeFile(path(QStringLiteral("nginx.conf")), "events {}\nhttp {\n    include conf.d/*.conf;\n}\n");
    QDir().mkpath(path(QStringLiteral("conf.d")));
    writeFile(path(QStringLiteral("conf.d/site.conf")), "server { listen 443 ssl; server_name www.test.example; }\n");
    const auto config = NginxConfig::read(dir.path(), QStringLiteral("nginx.conf"));
    ASSERT_TRUE(config.ok()) << config.error().fullText().toStdString();
    EXPECT_EQ(config->sites().size(), 1);
}

} // namespace
