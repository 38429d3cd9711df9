// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ExportResultPage.h"

#include "StoreSession.h"
#include "pfx/ExportJob.h"
#include "pfx/ExportWizard.h"
#include "pfx/PasswordFields.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

namespace certpilot {

ExportResultPage::ExportResultPage(ExportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_files(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_readBack(new QLabel(this))
    , m_info(new QPlainTextEdit(this))
    , m_detail(new QLabel(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("exportResultPage"));
    setTitle(tr("Exporting"));
    setSubTitle(tr("The files are written, then read back the way their users will read them."));
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_busyBar->setObjectName(QStringLiteral("exportProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_files->setObjectName(QStringLiteral("exportedFilesLabel"));
    m_files->setWordWrap(true);
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setObjectName(QStringLiteral("exportWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_readBack->setObjectName(QStringLiteral("readBackLabel"));
    m_readBack->setWordWrap(true);
    m_readBack->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setObjectName(QStringLiteral("pfxInfoPlainTextEdit"));
    m_info->setReadOnly(true);
    m_info->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_info->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setObjectName(QStringLiteral("exportDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_files);
    layout->addWidget(m_warnings);
    layout->addWidget(m_readBack);
    layout->addWidget(m_info, 1);
    layout->addWidget(m_detail);
    layout->addStretch();
    m_files->hide();
    m_warnings->hide();
    m_readBack->hide();
    m_info->hide();
    m_detail->hide();
}

ExportResultPage::~ExportResultPage() { m_cancel->store(true); }

void ExportResultPage::initializePage() { start(); }

void ExportResultPage::start()
{
    if (m_busy || m_done)
        return;
    m_busy = true;
    setTitle(tr("Exporting"));
    m_busyBar->show();
    m_detail->hide();
    const ExportDraft draft = m_wizard->draft();
    const StoreEntry entry = m_wizard->entry();
    ExportRequest request = draft.request(entry.certificate);
    if (draft.needsPassword())
        request.password = m_wizard->passwordFields()->password();
    const ChainResult* cached = m_wizard->session()->chainResult(entry.certificate.sha1());
    const std::optional<ExportChain> chain = cached ? std::optional(ExportChain::fromResult(*cached)) : std::nullopt;
    const StoreContents contents = m_wizard->session()->contents();
    const ExportJob::Target target = draft.target();
    m_status->setText(draft.format == ExportFormat::Pfx
                          ? tr("Encrypting the PFX file and reading it back with the same password...")
                          : tr("Writing the files and reading them back..."));

    auto key = std::make_shared<std::optional<Result<PrivateKey>>>();
    auto cancel = m_cancel;
    QPointer<ExportResultPage> self(this);
    auto runJob = [self, request, chain, contents, target, key, cancel]() mutable {
        if (!self)
            return;
        if (key->has_value()) {
            if (!**key) {
                self->failed((**key).error());
                return;
            }
            request.key = (**key).value();
        }
        QtConcurrent::run([request, chain, contents, target, cancel]() mutable {
            request.chain = chain ? *chain : ExportChain::forStore(contents, request.certificate);
            return std::make_shared<Result<ExportReport>>(ExportJob::run(request, target, cancel.get()));
        }).then(self.data(), [self](const std::shared_ptr<Result<ExportReport>>& result) {
            if (!*result)
                self->failed(result->error());
            else
                self->finished(**result);
        });
    };
    if (!ExportFormatText::needsKey(draft.format)) {
        runJob();
        return;
    }
    // Store calls belong on the store's thread, one at a time.
    m_wizard->session()->runOnStore(
        [key, kind = entry.kind, id = entry.id](CertificateStore& store) { *key = store.privateKey(kind, id); },
        runJob);
}

void ExportResultPage::finished(const ExportReport& report)
{
    m_busy = false;
    m_done = true;
    m_busyBar->hide();
    setTitle(tr("Export Complete"));
    m_status->setText(tr("The export is complete."));
    QStringList files;
    for (const QString& f : report.files)
        files << QDir::toNativeSeparators(f).toHtmlEscaped();
    m_files->setText(tr("Written:") + QStringLiteral("<br>") + files.join(QStringLiteral("<br>")));
    m_files->show();
    if (!report.warnings.isEmpty()) {
        QStringList lines;
        for (const QString& w : report.warnings)
            lines << w.toHtmlEscaped();
        m_warnings->setText(QStringLiteral("<b>") + tr("Note:") + QStringLiteral("</b> ")
                            + lines.join(QStringLiteral("<br>")));
        m_warnings->show();
    }
    m_readBack->setText(report.readBack);
    m_readBack->show();
    if (m_wizard->draft().format == ExportFormat::Pfx) {
        m_info->setPlainText(report.pfxInfo.text());
        m_info->show();
    }
    m_wizard->passwordFields()->clear();
    emit completeChanged();
    emit exported(report.files);
}

void ExportResultPage::failed(const Error& error)
{
    m_busy = false;
    m_busyBar->hide();
    setTitle(tr("Export Failed"));
    m_status->setText(error.message);
    m_detail->setText(error.detail);
    m_detail->setVisible(!error.detail.isEmpty());
    // Back is hidden on the last page; a failure needs it to change the choices.
    wizard()->setOption(QWizard::NoBackButtonOnLastPage, false);
}

} // namespace certpilot
