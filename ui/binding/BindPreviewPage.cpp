// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindPreviewPage.h"

#include "StoreSession.h"
#include "binding/BindWizard.h"
#include "binding/BindWorkflow.h"
#include "binding/DiffHighlighter.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

namespace certpilot {

BindPreviewPage::BindPreviewPage(BindWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_preview(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("bindPreviewPage"));
    setTitle(tr("Review the Change"));
    setSubTitle(tr("Nothing has changed yet. Apply writes the files and the configuration shown here; any failure "
                   "restores the previous state."));
    // Not a commit page: after a failed (rolled back) binding the user may come back here.
    setButtonText(QWizard::NextButton, tr("&Apply"));
    m_status->setObjectName(QStringLiteral("previewStatusLabel"));
    m_status->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("previewProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_preview->setObjectName(QStringLiteral("previewPlainTextEdit"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_preview->document());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_preview, 1);
}

void BindPreviewPage::initializePage()
{
    BindDraft& draft = m_wizard->draft();
    draft.plan.reset();
    m_planning = true;
    m_preview->clear();
    m_busy->show();
    m_status->setText(tr("Preparing the change..."));
    emit completeChanged();
    const int generation = ++m_generation;
    const StoreContents contents = m_wizard->session()->contents();
    const QString sha1 = m_wizard->entry().id;
    const Site site = *draft.chosenSite();
    const bool addListener = draft.addListener;
    const int port = draft.port;
    auto binder = draft.binder;
    auto request = std::make_shared<std::optional<Result<BindingRequest>>>();
    QPointer<BindPreviewPage> self(this);
    // The key is read where the store is used, then the plan is made in a worker.
    m_wizard->session()->runOnStore(
        [request, contents, sha1, site, addListener, port](CertificateStore& store) {
            *request = BindWorkflow::makeRequest(store, contents, sha1, site, addListener, port);
        },
        [self, request, binder, generation] {
            if (!self)
                return;
            if (!request->has_value() || !**request) {
                self->planned(request->has_value() ? Result<BindingPlan>((**request).error())
                                                   : Result<BindingPlan>(makeError(ErrorKind::Internal, {})),
                              generation);
                return;
            }
            QtConcurrent::run([binder, request] { return binder->planBinding((**request).value()); })
                .then(self.data(), [self, generation](const Result<BindingPlan>& plan) {
                    if (self)
                        self->planned(plan, generation);
                });
        });
}

void BindPreviewPage::planned(const Result<BindingPlan>& plan, int generation)
{
    if (generation != m_generation)
        return;   // the user went back and forth; a newer plan is coming
    m_planning = false;
    m_busy->hide();
    if (!plan) {
        m_status->setText(plan.error().message);
        m_preview->setPlainText(plan.error().detail);
    } else {
        m_wizard->draft().plan = *plan;
        m_status->setText(plan->configChanges.isEmpty()
                              ? tr("The site already points at CertPilot's files; only the files change.")
                              : tr("%n configuration file(s) will change. The lines marked - are replaced by the "
                                   "lines marked +.",
                                   nullptr, int(plan->configChanges.size())));
        m_preview->setPlainText(plan->preview());
    }
    emit completeChanged();
}

bool BindPreviewPage::isComplete() const { return !m_planning && m_wizard->draft().plan.has_value(); }

} // namespace certpilot
