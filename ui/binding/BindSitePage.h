// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "binding/Site.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace certpilot {

class BindWizard;

// The sites found in the configuration (read off the GUI thread), the one
// whose names the certificate covers highlighted and selected; use its https
// settings, or add an https listener on a port.
class BindSitePage : public QWizardPage {
    Q_OBJECT
public:
    explicit BindSitePage(BindWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool isLoading() const { return m_loading; }

private:
    void loaded(const Result<QList<Site>>& sites);
    void selectionChanged();

    BindWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_busy;
    QTreeWidget* m_sites;
    QRadioButton* m_existing;
    QRadioButton* m_addListener;
    QSpinBox* m_port;
    bool m_loading = false;
};

} // namespace certpilot
