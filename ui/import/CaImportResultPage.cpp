// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CaImportResultPage.h"

#include "StoreSession.h"
#include "import/CaImport.h"
#include "import/CaImportWizard.h"
#include "request/CompleteRequest.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace certpilot {

namespace {

QString htmlList(const QStringList& lines)
{
    QStringList escaped;
    for (const QString& l : lines)
        escaped << l.toHtmlEscaped();
    return QStringLiteral("<ul><li>") + escaped.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
}

} // namespace

CaImportResultPage::CaImportResultPage(CaImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_done(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify Installation..."), this))
{
    setObjectName(QStringLiteral("caImportResultPage"));
    setTitle(tr("Installing"));
    setSubTitle(tr("Everything is installed in one step: all of it, or nothing."));
    m_status->setObjectName(QStringLiteral("resultStatusLabel"));
    m_status->setWordWrap(true);
    m_busyBar->setObjectName(QStringLiteral("installProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(12);
    m_done->setObjectName(QStringLiteral("resultListLabel"));
    m_done->setWordWrap(true);
    m_done->setTextFormat(Qt::RichText);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("resultDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_verify->setObjectName(QStringLiteral("verifyPushButton"));
    m_verify->setToolTip(tr("Check dates, private key, certification path, purpose and strength of the server "
                            "certificate, as an administrator does after installing it."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_done);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_verify, &QPushButton::clicked, this, [this] { emit verifyRequested(m_serverSha1); });
}

void CaImportResultPage::initializePage()
{
    const ImportPlan plan = m_wizard->finalPlan();
    m_finished = false;
    m_succeeded = false;
    m_busy = true;
    m_busyBar->show();
    m_verify->hide();
    m_done->clear();
    m_detail->hide();
    m_serverSha1.clear();
    for (const ImportPlan::Item& item : plan.items()) {
        if (item.role == ImportPlan::Role::Server && item.action != ImportPlan::Action::Skip) {
            m_serverSha1 = item.certificate.sha1();
            break;
        }
    }
    m_status->setText(tr("Installing %n certificate(s)...", nullptr, plan.importCount()));
    QStringList installed;
    for (const ImportPlan::Item& item : plan.items()) {
        if (item.action != ImportPlan::Action::Skip)
            installed << item.certificate.sha1();
    }
    QPointer<CaImportResultPage> self(this);
    auto finish = [self, plan, installed](const Result<void>& result) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_finished = true;
        self->m_busyBar->hide();
        if (!result) {
            self->setTitle(tr("Nothing Was Installed"));
            self->setSubTitle(QString());
            self->m_status->setText(QStringLiteral("<b>%1</b>").arg(
                tr("Nothing was imported: %1 The store is as it was before.").arg(result.error().message).toHtmlEscaped()));
            self->m_detail->setText(result.error().detail);
            self->m_detail->setVisible(!result.error().detail.isEmpty());
            emit self->completeChanged();
            return;
        }
        self->m_succeeded = true;
        self->setTitle(tr("Installation Complete"));
        self->setSubTitle(QString());
        self->m_status->setText(tr("Done:"));
        QString html = htmlList(CaImport::describe(plan, true));
        for (const ImportPlan::Item& item : plan.items()) {
            if (item.handsOffToCompleteRequest()) {
                html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Complete Certificate Request").toHtmlEscaped())
                    + htmlList(CompleteRequest::describe(item.completion, true));
            } else if (item.action != ImportPlan::Action::Skip && (item.flags & ImportPlan::Flag::NoPrivateKey)) {
                html += QStringLiteral("<p><b>%1</b>: %2</p>")
                            .arg(item.certificate.subject().displayName().toHtmlEscaped(), item.note.toHtmlEscaped());
            }
        }
        self->m_done->setText(html);
        self->m_verify->setVisible(!self->m_serverSha1.isEmpty());
        emit self->completeChanged();
        emit self->imported(installed);
    };
    const StoreChange change = plan.change();
    if (change.isEmpty()) {
        finish(Result<void>{});
        return;
    }
    m_wizard->session()->commit(change, finish);
    emit completeChanged();
}

} // namespace certpilot
