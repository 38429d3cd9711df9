// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApacheServer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace certpilot::e2e {

namespace {
const char* const kModules = "/usr/lib/apache2/modules";
const char* const kModuleList[][2] = {{"mpm_event_module", "mod_mpm_event.so"},
                                      {"authz_core_module", "mod_authz_core.so"},
                                      {"socache_shmcb_module", "mod_socache_shmcb.so"},
                                      {"ssl_module", "mod_ssl.so"}};
} // namespace

QString ApacheServer::binary()
{
    return QStandardPaths::findExecutable(QStringLiteral("apache2"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
}

bool ApacheServer::modulesAvailable()
{
    for (const auto& m : kModuleList) {
        if (!QFileInfo::exists(QLatin1String(kModules) + QLatin1Char('/') + QLatin1String(m[1])))
            return false;
    }
    return true;
}

ApacheServer::ApacheServer()
{
    const QByteArray p = prefix().toUtf8();
    QByteArray conf = "ServerRoot " + root().toUtf8() + "\n";
    for (const auto& m : kModuleList)
        conf += QByteArray("LoadModule ") + m[0] + ' ' + kModules + '/' + m[1] + '\n';
    conf += "PidFile " + p + "/run/apache2.pid\n"
            "DefaultRuntimeDir " + p + "/run\n"
            "Mutex file:" + p + "/run default\n"
            "ErrorLog " + p + "/logs/error.log\n"
            "LogLevel warn\n"
            "ServerName localhost\n"
            "SSLSessionCache shmcb:" + p + "/run/ssl_scache(512000)\n"
            "StartServers 1\nServerLimit 2\nThreadsPerChild 4\nMinSpareThreads 1\nMaxSpareThreads 8\n"
            "MaxRequestWorkers 8\nThreadLimit 4\n"
            "GracefulShutdownTimeout 2\n";
    if (runningAsRoot())
        conf += "User nobody\nGroup nogroup\n";
    conf += "IncludeOptional sites-enabled/*.conf\n";
    writeConfig(QStringLiteral("apache2.conf"), conf);
    QDir(root()).mkpath(QStringLiteral("sites-enabled"));
}

QStringList ApacheServer::arguments() const
{
    return {QStringLiteral("-d"), root(), QStringLiteral("-f"), root() + QStringLiteral("/apache2.conf"),
            QStringLiteral("-D"), QStringLiteral("FOREGROUND")};
}

QString ApacheServer::errorLogPath() const { return prefix() + QStringLiteral("/logs/error.log"); }

BinderSettings ApacheServer::settings() const
{
    BinderSettings s = BinderSettings::defaults(ServerType::Apache);
    s.configRoot = root();
    s.testCommand = {binary(), QStringLiteral("-d"), QStringLiteral("{configRoot}"), QStringLiteral("-f"),
                     QStringLiteral("{mainConfig}"), QStringLiteral("-t")};
    s.reloadCommand = {binary(), QStringLiteral("-d"), QStringLiteral("{configRoot}"), QStringLiteral("-f"),
                       QStringLiteral("{mainConfig}"), QStringLiteral("-k"), QStringLiteral("graceful")};
    s.commandTimeoutMs = 20000;
    s.probeTimeoutMs = 2000;
    s.probeWaitMs = 10000;
    return s;
}

QString ApacheServer::pidFilePath() const { return prefix() + QStringLiteral("/run/apache2.pid"); }

} // namespace certpilot::e2e
