// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindingStep.h"

namespace certpilot {

QString BindingStepText::title(BindingStep step)
{
    switch (step) {
    case BindingStep::WriteFiles:
        return tr("Write the certificate and key files");
    case BindingStep::EditConfig:
        return tr("Point the site's configuration at them");
    case BindingStep::ConfigTest:
        return tr("Test the configuration");
    case BindingStep::Reload:
        return tr("Reload the server");
    case BindingStep::Probe:
        return tr("Check the live site");
    case BindingStep::RollBack:
        return tr("Restore the previous files and configuration");
    }
    return {};
}

QString BindingStepText::stateText(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("waiting");
    case StepState::Running:
        return tr("running");
    case StepState::Done:
        return tr("done");
    case StepState::Failed:
        return tr("failed");
    case StepState::Skipped:
        return tr("skipped");
    }
    return {};
}

QString BindingStepText::id(BindingStep step)
{
    switch (step) {
    case BindingStep::WriteFiles:
        return QStringLiteral("write-files");
    case BindingStep::EditConfig:
        return QStringLiteral("edit-config");
    case BindingStep::ConfigTest:
        return QStringLiteral("config-test");
    case BindingStep::Reload:
        return QStringLiteral("reload");
    case BindingStep::Probe:
        return QStringLiteral("probe");
    case BindingStep::RollBack:
        return QStringLiteral("roll-back");
    }
    return {};
}

} // namespace certpilot
