// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace certpilot {

// One window per user and store: a second `certpilot FILE...` on the same
// store hands the files to the running window and exits. The channel is a
// local socket in the user's runtime folder (only the user can reach it),
// named after the store's canonical path; a lock file makes "ask the running
// one, else become it" one step when two start at once.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Primary,     // no other instance: this one listens; filesReceived will come
        HandedOver,  // a running instance took the files: exit 0
        Standalone,  // an instance holds the name but did not answer: run without listening
    };

    explicit SingleInstance(const QString& storePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Hands `files` (relative ones made absolute against the current folder)
    // to the instance already running on this store, or becomes that instance.
    // Blocks for at most `timeoutMs` waiting for an answer.
    Outcome start(const QStringList& files, int timeoutMs = 5000);

    // The local socket name (a path on Unix) for a store; the same for every
    // spelling of the store's path.
    static QString serverName(const QString& storePath);
    QString serverName() const { return m_name; }

signals:
    // Another `certpilot` started on this store, with these absolute paths
    // (empty: it was started without files; bring the window to the front).
    void filesReceived(const QStringList& absolutePaths);

private:
    bool handOver(const QStringList& files, int timeoutMs, bool* answered);
    void accept();
    void readRequest(QLocalSocket* socket);

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace certpilot
