// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace certpilot::e2e {

bool runningAsRoot() { return ::geteuid() == 0; }

WebServer::WebServer()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    // Workers run as nobody when we are root; they must be able to enter the prefix.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                            | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QDir(m_dir.path()).mkpath(QStringLiteral("conf"));
    QDir(m_dir.path()).mkpath(QStringLiteral("logs"));
    QDir(m_dir.path()).mkpath(QStringLiteral("run"));
}

WebServer::~WebServer() { stop(); }

void WebServer::writeConfig(const QString& relativePath, const QByteArray& text) const
{
    const QString path = QDir(root()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

QString WebServer::writeFile(const QString& relativePath, const QByteArray& bytes) const
{
    const QString path = QDir(prefix()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
    return path;
}

int WebServer::freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

bool WebServer::accepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(quint16(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    ::close(fd);
    return ok;
}

bool WebServer::start(const QList<int>& ports, QString* error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(prefix());
    m_process->start(program(), arguments());
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program(), m_process->errorString());
        return false;
    }
    // Ready when it accepts connections, not after a guessed sleep.
    QDeadlineTimer deadline(20000);
    while (!QFileInfo::exists(pidFilePath())) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
            *error = QStringLiteral("%1 did not finish starting:\n%2").arg(program(), log());
            stop();
            return false;
        }
        m_process->waitForFinished(20);
    }
    for (int port : ports) {
        while (!accepts(port)) {
            if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
                m_process->waitForFinished(100);
                *error = QStringLiteral("%1 is not listening on port %2:\n%3").arg(program()).arg(port).arg(log());
                stop();
                return false;
            }
            m_process->waitForFinished(20);
        }
    }
    return true;
}

bool WebServer::isRunning() const { return m_process && m_process->state() == QProcess::Running; }

void WebServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QString WebServer::log() const
{
    QString text;
    if (m_process)
        text += QString::fromLocal8Bit(m_process->readAll());
    QFile f(errorLogPath());
    if (f.open(QIODevice::ReadOnly))
        text += QString::fromLocal8Bit(f.readAll().right(4000));
    return text;
}

} // namespace certpilot::e2e
