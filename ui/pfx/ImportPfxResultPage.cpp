// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/ImportPfxResultPage.h"

#include "StoreKind.h"
#include "StoreSession.h"
#include "pfx/ImportPfxWizard.h"

#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QVBoxLayout>

namespace certpilot {

ImportPfxResultPage::ImportPfxResultPage(ImportPfxWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("importPfxResultPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("Everything is added in one step: all of it, or nothing."));
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busyBar->setObjectName(QStringLiteral("importProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_detail->setObjectName(QStringLiteral("importDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_detail);
    layout->addStretch();
}

void ImportPfxResultPage::initializePage()
{
    const PfxImportPlan plan = *m_wizard->plan();
    const PfxImportPlan::Options options = m_wizard->options();
    m_status->setText(tr("Adding to the store..."));
    auto change = plan.change(options, m_wizard->session()->contents());
    if (!change) {
        m_busyBar->hide();
        m_status->setText(change.error().message);
        return;
    }
    QStringList lines;
    if (!plan.certificateAlreadyRestored())
        lines << tr("%1 with its private key &rarr; %2")
                     .arg(plan.certificate().subject().displayName().toHtmlEscaped(),
                          StoreKindText::displayName(StoreKind::Personal).toHtmlEscaped());
    for (const StoreChange::Add& add : change->adds()) {
        if (add.kind != StoreKind::Personal)
            lines << QStringLiteral("%1 &rarr; %2").arg(add.certificate.subject().displayName().toHtmlEscaped(),
                                                        StoreKindText::displayName(add.kind).toHtmlEscaped());
    }
    QPointer<ImportPfxResultPage> self(this);
    const QString thumbprint = plan.certificate().sha1();
    m_wizard->session()->commit(*change, [self, lines, thumbprint](const Result<void>& done) {
        if (!self)
            return;
        self->m_busyBar->hide();
        if (!done) {
            self->setTitle(ImportPfxResultPage::tr("Import Failed"));
            self->m_status->setText(ImportPfxResultPage::tr("Nothing was imported: %1").arg(done.error().message.toHtmlEscaped()));
            self->m_detail->setText(done.error().detail);
            self->m_detail->setVisible(!done.error().detail.isEmpty());
            return;
        }
        self->setTitle(ImportPfxResultPage::tr("Import Complete"));
        self->m_status->setText(ImportPfxResultPage::tr("Imported:") + QStringLiteral("<ul><li>")
                                + lines.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>")
                                + ImportPfxResultPage::tr("Bind the certificate to its web site again to use it."));
        self->m_done = true;
        emit self->completeChanged();
        emit self->imported(thumbprint);
    });
}

} // namespace certpilot
