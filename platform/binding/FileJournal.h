// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

// Remembers every file and folder a binding touches, before it touches it, so
// a failed binding can put everything back exactly: contents, permissions,
// and files or folders that did not exist removed again. Writes go through
// AtomicFile, so each file is either old or new, never half-written.
class FileJournal {
    Q_DECLARE_TR_FUNCTIONS(FileJournal)
public:
    FileJournal() = default;
    FileJournal(const FileJournal&) = delete;
    FileJournal& operator=(const FileJournal&) = delete;
    ~FileJournal();

    // Creates a folder and its missing parents with `permissions`, remembering which were new.
    Result<void> makeDirectory(const QString& path, QFileDevice::Permissions permissions);
    // Writes a file atomically. Secrets are owner-only (0600); other new files
    // get 0644; an existing file keeps its permissions.
    Result<void> write(const QString& path, const QByteArray& content, bool secret);

    // Puts back everything in reverse order. Keeps going past a failure and
    // reports all failures at the end. The journal is empty afterwards.
    Result<void> restore();
    // Forgets the remembered state: the changes stay (after success).
    void commit();

    QStringList touchedFiles() const;

private:
    struct Entry {
        QString path;
        bool directory = false;
        bool existed = false;
        QByteArray content;
        QFileDevice::Permissions permissions;
        uint owner = uint(-2);
        uint group = uint(-2);
    };
    bool remembered(const QString& path) const;
    QList<Entry> m_entries;
};

} // namespace certpilot
