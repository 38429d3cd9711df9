// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace certpilot {

class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
public:
    // Writes through a temporary file, flushes and renames (QSaveFile), so a
    // reader sees the old file or the new one, never half of it. Secrets are
    // made owner-only (0600) before the first byte is written, whatever the umask.
    static Result<void> write(const QString& path, const QByteArray& data, bool secret);

    // Renames without replacing: fails when `to` exists.
    static Result<void> moveNoReplace(const QString& from, const QString& to);
    // Renames over an existing file in one step.
    static Result<void> moveReplace(const QString& from, const QString& to);

    // Flushes a directory's entries to disk (POSIX; a no-op elsewhere).
    static void syncDirectory(const QString& dir);

    // Maps an errno from a failed write to a user-facing error.
    static Error errorFor(int errnoValue, const QString& path, const QString& systemText);
};

} // namespace certpilot
