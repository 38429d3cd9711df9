// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "binding/BindingStep.h"
#include "binding/SiteBinder.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace certpilot {

class BindWizard;
class ProbeReportView;

// Applies the plan in a worker and shows each step as it runs (write files,
// edit configuration, test, reload, check the live site, and the roll-back
// when one failed, with the server's own message), then the report of the
// live site. Records the binding with the store. Complete when it is over,
// whichever way it went; after a failure Back leads to the preview again.
class BindApplyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit BindApplyPage(BindWizard* wizard);
    void initializePage() override;
    // Back after a failed binding (everything was restored): ready to try again.
    void cleanupPage() override;
    bool isComplete() const override { return m_finished; }
    bool succeeded() const { return m_succeeded; }

signals:
    void bound(const QString& thumbprint, const QString& siteName);

private:
    void stepChanged(const StepReport& report);
    void finished(const Result<AppliedBinding>& result);

    BindWizard* m_wizard;
    QLabel* m_status;
    QTreeWidget* m_steps;
    QLabel* m_detail;
    ProbeReportView* m_report;
    QHash<int, QTreeWidgetItem*> m_items;
    bool m_running = false;
    bool m_finished = false;
    bool m_succeeded = false;
};

} // namespace certpilot
