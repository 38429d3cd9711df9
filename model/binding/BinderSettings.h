// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/ServerType.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace certpilot {

// How CertPilot reaches one web server: where its configuration is, where the
// binding files go, and the commands that test and reload it. Commands are a
// program and its arguments; "{configRoot}" and "{mainConfig}" in them are
// replaced, so one default fits a server installed anywhere.
struct BinderSettings {
    ServerType serverType = ServerType::Nginx;
    QString configRoot;            // /etc/nginx, /etc/apache2
    QString mainConfig;            // empty: nginx.conf, or apache2.conf / httpd.conf, in the root
    QString certificateDirectory;  // empty: <configRoot>/certpilot
    QStringList testCommand;
    QStringList reloadCommand;
    int commandTimeoutMs = 60000;
    int probeTimeoutMs = 5000;     // one connection attempt
    int probeWaitMs = 15000;       // how long a reload may take to show the new certificate
    bool probeAfterReload = true;

    // The system defaults: /etc/nginx with `nginx -t` and `nginx -s reload`;
    // /etc/apache2 with `apache2ctl configtest` and `apache2ctl graceful`.
    static BinderSettings defaults(ServerType type);
    // The saved settings (group "binding/<server>"), defaults where none are saved.
    static BinderSettings load(ServerType type, QSettings& settings);
    void save(QSettings& settings) const;

    QString resolvedMainConfig() const;
    QString resolvedCertificateDirectory() const;
    QStringList expand(const QStringList& command) const;
    // A command as one line for previews and messages; QProcess::splitCommand reads it back.
    static QString commandLine(const QStringList& command);
};

} // namespace certpilot
