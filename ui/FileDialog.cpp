// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialog.h"

#include "DialogRunner.h"

#include <QFileDialog>

#include <optional>

namespace certpilot {

namespace {
std::optional<QStringList>& nextFiles()
{
    static std::optional<QStringList> next;
    return next;
}
std::optional<QString>& nextFolder()
{
    static std::optional<QString> next;
    return next;
}
} // namespace

QStringList FileDialog::openCertificateFiles(QWidget* parent)
{
    if (nextFiles())
        return *std::exchange(nextFiles(), std::nullopt);
    QFileDialog dialog(parent, tr("Import Certificates"));
    dialog.setObjectName(QStringLiteral("importFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    // The content decides the format, not the extension, so "All files" is a real choice.
    dialog.setNameFilters({tr("Certificates, keys and CA archives (*.cer *.crt *.pem *.der *.p7b *.p7c *.key *.zip)"),
                           tr("All files (*)")});
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

QString FileDialog::existingFolder(QWidget* parent, const QString& title, const QString& startIn)
{
    if (nextFolder())
        return *std::exchange(nextFolder(), std::nullopt);
    QFileDialog dialog(parent, title, startIn);
    dialog.setObjectName(QStringLiteral("folderFileDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (DialogRunner::exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

void FileDialog::setNextFiles(const QStringList& files) { nextFiles() = files; }

void FileDialog::setNextFolder(const QString& folder) { nextFolder() = folder; }

} // namespace certpilot
