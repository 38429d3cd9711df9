// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ImportPfxFilePage.h"

#include "pfx/ImportPfxWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certpilot {

ImportPfxFilePage::ImportPfxFilePage(ImportPfxWizard* wizard, const QString& file)
    : QWizardPage(wizard)
    , m_file(new QLineEdit(QDir::toNativeSeparators(file), this))
    , m_browse(new QPushButton(tr("B&rowse..."), this))
    , m_password(new QLineEdit(this))
    , m_exportable(new QCheckBox(tr("&Mark this key as exportable"), this))
{
    setObjectName(QStringLiteral("importPfxFilePage"));
    setTitle(tr("File to Import"));
    setSubTitle(tr("A PFX (.pfx or .p12) backup holds a certificate with its private key, and often the CA "
                   "certificates of its chain."));
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_browse->setObjectName(QStringLiteral("browsePushButton"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_exportable->setObjectName(QStringLiteral("exportableCheckBox"));
    m_exportable->setChecked(true);
    auto* exportableText = new QLabel(tr("On Windows, a key not marked exportable can never be backed up again "
                                         "from the certificate store. CertPilot's PEM store keeps every key in a "
                                         "file, so here the choice is recorded in the certificate's notes and "
                                         "applied when the certificate moves to a Windows store."),
                                      this);
    exportableText->setObjectName(QStringLiteral("exportableLabel"));
    exportableText->setWordWrap(true);
    exportableText->setIndent(20);
    auto* passwordText = new QLabel(tr("The password that was set when the file was exported. Some files have "
                                       "none: leave the field empty for those."),
                                    this);
    passwordText->setWordWrap(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    auto* form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), passwordText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_exportable);
    layout->addWidget(exportableText);
    layout->addStretch();
    connect(m_file, &QLineEdit::textChanged, this, &ImportPfxFilePage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &ImportPfxFilePage::browse);
}

QString ImportPfxFilePage::filePath() const { return QDir::fromNativeSeparators(m_file->text().trimmed()); }

bool ImportPfxFilePage::markExportable() const { return m_exportable->isChecked(); }

bool ImportPfxFilePage::isComplete() const { return QFileInfo(filePath()).isFile(); }

void ImportPfxFilePage::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open PFX Backup"), filePath(),
                                                        tr("PFX backups (*.pfx *.p12);;All files (*)"));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

} // namespace certpilot
