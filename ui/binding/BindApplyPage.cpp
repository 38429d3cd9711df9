// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindApplyPage.h"

#include "StatusIcons.h"
#include "StoreSession.h"
#include "binding/BindWizard.h"
#include "binding/BindingRegistry.h"
#include "binding/ProbeAnalysis.h"
#include "binding/ProbeReportView.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace certpilot {

namespace {

StatusIcons::Kind iconFor(StepState state)
{
    switch (state) {
    case StepState::Pending:
    case StepState::Skipped:
        return StatusIcons::Kind::Pending;
    case StepState::Running:
        return StatusIcons::Kind::Checking;
    case StepState::Done:
        return StatusIcons::Kind::Ok;
    case StepState::Failed:
        return StatusIcons::Kind::Error;
    }
    return StatusIcons::Kind::Pending;
}

} // namespace

BindApplyPage::BindApplyPage(BindWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_report(new ProbeReportView(this))
{
    setObjectName(QStringLiteral("bindApplyPage"));
    setTitle(tr("Binding"));
    setSubTitle(tr("CertPilot writes the server's configuration, checks it, reloads the server and asks the site "
                   "for its certificate. A failed step puts the old configuration back."));
    m_status->setObjectName(QStringLiteral("applyStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setObjectName(QStringLiteral("stepsTreeWidget"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Step"), tr("Result")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setWordWrap(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_detail->setObjectName(QStringLiteral("applyDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();
    m_report->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_status);
    layout->addWidget(m_detail);
    layout->addWidget(m_report, 1);
    layout->addStretch();
    for (BindingStep step : {BindingStep::WriteFiles, BindingStep::EditConfig, BindingStep::ConfigTest,
                             BindingStep::Reload, BindingStep::Probe}) {
        auto* item = new QTreeWidgetItem(m_steps, {BindingStepText::title(step), BindingStepText::stateText(StepState::Pending)});
        item->setIcon(0, StatusIcons::icon(StatusIcons::Kind::Pending));
        m_items.insert(int(step), item);
    }
    m_steps->setFixedHeight(m_steps->sizeHintForRow(0) * 7 + m_steps->header()->sizeHint().height());
}

void BindApplyPage::initializePage()
{
    if (m_running || m_finished || !m_wizard->draft().plan)
        return;
    m_running = true;
    m_status->setText(tr("Applying the change to %1...").arg(m_wizard->draft().plan->site.displayName()));
    auto binder = m_wizard->draft().binder;
    const BindingPlan plan = *m_wizard->draft().plan;
    QPointer<BindApplyPage> self(this);
    // Each step is reported from the worker; the page hears it in the GUI thread.
    auto progress = [self](const StepReport& report) {
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, report] {
                if (self)
                    self->stepChanged(report);
            }, Qt::QueuedConnection);
    };
    QtConcurrent::run([binder, plan, progress] { return binder->apply(plan, progress); })
        .then(this, [this](const Result<AppliedBinding>& result) { finished(result); });
}

void BindApplyPage::cleanupPage()
{
    if (m_running)
        return;
    m_finished = false;
    m_succeeded = false;
    setTitle(tr("Binding"));
    m_detail->hide();
    m_report->hide();
    delete m_items.take(int(BindingStep::RollBack));
    for (QTreeWidgetItem* item : std::as_const(m_items)) {
        item->setIcon(0, StatusIcons::icon(StatusIcons::Kind::Pending));
        item->setText(1, BindingStepText::stateText(StepState::Pending));
        item->setToolTip(1, {});
    }
    wizard()->setOption(QWizard::NoBackButtonOnLastPage, true);
}

void BindApplyPage::stepChanged(const StepReport& report)
{
    QTreeWidgetItem* item = m_items.value(int(report.step));
    if (!item) {
        item = new QTreeWidgetItem(m_steps, {BindingStepText::title(report.step)});
        m_items.insert(int(report.step), item);
    }
    item->setIcon(0, StatusIcons::icon(iconFor(report.state)));
    QString text = BindingStepText::stateText(report.state);
    if (!report.message.isEmpty() && report.state != StepState::Failed)
        text += QStringLiteral(": ") + report.message;
    item->setText(1, text);
    item->setToolTip(1, report.message);
}

void BindApplyPage::finished(const Result<AppliedBinding>& result)
{
    m_running = false;
    m_finished = true;
    const BindingPlan& plan = *m_wizard->draft().plan;
    if (!result) {
        setTitle(tr("Binding Failed"));
        m_status->setText(result.error().message);
        m_detail->setText(result.error().detail.left(4000));
        m_detail->setVisible(!result.error().detail.isEmpty());
        // Back lets the user choose another site or fix the settings.
        wizard()->setOption(QWizard::NoBackButtonOnLastPage, false);
        emit completeChanged();
        return;
    }
    m_succeeded = true;
    setTitle(tr("Bound"));
    m_status->setText(tr("%1 now serves %2.").arg(plan.site.displayName(), plan.certificate.subject().displayName()));
    if (result->probe) {
        ProbeAnalysis::Options options;
        options.bound = plan.certificate;
        m_report->showReport(*result->probe,
                             ProbeAnalysis::analyse(*result->probe, m_wizard->session()->contents(), options));
        m_report->show();
    }
    const BindingRecord record = result->record;
    QPointer<BindApplyPage> self(this);
    auto recorded = std::make_shared<Result<void>>();
    m_wizard->session()->runOnStore(
        [record, recorded](CertificateStore& store) { *recorded = BindingRegistry::recordIn(store, record); },
        [self, recorded, record] {
            if (!self)
                return;
            if (!*recorded) {
                self->m_detail->setText(tr("The site works, but the binding could not be recorded: %1")
                                            .arg(recorded->error().message));
                self->m_detail->show();
            }
            emit self->bound(record.certificate, record.siteName);
        });
    emit completeChanged();
}

} // namespace certpilot
