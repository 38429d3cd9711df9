// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace certpilot {

namespace {

// The request: magic, protocol version, the absolute paths. The answer: one byte.
constexpr quint32 kMagic = 0x43504c31;  // "CPL1"
constexpr quint32 kProtocol = 1;
constexpr char kAccepted = 'A';
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

QString userName()
{
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? QStringLiteral("user") : name;
}

} // namespace

SingleInstance::SingleInstance(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_name(serverName(storePath))
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();  // removes the socket file
}

QString SingleInstance::serverName(const QString& storePath)
{
    // The store may not exist yet (first start): then its absolute, cleaned path.
    const QFileInfo info(storePath);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // The runtime folder is the user's own (0700): other users cannot connect.
    // Qt makes one in the temporary folder when XDG_RUNTIME_DIR is unset.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(QStringLiteral("certpilot-%1.socket").arg(id));
#endif
    return QStringLiteral("certpilot-%1-%2").arg(userName(), id);
}

SingleInstance::Outcome SingleInstance::start(const QStringList& files, int timeoutMs)
{
    QStringList absolute;
    for (const QString& file : files)
        absolute << QFileInfo(file).absoluteFilePath();

    // Two instances starting together must not both find no server and both
    // listen (the second would remove the first's socket).
    const QString lockPath = (m_name.contains(QLatin1Char('/')) ? m_name : QDir::temp().filePath(m_name))
        + QStringLiteral(".lock");
    QLockFile lock(lockPath);
    lock.tryLock(timeoutMs);  // without it (a hung starter), go on: at worst two windows

    bool answered = false;
    if (handOver(absolute, timeoutMs, &answered))
        return answered ? Outcome::HandedOver : Outcome::Standalone;

    // Nobody listening: a socket left by a crash would make listen() fail.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        delete m_server;
        m_server = nullptr;
        return Outcome::Standalone;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return Outcome::Primary;
}

// Connects to a running instance and sends the files. False when no instance
// listens; true when one does, with *answered telling whether it confirmed.
bool SingleInstance::handOver(const QStringList& files, int timeoutMs, bool* answered)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(std::min(timeoutMs, 1000)))
        return false;
    QByteArray request;
    QDataStream out(&request, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kMagic << kProtocol << files;
    socket.write(request);
    socket.flush();
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            break;
    }
    char reply = 0;
    *answered = socket.bytesAvailable() >= 1 && socket.read(&reply, 1) == 1 && reply == kAccepted;
    socket.disconnectFromServer();
    return true;
}

void SingleInstance::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket* socket)
{
    QDataStream in(socket);
    in.setVersion(kStreamVersion);
    in.startTransaction();
    quint32 magic = 0;
    quint32 protocol = 0;
    QStringList files;
    in >> magic >> protocol >> files;
    if (!in.commitTransaction()) {
        if (in.status() == QDataStream::ReadPastEnd)
            return;  // more to come
        socket->abort();
        return;
    }
    if (magic != kMagic || protocol != kProtocol) {
        socket->abort();  // not ours: a newer or older CertPilot, or something else entirely
        return;
    }
    QStringList absolute;
    for (const QString& file : std::as_const(files)) {
        if (QDir::isAbsolutePath(file))
            absolute << QDir::cleanPath(file);
    }
    socket->write(&kAccepted, 1);
    socket->flush();
    socket->disconnectFromServer();
    emit filesReceived(absolute);
}

} // namespace certpilot
