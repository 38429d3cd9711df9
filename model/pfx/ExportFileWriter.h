// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "pfx/ExportFile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace certpilot {

// Writes export files outside the store. Each file is written through a
// temporary file and renamed (QSaveFile), so a reader never sees half a file;
// secret files are made owner-only (0600) before their first byte. Existing
// files are replaced only when the caller says so (the user confirmed it), and
// then checked all before anything is written.
class ExportFileWriter {
    Q_DECLARE_TR_FUNCTIONS(ExportFileWriter)
public:
    // Returns the absolute paths written, in order.
    static Result<QStringList> write(const QList<ExportFile>& files, const QString& folder, bool replace);
    // The paths `write` would use, and which of them exist already.
    static QStringList targets(const QList<ExportFile>& files, const QString& folder);
    static QStringList existing(const QList<ExportFile>& files, const QString& folder);
};

} // namespace certpilot
