// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/BinderSettings.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace certpilot::e2e {

// A real web server (Debian's nginx or apache2) run by a test as a process of
// its own: configuration in a temporary folder, loopback ports chosen at run
// time, started in the foreground so the test owns it, stopped in the
// destructor even when the test failed.
class WebServer {
public:
    virtual ~WebServer();
    WebServer(const WebServer&) = delete;
    WebServer& operator=(const WebServer&) = delete;

    QString prefix() const { return m_dir.path(); }
    // The configuration root, as a user would give it to CertPilot.
    QString root() const { return m_dir.path() + QStringLiteral("/conf"); }
    // Writes a file under the configuration root.
    void writeConfig(const QString& relativePath, const QByteArray& text) const;
    // A file anywhere under the prefix (certificates the site starts with).
    QString writeFile(const QString& relativePath, const QByteArray& bytes) const;

    // Starts the server and waits until it has written its pid file (Apache reads its
    // configuration twice while starting; the pid file comes after) and every port in
    // `ports` accepts connections.
    bool start(const QList<int>& ports, QString* error);
    void stop();
    bool isRunning() const;
    QString log() const;   // the process's output and error log, for failure messages

    // What CertPilot needs to manage this server: root and commands.
    virtual BinderSettings settings() const = 0;

    // A loopback port nothing listens on right now.
    static int freePort();
    // Whether 127.0.0.1:port accepts a TCP connection.
    static bool accepts(int port);

protected:
    WebServer();
    virtual QString program() const = 0;
    virtual QStringList arguments() const = 0;
    virtual QString errorLogPath() const = 0;
    // Written once the server has finished reading its configuration.
    virtual QString pidFilePath() const = 0;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};

// Whether the process runs as root: the servers then get an unprivileged user for their workers.
bool runningAsRoot();

} // namespace certpilot::e2e
