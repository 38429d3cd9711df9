// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace certpilot {

// File and folder choosers whose next answer a test can set, so no test ever
// waits for a person to pick a file. Without a set answer the dialog runs
// through DialogRunner.
class FileDialog {
    Q_DECLARE_TR_FUNCTIONS(FileDialog)
public:
    // Certificate files to import; empty when cancelled.
    static QStringList openCertificateFiles(QWidget* parent);
    // A store folder; empty when cancelled.
    static QString existingFolder(QWidget* parent, const QString& title, const QString& startIn);

    // Tests: what the next call returns (an empty list: cancelled).
    static void setNextFiles(const QStringList& files);
    static void setNextFolder(const QString& folder);
};

} // namespace certpilot
