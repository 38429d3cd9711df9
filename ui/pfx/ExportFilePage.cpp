// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ExportFilePage.h"

#include "pfx/ExportJob.h"
#include "pfx/ExportWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace certpilot {

namespace {

bool isFolderFormat(ExportFormat f) { return ExportFormatText::writesFolder(f); }

} // namespace

ExportFilePage::ExportFilePage(ExportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse..."), this))
    , m_files(new QLabel(this))
    , m_replace(new QCheckBox(tr("Re&place the existing files"), this))
{
    setObjectName(QStringLiteral("exportFilePage"));
    setTitle(tr("File to Export"));
    setButtonText(QWizard::NextButton, tr("&Export"));
    m_path->setObjectName(QStringLiteral("pathLineEdit"));
    m_browse->setObjectName(QStringLiteral("browsePushButton"));
    m_files->setObjectName(QStringLiteral("filesLabel"));
    m_files->setWordWrap(true);
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_replace->setObjectName(QStringLiteral("replaceCheckBox"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_files);
    layout->addWidget(m_replace);
    layout->addStretch();
    connect(m_path, &QLineEdit::textChanged, this, &ExportFilePage::refresh);
    connect(m_replace, &QCheckBox::toggled, this, &ExportFilePage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportFilePage::browse);
}

void ExportFilePage::initializePage()
{
    const ExportDraft& draft = m_wizard->draft();
    const ExportRequest request = draft.request(m_wizard->entry().certificate);
    QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QDir::homePath();
    if (isFolderFormat(draft.format)) {
        setSubTitle(tr("Choose a folder; the files are written into it with the names the web server's "
                       "guides use."));
        m_path->setText(draft.path.isEmpty() || !QFileInfo(draft.path).isDir() ? start : draft.path);
    } else {
        setSubTitle(tr("Choose the file name."));
        const QString name = request.baseName() + QLatin1Char('.') + ExportFormatText::suffix(draft.format);
        m_path->setText(QDir(start).filePath(name));
    }
    m_replace->setChecked(false);
    refresh();
}

QStringList ExportFilePage::plannedPaths() const
{
    ExportDraft draft = m_wizard->draft();
    draft.path = m_path->text().trimmed();
    return ExportJob::plannedPaths(draft.request(m_wizard->entry().certificate), draft.target());
}

void ExportFilePage::refresh()
{
    const QString path = m_path->text().trimmed();
    m_existing.clear();
    if (path.isEmpty()) {
        m_files->setText(tr("Type a name or choose one with Browse."));
        m_replace->hide();
        emit completeChanged();
        return;
    }
    const QStringList planned = plannedPaths();
    QStringList lines;
    for (const QString& p : planned) {
        const bool exists = QFileInfo::exists(p);
        if (exists)
            m_existing << p;
        lines << (exists ? tr("%1 (exists)") : QStringLiteral("%1"))
                     .arg(QDir::toNativeSeparators(p).toHtmlEscaped());
    }
    const QString folder = isFolderFormat(m_wizard->draft().format) ? path : QFileInfo(path).absolutePath();
    QString text = tr("Files to write:") + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    if (!QFileInfo(folder).isDir())
        text += QStringLiteral("<br><b>") + tr("The folder %1 does not exist.").arg(folder.toHtmlEscaped())
            + QStringLiteral("</b>");
    m_files->setText(text);
    m_replace->setVisible(!m_existing.isEmpty());
    emit completeChanged();
}

void ExportFilePage::browse()
{
    const ExportFormat format = m_wizard->draft().format;
    QString chosen;
    if (isFolderFormat(format)) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the Files"), m_path->text());
    } else {
        const QString suffix = ExportFormatText::suffix(format);
        chosen = QFileDialog::getSaveFileName(this, tr("Export As"), m_path->text(),
                                              tr("%1 files (*.%2);;All files (*)").arg(suffix.toUpper(), suffix),
                                              nullptr, QFileDialog::DontConfirmOverwrite);
    }
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

bool ExportFilePage::isComplete() const
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return false;
    const bool folder = isFolderFormat(m_wizard->draft().format);
    if (!QFileInfo(folder ? path : QFileInfo(path).absolutePath()).isDir())
        return false;
    if (!folder && QFileInfo(path).isDir())
        return false;
    return m_existing.isEmpty() || m_replace->isChecked();
}

bool ExportFilePage::validatePage()
{
    ExportDraft& draft = m_wizard->draft();
    draft.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    draft.replace = m_replace->isChecked();
    return true;
}

} // namespace certpilot
