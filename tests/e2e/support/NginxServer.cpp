// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxServer.h"

#include <QDir>
#include <QStandardPaths>

namespace certpilot::e2e {

QString NginxServer::binary()
{
    return QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
}

NginxServer::NginxServer()
{
    const QByteArray p = prefix().toUtf8();
    QByteArray conf;
    if (runningAsRoot())
        conf += "user nobody nogroup;\n";
    conf += "worker_processes 1;\npid " + p + "/run/nginx.pid;\nerror_log " + p + "/logs/error.log warn;\n"
            "events { worker_connections 64; }\n"
            "http {\n"
            "    access_log off;\n"
            "    client_body_temp_path " + p + "/run/body;\n"
            "    proxy_temp_path " + p + "/run/proxy;\n"
            "    fastcgi_temp_path " + p + "/run/fastcgi;\n"
            "    uwsgi_temp_path " + p + "/run/uwsgi;\n"
            "    scgi_temp_path " + p + "/run/scgi;\n"
            "    include sites-enabled/*;\n"
            "}\n";
    writeConfig(QStringLiteral("nginx.conf"), conf);
    QDir(root()).mkpath(QStringLiteral("sites-enabled"));
}

QStringList NginxServer::arguments() const
{
    return {QStringLiteral("-p"), prefix() + QLatin1Char('/'), QStringLiteral("-c"), root() + QStringLiteral("/nginx.conf"),
            QStringLiteral("-g"), QStringLiteral("daemon off;")};
}

QString NginxServer::errorLogPath() const { return prefix() + QStringLiteral("/logs/error.log"); }

BinderSettings NginxServer::settings() const
{
    BinderSettings s = BinderSettings::defaults(ServerType::Nginx);
    s.configRoot = root();
    const QString prefixArg = prefix() + QLatin1Char('/');
    s.testCommand = {binary(), QStringLiteral("-t"), QStringLiteral("-p"), prefixArg, QStringLiteral("-c"),
                     QStringLiteral("{mainConfig}")};
    s.reloadCommand = {binary(), QStringLiteral("-s"), QStringLiteral("reload"), QStringLiteral("-p"), prefixArg,
                       QStringLiteral("-c"), QStringLiteral("{mainConfig}")};
    s.commandTimeoutMs = 20000;
    s.probeTimeoutMs = 2000;
    s.probeWaitMs = 10000;
    return s;
}

QString NginxServer::pidFilePath() const { return prefix() + QStringLiteral("/run/nginx.pid"); }

} // namespace certpilot::e2e
