// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BinderSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace certpilot {

BinderSettings BinderSettings::defaults(ServerType type)
{
    BinderSettings s;
    s.serverType = type;
    if (type == ServerType::Apache) {
        s.configRoot = QStringLiteral("/etc/apache2");
        // apache2ctl reads Debian's envvars (APACHE_RUN_DIR...) which apache2 alone lacks.
        s.testCommand = {QStringLiteral("apache2ctl"), QStringLiteral("configtest")};
        s.reloadCommand = {QStringLiteral("apache2ctl"), QStringLiteral("graceful")};
    } else {
        s.configRoot = QStringLiteral("/etc/nginx");
        s.testCommand = {QStringLiteral("nginx"), QStringLiteral("-t"), QStringLiteral("-c"),
                         QStringLiteral("{mainConfig}")};
        s.reloadCommand = {QStringLiteral("nginx"), QStringLiteral("-s"), QStringLiteral("reload"),
                           QStringLiteral("-c"), QStringLiteral("{mainConfig}")};
    }
    return s;
}

BinderSettings BinderSettings::load(ServerType type, QSettings& settings)
{
    BinderSettings s = defaults(type);
    settings.beginGroup(QStringLiteral("binding/") + ServerTypeText::id(type));
    s.configRoot = settings.value(QStringLiteral("configRoot"), s.configRoot).toString();
    s.mainConfig = settings.value(QStringLiteral("mainConfig"), s.mainConfig).toString();
    s.certificateDirectory = settings.value(QStringLiteral("certificateDirectory"), s.certificateDirectory).toString();
    s.testCommand = settings.value(QStringLiteral("testCommand"), s.testCommand).toStringList();
    s.reloadCommand = settings.value(QStringLiteral("reloadCommand"), s.reloadCommand).toStringList();
    s.commandTimeoutMs = settings.value(QStringLiteral("commandTimeoutMs"), s.commandTimeoutMs).toInt();
    s.probeWaitMs = settings.value(QStringLiteral("probeWaitMs"), s.probeWaitMs).toInt();
    s.probeAfterReload = settings.value(QStringLiteral("probeAfterReload"), s.probeAfterReload).toBool();
    settings.endGroup();
    return s;
}

void BinderSettings::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("binding/") + ServerTypeText::id(serverType));
    settings.setValue(QStringLiteral("configRoot"), configRoot);
    settings.setValue(QStringLiteral("mainConfig"), mainConfig);
    settings.setValue(QStringLiteral("certificateDirectory"), certificateDirectory);
    settings.setValue(QStringLiteral("testCommand"), testCommand);
    settings.setValue(QStringLiteral("reloadCommand"), reloadCommand);
    settings.setValue(QStringLiteral("commandTimeoutMs"), commandTimeoutMs);
    settings.setValue(QStringLiteral("probeWaitMs"), probeWaitMs);
    settings.setValue(QStringLiteral("probeAfterReload"), probeAfterReload);
    settings.endGroup();
}

QString BinderSettings::resolvedMainConfig() const
{
    if (!mainConfig.isEmpty())
        return QDir(configRoot).absoluteFilePath(mainConfig);
    const QDir root(configRoot);
    if (serverType == ServerType::Apache) {
        for (const char* name : {"apache2.conf", "httpd.conf", "conf/httpd.conf"}) {
            if (QFileInfo::exists(root.filePath(QLatin1String(name))))
                return root.filePath(QLatin1String(name));
        }
        return root.filePath(QStringLiteral("apache2.conf"));
    }
    return root.filePath(QStringLiteral("nginx.conf"));
}

QString BinderSettings::resolvedCertificateDirectory() const
{
    if (!certificateDirectory.isEmpty())
        return QDir(configRoot).absoluteFilePath(certificateDirectory);
    return QDir(configRoot).filePath(QStringLiteral("certpilot"));
}

QStringList BinderSettings::expand(const QStringList& command) const
{
    QStringList out;
    for (QString arg : command) {
        arg.replace(QLatin1String("{configRoot}"), configRoot);
        arg.replace(QLatin1String("{mainConfig}"), resolvedMainConfig());
        out << arg;
    }
    return out;
}

QString BinderSettings::commandLine(const QStringList& command)
{
    QStringList parts;
    for (const QString& arg : command) {
        if (arg.isEmpty() || arg.contains(QLatin1Char(' ')) || arg.contains(QLatin1Char('\''))
            || arg.contains(QLatin1Char('"')) || arg.contains(QLatin1Char(';')))
            parts << QLatin1Char('"') + QString(arg).replace(QLatin1Char('"'), QLatin1String("\"\"\"")) + QLatin1Char('"');
        else
            parts << arg;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace certpilot
